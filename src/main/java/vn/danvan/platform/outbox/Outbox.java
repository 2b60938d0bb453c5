package vn.danvan.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.danvan.platform.persistence.MicrosecondTimestamps;
import vn.danvan.platform.persistence.UuidBytes;
import vn.danvan.platform.time.AppClock;

import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The transactional outbox: a feature records what happened in the transaction of the change itself, so that an event
 * exists exactly when its change was committed, never for a change rolled back, never lost after one committed. The
 * relay ({@link OutboxRelay}) hands events on later. Payloads are what the public may read: callers pass the same
 * contract models their public endpoints answer with, never personal data.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final ObjectMapper json;
    private final AppClock clock;

    Outbox(EntityManager em, ObjectMapper json, AppClock clock) {
        this.em = em;
        this.json = json;
        this.clock = clock;
    }

    /** A public event about the record {@code subjectId}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String type, UUID subjectId, Object payload) {
        publishTo(null, type, subjectId, payload);
    }

    /** An event only {@code audience} (an account ID) may receive, or a public one when it is null. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishTo(String audience, String type, UUID subjectId, Object payload) {
        // A native statement runs at once, after Hibernate has flushed the change: the change's row lock is then held
        // before the event takes its sequence number, so the events of one record are numbered in commit order.
        em.createNativeQuery("INSERT INTO outbox_event (id, type, subject_id, audience, payload, occurred_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, UuidBytes.of(UUID.randomUUID()))
                .setParameter(2, type)
                .setParameter(3, UuidBytes.of(subjectId))
                .setParameter(4, audience)
                .setParameter(5, toJson(payload))
                .setParameter(6, MicrosecondTimestamps.text(clock.now().truncatedTo(ChronoUnit.MICROS)))
                .executeUpdate();
    }

    private String toJson(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event payload not serialisable: " + payload.getClass().getName(), e);
        }
    }
}
