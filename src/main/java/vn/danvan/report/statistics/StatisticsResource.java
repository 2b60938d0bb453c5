package vn.danvan.report.statistics;

import jakarta.ws.rs.core.Response;
import vn.danvan.api.StatisticsApi;
import vn.danvan.api.model.Statistics;
import vn.danvan.api.model.StatisticsBreakdown;
import vn.danvan.api.model.StatisticsMonth;
import vn.danvan.api.model.StatisticsTimeSeries;
import vn.danvan.api.model.StatisticsUnitRow;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.idempotency.Idempotent;
import vn.danvan.platform.statistics.SectionFigures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** /api/v1/statistics — dashboards: a window, month by month, per unit below, and as a workbook. */
@Idempotent
public class StatisticsResource implements StatisticsApi {

    static final int MAX_MONTHS = 24;

    private final StatisticsQueries queries;

    StatisticsResource(StatisticsQueries queries) {
        this.queries = queries;
    }

    @Override
    public Response getStatistics(LocalDate from, LocalDate to, UUID organizationId) {
        return Response.ok(statistics(from, to, organizationId)).build();
    }

    private Statistics statistics(LocalDate from, LocalDate to, UUID organizationId) {
        StatisticsQueries.requireWindow(from, to, "from", "to");
        UUID unit = queries.organizationInScope(organizationId);
        return new Statistics().organizationId(unit).organizationName(queries.name(unit)).from(from).to(to)
                .asOf(queries.asOf(to)).sections(StatisticsViews.toApi(queries.compute(unit, from, to)));
    }

    @Override
    public Response getStatisticsTimeSeries(LocalDate from, LocalDate to, UUID organizationId) {
        if (to.isBefore(from)) {
            StatisticsQueries.requireWindow(from, to, "from", "to");
        }
        if (YearMonth.from(from).plusMonths(MAX_MONTHS - 1L).isBefore(YearMonth.from(to))) {
            throw ApiException.invalid(FieldViolation.of("to", "TooLong", "report.series-too-long", MAX_MONTHS));
        }
        UUID unit = queries.organizationInScope(organizationId);
        List<StatisticsMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            LocalDate start = month.atDay(1).isBefore(from) ? from : month.atDay(1);
            LocalDate end = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
            months.add(new StatisticsMonth().month(month.toString()).from(start).to(end)
                    .sections(StatisticsViews.toApi(queries.compute(unit, start, end))));
        }
        return Response.ok(new StatisticsTimeSeries().organizationId(unit).from(from).to(to).months(months)).build();
    }

    @Override
    public Response getStatisticsByOrganization(LocalDate from, LocalDate to, UUID organizationId) {
        Statistics total = statistics(from, to, organizationId);
        return Response.ok(new StatisticsBreakdown().organizationId(total.getOrganizationId()).from(from).to(to)
                .total(total).rows(rows(total.getOrganizationId(), from, to))).build();
    }

    /** The units directly below, each with its figures: every section counts all of them at once. */
    private List<StatisticsUnitRow> rows(UUID unit, LocalDate from, LocalDate to) {
        List<UUID> children = queries.childrenInForce(unit, to);
        Map<UUID, List<SectionFigures>> figures = queries.computeEach(children, from, to);
        Map<UUID, String> names = queries.names(children);
        return children.stream().map(child -> new StatisticsUnitRow().organizationId(child)
                .organizationName(names.getOrDefault(child, ""))
                .sections(StatisticsViews.toApi(figures.get(child)))).toList();
    }

    @Override
    public Response exportStatisticsWorkbook(LocalDate from, LocalDate to, UUID organizationId) {
        Statistics total = statistics(from, to, organizationId);
        List<StatisticsWorkbook.Sheet> sheets = new ArrayList<>();
        sheets.add(new StatisticsWorkbook.Sheet(total.getOrganizationName(), total.getSections()));
        rows(total.getOrganizationId(), from, to).forEach(row ->
                sheets.add(new StatisticsWorkbook.Sheet(row.getOrganizationName(), row.getSections())));
        byte[] content = StatisticsWorkbook.write("Thống kê công tác dân vận chính quyền – " + total.getOrganizationName(),
                from, to, sheets);
        return Response.ok(content, StatisticsWorkbook.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"thong-ke-" + from + "-" + to + ".xlsx\"").build();
    }
}
