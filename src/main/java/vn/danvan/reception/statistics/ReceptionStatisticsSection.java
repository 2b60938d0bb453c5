package vn.danvan.reception.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.ReceptionChannel;
import vn.danvan.api.model.ReceptionDomain;
import vn.danvan.api.model.ReceptionKind;
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
 * Citizen reception in the window: entries of the reception book received by the units (received_on), the people,
 * mass and level-skipping entries, by kind, domain and channel; and the head's periodic sessions (PERIODIC_HEAD) of
 * the window: scheduled against held. Counts only: no name, address or ID number is read. The grouped query reads
 * ix_reception_org_date per unit.
 */
@ApplicationScoped
public class ReceptionStatisticsSection implements StatisticsSection {

    static final Map<ReceptionKind, String> KINDS = Map.of(ReceptionKind.COMPLAINT, "Khiếu nại",
            ReceptionKind.DENUNCIATION, "Tố cáo", ReceptionKind.PETITION, "Kiến nghị", ReceptionKind.FEEDBACK, "Phản ánh");
    static final Map<ReceptionDomain, String> DOMAINS = Map.of(ReceptionDomain.LAND, "Đất đai",
            ReceptionDomain.COMPENSATION_RESETTLEMENT, "Bồi thường, hỗ trợ, tái định cư",
            ReceptionDomain.ENVIRONMENT, "Môi trường", ReceptionDomain.ETHNIC_AFFAIRS, "Dân tộc",
            ReceptionDomain.RELIGION, "Tôn giáo", ReceptionDomain.ADMINISTRATIVE_PROCEDURES, "Thủ tục hành chính",
            ReceptionDomain.OFFICIAL_CONDUCT, "Tác phong, trách nhiệm cán bộ",
            ReceptionDomain.SOCIAL_POLICY, "Chính sách xã hội", ReceptionDomain.OTHER, "Khác");
    static final Map<ReceptionChannel, String> CHANNELS = Map.of(ReceptionChannel.IN_PERSON, "Trực tiếp",
            ReceptionChannel.MAIL, "Qua bưu chính", ReceptionChannel.ONLINE_PORTAL, "Cổng trực tuyến",
            ReceptionChannel.PHONE, "Điện thoại");

    private final EntityManager em;

    ReceptionStatisticsSection(EntityManager em) {
        this.em = em;
    }

    @Override
    public String key() {
        return "receptions";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String title() {
        return "Tiếp công dân";
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
        // One pass grouped by the three dimensions; totals and each breakdown are sums of its rows.
        List<Object[]> rows = queries.rows("select r.kind, r.domain, r.channel, count(r), sum(r.peopleCount),"
                + " sum(case when r.flagMass = true then 1 else 0 end),"
                + " sum(case when r.flagLevelSkipping = true then 1 else 0 end)"
                + " from ReceptionEntity r where r.deletedAt is null and r.receivedOn between :from and :to",
                "r.organizationId", Map.of(), " group by r.kind, r.domain, r.channel");
        long total = 0;
        long people = 0;
        long mass = 0;
        long levelSkipping = 0;
        Map<ReceptionKind, Long> kinds = Counts.byConstant(ReceptionKind.class, List.of());
        Map<ReceptionDomain, Long> domains = Counts.byConstant(ReceptionDomain.class, List.of());
        Map<ReceptionChannel, Long> channels = Counts.byConstant(ReceptionChannel.class, List.of());
        for (Object[] row : rows) {
            long count = Counts.of(row[3]);
            total += count;
            people += Counts.of(row[4]);
            mass += Counts.of(row[5]);
            levelSkipping += Counts.of(row[6]);
            kinds.merge((ReceptionKind) row[0], count, Long::sum);
            domains.merge((ReceptionDomain) row[1], count, Long::sum);
            channels.merge((ReceptionChannel) row[2], count, Long::sum);
        }
        Object[] sessionRow = queries.row("select count(s), sum(case when s.outcome = vn.danvan.api.model.ScheduleOutcome.HELD"
                + " then 1 else 0 end) from ScheduleEntity s where s.deletedAt is null"
                + " and s.sessionType = vn.danvan.api.model.ReceptionType.PERIODIC_HEAD"
                + " and s.sessionDate between :from and :to", "s.organizationId", Map.of());

        SectionFigures.Builder figures = SectionFigures.of(this)
                .add("total", "Lượt tiếp công dân", total)
                .add("people", "Số người được tiếp", people)
                .add("mass", "Đoàn đông người", mass)
                .add("levelSkipping", "Vượt cấp", levelSkipping)
                .add("headSessionsScheduled", "Buổi tiếp định kỳ của người đứng đầu theo lịch", Counts.at(sessionRow, 0))
                .add("headSessionsHeld", "Buổi tiếp định kỳ của người đứng đầu đã tiếp", Counts.at(sessionRow, 1));
        kinds.forEach((kind, count) -> figures.add("kind." + kind.name(), "Phân loại: " + KINDS.get(kind), count));
        domains.forEach((domain, count) -> figures.add("domain." + domain.name(), "Lĩnh vực: " + DOMAINS.get(domain), count));
        channels.forEach((channel, count) -> figures.add("channel." + channel.name(), "Kênh: " + CHANNELS.get(channel), count));
        return figures.build();
    }
}
