package vn.danvan.reception.casefile;

import org.junit.jupiter.api.Test;
import vn.danvan.reception.rules.LegalRules;
import vn.danvan.reception.rules.LegalRulesFixtures;
import vn.danvan.reception.rules.ReceptionRuleEntity;
import vn.danvan.support.FakeJpa;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Late acceptance (thụ lý quá hạn): accepted after the acceptance limit in force on the day of receipt, counted in
 * calendar days. The only collaborator used is {@link LegalRules}, over a fake EntityManager.
 */
class CaseServiceTest {

    private static CaseService service(Integer limitParameter, boolean ruleInForce) {
        ReceptionRuleEntity rule = new ReceptionRuleEntity();
        rule.parameter = limitParameter;
        FakeJpa jpa = new FakeJpa(jpql -> ruleInForce ? List.of(rule) : List.of());
        LegalRules rules = newLegalRules(jpa);
        return new CaseService(null, null, null, null, rules, null, null, null, null, null);
    }

    private static LegalRules newLegalRules(FakeJpa jpa) {
        return LegalRulesFixtures.over(jpa.entityManager());
    }

    private static CaseEntity received(String receivedOn, String acceptedOn) {
        CaseEntity entity = new CaseEntity();
        entity.receivedOn = LocalDate.parse(receivedOn);
        entity.acceptedOn = acceptedOn == null ? null : LocalDate.parse(acceptedOn);
        return entity;
    }

    @Test
    void withTheDefaultTenDaysTheTenthDayIsOnTimeAndTheEleventhLate() {
        CaseService cases = service(null, false);

        assertFalse(cases.lateAcceptance(received("2026-03-02", "2026-03-02")));
        assertFalse(cases.lateAcceptance(received("2026-03-02", "2026-03-12")));
        assertTrue(cases.lateAcceptance(received("2026-03-02", "2026-03-13")));
    }

    @Test
    void theLimitOfTheRuleInForceApplies() {
        CaseService cases = service(5, true);

        assertFalse(cases.lateAcceptance(received("2026-03-02", "2026-03-07")));
        assertTrue(cases.lateAcceptance(received("2026-03-02", "2026-03-08")));
    }

    @Test
    void daysAreCalendarDaysAcrossMonthsAndLeapDays() {
        CaseService cases = service(10, true);

        // 20/02/2028 + 10 days = 01/03/2028 (2028 has a 29 February).
        assertFalse(cases.lateAcceptance(received("2028-02-20", "2028-03-01")));
        assertTrue(cases.lateAcceptance(received("2028-02-20", "2028-03-02")));
        // 20/02/2027 + 10 days = 02/03/2027.
        assertFalse(cases.lateAcceptance(received("2027-02-20", "2027-03-02")));
        assertTrue(cases.lateAcceptance(received("2027-02-20", "2027-03-03")));
        // Across the new year.
        assertFalse(cases.lateAcceptance(received("2026-12-25", "2027-01-04")));
        assertTrue(cases.lateAcceptance(received("2026-12-25", "2027-01-05")));
    }

    @Test
    void aCaseNotYetAcceptedIsNotLate() {
        assertFalse(service(null, false).lateAcceptance(received("2020-01-01", null)));
    }

    @Test
    void theRuleIsTheOneInForceOnTheDayOfReceipt() {
        ReceptionRuleEntity rule = new ReceptionRuleEntity();
        rule.parameter = 3;
        FakeJpa jpa = new FakeJpa(jpql -> List.of(rule));
        CaseService cases = new CaseService(null, null, null, null, newLegalRules(jpa), null, null, null, null, null);

        cases.lateAcceptance(received("2026-03-02", "2026-04-30"));

        assertEquals(LocalDate.of(2026, 3, 2), jpa.queries.get(0).params.get("on"));
    }
}
