package vn.danvan.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.TaskStatus;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What other features that track their follow-up through tasks (a dialogue's opinions assigned to a unit) may read of
 * those tasks: the status and the due date, one query for many tasks.
 */
@ApplicationScoped
public class TaskFactQueries {

    /** Where a task stands. */
    public record TaskFact(UUID id, TaskStatus status, LocalDate dueDate) {

        /** Accepted by its assigner: the work is done. */
        public boolean done() {
            return status == TaskStatus.ACCEPTED;
        }

        /** Still open and past its due date on {@code today}. */
        public boolean overdue(LocalDate today) {
            return status != TaskStatus.ACCEPTED && status != TaskStatus.CANCELLED && dueDate.isBefore(today);
        }
    }

    private final EntityManager em;

    TaskFactQueries(EntityManager em) {
        this.em = em;
    }

    /** The facts of the live tasks among {@code ids}; unknown or deleted IDs are absent. */
    public Map<UUID, TaskFact> of(Collection<UUID> ids) {
        Map<UUID, TaskFact> facts = new HashMap<>();
        if (ids.isEmpty()) {
            return facts;
        }
        List<Object[]> rows = em.createQuery("select t.id, t.status, t.dueDate from TaskEntity t"
                + " where t.deletedAt is null and t.id in :ids", Object[].class)
                .setParameter("ids", List.copyOf(ids)).getResultList();
        for (Object[] row : rows) {
            facts.put((UUID) row[0], new TaskFact((UUID) row[0], (TaskStatus) row[1], (LocalDate) row[2]));
        }
        return facts;
    }
}
