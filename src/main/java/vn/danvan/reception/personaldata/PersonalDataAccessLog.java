package vn.danvan.reception.personaldata;

import vn.danvan.platform.persistence.UuidBytes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import vn.danvan.api.model.PersonalDataRead;
import vn.danvan.platform.http.RequestSource;
import vn.danvan.platform.mapping.TimeMappings;
import vn.danvan.platform.security.CurrentCaller;
import vn.danvan.platform.time.AppClock;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The log of every read of unmasked personal data (Luật Bảo vệ dữ liệu cá nhân): who, when, which
 * record and how. Written in the reading request's transaction, one row per record, in one statement.
 */
@ApplicationScoped
public class PersonalDataAccessLog {

    public enum Purpose { READ, LIST, EXPORT }

    private static final int MAX_READS_SHOWN = 200;

    private final EntityManager em;
    private final CurrentCaller caller;
    private final RequestSource source;
    private final AppClock clock;

    PersonalDataAccessLog(EntityManager em, CurrentCaller caller, RequestSource source, AppClock clock) {
        this.em = em;
        this.caller = caller;
        this.source = source;
        this.clock = clock;
    }

    public void record(Collection<UUID> receptionIds, Purpose purpose) {
        if (receptionIds.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO personal_data_access (accessed_at, actor_id, actor_name,"
                + " actor_roles, reception_id, purpose, source_ip) VALUES ");
        List<UUID> ids = List.copyOf(receptionIds);
        for (int i = 0; i < ids.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?1, ?2, ?3, ?4, ?").append(i + 7).append(", ?5, ?6)");
        }
        // Declared to touch only its own table, so that it does not flush the records just read (a full flush, which
        // the commit does anyway, walked every loaded record a second time).
        Query insert = em.createNativeQuery(sql.toString()).unwrap(org.hibernate.query.NativeQuery.class)
                .addSynchronizedQuerySpace("personal_data_access")
                .setParameter(1, clock.now().truncatedTo(ChronoUnit.MICROS))
                .setParameter(2, caller.id())
                .setParameter(3, truncate(caller.name(), 255))
                .setParameter(4, truncate(String.join(",", new TreeSet<>(caller.roles())), 200))
                .setParameter(5, purpose.name())
                .setParameter(6, source.address());
        for (int i = 0; i < ids.size(); i++) {
            insert.setParameter(i + 7, UuidBytes.of(ids.get(i)));
        }
        insert.executeUpdate();
    }

    /** The newest reads of one record. */
    public List<PersonalDataRead> reads(UUID receptionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT accessed_at, actor_id, actor_name, purpose FROM personal_data_access"
                        + " WHERE reception_id = ?1 ORDER BY accessed_at DESC, id DESC")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .addScalar("accessed_at", org.hibernate.type.StandardBasicTypes.INSTANT)
                .addScalar("actor_id", org.hibernate.type.StandardBasicTypes.STRING)
                .addScalar("actor_name", org.hibernate.type.StandardBasicTypes.STRING)
                .addScalar("purpose", org.hibernate.type.StandardBasicTypes.STRING)
                .setParameter(1, UuidBytes.of(receptionId))
                .setMaxResults(MAX_READS_SHOWN)
                .getResultList();
        return rows.stream().map(r -> new PersonalDataRead()
                .accessedAt(TimeMappings.toOffsetDateTime((Instant) r[0]))
                .actorId((String) r[1])
                .actorName((String) r[2])
                .purpose(PersonalDataRead.PurposeEnum.fromValue((String) r[3]))).toList();
    }


    private static String truncate(String value, int max) {
        return value == null ? "" : value.length() <= max ? value : value.substring(0, max);
    }
}
