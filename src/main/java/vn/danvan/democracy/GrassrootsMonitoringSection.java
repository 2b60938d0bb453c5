package vn.danvan.democracy;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.monitoring.MonitoringFigures;
import vn.danvan.platform.monitoring.MonitoringSection;
import vn.danvan.platform.monitoring.MonitoringWindow;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Grassroots democracy in the monitoring summary: the totals of the compliance summary ({@link ComplianceService},
 * {@code GET /grassroots-democracy/compliance}) for the communes in the caller's reach, over the summary's period.
 * The compliance summary needs a window of at most a year: an open end is closed by the calendar year of the other
 * (or of today), and a longer period leaves the section out.
 */
@ApplicationScoped
public class GrassrootsMonitoringSection implements MonitoringSection {

    private final GrassrootsComplianceQueries queries;

    GrassrootsMonitoringSection(GrassrootsComplianceQueries queries) {
        this.queries = queries;
    }

    @Override
    public String key() {
        return "grassrootsDemocracy";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String title() {
        return "Thực hiện dân chủ ở cơ sở";
    }

    @Override
    public Optional<MonitoringFigures> compute(MonitoringWindow window) {
        LocalDate from = window.from() != null ? window.from()
                : (window.to() != null ? window.to() : window.asOf()).withDayOfYear(1);
        LocalDate to = window.to() != null ? window.to() : from.withDayOfYear(1).plusYears(1).minusDays(1);
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) + 1 > ComplianceService.MAX_WINDOW_DAYS) {
            return Optional.empty();
        }
        List<GrassrootsComplianceQueries.CommuneCompliance> rows = queries.byScope(window.scope(), from, to);
        GrassrootsComplianceQueries.Counts totals = rows.stream().map(GrassrootsComplianceQueries.CommuneCompliance::counts)
                .reduce(GrassrootsComplianceQueries.Counts.NONE, GrassrootsComplianceQueries.Counts::plus);
        return Optional.of(MonitoringFigures.of(this).period(from, to)
                .add("communes", "Số xã, phường, đặc khu", rows.size())
                .add("communesWithGaps", "Xã, phường, đặc khu còn nội dung chưa thực hiện",
                        rows.stream().filter(r -> r.counts().total() > 0).count())
                .add("missingDisclosures", "Nội dung phải công khai hằng năm chưa công khai đúng hạn",
                        totals.missingDisclosures())
                .add("lateDisclosures", "Công khai chậm so với thời hạn luật định", totals.lateDisclosures())
                .add("overdueConsultations", "Nội dung lấy ý kiến quá hạn chưa kết thúc", totals.overdueConsultations())
                .add("unansweredComments", "Ý kiến của Nhân dân chưa trả lời", totals.unansweredComments())
                .add("openFindings", "Kiến nghị của Ban Thanh tra nhân dân chưa xử lý", totals.openFindings())
                .build());
    }
}
