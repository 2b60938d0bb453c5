package vn.danvan.organization;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.time.AppClock;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Whether a unit may be given new work: a child unit, a directive it issues or receives, a task it leads or
 * coordinates, a model it registers. A unit outside its validity (dissolved, merged, or not yet in force) is refused
 * with one answer everywhere: a 400 whose field names the unit, the day it ended and the unit that took over (the
 * successor chain followed to the unit in force), so the client can offer the successor instead.
 */
@ApplicationScoped
public class UnitValidity {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int MAX_SUCCESSION = 20;

    private final OrganizationRepository repository;
    private final AppClock clock;

    UnitValidity(OrganizationRepository repository, AppClock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * The refusal of {@code field} when the unit (if it exists) is not valid on {@code day}: ended before it, or not yet
     * started today. An unknown or deleted unit is not this check's business (the caller's scope check answers it).
     */
    public Optional<FieldViolation> check(String field, UUID unitId, LocalDate day) {
        if (unitId == null) {
            return Optional.empty();
        }
        return repository.findLive(unitId).flatMap(unit -> check(field, unit, day));
    }

    /** As {@link #check(String, UUID, LocalDate)}, thrown as a 400. */
    public void require(String field, UUID unitId, LocalDate day) {
        check(field, unitId, day).ifPresent(violation -> {
            throw ApiException.invalid(violation);
        });
    }

    Optional<FieldViolation> check(String field, OrganizationEntity unit, LocalDate day) {
        if (unit.validTo != null && unit.validTo.isBefore(day)) {
            return Optional.of(ended(field, unit));
        }
        // Not yet in force is judged on today, not on the record's day: a unit formed by the 2025 reorganisation
        // carries on its predecessor's work, so a directive of 2022 may be recorded in the name of the province as it
        // is now; a unit that starts only in the future gets nothing yet.
        if (unit.validFrom != null && unit.validFrom.isAfter(clock.today())) {
            return Optional.of(FieldViolation.of(field, "NotYetValid", "organization.unit-not-yet-valid", unit.name,
                    DAY.format(unit.validFrom)));
        }
        return Optional.empty();
    }

    /**
     * For a child unit, which outlives the day it is created: refused under a parent whose end is recorded at all, even
     * a future one (the parent could then not be dissolved while the child stays active).
     */
    Optional<FieldViolation> checkOpenEnded(String field, OrganizationEntity unit) {
        return unit.validTo == null ? Optional.empty() : Optional.of(ended(field, unit));
    }

    private FieldViolation ended(String field, OrganizationEntity unit) {
        Optional<OrganizationEntity> successor = successorInForce(unit);
        return successor
                .map(s -> FieldViolation.of(field, "Dissolved", "organization.unit-dissolved", unit.name,
                        DAY.format(unit.validTo), s.name))
                .orElseGet(() -> FieldViolation.of(field, "Dissolved", "organization.unit-dissolved-no-successor",
                        unit.name, DAY.format(unit.validTo)));
    }

    /** The successor, followed through later mergers to the one still in force (or the last one named). */
    public Optional<OrganizationEntity> successorInForce(OrganizationEntity unit) {
        OrganizationEntity current = unit;
        Set<UUID> seen = new HashSet<>();
        for (int step = 0; step < MAX_SUCCESSION && current.successorId != null && seen.add(current.id); step++) {
            Optional<OrganizationEntity> next = repository.findLive(current.successorId);
            if (next.isEmpty()) {
                break;
            }
            current = next.get();
            if (current.validTo == null) {
                break;
            }
        }
        return current == unit ? Optional.empty() : Optional.of(current);
    }
}
