package vn.danvan.democracy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.GrassrootsConsultationStatus;
import vn.danvan.api.model.GrassrootsFindingStatus;
import vn.danvan.platform.statistics.AggregateRows;
import vn.danvan.platform.statistics.Counts;
import vn.danvan.platform.statistics.GroupedWindow;
import vn.danvan.platform.statistics.SectionFigures;
import vn.danvan.platform.statistics.StatisticsSection;
import vn.danvan.platform.statistics.StatisticsWindow;

import java.util.Map;
import java.util.UUID;

/**
 * Grassroots democracy at the communes of the window: disclosures posted (and those late against the law's period),
 * matters put to the people and decided, the people's comments received and answered, the People's Inspection
 * Board's findings and their handling; each counted by its own day within the window. What each commune still owes
 * (duties not disclosed by their due date) is the compliance summary's ({@link GrassrootsComplianceQueries}).
 */
@ApplicationScoped
public class GrassrootsStatisticsSection implements StatisticsSection {

    /** Every record of the section belongs to the unit that keeps it. */
    private static final String UNIT = "e.organizationId";

    private final EntityManager em;

    GrassrootsStatisticsSection(EntityManager em) {
        this.em = em;
    }

    @Override
    public String key() {
        return "grassrootsDemocracy";
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public String title() {
        return "Thực hiện dân chủ ở cơ sở";
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
        Object[] disclosures = queries.row("select count(e), sum(case when e.late = true then 1 else 0 end)"
                + " from DisclosureEntity e where e.deletedAt is null and e.startsOn >= :from and e.startsOn <= :to",
                UNIT, Map.of());
        Object[] consultations = queries.row("select count(e) from ConsultationEntity e where e.deletedAt is null"
                + " and e.status = :closed and e.decidedOn >= :from and e.decidedOn <= :to", UNIT,
                Map.of("closed", GrassrootsConsultationStatus.CLOSED));
        Object[] comments = queries.row("select count(e), sum(case when e.answer is not null then 1 else 0 end)"
                + " from GrassrootsCommentEntity e where e.deletedAt is null and e.receivedOn >= :from and e.receivedOn <= :to",
                UNIT, Map.of());
        Object[] findings = queries.row("select count(e), sum(case when e.status = :handled then 1 else 0 end)"
                + " from FindingEntity e where e.deletedAt is null and e.foundOn >= :from and e.foundOn <= :to", UNIT,
                Map.of("handled", GrassrootsFindingStatus.HANDLED));
        return SectionFigures.of(this)
                .add("disclosures", "Nội dung đã công khai", Counts.at(disclosures, 0))
                .add("lateDisclosures", "Công khai chậm so với thời hạn luật định", Counts.at(disclosures, 1))
                .add("consultationsDecided", "Nội dung Nhân dân bàn, quyết định hoặc góp ý đã có kết quả",
                        Counts.at(consultations, 0))
                .add("commentsReceived", "Ý kiến của Nhân dân nhận được", Counts.at(comments, 0))
                .add("commentsAnswered", "Ý kiến đã trả lời", Counts.at(comments, 1))
                .add("inspectionFindings", "Kiến nghị của Ban Thanh tra nhân dân", Counts.at(findings, 0))
                .add("inspectionFindingsHandled", "Kiến nghị của Ban Thanh tra nhân dân đã xử lý", Counts.at(findings, 1))
                .build();
    }
}
