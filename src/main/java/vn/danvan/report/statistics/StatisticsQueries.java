package vn.danvan.report.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.organization.ScopeNarrowing;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.security.CurrentCaller;
import vn.danvan.platform.security.ScopeProvider;
import vn.danvan.platform.statistics.GroupedWindow;
import vn.danvan.platform.statistics.SectionFigures;
import vn.danvan.platform.statistics.StatisticsSection;
import vn.danvan.platform.statistics.StatisticsWindow;
import vn.danvan.platform.time.AppClock;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The one statistics query layer: every {@link StatisticsSection} the features provide, run for a window and an
 * organisation's subtree with the units merged into it. Dashboards, report drafts, snapshots at submission,
 * consolidation and open data all read their numbers here, so that they agree for the same window.
 */
@ApplicationScoped
public class StatisticsQueries {

    /** The longest window: a year's report (15/12 – 14/12) with a leap day to spare. */
    public static final long MAX_WINDOW_DAYS = 366;

    private final Instance<StatisticsSection> sections;
    private final OrganizationTreeQueries tree;
    private final ScopeProvider scopes;
    private final ScopeNarrowing narrowing;
    private final CurrentCaller caller;
    private final AppClock clock;

    StatisticsQueries(Instance<StatisticsSection> sections, OrganizationTreeQueries tree, ScopeProvider scopes,
                      ScopeNarrowing narrowing, CurrentCaller caller, AppClock clock) {
        this.sections = sections;
        this.tree = tree;
        this.scopes = scopes;
        this.narrowing = narrowing;
        this.caller = caller;
        this.clock = clock;
    }

    /** The organisation asked for (default: the caller's own), checked against the caller's scope (400 outside). */
    public UUID organizationInScope(UUID organizationId) {
        UUID id = organizationId != null ? organizationId
                : caller.organizationReference().flatMap(tree::idOf).orElseThrow(() -> ApiException.invalid(
                        FieldViolation.of("organizationId", "Required", "report.organization-required")));
        narrowing.narrow(scopes.current(), id, "organizationId", "report.organization-not-found");
        return id;
    }

    /** A window a client asked for: from ≤ to, at most {@link #MAX_WINDOW_DAYS} days (400 otherwise). */
    public static void requireWindow(LocalDate from, LocalDate to, String fromField, String toField) {
        List<FieldViolation> violations = new ArrayList<>();
        if (from != null && to != null && to.isBefore(from)) {
            violations.add(FieldViolation.of(toField, "BeforeStart", "report.window-ends-before-start", from, to));
        } else if (from != null && to != null && ChronoUnit.DAYS.between(from, to) + 1 > MAX_WINDOW_DAYS) {
            violations.add(FieldViolation.of(toField, "TooLong", "report.window-too-long", MAX_WINDOW_DAYS));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
    }

    /** The statistics of an organisation (no scope check: callers check first) for [from, to]. */
    public List<SectionFigures> compute(UUID organizationId, LocalDate from, LocalDate to) {
        StatisticsWindow window = new StatisticsWindow(tree.unitsCountedUnder(organizationId, to), from, to, asOf(to));
        return ordered().stream().map(section -> section.compute(window)).toList();
    }

    /**
     * The statistics of several organisations for the same window, each the same as {@link #compute} gives for it
     * alone, keyed by organisation in the order given: the units counted for all of them are found together, and
     * each section answers all of them at once (one query per figure query, {@link StatisticsSection#computeEach})
     * instead of once per organisation.
     */
    public Map<UUID, List<SectionFigures>> computeEach(List<UUID> organizationIds, LocalDate from, LocalDate to) {
        Map<UUID, List<SectionFigures>> byOrganization = new LinkedHashMap<>();
        if (organizationIds.isEmpty()) {
            return byOrganization;
        }
        GroupedWindow window = new GroupedWindow(tree.unitsCountedUnderEach(organizationIds, to), from, to, asOf(to));
        window.unitsByGroup().keySet().forEach(organization -> byOrganization.put(organization, new ArrayList<>()));
        for (StatisticsSection section : ordered()) {
            Map<UUID, SectionFigures> figures = section.computeEach(window);
            byOrganization.forEach((organization, sections) -> sections.add(figures.get(organization)));
        }
        return byOrganization;
    }

    private List<StatisticsSection> ordered() {
        return sections.stream().sorted(Comparator.comparingInt(StatisticsSection::order)
                .thenComparing(StatisticsSection::key)).toList();
    }

    /** The day deadlines are judged on for a window. */
    public LocalDate asOf(LocalDate to) {
        LocalDate today = clock.today();
        return to.isBefore(today) ? to : today;
    }

    /** The live units directly below an organisation that are in force on {@code day}, by name. */
    public List<UUID> childrenInForce(UUID organizationId, LocalDate day) {
        return tree.childrenInForce(organizationId, day);
    }

    public String name(UUID organizationId) {
        return tree.name(organizationId);
    }

    public Map<UUID, String> names(List<UUID> organizationIds) {
        return tree.names(organizationIds);
    }
}
