package vn.danvan.democracy;

import java.util.List;
import java.util.Optional;

/** The totals of a consultation over its hamlets, and the option adopted by more than half of all households. */
record ConsultationTally(long households, long householdsTakingPart, List<Long> votes) {

    static ConsultationTally of(ConsultationEntity consultation) {
        long households = 0;
        long takingPart = 0;
        long[] votes = new long[consultation.options.size()];
        for (HamletResultEntity result : consultation.hamletResults) {
            households += result.households;
            takingPart += result.householdsTakingPart;
            List<Integer> hamletVotes = result.voteList();
            for (int i = 0; i < votes.length && i < hamletVotes.size(); i++) {
                votes[i] += hamletVotes.get(i);
            }
        }
        return new ConsultationTally(households, takingPart, java.util.Arrays.stream(votes).boxed().toList());
    }

    /** Households taking part over all households; empty without results. */
    Optional<Double> turnout() {
        return households == 0 ? Optional.empty() : Optional.of((double) householdsTakingPart / households);
    }

    /** The option with the votes of more than half of all households of the hamlets consulted. */
    Optional<Integer> adoptedOption() {
        for (int i = 0; i < votes.size(); i++) {
            if (households > 0 && votes.get(i) * 2 > households) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
