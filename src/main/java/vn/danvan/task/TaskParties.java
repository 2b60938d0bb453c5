package vn.danvan.task;

import jakarta.persistence.EntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.organization.OrganizationMoved;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps each task's party paths (the tree paths of its assigning, lead and coordinating units) equal to
 * the tree: set whenever the units of a task are set, rewritten in the same transaction when a unit moves.
 */
@ApplicationScoped
class TaskParties {

    private final EntityManager em;
    private final OrganizationTreeQueries organizations;

    TaskParties(EntityManager em, OrganizationTreeQueries organizations) {
        this.em = em;
        this.organizations = organizations;
    }

    /** Call after setting the task's assigning, lead or coordinating units. */
    void refresh(TaskEntity task) {
        Set<UUID> units = new LinkedHashSet<>();
        units.add(task.assigningOrganizationId);
        units.add(task.leadOrganizationId);
        units.addAll(task.coordinatingOrganizationIds);
        Set<String> paths = new LinkedHashSet<>();
        for (UUID unit : units) {
            organizations.treePath(unit).ifPresent(paths::add);
        }
        task.partyPaths.retainAll(paths);
        task.partyPaths.addAll(paths);
    }

    void onUnitMoved(@Observes OrganizationMoved moved) {
        em.createNativeQuery("UPDATE task_party SET path = CONCAT(:newPath,"
                        + " SUBSTRING(path, :cut)) WHERE path LIKE :oldPrefix")
                .setParameter("newPath", moved.newPath())
                .setParameter("cut", moved.oldPath().length() + 1)
                .setParameter("oldPrefix", moved.oldPath() + "%")
                .executeUpdate();
    }
}
