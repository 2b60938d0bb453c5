package vn.danvan.mobilization.settings;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.RegistrationReopeningCreate;
import vn.danvan.mobilization.scope.OrganizationPlaces;
import vn.danvan.organization.UnitValidity;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.etag.EntityTags;
import vn.danvan.platform.security.Scope;
import vn.danvan.platform.time.AppClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Registration windows reopened for single units (gia hạn đăng ký): a late registration with its reason, until a
 * date, for one unit and the units under it, leaving the window as it is for the rest of the province. Each change
 * touches the window, so that its version (ETag) and the windows' sync carry it. Callers hold the transaction.
 */
@ApplicationScoped
public class RegistrationReopenings implements PanacheRepositoryBase<RegistrationReopeningEntity, UUID> {

    static final String ENTITY = "entity.mobilization-reopening";
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final RegistrationWindows windows;
    private final OrganizationPlaces places;
    private final UnitValidity validity;
    private final AppClock clock;

    RegistrationReopenings(RegistrationWindows windows, OrganizationPlaces places, UnitValidity validity, AppClock clock) {
        this.windows = windows;
        this.places = places;
        this.validity = validity;
        this.clock = clock;
    }

    /** The live reopenings of a window, oldest first. */
    public List<RegistrationReopeningEntity> of(UUID windowId) {
        return list("windowId = ?1 and deletedAt is null order by createdAt, id", windowId);
    }

    /** The live reopenings of the windows, oldest first. */
    public List<RegistrationReopeningEntity> ofWindows(List<UUID> windowIds) {
        if (windowIds.isEmpty()) {
            return List.of();
        }
        return list("windowId in ?1 and deletedAt is null order by createdAt, id", windowIds);
    }

    /**
     * A live reopening of the window in force on {@code day} for the unit or a unit above it, if any: the unit may then
     * register although the window has closed.
     */
    public Optional<RegistrationReopeningEntity> inForce(RegistrationWindowEntity window, UUID organizationId,
                                                        LocalDate day) {
        if (day.isBefore(window.opensOn)) {
            return Optional.empty();
        }
        Optional<String> path = places.pathWithin(organizationId, Scope.EVERYTHING);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        return of(window.id).stream()
                .filter(r -> !day.isAfter(r.openUntil))
                .filter(r -> path.get().contains("/" + r.organizationId.toString().replace("-", "")))
                .findFirst();
    }

    public RegistrationReopeningEntity get(UUID windowId, UUID id) {
        RegistrationWindowEntity window = windows.get(windowId);
        return find("id = ?1 and windowId = ?2 and deletedAt is null", id, window.id).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound(ENTITY, id));
    }

    public RegistrationReopeningEntity create(UUID windowId, RegistrationReopeningCreate request) {
        RegistrationWindowEntity window = windows.get(windowId);
        UUID id = request.getId() == null ? UUID.randomUUID() : request.getId();
        if (findById(id) != null) {
            throw ApiException.idTaken();
        }
        LocalDate today = clock.today();
        List<FieldViolation> violations = new ArrayList<>();
        Optional<String> path = places.pathWithin(request.getOrganizationId(), Scope.EVERYTHING);
        if (path.isEmpty() || !OrganizationPlaces.provinceOf(path.get()).equals(window.provinceId)) {
            violations.add(FieldViolation.of("organizationId", "NotFound", "mobilization.reopening-unit-not-found",
                    request.getOrganizationId()));
        } else {
            validity.check("organizationId", request.getOrganizationId(), today).ifPresent(violations::add);
        }
        if (request.getOpenUntil().isBefore(today)) {
            violations.add(FieldViolation.of("openUntil", "Past", "mobilization.reopening-in-past"));
        } else if (!request.getOpenUntil().isAfter(window.closesOn)) {
            violations.add(FieldViolation.of("openUntil", "NotAfterClose", "mobilization.reopening-before-close",
                    window.closesOn.format(DAY)));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        find("windowId = ?1 and organizationId = ?2 and deletedAt is null", window.id, request.getOrganizationId())
                .firstResultOptional().ifPresent(existing -> {
                    throw new ApiException(ProblemType.CONFLICT, "mobilization.reopening-exists", existing.id);
                });
        RegistrationReopeningEntity reopening = new RegistrationReopeningEntity();
        reopening.id = id;
        reopening.windowId = window.id;
        reopening.organizationId = request.getOrganizationId();
        reopening.reason = request.getReason();
        reopening.openUntil = request.getOpenUntil();
        persist(reopening);
        windows.touch(window);
        flush();
        return reopening;
    }

    public void withdraw(UUID windowId, UUID id, String ifMatch) {
        RegistrationWindowEntity window = windows.get(windowId);
        RegistrationReopeningEntity reopening = find("id = ?1 and windowId = ?2 and deletedAt is null", id, window.id)
                .firstResultOptional().orElseThrow(() -> ApiException.notFound(ENTITY, id));
        EntityTags.require(ifMatch, reopening.version);
        reopening.deletedAt = clock.now();
        windows.touch(window);
        flush();
    }
}
