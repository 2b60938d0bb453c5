package vn.danvan.task;

import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.danvan.api.model.NotificationKind;
import vn.danvan.platform.cluster.JobLease;
import vn.danvan.notification.NotificationText;
import vn.danvan.notification.Notifications;
import vn.danvan.platform.time.AppClock;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Theo dõi, đôn đốc: reminders a configured number of days before a deadline and once a task is
 * overdue (within a week of the deadline), to the lead unit (and, when overdue, to the assigning unit). Runs on every instance's
 * schedule, but one instance at a time holds the lease, and each reminder is unique by kind, task,
 * deadline and unit: two instances, a retried run or a restart never send one twice. A moved
 * deadline (extension) gets its own reminders.
 */
@ApplicationScoped
public class TaskReminders {

    static final String JOB = "task-reminders";
    static final int OVERDUE_LOOK_BACK_DAYS = 7;
    private static final Logger LOG = Logger.getLogger(TaskReminders.class);

    private final EntityManager em;
    private final JobLease lease;
    private final Notifications notifications;
    private final RemindersConfig config;
    private final AppClock clock;
    private final String holder = "instance-" + UUID.randomUUID();

    TaskReminders(EntityManager em, JobLease lease, Notifications notifications, RemindersConfig config, AppClock clock) {
        this.em = em;
        this.lease = lease;
        this.notifications = notifications;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${danvan.reminders.every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (config.enabled()) {
            int sent = runAs(holder);
            if (sent > 0) {
                LOG.infof("Task reminders: %d sent", sent);
            }
        }
    }

    /**
     * One run on behalf of {@code holderId} (an instance). @return the reminders created, or -1 when
     * another holder has the lease.
     */
    public int runAs(String holderId) {
        if (!lease.acquire(JOB, holderId, config.lease())) {
            return -1;
        }
        try {
            return QuarkusTransaction.requiringNew().call(this::remind);
        } finally {
            lease.release(JOB, holderId);
        }
    }

    private int remind() {
        LocalDate today = clock.today();
        int sent = 0;
        List<TaskEntity> dueSoon = em.createQuery("from TaskEntity e where e.deletedAt is null"
                        + " and e.status in :working and e.dueDate between :today and :horizon", TaskEntity.class)
                .setParameter("working", TaskStates.WORKING).setParameter("today", today)
                .setParameter("horizon", today.plusDays(config.daysBefore())).getResultList();
        for (TaskEntity task : dueSoon) {
            sent += once(NotificationKind.DUE_SOON, task, task.leadOrganizationId,
                    NotificationText.of("notification.due-soon", task.dueDate, task.title));
        }
        // Tasks that became overdue recently: a run looks back a week, so that a cluster that was down for a
        // few days still sends each reminder, but does not walk every old overdue task again every run.
        List<TaskEntity> overdue = em.createQuery("from TaskEntity e where e.deletedAt is null"
                        + " and e.status in :working and e.dueDate >= :since and e.dueDate < :today", TaskEntity.class)
                .setParameter("working", TaskStates.WORKING).setParameter("today", today)
                .setParameter("since", today.minusDays(OVERDUE_LOOK_BACK_DAYS)).getResultList();
        for (TaskEntity task : overdue) {
            NotificationText title = NotificationText.of("notification.overdue", task.dueDate, task.title);
            sent += once(NotificationKind.OVERDUE, task, task.leadOrganizationId, title);
            sent += once(NotificationKind.OVERDUE, task, task.assigningOrganizationId, title);
        }
        return sent;
    }

    private int once(NotificationKind kind, TaskEntity task, UUID unit, NotificationText title) {
        String key = kind.name() + ":" + task.id + ":" + task.dueDate + ":" + unit;
        return notifications.sendOnce(key, unit, kind, task.id, title, task.dueDate) ? 1 : 0;
    }
}
