package vn.danvan.democracy;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.GrassrootsCompliance;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.security.Scope;
import vn.danvan.platform.time.AppClock;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The compliance summary for a coordinator: the caller's reach (or a unit in it), a window of at most 366 days (this
 * calendar year by default), the rows of {@link GrassrootsComplianceQueries}.
 */
@ApplicationScoped
public class ComplianceService {

    static final int MAX_WINDOW_DAYS = 366;

    private final GrassrootsComplianceQueries queries;
    private final CommuneReach reach;
    private final GrassrootsMapper mapper;
    private final AppClock clock;

    ComplianceService(GrassrootsComplianceQueries queries, CommuneReach reach, GrassrootsMapper mapper, AppClock clock) {
        this.queries = queries;
        this.reach = reach;
        this.mapper = mapper;
        this.clock = clock;
    }

    public GrassrootsCompliance summary(UUID organizationId, LocalDate from, LocalDate to) {
        LocalDate today = clock.today();
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? start.withDayOfYear(1).plusYears(1).minusDays(1) : to;
        if (end.isBefore(start)) {
            throw ApiException.invalid(FieldViolation.of("to", "DateOrder", "grassroots.window-order"));
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_WINDOW_DAYS) {
            throw ApiException.invalid(FieldViolation.of("to", "Range", "grassroots.window-too-long", MAX_WINDOW_DAYS));
        }
        Scope scope = reach.narrowed(organizationId);
        return mapper.toApi(queries.byScope(scope, start, end), start, end, today);
    }
}
