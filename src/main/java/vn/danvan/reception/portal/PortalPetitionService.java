package vn.danvan.reception.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.PetitionStatus;
import vn.danvan.api.model.PortalPetitionCreate;
import vn.danvan.api.model.PortalPetitionReceipt;
import vn.danvan.api.model.WebhookEventType;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.outbox.Outbox;
import vn.danvan.platform.security.CurrentCaller;
import vn.danvan.platform.time.AppClock;
import vn.danvan.reception.casefile.CaseEntity;
import vn.danvan.platform.crypto.PersonalDataCipher;
import vn.danvan.reception.record.ReceptionEntity;
import vn.danvan.reception.record.ReceptionService;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Online petitions from the portal: recorded in the book (channel ONLINE_PORTAL, handling PENDING),
 * idempotent on the portal's reference, followed by the citizen with a tracking code and a secret. The
 * secret is derived from the tracking code with the personal-data key, so it is never stored.
 */
@ApplicationScoped
public class PortalPetitionService {

    /** No 0/O or 1/I: codes are read out over the phone. */
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    public record Submission(PortalPetitionReceipt receipt, boolean created) {
    }

    private final EntityManager em;
    private final ReceptionService receptions;
    private final PersonalDataCipher cipher;
    private final CurrentCaller caller;
    private final AppClock clock;
    private final ObjectMapper json;
    private final PortalMapper mapper;
    private final Outbox outbox;
    private final SecureRandom random = new SecureRandom();

    PortalPetitionService(EntityManager em, ReceptionService receptions, PersonalDataCipher cipher, CurrentCaller caller,
                          AppClock clock, ObjectMapper json, PortalMapper mapper, Outbox outbox) {
        this.mapper = mapper;
        this.outbox = outbox;
        this.em = em;
        this.receptions = receptions;
        this.cipher = cipher;
        this.caller = caller;
        this.clock = clock;
        this.json = json;
    }

    public Submission submit(PortalPetitionCreate request) {
        String hash = hash(request);
        Optional<PortalPetitionEntity> earlier = em.createQuery("from PortalPetitionEntity p where p.clientId = :client"
                        + " and p.portalReference = :ref", PortalPetitionEntity.class)
                .setParameter("client", caller.id()).setParameter("ref", request.getPortalReference())
                .getResultStream().findFirst();
        if (earlier.isPresent()) {
            if (!earlier.get().requestHash.equals(hash) && !earlier.get().requestHash.equals(legacyHash(request))) {
                throw new ApiException(ProblemType.PORTAL_REFERENCE_REUSED, "reception.portal-reference-reused",
                        request.getPortalReference());
            }
            return new Submission(receipt(earlier.get(), request), false);
        }
        ReceptionEntity reception = receptions.create(null, request.getOrganizationId(),
                PetitionRequestMapper.INSTANCE.input(request), false);
        PortalPetitionEntity petition = new PortalPetitionEntity();
        petition.id = UUID.randomUUID();
        petition.clientId = caller.id();
        petition.portalReference = request.getPortalReference();
        petition.requestHash = hash;
        petition.receptionId = reception.id;
        petition.trackingCode = "TCD-" + randomCode(8);
        petition.createdAt = clock.now().truncatedTo(ChronoUnit.MICROS);
        em.persist(petition);
        em.flush();
        // Only the client that forwarded it hears of it: the tracking code and status, never the citizen.
        outbox.publishTo(petition.clientId, WebhookEventType.PETITION_RECEIVED.name(), reception.id,
                currentStatus(petition));
        return new Submission(receipt(petition, request), true);
    }

    /** The status for the holder of the code and its secret; the same 404 for a wrong secret and an unknown code. */
    public PetitionStatus status(String trackingCode, String secret) {
        PortalPetitionEntity petition = em.createQuery("from PortalPetitionEntity p where p.trackingCode = :code",
                        PortalPetitionEntity.class)
                .setParameter("code", trackingCode).getResultStream().findFirst().orElse(null);
        // Compare against a secret even for unknown codes, so both answers take the same work.
        String expected = secretOf(petition == null ? "TCD-UNKNOWN" : petition.trackingCode);
        boolean match = PersonalDataCipher.constantTimeEquals(expected.getBytes(StandardCharsets.US_ASCII),
                secret.getBytes(StandardCharsets.US_ASCII));
        if (petition == null || !match) {
            throw ApiException.notFound("entity.petition", trackingCode);
        }
        return currentStatus(petition);
    }

    /** The status the petition's holder sees now: from the record's handling and the case opened from it. */
    PetitionStatus currentStatus(PortalPetitionEntity petition) {
        ReceptionEntity reception = em.find(ReceptionEntity.class, petition.receptionId);
        CaseEntity found = em.createQuery("from CaseEntity c where c.receptionId = :r and c.deletedAt is null", CaseEntity.class)
                .setParameter("r", reception.id).getResultStream().findFirst().orElse(null);
        return mapper.status(petition, reception, found);
    }

    /** The petition forwarded by the portal that became this record, if it was one. */
    Optional<PortalPetitionEntity> byReception(UUID receptionId) {
        return em.createQuery("from PortalPetitionEntity p where p.receptionId = :r", PortalPetitionEntity.class)
                .setParameter("r", receptionId).getResultStream().findFirst();
    }

    private PortalPetitionReceipt receipt(PortalPetitionEntity petition, PortalPetitionCreate request) {
        return mapper.receipt(petition, secretOf(petition.trackingCode), request.getSubmittedOn());
    }

    /** XXXX-XXXX-XXXX from the keyed digest of the tracking code. */
    String secretOf(String trackingCode) {
        byte[] digest = cipher.keyedDigest("petition-secret", trackingCode);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET[(digest[i] & 0xff) % ALPHABET.length]);
        }
        return sb.toString();
    }

    private String randomCode(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    /**
     * A keyed hash of the request: it holds a citizen's name and ID number, and a plain digest of it could be tested
     * against guesses by anyone who reads the table.
     */
    private String hash(PortalPetitionCreate request) {
        try {
            return HexFormat.of().formatHex(cipher.keyedDigest("portal-petition-request", json.writeValueAsBytes(request)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How petitions received before the keyed hash were remembered, so that their resends still match. */
    private String legacyHash(PortalPetitionCreate request) {
        try {
            byte[] body = json.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
