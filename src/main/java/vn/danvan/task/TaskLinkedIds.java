package vn.danvan.task;

import jakarta.persistence.EntityManager;
import vn.danvan.platform.persistence.JpqlLists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The coordinating units and report attachments of a page of tasks, read in one query. Touching the
 * tasks' own collections would initialise two collections per task (two batch loads and fifty
 * collection wrappers for a page of fifty): that was a third of the cost of the task list.
 */
record TaskLinkedIds(Map<UUID, List<UUID>> coordinators, Map<UUID, List<UUID>> reportAttachments) {

    private static final int COORDINATOR = 0;

    static TaskLinkedIds of(EntityManager em, List<UUID> taskIds) {
        Map<UUID, List<UUID>> coordinators = new HashMap<>();
        Map<UUID, List<UUID>> attachments = new HashMap<>();
        if (taskIds.isEmpty()) {
            return new TaskLinkedIds(coordinators, attachments);
        }
        Map<String, Object> params = new HashMap<>();
        String tasks = JpqlLists.in("t.id", taskIds, params, "task");
        // Ordered by ID within a task, as the collections themselves are read (by primary key).
        var query = em.createQuery("select t.id, " + COORDINATOR + ", c from TaskEntity t join t.coordinatingOrganizationIds c"
                + " where " + tasks
                + " union all select t.id, 1, a from TaskEntity t join t.reportAttachmentIds a where " + tasks
                + " order by 1, 2, 3", Object[].class);
        params.forEach(query::setParameter);
        for (Object[] row : query.getResultList()) {
            var target = ((Number) row[1]).intValue() == COORDINATOR ? coordinators : attachments;
            target.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add((UUID) row[2]);
        }
        return new TaskLinkedIds(coordinators, attachments);
    }

    List<UUID> coordinatorsOf(UUID taskId) {
        return coordinators.getOrDefault(taskId, List.of());
    }

    List<UUID> reportAttachmentsOf(UUID taskId) {
        return reportAttachments.getOrDefault(taskId, List.of());
    }
}
