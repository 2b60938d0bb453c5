package vn.danvan.reception.rules;

import vn.danvan.platform.sync.DeltaCollection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.CaseInstance;
import vn.danvan.api.model.DeadlineRuleCreate;
import vn.danvan.api.model.LegalRuleCode;
import vn.danvan.api.model.LegalRuleCreate;
import vn.danvan.api.model.ReceptionKind;
import vn.danvan.api.model.ReceptionRuleCreate;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.rules.ReportingCalendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The legal rules as data: which deadline rule and which rule of a code (the mass threshold, the representatives, the
 * acceptance limit, the heads' reception, the report cut-off) are in force on a date, and adding a new row when the
 * law or the province's rule changes (the row in force for the same key ends the day before).
 */
@ApplicationScoped
public class LegalRules implements ReportingCalendar {

    /** The range of each code's value; HEAD_RECEIVES_IN_PERSON takes none (its row's presence is the rule). */
    static final Map<LegalRuleCode, int[]> RANGES = Map.of(
            LegalRuleCode.MASS_MIN_PEOPLE, new int[] {2, 10000},
            // A record holds at most five citizens (the contract's maxItems): a larger limit could never be used.
            LegalRuleCode.MAX_REPRESENTATIVES, new int[] {1, 5},
            LegalRuleCode.ACCEPTANCE_LIMIT_DAYS, new int[] {1, 365},
            LegalRuleCode.COMMUNE_HEAD_RECEPTION_DAYS_PER_WEEK, new int[] {1, 7},
            LegalRuleCode.PROVINCE_HEAD_RECEPTION_DAYS_PER_MONTH, new int[] {1, 31},
            LegalRuleCode.REPORT_DATA_CUTOFF_DAY, new int[] {1, 31});

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

    public Optional<ReceptionRuleEntity> receptionRule(LegalRuleCode code, LocalDate on) {
        return em.createQuery("from ReceptionRuleEntity r where r.deletedAt is null and r.code = :code and r.effectiveFrom <= :on"
                        + " and (r.effectiveTo is null or r.effectiveTo >= :on) order by r.effectiveFrom desc", ReceptionRuleEntity.class)
                .setParameter("code", code).setParameter("on", on)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Whether the head must receive in person (no delegation to a deputy) on that day. */
    public boolean headMustReceiveInPerson(LocalDate on) {
        return receptionRule(LegalRuleCode.HEAD_RECEIVES_IN_PERSON, on).isPresent();
    }

    public int acceptanceLimitDays(LocalDate receivedOn) {
        return receptionRule(LegalRuleCode.ACCEPTANCE_LIMIT_DAYS, receivedOn)
                .map(r -> r.parameter == null ? DEFAULT_ACCEPTANCE_LIMIT_DAYS : r.parameter)
                .orElse(DEFAULT_ACCEPTANCE_LIMIT_DAYS);
    }

    /** The acceptance limit of every day at once: one query for a page of cases or a list's condition. */
    public RuleTimeline acceptanceLimits() {
        return timeline(LegalRuleCode.ACCEPTANCE_LIMIT_DAYS);
    }

    /** How many people make a reception of that day a mass case (đông người). */
    public int massMinPeople(LocalDate receivedOn) {
        return number(LegalRuleCode.MASS_MIN_PEOPLE, receivedOn);
    }

    /** How many representatives a mass case of that day may have. */
    public int maxRepresentatives(LocalDate receivedOn) {
        return number(LegalRuleCode.MAX_REPRESENTATIVES, receivedOn);
    }

    @Override
    public int dataCutoffDay(LocalDate periodEnd) {
        return number(LegalRuleCode.REPORT_DATA_CUTOFF_DAY, periodEnd);
    }

    /** The rows of a code, oldest first. */
    public RuleTimeline timeline(LegalRuleCode code) {
        return new RuleTimeline(em.createQuery("from ReceptionRuleEntity r where r.deletedAt is null and r.code = :code"
                + " order by r.effectiveFrom", ReceptionRuleEntity.class).setParameter("code", code).getResultList());
    }

    private int number(LegalRuleCode code, LocalDate on) {
        // Every code with a value is seeded (V30, V53) and rows are never removed: no row is a broken database.
        return timeline(code).valueOn(on).orElseThrow(() -> new IllegalStateException("No value of the rule " + code));
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

    /** The deprecated reception-rule list: only the two codes its contract names. */
    public List<ReceptionRuleEntity> receptionRules() {
        return em.createQuery("from ReceptionRuleEntity r where r.deletedAt is null and r.code in :codes"
                        + " order by r.code, r.effectiveFrom", ReceptionRuleEntity.class)
                .setParameter("codes", List.of(LegalRuleCode.HEAD_RECEIVES_IN_PERSON, LegalRuleCode.ACCEPTANCE_LIMIT_DAYS))
                .getResultList();
    }

    public List<ReceptionRuleEntity> legalRules(LegalRuleCode code, LocalDate asOf) {
        String jpql = "from ReceptionRuleEntity r where r.deletedAt is null"
                + (code == null ? "" : " and r.code = :code")
                + (asOf == null ? "" : " and r.effectiveFrom <= :asOf and (r.effectiveTo is null or r.effectiveTo >= :asOf)")
                + " order by r.code, r.effectiveFrom";
        var query = em.createQuery(jpql, ReceptionRuleEntity.class);
        if (code != null) {
            query.setParameter("code", code);
        }
        if (asOf != null) {
            query.setParameter("asOf", asOf);
        }
        return query.getResultList();
    }

    public DeadlineRuleEntity addDeadlineRule(DeadlineRuleCreate request) {
        ReceptionKind kind = ReceptionKind.fromValue(request.getKind().toString());
        // Locked as addRule locks a code's rows, and for the same reason: two new values of one deadline sent at once
        // are applied one after the other, never as two open-ended rows (ix_deadline_rule_match serves the lock).
        @SuppressWarnings("unchecked")
        List<DeadlineRuleEntity> sameKey = em.createNativeQuery("SELECT * FROM deadline_rule WHERE kind = :kind"
                        + " AND instance = :instance AND complex = :complex AND remote_area = :remote"
                        + " AND deleted_at IS NULL ORDER BY effective_from FOR UPDATE", DeadlineRuleEntity.class)
                .setParameter("kind", kind.name()).setParameter("instance", request.getInstance().toString())
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

    /** The deprecated way in: the same checks (a rule row without its value is refused there too). */
    public ReceptionRuleEntity addReceptionRule(ReceptionRuleCreate request) {
        return addLegalRule(new LegalRuleCreate().code(LegalRuleCode.fromValue(request.getCode().toString()))
                .parameter(request.getParameter()).effectiveFrom(request.getEffectiveFrom())
                .legalBasis(request.getLegalBasis()));
    }

    /** A new value of a rule from a date, its parameter checked against the code's range. */
    public ReceptionRuleEntity addLegalRule(LegalRuleCreate request) {
        LegalRuleCode code = request.getCode();
        Integer parameter = request.getParameter();
        int[] range = RANGES.get(code);
        if (range == null && parameter != null) {
            throw ApiException.invalid(FieldViolation.of("parameter", "Absent", "rules.parameter-not-taken", code));
        }
        if (range != null && parameter == null) {
            throw ApiException.invalid(FieldViolation.of("parameter", "NotNull", "rules.parameter-required", code));
        }
        if (range != null && (parameter < range[0] || parameter > range[1])) {
            throw ApiException.invalid(FieldViolation.of("parameter", "Range", "rules.parameter-out-of-range", code,
                    range[0], range[1]));
        }
        return addRule(code, parameter, request.getEffectiveFrom(), request.getLegalBasis());
    }

    /**
     * The row in force for the code ends the day before the new one. The code's rows are locked first, so that two
     * changes of one code sent at once are applied one after the other: the second sees the first's row and is
     * either later (and ends it) or a conflict, never a second open-ended row.
     */
    private ReceptionRuleEntity addRule(LegalRuleCode code, Integer parameter, LocalDate from, String legalBasis) {
        // A locking read (native: MariaDB has no FOR UPDATE OF, which the MySQL dialect writes) reads the latest rows
        // whatever the transaction read before, and a concurrent change of the code waits here until this one commits.
        @SuppressWarnings("unchecked")
        List<ReceptionRuleEntity> sameCode = em.createNativeQuery("SELECT * FROM reception_rule"
                        + " WHERE code = :code AND deleted_at IS NULL ORDER BY effective_from FOR UPDATE", ReceptionRuleEntity.class)
                .setParameter("code", code.toString()).getResultList();
        for (ReceptionRuleEntity existing : sameCode) {
            if (!existing.effectiveFrom.isBefore(from)) {
                throw new ApiException(ProblemType.CONFLICT, "reception.rule-not-latest", existing.effectiveFrom);
            }
        }
        sameCode.stream().filter(r -> r.effectiveTo == null || !r.effectiveTo.isBefore(from))
                .forEach(r -> r.effectiveTo = from.minusDays(1));
        ReceptionRuleEntity rule = new ReceptionRuleEntity();
        rule.id = UUID.randomUUID();
        rule.code = code;
        rule.parameter = parameter;
        rule.effectiveFrom = from;
        rule.legalBasis = legalBasis;
        em.persist(rule);
        em.flush();
        return rule;
    }
}
