package vn.danvan.mobilization.settings;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.RegistrationWindowCreate;
import vn.danvan.api.model.RegistrationWindowUpdate;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.etag.EntityTags;
import vn.danvan.platform.paging.ListQuery;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.paging.SortKey;
import vn.danvan.platform.paging.Sorting;
import vn.danvan.platform.time.AppClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The provinces' registration windows (thời hạn đăng ký): one per province and year. Callers hold the transaction. */
@ApplicationScoped
public class RegistrationWindows implements PanacheRepositoryBase<RegistrationWindowEntity, UUID> {

    static final String ENTITY = "entity.mobilization-window";

    private static final Sorting<RegistrationWindowEntity> SORTING = new Sorting<>(List.of(
            new SortKey<>("year", "e.year", Integer.class, w -> w.year)), "e.id", w -> w.id, "-year");

    private final ProvinceSettingsAccess access;
    private final AppClock clock;

    RegistrationWindows(ProvinceSettingsAccess access, AppClock clock) {
        this.access = access;
        this.clock = clock;
    }

    /** The live window of a province for a year, whoever asks (registration checks it). */
    public Optional<RegistrationWindowEntity> forYear(UUID provinceId, int year) {
        return find("provinceId = ?1 and year = ?2 and deletedAt is null", provinceId, year).firstResultOptional();
    }

    public RegistrationWindowEntity get(UUID id) {
        return find("id = ?1 and deletedAt is null", id).firstResultOptional()
                .filter(w -> access.isVisible(w.provinceId))
                .orElseThrow(() -> ApiException.notFound(ENTITY, id));
    }

    public Page<RegistrationWindowEntity> list(UUID provinceId, Integer year, PageRequest page) {
        return ListQuery.of(RegistrationWindowEntity.class)
                .where(access::condition)
                .equal("e.provinceId", provinceId)
                .equal("e.year", year)
                .page(getEntityManager(), SORTING.parse(null), page);
    }

    public RegistrationWindowEntity create(RegistrationWindowCreate request) {
        UUID id = request.getId() == null ? UUID.randomUUID() : request.getId();
        if (findById(id) != null) {
            throw ApiException.idTaken();
        }
        List<FieldViolation> violations = new ArrayList<>();
        access.checkConfigurable("provinceId", request.getProvinceId()).ifPresent(violations::add);
        if (!Phases.contains(request.getPhase(), request.getYear())) {
            violations.add(FieldViolation.of("year", "OutOfPhase", "mobilization.year-outside-phase",
                    request.getYear(), Phases.label(request.getPhase())));
        }
        checkDates(request.getOpensOn(), request.getClosesOn(), violations);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        forYear(request.getProvinceId(), request.getYear()).ifPresent(existing -> {
            throw new ApiException(ProblemType.CONFLICT, "mobilization.window-exists", request.getYear(), existing.id);
        });
        RegistrationWindowEntity window = SettingsRequestMapper.INSTANCE.newWindow(request);
        window.id = id;
        persistAndFlush(window);
        return window;
    }

    public RegistrationWindowEntity update(UUID id, String ifMatch, RegistrationWindowUpdate request) {
        RegistrationWindowEntity window = get(id);
        EntityTags.require(ifMatch, window.version);
        List<FieldViolation> violations = new ArrayList<>();
        checkDates(request.getOpensOn(), request.getClosesOn(), violations);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        SettingsRequestMapper.INSTANCE.update(request, window);
        flush();
        return window;
    }

    public void delete(UUID id, String ifMatch) {
        RegistrationWindowEntity window = get(id);
        EntityTags.require(ifMatch, window.version);
        window.deletedAt = clock.now();
        flush();
    }

    /** Marks the window changed (its version and change number move) when one of its reopenings changed. */
    void touch(RegistrationWindowEntity window) {
        window.updatedAt = clock.now();
    }

    private static void checkDates(LocalDate opensOn, LocalDate closesOn, List<FieldViolation> violations) {
        if (opensOn != null && closesOn != null && closesOn.isBefore(opensOn)) {
            violations.add(FieldViolation.of("closesOn", "DateOrder", "mobilization.closes-before-opens", opensOn));
        }
    }
}
