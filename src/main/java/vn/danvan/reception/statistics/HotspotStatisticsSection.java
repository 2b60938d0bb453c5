package vn.danvan.reception.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.platform.statistics.AggregateRows;
import vn.danvan.platform.statistics.Counts;
import vn.danvan.platform.statistics.GroupedWindow;
import vn.danvan.platform.statistics.SectionFigures;
import vn.danvan.platform.statistics.StatisticsSection;
import vn.danvan.platform.statistics.StatisticsWindow;
import vn.danvan.reception.ReceptionConfig;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Hot spots (điểm nóng) over the whole window, with the thresholds of {@code GET /hotspots}: places and subjects
 * (commune concerned × domain) whose flagged entries (mass, level-skipping, repeated, prolonged) reach
 * {@code danvan.reception.hotspot-min-flagged}, or whose mass entries reach {@code hotspot-min-mass}. Reads the
 * covering index ix_reception_hotspot.
 */
@ApplicationScoped
public class HotspotStatisticsSection implements StatisticsSection {

    private static final String FLAGGED = "(r.flagMass = true or r.flagLevelSkipping = true or r.flagRepeated = true"
            + " or r.flagProlonged = true)";

    private final EntityManager em;
    private final ReceptionConfig config;

    HotspotStatisticsSection(EntityManager em, ReceptionConfig config) {
        this.em = em;
        this.config = config;
    }

    @Override
    public String key() {
        return "hotspots";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String title() {
        return "Điểm nóng";
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
        // Grouped by place and domain: a hot spot is a place × domain over the thresholds for all the units together.
        List<Object[]> rows = queries.rows("select r.concernedCommuneId, r.domain, count(r),"
                + " sum(case when r.flagMass = true then 1 else 0 end) from ReceptionEntity r"
                + " where r.deletedAt is null and r.receivedOn between :from and :to and r.concernedCommuneId is not null"
                + " and " + FLAGGED, "r.organizationId", Map.of(), " group by r.concernedCommuneId, r.domain");
        long flagged = 0;
        long hotspots = 0;
        for (Object[] row : rows) {
            flagged += Counts.of(row[2]);
            if (Counts.of(row[2]) >= config.hotspotMinFlagged() || Counts.of(row[3]) >= config.hotspotMinMass()) {
                hotspots++;
            }
        }
        return SectionFigures.of(this)
                .add("flaggedReceptions", "Lượt tiếp có dấu hiệu phức tạp (đông người, vượt cấp, nhiều lần, kéo dài)", flagged)
                .add("hotspots", "Điểm nóng (địa bàn × lĩnh vực)", hotspots)
                .build();
    }
}
