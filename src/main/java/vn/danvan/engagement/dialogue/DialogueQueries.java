package vn.danvan.engagement.dialogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.DialogueItemStatus;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Counts of the opinions of many sessions in one query (for a page of sessions). */
@ApplicationScoped
public class DialogueQueries {

    /** Opinions raised, and those neither answered nor assigned. */
    public record ItemCounts(int total, int open) {
        static final ItemCounts NONE = new ItemCounts(0, 0);
    }

    private final EntityManager em;

    DialogueQueries(EntityManager em) {
        this.em = em;
    }

    public Map<UUID, ItemCounts> itemCounts(Collection<UUID> dialogueIds) {
        Map<UUID, ItemCounts> counts = new HashMap<>();
        if (dialogueIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = em.createQuery("select i.dialogueId, count(i),"
                + " sum(case when i.status = :open then 1 else 0 end) from DialogueItemEntity i"
                + " where i.deletedAt is null and i.dialogueId in :ids group by i.dialogueId", Object[].class)
                .setParameter("open", DialogueItemStatus.OPEN).setParameter("ids", List.copyOf(dialogueIds))
                .getResultList();
        for (Object[] row : rows) {
            counts.put((UUID) row[0], new ItemCounts(((Number) row[1]).intValue(), ((Number) row[2]).intValue()));
        }
        return counts;
    }
}
