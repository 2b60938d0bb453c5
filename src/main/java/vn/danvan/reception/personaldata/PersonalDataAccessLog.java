package vn.danvan.reception.personaldata;

import vn.danvan.platform.persistence.UuidBytes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.PersonalDataRead;
import vn.danvan.platform.http.RequestSource;
import vn.danvan.platform.mapping.TimeMappings;
import vn.danvan.platform.security.CurrentCaller;
import vn.danvan.platform.time.AppClock;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The log of every read of unmasked personal data (Luật Bảo vệ dữ liệu cá nhân): who, when, which
 * record and how. One row per record, written in one statement before the records are returned.
 */
@ApplicationScoped
public class PersonalDataAccessLog {

    public enum Purpose { READ, LIST, EXPORT }

    private static final int MAX_READS_SHOWN = 200;

    private static final String INSERT = "INSERT INTO personal_data_access (accessed_at, actor_id, actor_name,"
            + " actor_roles, reception_id, purpose, source_ip) VALUES ";

    private final EntityManager em;
    private final DataSource dataSource;
    private final CurrentCaller caller;
    private final RequestSource source;
    private final AppClock clock;

    PersonalDataAccessLog(EntityManager em, DataSource dataSource, CurrentCaller caller, RequestSource source,
                          AppClock clock) {
        this.em = em;
        this.dataSource = dataSource;
        this.caller = caller;
        this.source = source;
        this.clock = clock;
    }

    /**
     * Plain JDBC on the data source: inside a transaction that is the transaction's connection, so the log commits
     * or rolls back with what was read; outside one (the list) the insert commits on its own. It never makes
     * Hibernate flush the records just read.
     */
    public void record(Collection<UUID> receptionIds, Purpose purpose) {
        if (receptionIds.isEmpty()) {
            return;
        }
        List<UUID> ids = List.copyOf(receptionIds);
        StringBuilder sql = new StringBuilder(INSERT);
        for (int i = 0; i < ids.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?)");
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        String actorId = caller.id();
        String actorName = truncate(caller.name(), 255);
        String roles = truncate(String.join(",", new TreeSet<>(caller.roles())), 200);
        String address = source.address();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            int p = 1;
            for (UUID id : ids) {
                insert.setObject(p++, now);
                insert.setString(p++, actorId);
                insert.setString(p++, actorName);
                insert.setString(p++, roles);
                insert.setBytes(p++, UuidBytes.of(id));
                insert.setString(p++, purpose.name());
                insert.setString(p++, address);
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not log the reads of personal data", e);
        }
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
