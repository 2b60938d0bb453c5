package vn.danvan.platform.personaldata;

import vn.danvan.platform.persistence.MicrosecondTimestamps;
import vn.danvan.platform.persistence.UuidBytes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.PersonalDataPurpose;
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
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The log of every read of unmasked personal data (Luật Bảo vệ dữ liệu cá nhân): who, when, which
 * records and how. One row per read and one per record read, written before the records are returned.
 * A record is named by its kind ({@link Subject}) and ID: every feature that shows personal data in clear logs its
 * reads here (receptions and their citizens, the citizens invited to a dialogue, the authors of grassroots comments).
 */
@ApplicationScoped
public class PersonalDataAccessLog {

    public enum Purpose { READ, LIST, EXPORT, SEARCH, SYNC }

    /**
     * The kinds of record whose personal data is logged when shown in clear. A name is at most 20 ASCII characters
     * (the column); the rows logged before V81 are all {@link #RECEPTION}s.
     */
    public enum Subject {
        /** A reception record with its citizens (name, address, phone, ID number). */
        RECEPTION,
        /** A dialogue session with the citizens invited to it (name, phone). */
        DIALOGUE,
        /** A comment of the people on a grassroots consultation, with its author (name, phone). */
        GRASSROOTS_COMMENT
    }

    private static final int MAX_READS_SHOWN = 200;

    private static final String INSERT_READ = "INSERT INTO personal_data_read (read_at, actor_id, actor_name,"
            + " actor_roles, purpose, source_ip, subject_hash) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private static final int RECORDS_PER_INSERT = 1000;

    /** The newest reads of a record since V34: a read and its records. */
    private static final String READS = "SELECT r.read_at, r.actor_id, r.actor_name, r.purpose FROM personal_data_read_record x"
            + " JOIN personal_data_read r ON r.id = x.read_id WHERE x.subject_id = ?1 AND x.subject_type = ?2"
            + " ORDER BY x.read_id DESC";

    /**
     * A reception's reads: those logged since V34 and those logged before, one wide row per record in
     * personal_data_access, which was not copied (see V34__personal_data_reads.sql).
     */
    private static final String RECEPTION_READS = "SELECT read_at, actor_id, actor_name, purpose FROM ("
            + "(" + READS + " LIMIT " + MAX_READS_SHOWN + ")"
            + " UNION ALL (SELECT accessed_at, actor_id, actor_name, purpose FROM personal_data_access"
            + " WHERE reception_id = ?1 ORDER BY accessed_at DESC, id DESC LIMIT " + MAX_READS_SHOWN + ")"
            + ") logged ORDER BY read_at DESC";

    private static final String INSERT_RECORDS = "INSERT INTO personal_data_read_record (subject_id, subject_type, read_id)"
            + " VALUES ";

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
     * or rolls back with what was read; outside one (the list) each of the two inserts commits on its own, the read
     * first. Should its records then fail, nothing is returned and the read's row stays behind, a trace of an
     * attempt; a transaction of its own would add two round trips (autocommit off, then on) to the busiest list.
     * It never makes Hibernate flush the records just read.
     */
    public void record(Subject subject, Collection<UUID> ids, Purpose purpose) {
        record(subject, ids, purpose, null);
    }

    /**
     * @param subjectHash the keyed hash of what was searched for (an ID number), or null; a search is logged even when
     *                    it found nothing, so that who looked for a number can be traced without keeping the number
     */
    public void record(Subject subject, Collection<UUID> ids, Purpose purpose, byte[] subjectHash) {
        if (ids.isEmpty() && subjectHash == null) {
            return;
        }
        // A record named twice in one read is logged once (the key is record and read).
        List<UUID> distinct = List.copyOf(new LinkedHashSet<>(ids));
        String now = MicrosecondTimestamps.text(clock.now());
        try (Connection connection = dataSource.getConnection()) {
            insertRecords(connection, insertRead(connection, now, purpose, subjectHash), subject, distinct);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not log the reads of personal data", e);
        }
    }

    private long insertRead(Connection connection, String now, Purpose purpose, byte[] subjectHash)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_READ, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, now);
            insert.setString(2, caller.id());
            insert.setString(3, truncate(caller.name(), 255));
            insert.setString(4, truncate(String.join(",", new TreeSet<>(caller.roles())), 200));
            insert.setString(5, purpose.name());
            insert.setString(6, source.address());
            insert.setBytes(7, subjectHash);
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                if (!key.next()) {
                    throw new SQLException("No ID for the logged read");
                }
                return key.getLong(1);
            }
        }
    }

    /**
     * In statements of at most {@link #RECORDS_PER_INSERT} rows: a year's book of a busy unit can hold tens of
     * thousands of records, more than the 65,535 parameters a statement may have.
     */
    private static void insertRecords(Connection connection, long readId, Subject subject, List<UUID> ids)
            throws SQLException {
        for (int from = 0; from < ids.size(); from += RECORDS_PER_INSERT) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + RECORDS_PER_INSERT));
            StringBuilder sql = new StringBuilder(INSERT_RECORDS);
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "(?, ?, ?)" : ", (?, ?, ?)");
            }
            try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
                int p = 1;
                for (UUID id : chunk) {
                    insert.setBytes(p++, UuidBytes.of(id));
                    insert.setString(p++, subject.name());
                    insert.setLong(p++, readId);
                }
                insert.executeUpdate();
            }
        }
    }

    /** The newest reads of one record (at most {@value #MAX_READS_SHOWN}). */
    public List<PersonalDataRead> reads(Subject subject, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(subject == Subject.RECEPTION ? RECEPTION_READS : READS)
                .unwrap(org.hibernate.query.NativeQuery.class)
                .addScalar("read_at", org.hibernate.type.StandardBasicTypes.INSTANT)
                .addScalar("actor_id", org.hibernate.type.StandardBasicTypes.STRING)
                .addScalar("actor_name", org.hibernate.type.StandardBasicTypes.STRING)
                .addScalar("purpose", org.hibernate.type.StandardBasicTypes.STRING)
                .setParameter(1, UuidBytes.of(id))
                .setParameter(2, subject.name())
                .setMaxResults(MAX_READS_SHOWN)
                .getResultList();
        return rows.stream().map(r -> new PersonalDataRead()
                .accessedAt(TimeMappings.toOffsetDateTime((Instant) r[0]))
                .actorId((String) r[1])
                .actorName((String) r[2])
                .purpose(PersonalDataPurpose.fromValue((String) r[3]))).toList();
    }

    private static String truncate(String value, int max) {
        return value == null ? "" : value.length() <= max ? value : value.substring(0, max);
    }
}
