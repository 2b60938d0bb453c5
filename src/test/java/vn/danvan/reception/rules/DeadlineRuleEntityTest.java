package vn.danvan.reception.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A deadline rule is in force from its first day to its last, both included. */
class DeadlineRuleEntityTest {

    @Test
    void inForceBetweenItsDatesInclusive() {
        DeadlineRuleEntity rule = LegalRulesTest.deadlineRule(30, "2012-07-01", "2026-06-30");

        assertFalse(rule.inForceOn(LocalDate.of(2012, 6, 30)));
        assertTrue(rule.inForceOn(LocalDate.of(2012, 7, 1)));
        assertTrue(rule.inForceOn(LocalDate.of(2020, 2, 29)));
        assertTrue(rule.inForceOn(LocalDate.of(2026, 6, 30)));
        assertFalse(rule.inForceOn(LocalDate.of(2026, 7, 1)));
    }

    @Test
    void withoutAnEndItStaysInForce() {
        DeadlineRuleEntity rule = LegalRulesTest.deadlineRule(30, "2012-07-01", null);

        assertFalse(rule.inForceOn(LocalDate.of(2012, 6, 30)));
        assertTrue(rule.inForceOn(LocalDate.of(2012, 7, 1)));
        assertTrue(rule.inForceOn(LocalDate.of(9999, 12, 31)));
    }

    @Test
    void aOneDayRuleIsInForceThatDayOnly() {
        DeadlineRuleEntity rule = LegalRulesTest.deadlineRule(30, "2026-03-02", "2026-03-02");

        assertTrue(rule.inForceOn(LocalDate.of(2026, 3, 2)));
        assertFalse(rule.inForceOn(LocalDate.of(2026, 3, 1)));
        assertFalse(rule.inForceOn(LocalDate.of(2026, 3, 3)));
    }
}
