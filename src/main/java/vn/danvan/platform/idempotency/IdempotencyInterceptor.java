package vn.danvan.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Event;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import vn.danvan.platform.config.DanvanConfig;
import vn.danvan.platform.crypto.PersonalDataCipher;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.security.CurrentCaller;
import vn.danvan.platform.time.AppClock;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Carries out a POST once per Idempotency-Key: the first successful response is stored in the same
 * transaction as the change it made; a retry with the same key and the same request gets it back,
 * a retry with another request gets 422. A concurrent duplicate loses on the unique key and gets
 * 409 (its changes are rolled back). Failed requests store nothing, so they may be retried.
 *
 * <p>Answers may carry personal data (a citizen's ID number, an official's phone, a petition's secret) and requests
 * passwords: the stored body is sealed with the personal-data key (AES-GCM, bound to the caller and key), and the
 * request is remembered by a keyed hash that cannot be recomputed without that key. A replay is announced as an
 * {@link IdempotencyReplayed} event, so that the feature logs it as a read of what it returns.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final String KEY_PARAMETER = "idempotencyKey";
    private static final String SEALED_PURPOSE = "idempotency-response";

    private final CurrentVertxRequest request;
    private final ObjectMapper json;
    private final EntityManager em;
    private final IdempotencyRecordRepository records;
    private final CurrentCaller caller;
    private final AppClock clock;
    private final DanvanConfig config;
    private final PersonalDataCipher cipher;
    private final Event<IdempotencyReplayed> replays;

    public IdempotencyInterceptor(CurrentVertxRequest request, ObjectMapper json, EntityManager em,
                                  IdempotencyRecordRepository records, CurrentCaller caller, AppClock clock,
                                  DanvanConfig config, PersonalDataCipher cipher, Event<IdempotencyReplayed> replays) {
        this.cipher = cipher;
        this.replays = replays;
        this.request = request;
        this.json = json;
        this.em = em;
        this.records = records;
        this.caller = caller;
        this.clock = clock;
        this.config = config;
    }

    @AroundInvoke
    Object around(InvocationContext ic) throws Exception {
        if (!acceptsKey(ic.getMethod())) {
            return ic.proceed();
        }
        String key = request.getCurrent() == null ? null : request.getCurrent().request().getHeader(HEADER);
        if (key == null || key.isBlank()) {
            return ic.proceed();
        }
        String callerId = caller.id();
        String hash = requestHash(ic);
        IdempotencyRecord stored = QuarkusTransaction.joiningExisting().call(() -> records.findByKey(callerId, key));
        if (stored != null && stored.expiresAt.isAfter(clock.now())) {
            if (!stored.requestHash.equals(hash)) {
                throw new ApiException(ProblemType.IDEMPOTENCY_KEY_REUSED, "detail.idempotency-key-reused");
            }
            Response replay = replay(stored);
            replays.fire(new IdempotencyReplayed(ic.getMethod(), stored.location,
                    java.util.Arrays.asList(ic.getParameters()), replay.getEntity() instanceof String body ? body : null));
            return replay;
        }
        if (stored != null) {
            QuarkusTransaction.joiningExisting().run(() -> {
                records.delete("id", stored.id);
                em.flush();
            });
        }
        Object result = ic.proceed();
        if (result instanceof Response response && response.getStatus() >= 200 && response.getStatus() < 300) {
            remember(callerId, key, hash, response);
        }
        return result;
    }

    private void remember(String callerId, String key, String hash, Response response) throws JsonProcessingException {
        IdempotencyRecord record = new IdempotencyRecord();
        record.caller = callerId;
        record.key = key;
        record.requestHash = hash;
        record.status = response.getStatus();
        record.responseSealed = response.getEntity() == null ? null : cipher.seal(SEALED_PURPOSE,
                json.writeValueAsBytes(response.getEntity()), context(callerId, key));
        record.contentType = response.getMediaType() == null ? null : response.getMediaType().toString();
        record.location = response.getLocation() == null ? null : response.getLocation().toString();
        Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        record.etag = etag == null ? null : etag.toString();
        record.createdAt = clock.now();
        record.expiresAt = record.createdAt.plus(config.idempotency().retention());
        try {
            // Inside the resource method's transaction when it has one, so the response is stored
            // with the change it describes.
            QuarkusTransaction.joiningExisting().run(() -> {
                records.persist(record);
                em.flush();
            });
        } catch (PersistenceException | io.quarkus.narayana.jta.QuarkusTransactionException failed) {
            // Only the unique key means "another request with this key is under way". Anything else (a deadlock, a
            // Galera certification conflict, a lost connection) goes on as it is, to be retried or answered 503:
            // taken for a duplicate it became a 409 that no retry would ever clear.
            if (!isDuplicateKey(failed)) {
                throw failed;
            }
            throw new ApiException(ProblemType.IDEMPOTENCY_KEY_IN_PROGRESS, "detail.idempotency-key-in-progress");
        }
    }

    private static boolean isDuplicateKey(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException
                    || t instanceof java.sql.SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private Response replay(IdempotencyRecord stored) {
        Response.ResponseBuilder builder = Response.status(stored.status).header(REPLAYED_HEADER, "true");
        if (stored.responseSealed != null) {
            String body = new String(cipher.open(SEALED_PURPOSE, stored.responseSealed, context(stored.caller, stored.key)),
                    java.nio.charset.StandardCharsets.UTF_8);
            builder.entity(body).type(stored.contentType == null ? "application/json" : stored.contentType);
        }
        if (stored.location != null) {
            builder.header(HttpHeaders.LOCATION, stored.location);
        }
        if (stored.etag != null) {
            builder.header(HttpHeaders.ETAG, stored.etag);
        }
        return builder.build();
    }

    private static final java.util.Map<java.lang.reflect.Method, Boolean> ACCEPTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether the contract lets this operation take an Idempotency-Key: the generated interface method says so. */
    static boolean acceptsKey(java.lang.reflect.Method method) {
        return ACCEPTS.computeIfAbsent(method, m -> {
            for (Class<?> type : m.getDeclaringClass().getInterfaces()) {
                try {
                    if (type.getMethod(m.getName(), m.getParameterTypes()).isAnnotationPresent(AcceptsIdempotencyKey.class)) {
                        return true;
                    }
                } catch (NoSuchMethodException notThisInterface) {
                    // another interface of the class
                }
            }
            return false;
        });
    }

    /** An uploaded file counts by its bytes, not by the temporary path it was written to. */
    private static String contentHash(java.io.File file) {
        try (var in = java.nio.file.Files.newInputStream(file.toPath())) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return "file:" + HexFormat.of().formatHex(digest.digest());
        } catch (java.io.IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Method, path and every argument but the key itself, as canonical JSON. */
    private String requestHash(InvocationContext ic) throws JsonProcessingException {
        List<Object> parts = new ArrayList<>();
        var vertx = request.getCurrent().request();
        parts.add(vertx.method().name());
        parts.add(vertx.path());
        var parameters = ic.getMethod().getParameters();
        Object[] args = ic.getParameters();
        for (int i = 0; i < args.length; i++) {
            if (!KEY_PARAMETER.equals(parameters[i].getName())) {
                parts.add(args[i] instanceof java.io.File file ? contentHash(file) : args[i]);
            }
        }
        return HexFormat.of().formatHex(cipher.keyedDigest("idempotency-request", json.writeValueAsBytes(parts)));
    }

    private static byte[] context(String caller, String key) {
        return (caller + "\u0000" + key).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

}
