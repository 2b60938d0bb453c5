package vn.danvan.platform.persistence;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.Session;
import vn.danvan.platform.time.AppClock;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Hands out change sequence numbers from the database, so they increase across all instances.
 * The counter row stays locked until the transaction commits, so numbers become visible in commit
 * order: the mobile delta sync can ask for "everything after N" without missing a slower writer.
 * The JDBC work runs on the transaction's own connection, without flushing the session.
 */
@ApplicationScoped
@Unremovable // looked up by the JPA listener, which CDI does not see
public class ChangeStamper {

    private static final String NEXT = "UPDATE change_sequence SET value = LAST_INSERT_ID(value + 1) WHERE stream = 'global'";

    private static final String STAMPED = ChangeStamper.class.getName() + ".stamped";

    private final EntityManager em;
    private final AppClock clock;
    private final TransactionSynchronizationRegistry transactions;

    public ChangeStamper(EntityManager em, AppClock clock, TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * Whether the current transaction has taken a change number. Its numbers are given back if it rolls
     * back (the counter row is rolled back too), so a version of the data read inside it may later name
     * other data: caches keyed by the highest change numbers must not keep what such a transaction read.
     */
    public boolean stampedInCurrentTransaction() {
        return transactions.getTransactionStatus() == Status.STATUS_ACTIVE && transactions.getResource(STAMPED) != null;
    }

    public Instant now() {
        // Microseconds: what DATETIME(6) keeps, so that the value read back equals the value written.
        return clock.now().truncatedTo(ChronoUnit.MICROS);
    }

    public long nextSequence() {
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.putResource(STAMPED, Boolean.TRUE);
        }
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(NEXT)) {
                update.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT LAST_INSERT_ID()");
                 ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
