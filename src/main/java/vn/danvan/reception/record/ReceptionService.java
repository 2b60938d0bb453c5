package vn.danvan.reception.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.CitizenInput;
import vn.danvan.api.model.ReceptionHandling;
import vn.danvan.api.model.ReceptionType;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.etag.EntityTags;
import vn.danvan.platform.security.ScopeProvider;
import vn.danvan.platform.time.AppClock;
import vn.danvan.reception.personaldata.IdNumbers;
import vn.danvan.platform.crypto.PersonalDataCipher;
import vn.danvan.reception.personaldata.PersonalDataPolicy;
import vn.danvan.reception.rules.LegalRules;
import vn.danvan.reception.schedule.ScheduleQueries;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Recording and correcting entries of the reception book. Callers hold the transaction. */
@ApplicationScoped
public class ReceptionService {

    public static final String ENTITY = "entity.reception";

    private final EntityManager em;
    private final OrganizationTreeQueries directory;
    private final ScopeProvider scopes;
    private final AppClock clock;
    private final PersonalDataCipher cipher;
    private final PersonalDataPolicy policy;
    private final LegalRules rules;
    private final ScheduleQueries schedules;
    private final RepeatQueries repeats;
    private final Event<HandlingChanged> handlingChanged;

    ReceptionService(EntityManager em, OrganizationTreeQueries directory, ScopeProvider scopes, AppClock clock,
                     PersonalDataCipher cipher, PersonalDataPolicy policy, LegalRules rules, ScheduleQueries schedules,
                     RepeatQueries repeats, Event<HandlingChanged> handlingChanged) {
        this.handlingChanged = handlingChanged;
        this.em = em;
        this.directory = directory;
        this.scopes = scopes;
        this.clock = clock;
        this.cipher = cipher;
        this.policy = policy;
        this.rules = rules;
        this.schedules = schedules;
        this.repeats = repeats;
    }

    /** A record inside the caller's scope, or 404 exactly as for one that does not exist. */
    public ReceptionEntity get(UUID id) {
        return findVisible(id).orElseThrow(() -> ApiException.notFound(ENTITY, id));
    }

    public Optional<ReceptionEntity> findVisible(UUID id) {
        ReceptionEntity entity = em.find(ReceptionEntity.class, id);
        if (entity == null || entity.deletedAt != null || !directory.isWithin(entity.organizationId, scopes.current())) {
            return Optional.empty();
        }
        return Optional.of(entity);
    }

    public ReceptionEntity create(UUID requestedId, UUID organizationId, ReceptionInput input, boolean demo) {
        UUID id = requestedId == null ? UUID.randomUUID() : requestedId;
        List<FieldViolation> violations = new ArrayList<>();
        if (!directory.isWithin(organizationId, scopes.current())) {
            violations.add(FieldViolation.of("organizationId", "NotFound", "reception.organization-not-found", organizationId));
        }
        validate(organizationId, input, violations);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        if (em.find(ReceptionEntity.class, id) != null) {
            throw ApiException.idTaken();
        }
        ReceptionEntity entity = new ReceptionEntity();
        entity.id = id;
        entity.organizationId = organizationId;
        entity.demo = demo;
        ReceptionRequestMapper.INSTANCE.apply(input, entity, cipher);
        entity.flagMass = input.peopleCount() >= rules.massMinPeople(input.receivedOn());
        repeats.suggest(entity);
        em.persist(entity);
        em.flush();
        return entity;
    }

    public ReceptionEntity update(UUID id, String ifMatch, ReceptionInput input) {
        ReceptionEntity entity = get(id);
        EntityTags.require(ifMatch, entity.version);
        if (!policy.mayReadUnmasked(entity.organizationId)) {
            // Masked values would overwrite the real ones: only those who see them may correct a record.
            throw new ApiException(ProblemType.FORBIDDEN, "reception.correct-needs-personal-data");
        }
        List<FieldViolation> violations = new ArrayList<>();
        validate(entity.organizationId, input, violations);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        ReceptionHandling before = entity.handling;
        ReceptionRequestMapper.INSTANCE.apply(input, entity, cipher);
        entity.flagMass = input.peopleCount() >= rules.massMinPeople(input.receivedOn());
        em.flush();
        if (before != entity.handling) {
            handlingChanged.fire(new HandlingChanged(entity.id, before, entity.handling));
        }
        return entity;
    }

    /** Theo dõi kết quả giải quyết: a case's decision is written back to its reception. */
    public void writeFollowUp(UUID receptionId, String followUp) {
        ReceptionEntity entity = em.find(ReceptionEntity.class, receptionId);
        entity.followUp = followUp.length() <= 2000 ? followUp : followUp.substring(0, 2000);
    }

    private void validate(UUID organizationId, ReceptionInput input, List<FieldViolation> violations) {
        if (input.receivedOn().isAfter(clock.today())) {
            violations.add(FieldViolation.of("receivedOn", "Future", "reception.date-in-future", clock.today()));
        }
        List<CitizenInput> citizens = input.citizens();
        for (int i = 0; i < citizens.size(); i++) {
            CitizenInput c = citizens.get(i);
            String field = "citizens[" + i + "].idNumber";
            if (c.getIdNumber() != null && c.getIdType() == null) {
                violations.add(FieldViolation.of("citizens[" + i + "].idType", "NotNull", "reception.id-type-required"));
            } else if (c.getIdNumber() == null && c.getIdType() != null) {
                violations.add(FieldViolation.of(field, "NotNull", "reception.id-number-required"));
            } else if (c.getIdNumber() != null && !IdNumbers.valid(c.getIdType(), IdNumbers.normalise(c.getIdNumber()))) {
                violations.add(FieldViolation.of(field, "IdNumber", "reception.id-number-format." + c.getIdType().name()));
            }
        }
        if (citizens.size() > input.peopleCount()) {
            violations.add(FieldViolation.of("peopleCount", "Min", "reception.people-fewer-than-citizens", citizens.size()));
        }
        // The mass threshold and the representatives' limit are the rules in force on the day of receipt.
        int massMinPeople = rules.massMinPeople(input.receivedOn());
        if (citizens.size() > 1 && input.peopleCount() < massMinPeople
                && citizens.stream().anyMatch(c -> Boolean.TRUE.equals(c.getRepresentative()))) {
            violations.add(FieldViolation.of("citizens", "Representatives", "reception.representatives-only-for-mass",
                    massMinPeople));
        }
        int maxRepresentatives = rules.maxRepresentatives(input.receivedOn());
        if (input.peopleCount() >= massMinPeople && citizens.size() > maxRepresentatives) {
            violations.add(FieldViolation.of("citizens", "Representatives", "reception.too-many-representatives",
                    maxRepresentatives, input.receivedOn()));
        }
        if (input.handling() == ReceptionHandling.TRANSFERRED) {
            if (input.transferredToOrganizationId() == null && isBlank(input.transferredToName())) {
                violations.add(FieldViolation.of("transferredToName", "NotNull", "reception.transfer-target-required"));
            }
            if (organizationId.equals(input.transferredToOrganizationId())) {
                violations.add(FieldViolation.of("transferredToOrganizationId", "Self", "reception.transfer-to-self"));
            }
        } else if (input.transferredToOrganizationId() != null || !isBlank(input.transferredToName())) {
            violations.add(FieldViolation.of("handling", "Transfer", "reception.transfer-target-without-transfer"));
        }
        if (input.transferredToOrganizationId() != null && !organizationId.equals(input.transferredToOrganizationId())
                && directory.treePath(input.transferredToOrganizationId()).isEmpty()) {
            violations.add(FieldViolation.of("transferredToOrganizationId", "NotFound", "reception.organization-not-found",
                    input.transferredToOrganizationId()));
        }
        if (input.concernedCommuneId() != null && directory.treePath(input.concernedCommuneId()).isEmpty()) {
            violations.add(FieldViolation.of("concernedCommuneId", "NotFound", "reception.organization-not-found",
                    input.concernedCommuneId()));
        }
        if (input.scheduleId() != null && !schedules.belongsTo(input.scheduleId(), organizationId)) {
            violations.add(FieldViolation.of("scheduleId", "NotFound", "reception.schedule-not-found", input.scheduleId()));
        }
        if (input.receptionType() == ReceptionType.PERIODIC_HEAD && !input.headReceivedInPerson()
                && rules.headMustReceiveInPerson(input.receivedOn())) {
            violations.add(FieldViolation.of("headReceivedInPerson", "HeadInPerson", "reception.head-must-receive"));
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
