package vn.danvan.engagement.dialogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.DialogueItemStatus;
import vn.danvan.api.model.DialogueStatus;
import vn.danvan.platform.statistics.AggregateRows;
import vn.danvan.platform.statistics.Counts;
import vn.danvan.platform.statistics.GroupedWindow;
import vn.danvan.platform.statistics.SectionFigures;
import vn.danvan.platform.statistics.StatisticsSection;
import vn.danvan.platform.statistics.StatisticsWindow;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Dialogues with the people organised by the units in the window (by the day of the session), and the opinions raised
 * at those held: answered on the spot, assigned to a unit (followed as tasks), resolved. Cancelled sessions are not
 * counted as held or planned.
 */
@ApplicationScoped
public class DialogueStatisticsSection implements StatisticsSection {

    private final EntityManager em;

    DialogueStatisticsSection(EntityManager em) {
        this.em = em;
    }

    @Override
    public String key() {
        return "dialogues";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String title() {
        return "Đối thoại với Nhân dân";
    }

    @Override
    public SectionFigures compute(StatisticsWindow window) {
        return figures(AggregateRows.of(em, window));
    }

    /** Every group with one query per figure query: the figures are counts, they add up over units. */
    @Override
    public Map<UUID, SectionFigures> computeEach(GroupedWindow window) {
        return AggregateRows.each(em, window, this::figures);
    }

    private SectionFigures figures(AggregateRows queries) {
        Map<DialogueStatus, Long> sessions = Counts.byConstant(DialogueStatus.class, queries.rows(
                "select d.status, count(d) from DialogueEntity d where d.deletedAt is null"
                        + " and d.heldOn >= :from and d.heldOn <= :to", "d.organizationId", Map.of(),
                " group by d.status"));
        List<Object[]> itemRows = queries.rows("select i.status, count(i) from DialogueItemEntity i, DialogueEntity d"
                        + " where i.dialogueId = d.id and i.deletedAt is null and d.deletedAt is null"
                        + " and d.status in (:held) and d.heldOn >= :from and d.heldOn <= :to", "d.organizationId",
                Map.of("held", List.of(DialogueStatus.HELD, DialogueStatus.CLOSED)), " group by i.status");
        Map<DialogueItemStatus, Long> items = Counts.byConstant(DialogueItemStatus.class, itemRows);
        long raised = items.values().stream().mapToLong(Long::longValue).sum();
        return SectionFigures.of(this)
                .add("held", "Buổi đối thoại đã tổ chức",
                        sessions.get(DialogueStatus.HELD) + sessions.get(DialogueStatus.CLOSED))
                .add("planned", "Buổi đối thoại đã lên kế hoạch, chưa tổ chức", sessions.get(DialogueStatus.PLANNED))
                .add("cancelled", "Buổi đối thoại đã hủy", sessions.get(DialogueStatus.CANCELLED))
                .add("opinionsRaised", "Ý kiến, kiến nghị của Nhân dân tại các buổi đối thoại", raised)
                .add("answeredOnTheSpot", "Ý kiến được trả lời tại chỗ", items.get(DialogueItemStatus.ANSWERED))
                .add("assigned", "Ý kiến giao đơn vị giải quyết",
                        items.get(DialogueItemStatus.ASSIGNED) + items.get(DialogueItemStatus.DONE))
                .add("resolved", "Ý kiến đã giải quyết xong", items.get(DialogueItemStatus.DONE))
                .add("open", "Ý kiến chưa trả lời", items.get(DialogueItemStatus.OPEN))
                .build();
    }
}
