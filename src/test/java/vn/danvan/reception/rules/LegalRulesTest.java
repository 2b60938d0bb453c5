package vn.danvan.reception.rules;

import org.junit.jupiter.api.Test;
import vn.danvan.api.model.CaseInstance;
import vn.danvan.api.model.DeadlineRuleCreate;
import vn.danvan.api.model.DeadlineRuleKind;
import vn.danvan.api.model.LegalRuleCode;
import vn.danvan.api.model.LegalRuleCreate;

import vn.danvan.api.model.ReceptionKind;
import vn.danvan.api.model.ReceptionRuleCode;
import vn.danvan.api.model.ReceptionRuleCreate;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.support.FakeJpa;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The legal rules as data, with the database replaced by {@link FakeJpa}: the defaults when no row is in force, which
 * parameters the look-ups bind, and how adding a rule ends the one in force the day before.
 */
class LegalRulesTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    private static ReceptionRuleEntity receptionRule(LegalRuleCode code, Integer parameter, String from, String to) {
        ReceptionRuleEntity rule = new ReceptionRuleEntity();
        rule.id = UUID.randomUUID();
        rule.code = code;
        rule.parameter = parameter;
        rule.effectiveFrom = LocalDate.parse(from);
        rule.effectiveTo = to == null ? null : LocalDate.parse(to);
        rule.legalBasis = "Luật Khiếu nại 2011";
        return rule;
    }

    static DeadlineRuleEntity deadlineRule(int days, String from, String to) {
        DeadlineRuleEntity rule = new DeadlineRuleEntity();
        rule.id = UUID.randomUUID();
        rule.kind = ReceptionKind.COMPLAINT;
        rule.instance = CaseInstance.FIRST;
        rule.days = days;
        rule.effectiveFrom = LocalDate.parse(from);
        rule.effectiveTo = to == null ? null : LocalDate.parse(to);
        rule.legalBasis = "Luật Khiếu nại 2011, Điều 28";
        return rule;
    }

    private static LegalRules rules(FakeJpa jpa) {
        return new LegalRules(jpa.entityManager());
    }

    // ---- the acceptance limit --------------------------------------------------------------------------------

    @Test
    void withoutARuleInForceTheAcceptanceLimitIsTenDays() {
        FakeJpa jpa = new FakeJpa(jpql -> List.of());

        assertEquals(10, rules(jpa).acceptanceLimitDays(MARCH_2));
        assertEquals(10, LegalRules.DEFAULT_ACCEPTANCE_LIMIT_DAYS);
        FakeJpa.Query query = jpa.queries.get(0);
        assertTrue(query.jpql.startsWith("from ReceptionRuleEntity r where r.deletedAt is null and r.code = :code"),
                query.jpql);
        assertTrue(query.jpql.contains("r.effectiveFrom <= :on and (r.effectiveTo is null or r.effectiveTo >= :on)"),
                query.jpql);
        assertTrue(query.jpql.endsWith("order by r.effectiveFrom desc"), query.jpql);
        assertEquals(Map.of("code", LegalRuleCode.ACCEPTANCE_LIMIT_DAYS, "on", MARCH_2), query.params);
        assertEquals(1, query.maxResults);
    }

    @Test
    void theRuleInForceOnTheDayOfReceiptSetsTheLimit() {
        FakeJpa jpa = new FakeJpa(jpql -> List.of(
                receptionRule(LegalRuleCode.ACCEPTANCE_LIMIT_DAYS, 7, "2026-01-01", null)));
        assertEquals(7, rules(jpa).acceptanceLimitDays(MARCH_2));
    }

    @Test
    void aRuleWithoutParameterMeansTheDefault() {
        FakeJpa jpa = new FakeJpa(jpql -> List.of(
                receptionRule(LegalRuleCode.ACCEPTANCE_LIMIT_DAYS, null, "2026-01-01", null)));
        assertEquals(10, rules(jpa).acceptanceLimitDays(MARCH_2));
    }

    @Test
    void theHeadReceivesInPersonOnlyWhileSuchARuleIsInForce() {
        FakeJpa with = new FakeJpa(jpql -> List.of(
                receptionRule(LegalRuleCode.HEAD_RECEIVES_IN_PERSON, null, "2026-01-01", null)));
        assertTrue(rules(with).headMustReceiveInPerson(MARCH_2));
        assertEquals(LegalRuleCode.HEAD_RECEIVES_IN_PERSON, with.queries.get(0).params.get("code"));

        assertFalse(rules(new FakeJpa(jpql -> List.of())).headMustReceiveInPerson(MARCH_2));
    }

    // ---- deadline rules --------------------------------------------------------------------------------------

    @Test
    void theDeadlineRuleIsLookedUpByItsWholeKeyOnTheDay() {
        DeadlineRuleEntity rule = deadlineRule(30, "2012-07-01", null);
        FakeJpa jpa = new FakeJpa(jpql -> List.of(rule));

        Optional<DeadlineRuleEntity> found = rules(jpa).deadlineRule(ReceptionKind.DENUNCIATION, CaseInstance.SECOND,
                true, false, MARCH_2);

        assertSame(rule, found.orElseThrow());
        FakeJpa.Query query = jpa.queries.get(0);
        assertEquals(Map.of("kind", ReceptionKind.DENUNCIATION, "instance", CaseInstance.SECOND, "complex", true,
                "remote", false, "on", MARCH_2), query.params);
        assertEquals(1, query.maxResults);
        assertTrue(query.jpql.contains("r.complex = :complex and r.remoteArea = :remote"), query.jpql);
        assertTrue(rules(new FakeJpa(jpql -> List.of()))
                .deadlineRule(ReceptionKind.COMPLAINT, CaseInstance.FIRST, false, false, MARCH_2).isEmpty());
    }

    @Test
    void listingDeadlineRulesFiltersOnlyByWhatIsGiven() {
        FakeJpa all = new FakeJpa(jpql -> List.of());
        rules(all).deadlineRules(null, null);
        assertEquals("from DeadlineRuleEntity r where r.deletedAt is null"
                + " order by r.kind, r.instance, r.complex, r.remoteArea, r.effectiveFrom", all.queries.get(0).jpql);
        assertEquals(Map.of(), all.queries.get(0).params);

        FakeJpa filtered = new FakeJpa(jpql -> List.of());
        rules(filtered).deadlineRules(ReceptionKind.COMPLAINT, MARCH_2);
        assertEquals("from DeadlineRuleEntity r where r.deletedAt is null and r.kind = :kind"
                        + " and r.effectiveFrom <= :asOf and (r.effectiveTo is null or r.effectiveTo >= :asOf)"
                        + " order by r.kind, r.instance, r.complex, r.remoteArea, r.effectiveFrom",
                filtered.queries.get(0).jpql);
        assertEquals(Map.of("kind", ReceptionKind.COMPLAINT, "asOf", MARCH_2), filtered.queries.get(0).params);
    }

    @Test
    void aNewDeadlineRuleEndsTheRuleInForceTheDayBefore() {
        DeadlineRuleEntity old = deadlineRule(30, "2012-07-01", null);
        DeadlineRuleEntity older = deadlineRule(45, "2005-01-01", "2012-06-30");
        FakeJpa jpa = new FakeJpa(jpql -> List.of(older, old));
        DeadlineRuleCreate request = new DeadlineRuleCreate().kind(DeadlineRuleKind.COMPLAINT)
                .instance(CaseInstance.FIRST).complex(false).remoteArea(true).days(25)
                .effectiveFrom(LocalDate.of(2026, 7, 1)).legalBasis("Luật Khiếu nại (sửa đổi) 2026");

        DeadlineRuleEntity added = rules(jpa).addDeadlineRule(request);

        assertEquals(LocalDate.of(2026, 6, 30), old.effectiveTo);
        assertEquals(LocalDate.of(2012, 6, 30), older.effectiveTo);
        assertEquals(List.of(added), jpa.persisted);
        assertEquals(1, jpa.flushes);
        assertNotNull(added.id);
        assertEquals(ReceptionKind.COMPLAINT, added.kind);
        assertEquals(CaseInstance.FIRST, added.instance);
        assertFalse(added.complex);
        assertTrue(added.remoteArea);
        assertEquals(25, added.days);
        assertEquals(0, added.extensionDays);
        assertEquals(0, added.maxExtensions);
        assertEquals(LocalDate.of(2026, 7, 1), added.effectiveFrom);
        assertNull(added.effectiveTo);
        assertEquals("Luật Khiếu nại (sửa đổi) 2026", added.legalBasis);
        // A locking read of the key's rows (native SQL, so the enums are bound by name).
        assertTrue(jpa.queries.get(0).jpql.endsWith("FOR UPDATE"), jpa.queries.get(0).jpql);
        assertEquals(Map.of("kind", "COMPLAINT", "instance", "FIRST", "complex", false, "remote", true),
                jpa.queries.get(0).params);
    }

    @Test
    void aRuleEndingAfterTheNewOneStartsIsShortened() {
        DeadlineRuleEntity endsLater = deadlineRule(30, "2020-01-01", "2030-12-31");
        FakeJpa jpa = new FakeJpa(jpql -> List.of(endsLater));

        rules(jpa).addDeadlineRule(new DeadlineRuleCreate().kind(DeadlineRuleKind.DENUNCIATION)
                .instance(CaseInstance.FIRST).complex(true).remoteArea(false).days(30).extensionDays(30)
                .maxExtensions(1).effectiveFrom(LocalDate.of(2026, 1, 1)).legalBasis("Luật Tố cáo 2018"));

        assertEquals(LocalDate.of(2025, 12, 31), endsLater.effectiveTo);
        DeadlineRuleEntity added = (DeadlineRuleEntity) jpa.persisted.get(0);
        assertEquals(ReceptionKind.DENUNCIATION, added.kind);
        assertEquals(30, added.extensionDays);
        assertEquals(1, added.maxExtensions);
    }

    @Test
    void aRuleNotLaterThanEveryRuleOfItsKeyIsAConflictAndChangesNothing() {
        DeadlineRuleEntity first = deadlineRule(30, "2012-07-01", null);
        DeadlineRuleEntity sameDay = deadlineRule(20, "2026-07-01", null);
        FakeJpa jpa = new FakeJpa(jpql -> List.of(first, sameDay));
        DeadlineRuleCreate request = new DeadlineRuleCreate().kind(DeadlineRuleKind.COMPLAINT)
                .instance(CaseInstance.FIRST).complex(false).remoteArea(false).days(25)
                .effectiveFrom(LocalDate.of(2026, 7, 1)).legalBasis("x");

        ApiException e = assertThrows(ApiException.class, () -> rules(jpa).addDeadlineRule(request));

        assertEquals(ProblemType.CONFLICT, e.type());
        assertEquals("reception.rule-not-latest", e.detailKey());
        assertArrayEquals(new Object[] {LocalDate.of(2026, 7, 1)}, e.detailArgs());
        assertNull(first.effectiveTo);
        assertEquals(List.of(), jpa.persisted);
        assertEquals(0, jpa.flushes);
    }

    // ---- reception rules -------------------------------------------------------------------------------------

    @Test
    void aNewReceptionRuleEndsTheOneInForceTheDayBefore() {
        ReceptionRuleEntity old = receptionRule(LegalRuleCode.ACCEPTANCE_LIMIT_DAYS, 10, "2012-07-01", null);
        FakeJpa jpa = new FakeJpa(jpql -> List.of(old));

        ReceptionRuleEntity added = rules(jpa).addReceptionRule(new ReceptionRuleCreate()
                .code(ReceptionRuleCode.ACCEPTANCE_LIMIT_DAYS).parameter(7)
                .effectiveFrom(LocalDate.of(2027, 1, 1)).legalBasis("Nghị quyết 2026"));

        assertEquals(LocalDate.of(2026, 12, 31), old.effectiveTo);
        assertEquals(List.of(added), jpa.persisted);
        assertEquals(7, added.parameter);
        assertEquals(LocalDate.of(2027, 1, 1), added.effectiveFrom);
        assertEquals(Map.of("code", "ACCEPTANCE_LIMIT_DAYS"), jpa.queries.get(0).params);
        assertTrue(jpa.queries.get(0).jpql.endsWith("FOR UPDATE"), jpa.queries.get(0).jpql);
    }

    @Test
    void aReceptionRuleStartingBeforeTheLatestIsAConflict() {
        ReceptionRuleEntity latest = receptionRule(LegalRuleCode.HEAD_RECEIVES_IN_PERSON, null, "2026-05-01", null);
        FakeJpa jpa = new FakeJpa(jpql -> List.of(latest));

        ApiException e = assertThrows(ApiException.class, () -> rules(jpa).addReceptionRule(new ReceptionRuleCreate()
                .code(ReceptionRuleCode.HEAD_RECEIVES_IN_PERSON).effectiveFrom(LocalDate.of(2026, 4, 30))
                .legalBasis("x")));

        assertEquals(ProblemType.CONFLICT, e.type());
        assertNull(latest.effectiveTo);
        assertEquals(List.of(), jpa.persisted);
    }

    // ---- every rule kept as data --------------------------------------------------------------------------------

    @Test
    void aValueIsTheRowInForceOnTheDayAndBeforeTheFirstRowTheFirstRowsValue() {
        FakeJpa jpa = new FakeJpa(jpql -> List.of(
                receptionRule(LegalRuleCode.MASS_MIN_PEOPLE, 5, "2014-07-01", "2026-12-31"),
                receptionRule(LegalRuleCode.MASS_MIN_PEOPLE, 3, "2027-01-01", null)));
        LegalRules rules = rules(jpa);

        assertEquals(5, rules.massMinPeople(LocalDate.of(2026, 12, 31)));
        assertEquals(3, rules.massMinPeople(LocalDate.of(2027, 1, 1)));
        assertEquals(5, rules.massMinPeople(LocalDate.of(2010, 1, 1)));
        assertEquals(Map.of("code", LegalRuleCode.MASS_MIN_PEOPLE), jpa.queries.get(0).params);
        assertTrue(jpa.queries.get(0).jpql.endsWith("order by r.effectiveFrom"), jpa.queries.get(0).jpql);
    }

    @Test
    void theStretchesOfARuleCoverEveryDayOnce() {
        RuleTimeline timeline = new RuleTimeline(List.of(
                receptionRule(LegalRuleCode.ACCEPTANCE_LIMIT_DAYS, 10, "2012-07-01", "2026-12-31"),
                receptionRule(LegalRuleCode.ACCEPTANCE_LIMIT_DAYS, 7, "2027-01-01", null)));

        assertEquals(List.of(new RuleTimeline.Stretch(null, LocalDate.of(2012, 6, 30), 10),
                new RuleTimeline.Stretch(LocalDate.of(2012, 7, 1), LocalDate.of(2026, 12, 31), 10),
                new RuleTimeline.Stretch(LocalDate.of(2027, 1, 1), null, 7)), timeline.stretches(10));
        assertEquals(List.of(new RuleTimeline.Stretch(null, null, 10)), new RuleTimeline(List.of()).stretches(10));
    }

    @Test
    void aParameterOutsideItsCodesRangeIsRefusedAndChangesNothing() {
        FakeJpa jpa = new FakeJpa(jpql -> List.of());
        LegalRuleCreate negative = new LegalRuleCreate().code(LegalRuleCode.MASS_MIN_PEOPLE).parameter(1)
                .effectiveFrom(LocalDate.of(2027, 1, 1)).legalBasis("x");
        LegalRuleCreate missing = new LegalRuleCreate().code(LegalRuleCode.REPORT_DATA_CUTOFF_DAY)
                .effectiveFrom(LocalDate.of(2027, 1, 1)).legalBasis("x");
        LegalRuleCreate notTaken = new LegalRuleCreate().code(LegalRuleCode.HEAD_RECEIVES_IN_PERSON).parameter(1)
                .effectiveFrom(LocalDate.of(2027, 1, 1)).legalBasis("x");
        LegalRuleCreate sixRepresentatives = new LegalRuleCreate().code(LegalRuleCode.MAX_REPRESENTATIVES).parameter(6)
                .effectiveFrom(LocalDate.of(2027, 1, 1)).legalBasis("x");

        for (LegalRuleCreate request : List.of(negative, missing, notTaken, sixRepresentatives)) {
            ApiException e = assertThrows(ApiException.class, () -> rules(jpa).addLegalRule(request));
            assertEquals(ProblemType.VALIDATION_FAILED, e.type());
            assertEquals("parameter", e.violations().get(0).field());
        }
        assertEquals(List.of(), jpa.persisted);
        assertEquals(List.of(), jpa.queries);
    }
}
