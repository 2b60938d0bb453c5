package vn.danvan.reception.rules;

import jakarta.persistence.EntityManager;

/** For unit tests of other packages: LegalRules over a hand-made EntityManager (its constructor is package-private). */
public final class LegalRulesFixtures {

    private LegalRulesFixtures() {
    }

    public static LegalRules over(EntityManager em) {
        return new LegalRules(em);
    }
}
