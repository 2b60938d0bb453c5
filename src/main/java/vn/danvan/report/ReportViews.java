package vn.danvan.report;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.ConsolidatedReport;
import vn.danvan.api.model.ConsolidationNarrative;
import vn.danvan.api.model.ConsolidatedRow;
import vn.danvan.api.model.Report;
import vn.danvan.api.model.ReportDelivery;
import vn.danvan.api.model.ReportRequest;
import vn.danvan.api.model.ReportRequestItem;
import vn.danvan.api.model.ReportStatus;
import vn.danvan.api.model.StatisticsCorrection;
import vn.danvan.api.model.StatisticsFigure;
import vn.danvan.api.model.StatisticsSectionFigures;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.statistics.SectionFigures;
import vn.danvan.platform.time.AppClock;
import vn.danvan.report.statistics.StatisticsViews;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reports, requests and consolidations as the contract shows them. */
@ApplicationScoped
public class ReportViews {

    private final ReportService service;
    private final OrganizationTreeQueries tree;
    private final AppClock clock;

    ReportViews(ReportService service, OrganizationTreeQueries tree, AppClock clock) {
        this.service = service;
        this.tree = tree;
        this.clock = clock;
    }

    ReportDelivery delivery(ReportEntity report, ReportRequestEntity request) {
        if (ReportService.frozen(report) && report.submittedAt != null) {
            LocalDate submittedOn = report.submittedAt.atZone(clock.zone()).toLocalDate();
            return submittedOn.isAfter(request.deadline) ? ReportDelivery.SUBMITTED_LATE : ReportDelivery.SUBMITTED_ON_TIME;
        }
        return clock.today().isAfter(request.deadline) ? ReportDelivery.MISSING : ReportDelivery.PENDING;
    }

    private OffsetDateTime time(java.time.Instant instant) {
        return instant == null ? null : instant.atZone(clock.zone()).toOffsetDateTime();
    }

    public Report report(ReportEntity report) {
        ReportRequestEntity request = service.request(report.requestId, false);
        Map<String, StatisticsViews.Correction> corrections = service.corrections(report);
        return new Report().id(report.id).requestId(request.id).requestTitle(request.title)
                .organizationId(report.organizationId).organizationName(tree.name(report.organizationId))
                .period(request.period).from(request.windowFrom).to(request.windowTo).deadline(request.deadline)
                .status(report.status).delivery(delivery(report, request))
                .results(report.results).limitations(report.limitations).lessons(report.lessons)
                .nextTasks(report.nextTasks).proposals(report.proposals)
                .corrections(corrections.values().stream().map(c -> new StatisticsCorrection().figure(c.figure())
                        .value(c.value()).reason(c.reason())).toList())
                .statistics(StatisticsViews.toApi(service.sections(report, request), corrections))
                .frozen(ReportService.frozen(report)).submittedAt(time(report.submittedAt))
                .returnReason(report.returnReason).acceptedAt(time(report.acceptedAt))
                .createdAt(time(report.createdAt)).updatedAt(time(report.updatedAt)).version(report.version);
    }

    public ReportRequest request(ReportRequestEntity request, Integer reminded) {
        List<ReportEntity> reports = service.reportsOf(request.id);
        Map<UUID, String> names = tree.names(reports.stream().map(r -> r.organizationId).toList());
        List<ReportRequestItem> items = reports.stream().map(r -> new ReportRequestItem().reportId(r.id)
                        .organizationId(r.organizationId).organizationName(names.getOrDefault(r.organizationId, ""))
                        .status(r.status).delivery(delivery(r, request)).submittedAt(time(r.submittedAt)))
                .sorted(Comparator.comparing(ReportRequestItem::getOrganizationName).thenComparing(i -> i.getReportId().toString()))
                .toList();
        int submitted = (int) items.stream().filter(i -> i.getDelivery() == ReportDelivery.SUBMITTED_ON_TIME
                || i.getDelivery() == ReportDelivery.SUBMITTED_LATE).count();
        int late = (int) items.stream().filter(i -> i.getDelivery() == ReportDelivery.SUBMITTED_LATE).count();
        int missing = (int) items.stream().filter(i -> i.getDelivery() == ReportDelivery.MISSING).count();
        return new ReportRequest().id(request.id).title(request.title)
                .requestingOrganizationId(request.requestingOrganizationId).period(request.period)
                .year(request.periodYear).number(request.periodNumber).from(request.windowFrom).to(request.windowTo)
                .deadline(request.deadline).directiveId(request.directiveId).seriesId(request.seriesId).reports(items).submitted(submitted)
                .late(late).missing(missing).reminded(reminded).createdAt(time(request.createdAt))
                .updatedAt(time(request.updatedAt)).version(request.version);
    }

    /**
     * Every organisation asked, with its figures (the snapshot and corrections once submitted, computed now
     * otherwise), and the sum of those not inside another organisation asked: each unit counted once. Units merged
     * during the window are inside their successor's figures already (the statistics layer counts them under it).
     */
    public ConsolidatedReport consolidation(ReportRequestEntity request) {
        List<ReportEntity> reports = service.reportsOf(request.id);
        List<UUID> units = reports.stream().map(r -> r.organizationId).toList();
        Map<UUID, OrganizationTreeQueries.UnitStanding> standings = tree.standings(units);
        Map<UUID, String> names = tree.names(units);
        Map<UUID, List<SectionFigures>> sectionsByReport = service.sectionsOf(reports, request);
        Map<UUID, String> paths = new LinkedHashMap<>();
        reports.forEach(r -> paths.put(r.organizationId,
                standings.containsKey(r.organizationId) ? standings.get(r.organizationId).treePath() : ""));
        List<ConsolidatedRow> rows = new ArrayList<>();
        Map<String, StatisticsSectionFigures> totals = new LinkedHashMap<>();
        Map<String, Map<String, StatisticsFigure>> totalFigures = new LinkedHashMap<>();
        for (ReportEntity report : reports) {
            String path = paths.get(report.organizationId);
            boolean counted = paths.entrySet().stream().noneMatch(other -> !other.getKey().equals(report.organizationId)
                    && !other.getValue().isEmpty() && path.startsWith(other.getValue()));
            List<StatisticsSectionFigures> sections = StatisticsViews.toApi(sectionsByReport.get(report.id),
                    ReportService.frozen(report) ? service.corrections(report) : Map.of());
            rows.add(new ConsolidatedRow().organizationId(report.organizationId)
                    .organizationName(names.getOrDefault(report.organizationId, "")).status(report.status)
                    .delivery(delivery(report, request)).counted(counted).sections(sections));
            if (counted) {
                for (StatisticsSectionFigures section : sections) {
                    totals.computeIfAbsent(section.getKey(), k -> new StatisticsSectionFigures().key(k)
                            .title(section.getTitle()).figures(new ArrayList<>()));
                    Map<String, StatisticsFigure> figures = totalFigures.computeIfAbsent(section.getKey(), k -> new LinkedHashMap<>());
                    for (StatisticsFigure figure : section.getFigures()) {
                        StatisticsFigure sum = figures.computeIfAbsent(figure.getKey(), k -> {
                            StatisticsFigure f = new StatisticsFigure().key(k).label(figure.getLabel()).value(0L);
                            totals.get(section.getKey()).getFigures().add(f);
                            return f;
                        });
                        sum.value(sum.getValue() + figure.getValue());
                    }
                }
            }
        }
        rows.sort(Comparator.comparing(ConsolidatedRow::getOrganizationName));
        return new ConsolidatedReport().requestId(request.id).requestingOrganizationId(request.requestingOrganizationId)
                .from(request.windowFrom).to(request.windowTo).totals(new ArrayList<>(totals.values())).rows(rows)
                .narrative(narrative(request)).version(request.version);
    }

    /** The requesting organisation's narrative, or none while it has written nothing. */
    static ConsolidationNarrative narrative(ReportRequestEntity request) {
        String[] texts = {request.narrativeResults, request.narrativeLimitations, request.narrativeLessons,
                request.narrativeNextTasks, request.narrativeProposals};
        if (java.util.Arrays.stream(texts).allMatch(java.util.Objects::isNull)) {
            return null;
        }
        return new ConsolidationNarrative().results(texts[0]).limitations(texts[1]).lessons(texts[2])
                .nextTasks(texts[3]).proposals(texts[4]);
    }

    static String statusLabel(ReportStatus status) {
        return switch (status) {
            case DRAFT -> "Đang soạn";
            case SUBMITTED -> "Đã nộp";
            case RETURNED -> "Bị trả lại";
            case ACCEPTED -> "Đã tiếp nhận";
        };
    }

    static String deliveryLabel(ReportDelivery delivery) {
        return switch (delivery) {
            case PENDING -> "Chưa đến hạn";
            case SUBMITTED_ON_TIME -> "Nộp đúng hạn";
            case SUBMITTED_LATE -> "Nộp trễ hạn";
            case MISSING -> "Quá hạn chưa nộp";
        };
    }
}
