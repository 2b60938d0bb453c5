package vn.danvan.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.danvan.api.model.Problem;
import vn.danvan.platform.config.DanvanConfig;
import vn.danvan.platform.error.Messages;
import vn.danvan.platform.error.ProblemFactory;
import vn.danvan.platform.error.ProblemType;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTTP layer's limits answered as problems, like every other error: an over-long URI (414), over-large headers
 * (431) and a body over the hard limit (413). The server's own limits are set well above these
 * (quarkus.http.limits.*), so that a request between the two gets a problem+json here instead of the server's bare
 * status line; a request beyond even those is cut off by the server.
 */
@ApplicationScoped
public class HttpLimits {

    private final DanvanConfig.Http limits;
    private final long maxBodyBytes;
    private final ObjectMapper json;

    HttpLimits(DanvanConfig config, ObjectMapper json,
               @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.http.limits.max-body-size")
               io.quarkus.runtime.configuration.MemorySize maxBody) {
        this.limits = config.http();
        this.maxBodyBytes = maxBody.asLongValue();
        this.json = json;
    }

    void register(@Observes Router router) {
        // Before every other handler, the body's included.
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > limits.maxUriLength()) {
            refuse(context, ProblemType.URI_TOO_LONG, "detail.uri-too-long", limits.maxUriLength());
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > limits.maxHeaderBytes()) {
            refuse(context, ProblemType.HEADERS_TOO_LARGE, "detail.headers-too-large", limits.maxHeaderBytes());
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isOver(length, maxBodyBytes)) {
            refuse(context, ProblemType.PAYLOAD_TOO_LARGE, "detail.payload-too-large", maxBodyBytes);
            return;
        }
        context.next();
    }

    private static boolean isOver(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // the API's own filter answers a malformed length
        }
    }

    private void refuse(RoutingContext context, ProblemType type, String detailKey, Object limit) {
        Locale locale = locale(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        String path = context.request().path();
        Problem problem = new Problem().type(URI.create(type.uri())).title(Messages.render(locale, "problem." + type.slug()))
                .status(type.status()).detail(Messages.render(locale, detailKey, limit))
                .instance(path == null || path.length() > 200 ? null : path).errors(null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.response().setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemFactory.PROBLEM_JSON)
                .putHeader("Cache-Control", "no-store")
                .putHeader("X-Content-Type-Options", "nosniff")
                // The rest of the request (its body) is not read: the connection cannot carry another.
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }

    private static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null) {
            return Messages.VIETNAMESE;
        }
        List<Locale> locales = new ArrayList<>();
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                locales.add(Locale.forLanguageTag(range.getRange()));
            }
        } catch (IllegalArgumentException malformed) {
            return Messages.VIETNAMESE;
        }
        return Messages.pick(locales);
    }
}
