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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 * records and how. One row per read and one per record read, written before the records are returned.
 */
@ApplicationScoped
public class PersonalDataAccessLog {

    public enum Purpose { READ, LIST, EXPORT }

    private static final int MAX_READS_SHOWN = 200;

    private static final String INSERT_READ = "INSERT INTO personal_data_access (accessed_at, actor_id, actor_name,"
            + " actor_roles, purpose, source_ip) VALUES (?, ?, ?, ?, ?, ?)";

    private static final String INSERT_RECORDS = "INSERT INTO personal_data_access_record (reception_id, access_id) VALUES ";

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
     * or rolls back with what was read; outside one (the list) the read and its records commit together in a
     * transaction of their own. It never makes Hibernate flush the records just read.
     */
    public void record(Collection<UUID> receptionIds, Purpose purpose) {
        if (receptionIds.isEmpty()) {
            return;
        }
        List<UUID> ids = List.copyOf(receptionIds);
        LocalDateTime now = LocalDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection()) {
            boolean ownTransaction = connection.getAutoCommit();
            if (ownTransaction) {
                connection.setAutoCommit(false);
            }
            try {
                insertRecords(connection, insertRead(connection, now, purpose), ids);
                if (ownTransaction) {
                    connection.commit();
                }
            } catch (SQLException | RuntimeException e) {
                if (ownTransaction) {
                    connection.rollback();
                }
                throw e;
            } finally {
                if (ownTransaction) {
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not log the reads of personal data", e);
        }
    }

    private long insertRead(Connection connection, LocalDateTime now, Purpose purpose) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_READ, Statement.RETURN_GENERATED_KEYS)) {
            insert.setObject(1, now);
            insert.setString(2, caller.id());
            insert.setString(3, truncate(caller.name(), 255));
            insert.setString(4, truncate(String.join(",", new TreeSet<>(caller.roles())), 200));
            insert.setString(5, purpose.name());
            insert.setString(6, source.address());
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                if (!key.next()) {
                    throw new SQLException("No ID for the logged read");
                }
                return key.getLong(1);
            }
        }
    }

    private static void insertRecords(Connection connection, long accessId, List<UUID> ids) throws SQLException {
        StringBuilder sql = new StringBuilder(INSERT_RECORDS);
        for (int i = 0; i < ids.size(); i++) {
            sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
        }
        try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            int p = 1;
            for (UUID id : ids) {
                insert.setBytes(p++, UuidBytes.of(id));
                insert.setLong(p++, accessId);
            }
            insert.executeUpdate();
        }
    }

    /** The newest reads of one record. */
    public List<PersonalDataRead> reads(UUID receptionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT a.accessed_at, a.actor_id, a.actor_name, a.purpose"
                        + " FROM personal_data_access_record r JOIN personal_data_access a ON a.id = r.access_id"
                        + " WHERE r.reception_id = ?1 ORDER BY r.access_id DESC")
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
