package vn.danvan.platform.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.jboss.logging.Logger;
import vn.danvan.platform.config.DanvanConfig;
import vn.danvan.platform.security.CurrentCaller;
import vn.danvan.platform.time.AppClock;

import java.util.Comparator;
import java.util.List;

/**
 * Loads every demo data set that this database has not had yet, each in its own transaction with
 * its marker row, so that a set is loaded exactly once even when two instances start together.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    private final DanvanConfig config;
    private final Instance<DemoDataSet> sets;
    private final EntityManager em;
    private final AppClock clock;
    private final CurrentCaller caller;

    DemoDataLoader(DanvanConfig config, Instance<DemoDataSet> sets, EntityManager em, AppClock clock,
                   CurrentCaller caller) {
        this.caller = caller;
        this.config = config;
        this.sets = sets;
        this.em = em;
        this.clock = clock;
    }

    public void onStart(@Observes StartupEvent event) {
        if (!config.demo().enabled()) {
            return;
        }
        List<DemoDataSet> ordered = sets.stream().sorted(Comparator.comparingInt(DemoDataSet::order)).toList();
        for (DemoDataSet set : ordered) {
            try {
                // Written as the demo data's own actor: its histories and timelines name it, not "anonymous".
                boolean loaded = caller.actingAs(CurrentCaller.DEMO_DATA,
                        () -> QuarkusTransaction.requiringNew().call(() -> load(set)));
                if (loaded) {
                    LOG.infof("Demo data loaded: %s", set.name());
                }
            } catch (PersistenceException alreadyLoadedByAnotherInstance) {
                LOG.infof("Demo data %s was loaded by another instance", set.name());
            }
        }
    }

    private boolean load(DemoDataSet set) {
        Number present = (Number) em.createNativeQuery("SELECT COUNT(*) FROM demo_data_load WHERE name = ?1")
                .setParameter(1, set.name()).getSingleResult();
        if (present.intValue() > 0) {
            return false;
        }
        em.createNativeQuery("INSERT INTO demo_data_load (name, loaded_at) VALUES (?1, ?2)")
                .setParameter(1, set.name())
                .setParameter(2, clock.now())
                .executeUpdate();
        set.load();
        return true;
    }
}
