package vn.danvan.mobilization.model;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.ExemplarPerson;
import vn.danvan.api.model.MobilizationField;
import vn.danvan.api.model.MobilizationKind;
import vn.danvan.api.model.MobilizationLevel;
import vn.danvan.api.model.MobilizationModelCreate;
import vn.danvan.api.model.MobilizationModelUpdate;
import vn.danvan.api.model.MobilizationPhase;
import vn.danvan.api.model.MobilizationStatus;
import vn.danvan.api.model.ModelIndicator;
import vn.danvan.api.model.PersonInCharge;
import vn.danvan.mobilization.scope.OrganizationPlaces;
import vn.danvan.organization.UnitValidity;
import vn.danvan.mobilization.settings.Phases;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.etag.EntityTags;
import vn.danvan.platform.security.ScopeProvider;
import vn.danvan.platform.time.AppClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Creating, editing and deleting drafts of models and exemplars. Callers hold the transaction. */
@ApplicationScoped
public class ModelService {

    /** Replication chains longer than this are refused as if they were cycles (they cannot be real). */
    private static final int MAX_LINEAGE_DEPTH = 200;

    private final ModelRepository repository;
    private final ModelAccess access;
    private final OrganizationPlaces places;
    private final ScopeProvider scopes;
    private final AppClock clock;
    private final UnitValidity validity;

    ModelService(ModelRepository repository, ModelAccess access, OrganizationPlaces places, ScopeProvider scopes,
                 AppClock clock, UnitValidity validity) {
        this.validity = validity;
        this.repository = repository;
        this.access = access;
        this.places = places;
        this.scopes = scopes;
        this.clock = clock;
    }

    /** The editable content of a model, from either request type (ModelRequestMapper). */
    record Content(MobilizationKind kind, MobilizationField field, MobilizationLevel level, UUID organizationId,
                   UUID placeOrganizationId, String placeName, MobilizationPhase phase, int registrationYear,
                   String title, String objectives, String method, String participants, String beneficiaries,
                   LocalDate startDate, LocalDate plannedEndDate, PersonInCharge personInCharge, ExemplarPerson person,
                   List<ModelIndicator> indicators, UUID replicationOfId) {
    }

    public MobilizationModelEntity create(MobilizationModelCreate request, boolean demo) {
        UUID id = request.getId() == null ? UUID.randomUUID() : request.getId();
        if (repository.findById(id) != null) {
            throw ApiException.idTaken();
        }
        Content content = ModelRequestMapper.INSTANCE.content(request);
        UUID provinceId = validate(id, content, null);
        MobilizationModelEntity model = new MobilizationModelEntity();
        model.id = id;
        model.status = MobilizationStatus.DRAFT;
        model.demo = demo;
        ModelRequestMapper.INSTANCE.apply(content, model);
        model.provinceId = provinceId;
        repository.persistAndFlush(model);
        return model;
    }

    public MobilizationModelEntity update(UUID id, String ifMatch, MobilizationModelUpdate request) {
        MobilizationModelEntity model = access.get(id);
        EntityTags.require(ifMatch, model.version);
        ModelAction.EDIT.requireAllowed(model);
        Content content = ModelRequestMapper.INSTANCE.content(request);
        UUID provinceId = validate(id, content, model.organizationId);
        ModelRequestMapper.INSTANCE.apply(content, model);
        model.provinceId = provinceId;
        repository.flush();
        return model;
    }

    public void delete(UUID id, String ifMatch) {
        MobilizationModelEntity model = access.get(id);
        EntityTags.require(ifMatch, model.version);
        ModelAction.DELETE.requireAllowed(model);
        model.deletedAt = clock.now();
        repository.flush();
    }

    /**
     * Checks the content; a new registering organisation (at creation, or changed) must be in force today.
     * @return the province of the registering organisation
     */
    private UUID validate(UUID id, Content c, UUID previousOrganizationId) {
        List<FieldViolation> violations = new ArrayList<>();
        Optional<String> orgPath = places.pathWithin(c.organizationId(), scopes.current());
        if (orgPath.isEmpty()) {
            violations.add(FieldViolation.of("organizationId", "NotFound", "mobilization.organization-not-found",
                    c.organizationId()));
        } else if (!c.organizationId().equals(previousOrganizationId)) {
            validity.check("organizationId", c.organizationId(), clock.today()).ifPresent(violations::add);
        }
        UUID provinceId = orgPath.map(OrganizationPlaces::provinceOf).orElse(null);
        if (c.placeOrganizationId() != null) {
            // The place may lie outside the caller's own subtree (a department's model in a commune), not outside the province.
            Optional<String> placePath = places.pathWithin(c.placeOrganizationId(),
                    vn.danvan.platform.security.Scope.EVERYTHING);
            if (placePath.isEmpty() || (provinceId != null
                    && !OrganizationPlaces.provinceOf(placePath.get()).equals(provinceId))) {
                violations.add(FieldViolation.of("placeOrganizationId", "NotFound",
                        "mobilization.place-not-found", c.placeOrganizationId()));
            }
        }
        if (!Phases.contains(c.phase(), c.registrationYear())) {
            violations.add(FieldViolation.of("registrationYear", "OutOfPhase", "mobilization.year-outside-phase",
                    c.registrationYear(), Phases.label(c.phase())));
        }
        if (c.startDate() != null && c.plannedEndDate() != null && c.plannedEndDate().isBefore(c.startDate())) {
            violations.add(FieldViolation.of("plannedEndDate", "DateOrder", "mobilization.end-before-start",
                    c.startDate()));
        }
        if (c.kind() == MobilizationKind.INDIVIDUAL_EXEMPLAR && c.person() == null) {
            violations.add(FieldViolation.of("person", "NotNull", "mobilization.exemplar-needs-person"));
        }
        if (c.kind() == MobilizationKind.COLLECTIVE_MODEL && c.person() != null) {
            violations.add(FieldViolation.of("person", "NotAllowed", "mobilization.person-only-exemplar"));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < c.indicators().size(); i++) {
            if (!names.add(c.indicators().get(i).getName().trim())) {
                violations.add(FieldViolation.of("indicators[" + i + "].name", "Duplicate",
                        "mobilization.duplicate-indicator", c.indicators().get(i).getName()));
            }
        }
        if (c.replicationOfId() != null && !c.replicationOfId().equals(id)) {
            Optional<MobilizationModelEntity> original = repository.findLive(c.replicationOfId())
                    .filter(access::isVisibleOrPublished);
            if (original.isEmpty()) {
                violations.add(FieldViolation.of("replicationOfId", "NotFound", "mobilization.original-not-found",
                        c.replicationOfId()));
            }
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        if (c.replicationOfId() != null) {
            refuseCycle(id, c.replicationOfId());
        }
        return provinceId;
    }

    /** Follows the chain of originals upwards from {@code originalId}; meeting {@code id} would close a cycle. */
    private void refuseCycle(UUID id, UUID originalId) {
        UUID current = originalId;
        for (int depth = 0; current != null; depth++) {
            if (current.equals(id) || depth > MAX_LINEAGE_DEPTH) {
                throw new ApiException(ProblemType.REPLICATION_CYCLE, "mobilization.replication-cycle", originalId);
            }
            current = repository.findLive(current).map(m -> m.replicationOfId).orElse(null);
        }
    }
}
