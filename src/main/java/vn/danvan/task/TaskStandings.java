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
 * What other features may know of tasks they link to (a yearly plan's items): each live task's title, lead unit,
 * status and deadline. Read-only; who may see a task is the linking feature's business (it links only tasks of
 * units it acts for).
 */
@ApplicationScoped
public class TaskStandings {

    /** One task as it stands. */
    public record Standing(UUID id, String title, UUID leadOrganizationId, TaskStatus status, LocalDate dueDate) {
    }

    private final EntityManager em;

    TaskStandings(EntityManager em) {
        this.em = em;
    }

    /** The live tasks a unit leads, by deadline (the demo plan links them). */
    public List<Standing> ledBy(UUID organizationId) {
        return em.createQuery("select t.id, t.title, t.leadOrganizationId, t.status, t.dueDate from TaskEntity t"
                        + " where t.deletedAt is null and t.leadOrganizationId = :unit order by t.dueDate, t.id", Object[].class)
                .setParameter("unit", organizationId).getResultStream()
                .map(row -> new Standing((UUID) row[0], (String) row[1], (UUID) row[2], (TaskStatus) row[3],
                        (LocalDate) row[4])).toList();
    }

    /** The live (not deleted) tasks among {@code ids}; unknown and deleted IDs are absent. */
    public Map<UUID, Standing> of(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery("select t.id, t.title, t.leadOrganizationId, t.status, t.dueDate"
                        + " from TaskEntity t where t.deletedAt is null and t.id in :ids", Object[].class)
                .setParameter("ids", List.copyOf(new java.util.HashSet<>(ids))).getResultList();
        Map<UUID, Standing> standings = new HashMap<>();
        for (Object[] row : rows) {
            standings.put((UUID) row[0], new Standing((UUID) row[0], (String) row[1], (UUID) row[2],
                    (TaskStatus) row[3], (LocalDate) row[4]));
        }
        return standings;
    }
}
