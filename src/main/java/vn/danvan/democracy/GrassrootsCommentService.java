package vn.danvan.democracy;

import vn.danvan.platform.persistence.RowLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.GrassrootsCommentAnswer;
import vn.danvan.api.model.GrassrootsCommentChannel;
import vn.danvan.api.model.GrassrootsCommentCreate;
import vn.danvan.api.model.PublicGrassrootsCommentCreate;
import vn.danvan.platform.crypto.PersonalDataCipher;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.etag.EntityTags;
import vn.danvan.platform.paging.ListQuery;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.paging.SortKey;
import vn.danvan.platform.paging.Sorting;
import vn.danvan.platform.time.AppClock;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The people's comments on a consultation: received through the portal (a tracking code and a derived secret, no
 * account) or recorded by the commune, answered once. Names and phones are encrypted; they never reach a public answer.
 */
@ApplicationScoped
public class GrassrootsCommentService {

    static final String ENTITY = "entity.grassroots-comment";
    static final Sorting<GrassrootsCommentEntity> SORTING = new Sorting<>(List.of(
            new SortKey<>("receivedOn", "e.receivedOn", LocalDate.class, c -> c.receivedOn)),
            "e.id", c -> c.id, "receivedOn");
    /** No 0/O or 1/I: codes are read out over the phone. */
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    public record Receipt(String trackingCode, String secret, LocalDate receivedOn) {
    }

    private final EntityManager em;
    private final ConsultationService consultations;
    private final PersonalDataCipher cipher;
    private final AppClock clock;
    private final SecureRandom random = new SecureRandom();

    GrassrootsCommentService(EntityManager em, ConsultationService consultations, PersonalDataCipher cipher, AppClock clock) {
        this.em = em;
        this.consultations = consultations;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** A comment received at a meeting or in writing, while the consultation is open. */
    public GrassrootsCommentEntity record(UUID consultationId, GrassrootsCommentCreate request) {
        ConsultationEntity consultation = consultations.get(consultationId);
        consultations.requireOpen(consultation);
        if (request.getChannel() == GrassrootsCommentChannel.PORTAL) {
            throw ApiException.invalid(FieldViolation.of("channel", "PortalOnly", "grassroots.portal-channel-reserved"));
        }
        if (request.getReceivedOn().isBefore(consultation.opensOn) || request.getReceivedOn().isAfter(clock.today())) {
            throw ApiException.invalid(FieldViolation.of("receivedOn", "DateRange", "grassroots.received-outside",
                    consultation.opensOn));
        }
        return save(consultation, request.getChannel(), request.getContent(), request.getReceivedOn(),
                request.getAuthorName(), request.getAuthorPhone(), null);
    }

    /** A citizen's comment from the portal: only on a consultation open today (409 when closed or not yet open). */
    public Receipt submit(UUID consultationId, PublicGrassrootsCommentCreate request) {
        ConsultationEntity consultation = em.find(ConsultationEntity.class, consultationId);
        if (consultation == null || consultation.deletedAt != null) {
            throw ApiException.notFound(ConsultationService.ENTITY, consultationId);
        }
        LocalDate today = clock.today();
        if (!consultation.openOn(today)) {
            throw new ApiException(ProblemType.INVALID_STATE, "grassroots.consultation-not-open",
                    consultation.opensOn, consultation.closesOn);
        }
        String code = "GY-" + randomCode();
        save(consultation, GrassrootsCommentChannel.PORTAL, request.getContent(), today, request.getAuthorName(),
                request.getAuthorPhone(), code);
        return new Receipt(code, secretOf(code), today);
    }

    private GrassrootsCommentEntity save(ConsultationEntity consultation, GrassrootsCommentChannel channel, String content,
                                         LocalDate receivedOn, String authorName, String authorPhone, String code) {
        GrassrootsCommentEntity comment = new GrassrootsCommentEntity();
        comment.id = UUID.randomUUID();
        comment.consultationId = consultation.id;
        comment.organizationId = consultation.organizationId;
        comment.channel = channel;
        comment.content = content;
        comment.receivedOn = receivedOn;
        comment.authorName = blank(authorName) ? null : cipher.encrypt(authorName.strip());
        comment.authorPhone = blank(authorPhone) ? null : cipher.encrypt(authorPhone.strip());
        comment.trackingCode = code;
        em.persist(comment);
        em.flush();
        return comment;
    }

    /** A comment of a consultation in the caller's reach; 404 otherwise, as one that does not exist. */
    public GrassrootsCommentEntity get(UUID commentId) {
        GrassrootsCommentEntity comment = em.find(GrassrootsCommentEntity.class, commentId);
        if (comment == null || comment.deletedAt != null) {
            throw ApiException.notFound(ENTITY, commentId);
        }
        try {
            consultations.get(comment.consultationId);
        } catch (ApiException outOfReach) {
            throw ApiException.notFound(ENTITY, commentId);
        }
        return comment;
    }

    /** The commune's answer, once; the citizen reads it, so it may not name them nor carry personal data. */
    public GrassrootsCommentEntity answer(UUID commentId, String ifMatch, GrassrootsCommentAnswer request) {
        GrassrootsCommentEntity comment = RowLocks.lock(em, GrassrootsCommentEntity.class, commentId);
        if (comment == null || comment.deletedAt != null) {
            throw ApiException.notFound(ENTITY, commentId);
        }
        try {
            consultations.get(comment.consultationId);
        } catch (ApiException outOfReach) {
            throw ApiException.notFound(ENTITY, commentId);
        }
        EntityTags.require(ifMatch, comment.version);
        if (comment.answer != null) {
            throw new ApiException(ProblemType.INVALID_STATE, "grassroots.comment-answered", comment.answeredOn);
        }
        if (request.getAnsweredOn().isBefore(comment.receivedOn)) {
            throw ApiException.invalid(FieldViolation.of("answeredOn", "DateOrder", "grassroots.answered-before-received"));
        }
        List<String> names = new ArrayList<>();
        if (comment.authorName != null) {
            names.add(cipher.decrypt(comment.authorName));
        }
        PublicTexts.of("answer", request.getAnswer()).naming(names).require();
        comment.answer = request.getAnswer();
        comment.answeredOn = request.getAnsweredOn();
        em.flush();
        return comment;
    }

    public Page<GrassrootsCommentEntity> list(UUID consultationId, Boolean answered, PageRequest page) {
        ConsultationEntity consultation = consultations.get(consultationId);
        ListQuery<GrassrootsCommentEntity> query = ListQuery.of(GrassrootsCommentEntity.class)
                .equal("e.consultationId", consultation.id);
        if (answered != null) {
            query.where(answered ? "e.answer is not null" : "e.answer is null");
        }
        return query.page(em, SORTING.parse(null), page);
    }

    public long count(UUID consultationId) {
        return em.createQuery("select count(c) from GrassrootsCommentEntity c where c.consultationId = :id"
                + " and c.deletedAt is null", Long.class).setParameter("id", consultationId).getSingleResult();
    }

    /** The comment for the holder of its code and secret; one 404 for a wrong secret and an unknown code. */
    public GrassrootsCommentEntity lookUp(String trackingCode, String secret) {
        GrassrootsCommentEntity comment = em.createQuery("from GrassrootsCommentEntity c where c.trackingCode = :code"
                        + " and c.deletedAt is null", GrassrootsCommentEntity.class)
                .setParameter("code", trackingCode).getResultStream().findFirst().orElse(null);
        // Compare against a secret even for unknown codes, so both answers take the same work.
        String expected = secretOf(comment == null ? "GY-UNKNOWN" : comment.trackingCode);
        boolean match = PersonalDataCipher.constantTimeEquals(expected.getBytes(StandardCharsets.US_ASCII),
                secret.getBytes(StandardCharsets.US_ASCII));
        if (comment == null || !match) {
            throw ApiException.notFound(ENTITY, trackingCode);
        }
        return comment;
    }

    String question(GrassrootsCommentEntity comment) {
        return em.find(ConsultationEntity.class, comment.consultationId).question;
    }

    /** The names of the people who commented on a consultation (decrypted), for checking what is published about it. */
    List<String> authorNames(UUID consultationId) {
        return em.createQuery("select c.authorName from GrassrootsCommentEntity c where c.consultationId = :id"
                        + " and c.deletedAt is null and c.authorName is not null", byte[].class)
                .setParameter("id", consultationId).getResultStream().map(cipher::decrypt).toList();
    }

    /** The author's name and phone in clear, for those who may see them. */
    String[] author(GrassrootsCommentEntity comment) {
        return new String[] {comment.authorName == null ? null : cipher.decrypt(comment.authorName),
                comment.authorPhone == null ? null : cipher.decrypt(comment.authorPhone)};
    }

    /** XXXX-XXXX-XXXX from the keyed digest of the tracking code: never stored. */
    String secretOf(String trackingCode) {
        byte[] digest = cipher.keyedDigest("grassroots-comment-secret", trackingCode);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET[(digest[i] & 0xff) % ALPHABET.length]);
        }
        return sb.toString();
    }

    private String randomCode() {
        StringBuilder sb = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
