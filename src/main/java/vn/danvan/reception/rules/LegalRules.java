package vn.danvan.reception.rules;

import vn.danvan.platform.sync.DeltaCollection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.CaseInstance;
import vn.danvan.api.model.DeadlineRuleCreate;
import vn.danvan.api.model.ReceptionKind;
import vn.danvan.api.model.ReceptionRuleCode;
import vn.danvan.api.model.ReceptionRuleCreate;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.ProblemType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The legal rules as data: which deadline rule and which reception rules are in force on a date, and
 * adding a new row when the law changes (the row in force for the same key ends the day before).
 */
@ApplicationScoped
public class LegalRules {

    /** Deadline rules in the mobile sync: the law is the same for everyone, whatever their reach. */
    static final DeltaCollection<DeadlineRuleEntity> SYNC =
            new DeltaCollection<>("deadline-rules", DeadlineRuleEntity.class, (units, params, param) -> "1 = 1");

    /** Luật Khiếu nại 2011, Điều 27, when no row says otherwise. */
    static final int DEFAULT_ACCEPTANCE_LIMIT_DAYS = 10;

    private final EntityManager em;

    LegalRules(EntityManager em) {
        this.em = em;
    }

    public Optional<DeadlineRuleEntity> deadlineRule(ReceptionKind kind, CaseInstance instance, boolean complex,
                                                     boolean remote, LocalDate on) {
        return em.createQuery("from DeadlineRuleEntity r where r.deletedAt is null and r.kind = :kind and r.instance = :instance"
                        + " and r.complex = :complex and r.remoteArea = :remote and r.effectiveFrom <= :on"
                        + " and (r.effectiveTo is null or r.effectiveTo >= :on) order by r.effectiveFrom desc", DeadlineRuleEntity.class)
                .setParameter("kind", kind).setParameter("instance", instance).setParameter("complex", complex)
                .setParameter("remote", remote).setParameter("on", on)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public DeadlineRuleEntity deadlineRule(UUID id) {
        return em.find(DeadlineRuleEntity.class, id);
    }

    public Optional<ReceptionRuleEntity> receptionRule(ReceptionRuleCode code, LocalDate on) {
        return em.createQuery("from ReceptionRuleEntity r where r.deletedAt is null and r.code = :code and r.effectiveFrom <= :on"
                        + " and (r.effectiveTo is null or r.effectiveTo >= :on) order by r.effectiveFrom desc", ReceptionRuleEntity.class)
                .setParameter("code", code).setParameter("on", on)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Whether the head must receive in person (no delegation to a deputy) on that day. */
    public boolean headMustReceiveInPerson(LocalDate on) {
        return receptionRule(ReceptionRuleCode.HEAD_RECEIVES_IN_PERSON, on).isPresent();
    }

    public int acceptanceLimitDays(LocalDate receivedOn) {
        return receptionRule(ReceptionRuleCode.ACCEPTANCE_LIMIT_DAYS, receivedOn)
                .map(r -> r.parameter == null ? DEFAULT_ACCEPTANCE_LIMIT_DAYS : r.parameter)
                .orElse(DEFAULT_ACCEPTANCE_LIMIT_DAYS);
    }

    public List<DeadlineRuleEntity> deadlineRules(ReceptionKind kind, LocalDate asOf) {
        String jpql = "from DeadlineRuleEntity r where r.deletedAt is null"
                + (kind == null ? "" : " and r.kind = :kind")
                + (asOf == null ? "" : " and r.effectiveFrom <= :asOf and (r.effectiveTo is null or r.effectiveTo >= :asOf)")
                + " order by r.kind, r.instance, r.complex, r.remoteArea, r.effectiveFrom";
        var query = em.createQuery(jpql, DeadlineRuleEntity.class);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        if (asOf != null) {
            query.setParameter("asOf", asOf);
        }
        return query.getResultList();
    }

    public List<ReceptionRuleEntity> receptionRules() {
        return em.createQuery("from ReceptionRuleEntity r where r.deletedAt is null order by r.code, r.effectiveFrom",
                ReceptionRuleEntity.class).getResultList();
    }

    public DeadlineRuleEntity addDeadlineRule(DeadlineRuleCreate request) {
        ReceptionKind kind = ReceptionKind.fromValue(request.getKind().value());
        List<DeadlineRuleEntity> sameKey = em.createQuery("from DeadlineRuleEntity r where r.deletedAt is null and r.kind = :kind"
                        + " and r.instance = :instance and r.complex = :complex and r.remoteArea = :remote", DeadlineRuleEntity.class)
                .setParameter("kind", kind).setParameter("instance", request.getInstance())
                .setParameter("complex", request.getComplex()).setParameter("remote", request.getRemoteArea())
                .getResultList();
        LocalDate from = request.getEffectiveFrom();
        for (DeadlineRuleEntity existing : sameKey) {
            if (!existing.effectiveFrom.isBefore(from)) {
                throw new ApiException(ProblemType.CONFLICT, "reception.rule-not-latest", existing.effectiveFrom);
            }
        }
        sameKey.stream().filter(r -> r.effectiveTo == null || !r.effectiveTo.isBefore(from))
                .forEach(r -> r.effectiveTo = from.minusDays(1));
        DeadlineRuleEntity rule = RuleRequestMapper.INSTANCE.newDeadlineRule(request);
        rule.id = UUID.randomUUID();
        em.persist(rule);
        em.flush();
        return rule;
    }

    public ReceptionRuleEntity addReceptionRule(ReceptionRuleCreate request) {
        List<ReceptionRuleEntity> sameCode = em.createQuery("from ReceptionRuleEntity r where r.deletedAt is null and r.code = :code",
                ReceptionRuleEntity.class).setParameter("code", request.getCode()).getResultList();
        LocalDate from = request.getEffectiveFrom();
        for (ReceptionRuleEntity existing : sameCode) {
            if (!existing.effectiveFrom.isBefore(from)) {
                throw new ApiException(ProblemType.CONFLICT, "reception.rule-not-latest", existing.effectiveFrom);
            }
        }
        sameCode.stream().filter(r -> r.effectiveTo == null || !r.effectiveTo.isBefore(from))
                .forEach(r -> r.effectiveTo = from.minusDays(1));
        ReceptionRuleEntity rule = RuleRequestMapper.INSTANCE.newReceptionRule(request);
        rule.id = UUID.randomUUID();
        em.persist(rule);
        em.flush();
        return rule;
    }
}
