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
import vn.danvan.platform.persistence.UuidBytes;
import vn.danvan.platform.time.AppClock;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Theo dõi, đôn đốc: reminders a configured number of days before a deadline, to the lead unit, and one OVERDUE reminder
 * per deadline once a task is overdue, to the lead unit and to the assigning unit — whenever the task became overdue,
 * however long ago (a task created already overdue, or while reminders were disabled, gets its reminder on the next
 * run). Runs on every instance's schedule, but one instance at a time holds the lease, and each reminder is unique by
 * kind, task, deadline and unit: two instances, a retried run or a restart never send one twice. A moved deadline
 * (extension) gets its own reminders.
 *
 * <p>Which overdue tasks were reminded is kept in {@code task_reminder} (with the notifications, in one transaction),
 * so that a run reads only the tasks still owed a reminder, in batches, instead of every old overdue task again.
 */
@ApplicationScoped
public class TaskReminders {

    static final String JOB = "task-reminders";
    /** Overdue tasks reminded per transaction: a first run after a long stop works through its backlog in batches. */
    static final int OVERDUE_BATCH = 200;
    private static final String OVERDUE = NotificationKind.OVERDUE.name();
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
            LocalDate today = clock.today();
            int sent = QuarkusTransaction.requiringNew().call(() -> remindDueSoon(today));
            while (true) {
                int[] batch = QuarkusTransaction.requiringNew().call(() -> remindOverdue(today));
                sent += batch[1];
                // renewed after each batch, so that a long backlog keeps the lease (the same holder may renew it)
                if (batch[0] < OVERDUE_BATCH || !lease.acquire(JOB, holderId, config.lease())) {
                    return sent;
                }
            }
        } finally {
            lease.release(JOB, holderId);
        }
    }

    private int remindDueSoon(LocalDate today) {
        int sent = 0;
        List<TaskEntity> dueSoon = em.createQuery("from TaskEntity e where e.deletedAt is null"
                        + " and e.status in :working and e.dueDate between :today and :horizon", TaskEntity.class)
                .setParameter("working", TaskStates.WORKING).setParameter("today", today)
                .setParameter("horizon", today.plusDays(config.daysBefore())).getResultList();
        for (TaskEntity task : dueSoon) {
            sent += once(NotificationKind.DUE_SOON, task, task.leadOrganizationId,
                    NotificationText.of("notification.due-soon", task.dueDate, task.title));
        }
        return sent;
    }

    /**
     * One batch of the overdue tasks not yet reminded for their current deadline, oldest deadline first (through the
     * index on open flag and due date; each candidate probes task_reminder's key).
     * @return the tasks read and the reminders created
     */
    private int[] remindOverdue(LocalDate today) {
        List<TaskEntity> overdue = em.createQuery("from TaskEntity e where e.deletedAt is null"
                        + " and e.openFlag = 1 and e.status in :working and e.dueDate < :today and not exists (select r from TaskReminderEntity r"
                        + " where r.taskId = e.id and r.kind = :kind and r.dueDate = e.dueDate)"
                        + " order by e.dueDate, e.id", TaskEntity.class)
                .setParameter("working", TaskStates.WORKING).setParameter("today", today)
                .setParameter("kind", OVERDUE).setMaxResults(OVERDUE_BATCH).getResultList();
        int sent = 0;
        for (TaskEntity task : overdue) {
            NotificationText title = NotificationText.of("notification.overdue", task.dueDate, task.title);
            sent += once(NotificationKind.OVERDUE, task, task.leadOrganizationId, title);
            sent += once(NotificationKind.OVERDUE, task, task.assigningOrganizationId, title);
            em.createNativeQuery("INSERT IGNORE INTO task_reminder (task_id, kind, due_date, sent_at)"
                            + " VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, UuidBytes.of(task.id)).setParameter(2, OVERDUE).setParameter(3, task.dueDate)
                    .setParameter(4, clock.now()).executeUpdate();
        }
        return new int[] {overdue.size(), sent};
    }

    private int once(NotificationKind kind, TaskEntity task, UUID unit, NotificationText title) {
        String key = kind.name() + ":" + task.id + ":" + task.dueDate + ":" + unit;
        return notifications.sendOnce(key, unit, kind, task.id, title, task.dueDate) ? 1 : 0;
    }
}
