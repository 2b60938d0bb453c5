package vn.danvan.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.ConsolidationNarrative;
import vn.danvan.api.model.NotificationKind;
import vn.danvan.api.model.RecurrenceFrequency;
import vn.danvan.api.model.RecurringReportRequestCreate;
import vn.danvan.api.model.ReportPeriod;
import vn.danvan.api.model.ReportRequestCreate;
import vn.danvan.api.model.ReportStatus;
import vn.danvan.api.model.ReportUpdate;
import vn.danvan.api.model.StatisticsCorrection;
import vn.danvan.notification.NotificationText;
import vn.danvan.notification.Notifications;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.etag.EntityTags;
import vn.danvan.platform.recurrence.RecurrencePlanner;
import vn.danvan.platform.rules.ReportingCalendar;
import vn.danvan.platform.security.Scope;
import vn.danvan.platform.security.ScopeProvider;
import vn.danvan.platform.statistics.SectionFigures;
import vn.danvan.platform.time.AppClock;
import vn.danvan.report.statistics.StatisticsQueries;
import vn.danvan.report.statistics.StatisticsViews.Correction;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Report requests and reports: creation, drafting with corrections, submission with its snapshot, return, acceptance. */
@ApplicationScoped
public class ReportService {

    private static final TypeReference<List<Correction>> CORRECTIONS = new TypeReference<>() { };
    private static final TypeReference<List<SectionFigures>> SECTIONS = new TypeReference<>() { };

    private final EntityManager em;
    private final ScopeProvider scopes;
    private final OrganizationTreeQueries tree;
    private final StatisticsQueries statistics;
    private final ReportingCalendar calendar;
    private final Notifications notifications;
    private final AppClock clock;
    private final ObjectMapper json;

    ReportService(EntityManager em, ScopeProvider scopes, OrganizationTreeQueries tree, StatisticsQueries statistics,
                  ReportingCalendar calendar, Notifications notifications, AppClock clock, ObjectMapper json) {
        this.em = em;
        this.scopes = scopes;
        this.tree = tree;
        this.statistics = statistics;
        this.calendar = calendar;
        this.notifications = notifications;
        this.clock = clock;
        this.json = json;
    }

    // ---- requests

    public ReportRequestEntity create(ReportRequestCreate input) {
        List<FieldViolation> violations = new ArrayList<>();
        ReportWindows.Window window = window(input, violations);
        if (window != null && input.getDeadline().isBefore(window.to())) {
            violations.add(FieldViolation.of("deadline", "BeforeWindowEnd", "report.deadline-before-window-end",
                    input.getDeadline(), window.to()));
        }
        Recipients asked = recipients(input.getRequestingOrganizationId(), input.getOrganizationIds(),
                input.getSubtreeOfOrganizationId(), violations);
        Set<UUID> recipients = window == null ? Set.of() : asked.on(window.to());
        if (violations.isEmpty() && recipients.isEmpty()) {
            violations.add(FieldViolation.of("organizationIds", "Empty", "report.no-recipients"));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        return persist(new Planned(input.getTitle().strip(), input.getPeriod(),
                input.getPeriod() == ReportPeriod.AD_HOC ? null : input.getYear(), input.getNumber(), window,
                input.getDeadline(), recipients), input.getRequestingOrganizationId(), input.getDirectiveId(), null);
    }

    /**
     * The requests of a recurrence: one per occurrence of the reporting calendar (platform/recurrence, as recurring
     * tasks), each with its period, window, deadline and recipients; all or nothing.
     */
    public List<ReportRequestEntity> createRecurring(RecurringReportRequestCreate input, UUID seriesId) {
        List<FieldViolation> violations = new ArrayList<>();
        List<RecurrencePlanner.Occurrence> occurrences = List.of();
        if (input.getRecurrence().getFrequency() == RecurrenceFrequency.HALF_YEARLY) {
            violations.add(FieldViolation.of("recurrence.frequency", "NotForReports", "report.recurrence-half-yearly"));
        } else {
            try {
                occurrences = RecurrencePlanner.plan(input.getRecurrence(), calendar);
            } catch (ApiException refused) {
                violations.addAll(refused.violations());
            }
        }
        occurrences.stream().filter(o -> o.dueDate().isBefore(o.periodEnd())).findFirst().ifPresent(o ->
                violations.add(FieldViolation.of("recurrence.dueDay", "BeforeWindowEnd",
                        "report.deadline-before-window-end", o.dueDate(), o.periodEnd())));
        Recipients asked = recipients(input.getRequestingOrganizationId(), input.getOrganizationIds(),
                input.getSubtreeOfOrganizationId(), violations);
        List<Planned> planned = new ArrayList<>();
        if (violations.isEmpty()) {
            String title = input.getTitle().strip();
            for (RecurrencePlanner.Occurrence occurrence : occurrences) {
                YearMonth last = YearMonth.from(occurrence.periodEnd());
                ReportPeriod period = periodOf(input.getRecurrence().getFrequency(), last);
                Integer number = period == ReportPeriod.MONTHLY ? Integer.valueOf(last.getMonthValue())
                        : period == ReportPeriod.QUARTERLY ? Integer.valueOf(last.getMonthValue() / 3) : null;
                ReportWindows.Window window = new ReportWindows.Window(occurrence.periodStart(), occurrence.periodEnd());
                Set<UUID> recipients = asked.on(window.to());
                if (recipients.isEmpty()) {
                    violations.add(FieldViolation.of("organizationIds", "Empty", "report.no-recipients"));
                    break;
                }
                planned.add(new Planned(title + " " + ReportWindows.periodName(period, last.getYear(), number), period,
                        last.getYear(), number, window, occurrence.dueDate(), recipients));
            }
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        return planned.stream().map(p -> persist(p, input.getRequestingOrganizationId(), input.getDirectiveId(), seriesId))
                .toList();
    }

    /** The period of an occurrence by the month its window ends in (its last month). */
    private static ReportPeriod periodOf(RecurrenceFrequency frequency, YearMonth last) {
        return switch (frequency) {
            case MONTHLY -> ReportPeriod.MONTHLY;
            case QUARTERLY -> ReportPeriod.QUARTERLY;
            case YEARLY -> ReportPeriod.YEARLY;
            case SIX_MONTHS_AND_YEAR -> last.getMonthValue() == 6 ? ReportPeriod.SIX_MONTHS : ReportPeriod.YEARLY;
            case HALF_YEARLY -> throw new IllegalArgumentException("HALF_YEARLY is refused for report requests");
        };
    }

    /** A request ready to be stored: everything checked. */
    private record Planned(String title, ReportPeriod period, Integer year, Integer number, ReportWindows.Window window,
                           LocalDate deadline, Set<UUID> recipients) {
    }

    /** The units asked: those listed, and those below {@code subtreeOf} in force on a window's last day. */
    private final class Recipients {
        private final List<UUID> listed;
        private final UUID subtreeOf;

        private Recipients(List<UUID> listed, UUID subtreeOf) {
            this.listed = listed;
            this.subtreeOf = subtreeOf;
        }

        Set<UUID> on(LocalDate windowEnd) {
            Set<UUID> recipients = new LinkedHashSet<>(listed);
            if (subtreeOf != null) {
                recipients.addAll(unitsBelowInForce(subtreeOf, windowEnd));
            }
            return recipients;
        }
    }

    /** Checks the requester (the caller's own unit or below) and the units asked (the caller's scope). */
    private Recipients recipients(UUID requester, List<UUID> organizationIds, UUID subtreeOf,
                                  List<FieldViolation> violations) {
        if (!tree.isWithin(requester, scopes.own())) {
            violations.add(FieldViolation.of("requestingOrganizationId", "NotFound", "report.organization-not-found",
                    requester));
        }
        Scope reach = scopes.current();
        List<UUID> listed = organizationIds == null ? List.of() : organizationIds;
        for (int i = 0; i < listed.size(); i++) {
            if (!tree.isWithin(listed.get(i), reach)) {
                violations.add(FieldViolation.of("organizationIds[" + i + "]", "NotFound", "report.organization-not-found",
                        listed.get(i)));
            }
        }
        if (subtreeOf != null && !tree.isWithin(subtreeOf, reach)) {
            violations.add(FieldViolation.of("subtreeOfOrganizationId", "NotFound", "report.organization-not-found",
                    subtreeOf));
            subtreeOf = null;
        }
        return new Recipients(listed, subtreeOf);
    }

    private ReportRequestEntity persist(Planned planned, UUID requester, UUID directiveId, UUID seriesId) {
        ReportRequestEntity request = new ReportRequestEntity();
        request.id = UUID.randomUUID();
        request.title = planned.title();
        request.requestingOrganizationId = requester;
        request.period = planned.period();
        request.periodYear = planned.year();
        request.periodNumber = planned.number();
        request.windowFrom = planned.window().from();
        request.windowTo = planned.window().to();
        request.deadline = planned.deadline();
        request.directiveId = directiveId;
        request.seriesId = seriesId;
        request.createdAt = clock.now();
        request.updatedAt = request.createdAt;
        em.persist(request);
        for (UUID organizationId : planned.recipients()) {
            ReportEntity report = new ReportEntity();
            report.id = UUID.randomUUID();
            report.requestId = request.id;
            report.organizationId = organizationId;
            report.status = ReportStatus.DRAFT;
            report.corrections = "[]";
            report.createdAt = request.createdAt;
            report.updatedAt = request.createdAt;
            em.persist(report);
        }
        return request;
    }

    private List<UUID> unitsBelowInForce(UUID root, LocalDate day) {
        List<UUID> units = new ArrayList<>();
        List<UUID> level = statistics.childrenInForce(root, day);
        while (!level.isEmpty()) {
            units.addAll(level);
            List<UUID> next = new ArrayList<>();
            level.forEach(unit -> next.addAll(statistics.childrenInForce(unit, day)));
            level = next;
        }
        return units;
    }

    private ReportWindows.Window window(ReportRequestCreate input, List<FieldViolation> violations) {
        if (input.getPeriod() == ReportPeriod.AD_HOC) {
            if (input.getFrom() == null || input.getTo() == null) {
                violations.add(FieldViolation.of(input.getFrom() == null ? "from" : "to", "Required", "report.ad-hoc-dates"));
                return null;
            }
            int before = violations.size();
            try {
                StatisticsQueries.requireWindow(input.getFrom(), input.getTo(), "from", "to");
            } catch (ApiException invalid) {
                violations.add(FieldViolation.of("to", "ImpossibleWindow", "report.window-ends-before-start",
                        input.getFrom(), input.getTo()));
            }
            return violations.size() == before ? new ReportWindows.Window(input.getFrom(), input.getTo()) : null;
        }
        if (input.getFrom() != null || input.getTo() != null) {
            violations.add(FieldViolation.of("from", "NotForPeriod", "report.dates-only-ad-hoc"));
        }
        if (input.getYear() == null) {
            violations.add(FieldViolation.of("year", "Required", "report.year-required"));
            return null;
        }
        boolean numbered = input.getPeriod() == ReportPeriod.MONTHLY || input.getPeriod() == ReportPeriod.QUARTERLY;
        int maxNumber = input.getPeriod() == ReportPeriod.MONTHLY ? 12 : 4;
        if (numbered && (input.getNumber() == null || input.getNumber() > maxNumber)) {
            violations.add(FieldViolation.of("number", "OutOfRange", "report.number-out-of-range", maxNumber));
            return null;
        }
        if (!numbered && input.getNumber() != null) {
            violations.add(FieldViolation.of("number", "NotForPeriod", "report.number-not-for-period"));
            return null;
        }
        YearMonth last = ReportWindows.months(input.getPeriod(), input.getYear(), input.getNumber())[1];
        return ReportWindows.window(input.getPeriod(), input.getYear(), input.getNumber(),
                calendar.dataCutoffDay(last.atEndOfMonth()));
    }

    /** A request the caller may read: its requesting organisation is in the caller's scope (404 otherwise). */
    public ReportRequestEntity request(UUID id) {
        return request(id, true);
    }

    /** The request, checked against the caller's scope or not (a report's own request is readable with the report). */
    public ReportRequestEntity request(UUID id, boolean checkScope) {
        ReportRequestEntity request = em.find(ReportRequestEntity.class, id);
        if (request == null || (checkScope && !tree.isWithin(request.requestingOrganizationId, scopes.current()))) {
            throw ApiException.notFound("entity.report-request", id);
        }
        return request;
    }

    public List<ReportEntity> reportsOf(UUID requestId) {
        return em.createQuery("select r from ReportEntity r where r.requestId = :request", ReportEntity.class)
                .setParameter("request", requestId).getResultList();
    }

    /** Reminds the organisations that have not submitted, once a day per report. @return how many were reminded. */
    public int remind(UUID requestId) {
        ReportRequestEntity request = requestAsRequester(requestId);
        LocalDate today = clock.today();
        int reminded = 0;
        for (ReportEntity report : reportsOf(requestId)) {
            boolean owing = report.status == ReportStatus.DRAFT || report.status == ReportStatus.RETURNED;
            if (owing && !today.equals(report.lastRemindedOn)) {
                // The inbox's kinds are those of tasks: a report due is DUE_SOON, one past its deadline OVERDUE (a new
                // kind would break clients that read the released enum); the text and the missing taskId say it is a report.
                notifications.send(report.organizationId,
                        today.isAfter(request.deadline) ? NotificationKind.OVERDUE : NotificationKind.DUE_SOON, null,
                        NotificationText.of("notification.report-due", request.title, request.deadline.toString()),
                        request.deadline);
                report.lastRemindedOn = today;
                reminded++;
            }
        }
        return reminded;
    }

    /**
     * The requesting organisation's own narrative of the consolidated report (the sections of a unit's report),
     * replacing the previous text; If-Match on the request's version.
     */
    public ReportRequestEntity writeNarrative(UUID requestId, String ifMatch, ConsolidationNarrative input) {
        ReportRequestEntity request = request(requestId);
        if (!tree.isWithin(request.requestingOrganizationId, scopes.own())) {
            throw new ApiException(vn.danvan.platform.error.ProblemType.FORBIDDEN, "report.not-requester-narrative");
        }
        EntityTags.require(ifMatch, request.version);
        request.narrativeResults = input.getResults();
        request.narrativeLimitations = input.getLimitations();
        request.narrativeLessons = input.getLessons();
        request.narrativeNextTasks = input.getNextTasks();
        request.narrativeProposals = input.getProposals();
        request.updatedAt = clock.now();
        em.flush();
        return request;
    }

    private ReportRequestEntity requestAsRequester(UUID requestId) {
        ReportRequestEntity request = request(requestId);
        if (!tree.isWithin(request.requestingOrganizationId, scopes.own())) {
            throw new ApiException(vn.danvan.platform.error.ProblemType.FORBIDDEN, "report.not-requester");
        }
        return request;
    }

    // ---- reports

    /** A report the caller may read: its organisation is in the caller's scope (404 otherwise, as if absent). */
    public ReportEntity report(UUID id) {
        ReportEntity report = em.find(ReportEntity.class, id);
        if (report == null || !tree.isWithin(report.organizationId, scopes.current())) {
            throw ApiException.notFound("entity.report", id);
        }
        return report;
    }

    private ReportEntity ownReport(UUID id, String ifMatch, ReportLifecycle.Command command) {
        ReportEntity report = report(id);
        if (!tree.isWithin(report.organizationId, scopes.own())) {
            throw new ApiException(vn.danvan.platform.error.ProblemType.FORBIDDEN, "report.not-reporting-unit");
        }
        EntityTags.require(ifMatch, report.version);
        ReportLifecycle.TABLE.require(command, report.status);
        return report;
    }

    private ReportEntity requestersReport(UUID id, String ifMatch, ReportLifecycle.Command command) {
        ReportEntity report = report(id);
        requestAsRequester(report.requestId);
        EntityTags.require(ifMatch, report.version);
        ReportLifecycle.TABLE.require(command, report.status);
        return report;
    }

    public ReportEntity update(UUID id, String ifMatch, ReportUpdate input) {
        ReportEntity report = ownReport(id, ifMatch, ReportLifecycle.Command.EDIT);
        ReportRequestEntity request = em.find(ReportRequestEntity.class, report.requestId);
        List<Correction> corrections = validCorrections(input.getCorrections(),
                statistics.compute(report.organizationId, request.windowFrom, request.windowTo));
        report.results = input.getResults();
        report.limitations = input.getLimitations();
        report.lessons = input.getLessons();
        report.nextTasks = input.getNextTasks();
        report.proposals = input.getProposals();
        report.corrections = write(corrections);
        report.updatedAt = clock.now();
        return report;
    }

    private static List<Correction> validCorrections(List<StatisticsCorrection> input, List<SectionFigures> computed) {
        Set<String> figures = new HashSet<>();
        computed.forEach(section -> section.figures().forEach(f -> figures.add(section.key() + "." + f.key())));
        List<FieldViolation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Correction> corrections = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            StatisticsCorrection correction = input.get(i);
            String field = "corrections[" + i + "]";
            if (!figures.contains(correction.getFigure())) {
                violations.add(FieldViolation.of(field + ".figure", "Unknown", "report.unknown-figure", correction.getFigure()));
            } else if (!seen.add(correction.getFigure())) {
                violations.add(FieldViolation.of(field + ".figure", "Duplicate", "report.duplicate-correction",
                        correction.getFigure()));
            }
            if (correction.getReason() == null || correction.getReason().isBlank()) {
                violations.add(FieldViolation.of(field + ".reason", "Required", "report.correction-reason-required"));
            }
            corrections.add(new Correction(correction.getFigure(), correction.getValue(),
                    correction.getReason() == null ? null : correction.getReason().strip()));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        return corrections;
    }

    /** Submits: the statistics computed now are frozen in the report; later changes of the data never alter it. */
    public ReportEntity submit(UUID id, String ifMatch) {
        ReportEntity report = ownReport(id, ifMatch, ReportLifecycle.Command.SUBMIT);
        ReportRequestEntity request = em.find(ReportRequestEntity.class, report.requestId);
        report.snapshot = write(statistics.compute(report.organizationId, request.windowFrom, request.windowTo));
        report.status = ReportStatus.SUBMITTED;
        report.submittedAt = clock.now();
        report.updatedAt = report.submittedAt;
        em.flush();
        return report;
    }

    public ReportEntity returnToUnit(UUID id, String ifMatch, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ApiException.invalid(FieldViolation.of("reason", "Required", "report.return-reason-required"));
        }
        ReportEntity report = requestersReport(id, ifMatch, ReportLifecycle.Command.RETURN);
        report.status = ReportStatus.RETURNED;
        report.returnReason = reason.strip();
        report.updatedAt = clock.now();
        em.flush();
        return report;
    }

    public ReportEntity accept(UUID id, String ifMatch) {
        ReportEntity report = requestersReport(id, ifMatch, ReportLifecycle.Command.ACCEPT);
        report.status = ReportStatus.ACCEPTED;
        report.acceptedAt = clock.now();
        report.updatedAt = report.acceptedAt;
        em.flush();
        return report;
    }

    // ---- statistics of a report

    /** Whether the report's statistics are its frozen snapshot. */
    public static boolean frozen(ReportEntity report) {
        return report.status == ReportStatus.SUBMITTED || report.status == ReportStatus.ACCEPTED;
    }

    /** The snapshot once submitted (and not returned), else the statistics computed now. */
    public List<SectionFigures> sections(ReportEntity report, ReportRequestEntity request) {
        if (frozen(report) && report.snapshot != null) {
            return read(report.snapshot, SECTIONS);
        }
        return statistics.compute(report.organizationId, request.windowFrom, request.windowTo);
    }

    /**
     * {@link #sections} of every report of a request, by report: the snapshots as stored, the live figures of all the
     * others computed together (one query per section's figure query, not one per unit).
     */
    public Map<UUID, List<SectionFigures>> sectionsOf(List<ReportEntity> reports, ReportRequestEntity request) {
        List<UUID> live = reports.stream().filter(r -> !(frozen(r) && r.snapshot != null)).map(r -> r.organizationId)
                .toList();
        Map<UUID, List<SectionFigures>> computed = statistics.computeEach(live, request.windowFrom, request.windowTo);
        Map<UUID, List<SectionFigures>> byReport = new LinkedHashMap<>();
        for (ReportEntity report : reports) {
            byReport.put(report.id, frozen(report) && report.snapshot != null ? read(report.snapshot, SECTIONS)
                    : computed.get(report.organizationId));
        }
        return byReport;
    }

    public Map<String, Correction> corrections(ReportEntity report) {
        Map<String, Correction> byFigure = new LinkedHashMap<>();
        read(report.corrections, CORRECTIONS).forEach(c -> byFigure.put(c.figure(), c));
        return byFigure;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
