package vn.danvan.reception.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The rows of one rule code, oldest first, as a function of the day: the value in force on a day, and the stretches of
 * days with one value (to turn "the value in force on each record's day" into a condition a query can use). Before its
 * first row a rule has the first row's value (the law as first recorded), unless a fallback is given.
 */
public final class RuleTimeline {

    /** Days from {@code from} to {@code to} (both inclusive; null is open-ended) with one value. */
    public record Stretch(LocalDate from, LocalDate to, int value) {
    }

    private final List<ReceptionRuleEntity> rows;

    RuleTimeline(List<ReceptionRuleEntity> rowsOldestFirst) {
        this.rows = List.copyOf(rowsOldestFirst);
    }

    /** The value in force on the day: the row covering it; before every row, the first row's; empty with no row. */
    public OptionalInt valueOn(LocalDate day) {
        ReceptionRuleEntity inForce = null;
        for (ReceptionRuleEntity row : rows) {
            if (!row.effectiveFrom.isAfter(day)) {
                inForce = row;
            }
        }
        if (inForce == null && !rows.isEmpty()) {
            inForce = rows.get(0);
        }
        return inForce == null || inForce.parameter == null ? OptionalInt.empty() : OptionalInt.of(inForce.parameter);
    }

    /** Every day covered once, oldest first; days before the first row (or all days, without rows) get the fallback. */
    public List<Stretch> stretches(int fallback) {
        List<Stretch> stretches = new ArrayList<>();
        LocalDate firstFrom = rows.isEmpty() ? null : rows.get(0).effectiveFrom;
        stretches.add(new Stretch(null, firstFrom == null ? null : firstFrom.minusDays(1), fallback));
        for (int i = 0; i < rows.size(); i++) {
            ReceptionRuleEntity row = rows.get(i);
            LocalDate to = i + 1 < rows.size() ? rows.get(i + 1).effectiveFrom.minusDays(1) : null;
            stretches.add(new Stretch(row.effectiveFrom, to, row.parameter == null ? fallback : row.parameter));
        }
        return stretches;
    }
}
