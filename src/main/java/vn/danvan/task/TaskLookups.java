package vn.danvan.task;

import vn.danvan.api.model.TaskChildren;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * What tasks show from elsewhere, read once for a whole list (TaskMapper's @Context): the names of the assigning and
 * lead units, the directives' numbers, the linked IDs, the roll-ups of sub-tasks (single reads only) and today's
 * local date for the derived states.
 */
record TaskLookups(Map<UUID, String> organizationNames, Map<UUID, String> directiveNumbers, TaskLinkedIds linked,
                   Map<UUID, TaskChildren> children, LocalDate today) {

    TaskLookups withChildren(UUID taskId, TaskChildren rollUp) {
        return new TaskLookups(organizationNames, directiveNumbers, linked, Map.of(taskId, rollUp), today);
    }
}
