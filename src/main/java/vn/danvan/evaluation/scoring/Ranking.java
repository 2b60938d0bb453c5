package vn.danvan.evaluation.scoring;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The order of a ranked list, without a database: highest final score first; equal scores share a position and the
 * next position skips (competition ranking: 1, 2, 2, 4); among equal scores, units in Vietnamese alphabetical order of
 * their names, then by evaluation ID, so that the list never changes between two reads of the same data.
 */
public final class Ranking {

    /** One finalised evaluation to place. */
    public record Candidate(UUID evaluationId, String organizationName, BigDecimal totalScore) {
    }

    /** A placed candidate. */
    public record Placed(int position, Candidate candidate) {
    }

    private Ranking() {
    }

    public static List<Placed> place(List<Candidate> candidates) {
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparing(Candidate::totalScore, Comparator.reverseOrder())
                .thenComparing(Candidate::organizationName, vietnamese)
                .thenComparing(Candidate::evaluationId));
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Candidate candidate = ordered.get(i);
            boolean tied = i > 0 && ordered.get(i - 1).totalScore().compareTo(candidate.totalScore()) == 0;
            placed.add(new Placed(tied ? placed.get(i - 1).position() : i + 1, candidate));
        }
        return placed;
    }
}
