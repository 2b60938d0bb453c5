package vn.danvan.platform.statistics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One section of the statistics of a reporting window (tasks, models, receptions, cases, hot spots, …): a feature
 * implements it as a CDI bean beside its own tables, and the report feature finds every implementation through
 * {@code Instance<StatisticsSection>}. A new feature (dialogues, grassroots democracy) adds its section the same way,
 * without touching the reports. Implementations count with aggregate queries over indexed columns (no entities
 * loaded) and never return personal data: only counts.
 */
public interface StatisticsSection {

    /** A stable key ("tasks", "receptions"): snapshots and corrections name figures as {@code section.figure}. */
    String key();

    /** Where the section stands in a report (ascending). */
    int order();

    /** The section's title in Vietnamese, as a report prints it. */
    String title();

    /** The figures for the units and window, always the same keys in the same order (zeros included). */
    SectionFigures compute(StatisticsWindow window);

    /**
     * The figures of each group of units for the same dates (open data's communes, a breakdown's units, a
     * consolidation's units asked), keyed by group: each group's figures are those {@link #compute} gives for its
     * window alone. By default, computed group by group; a section whose figures add up over units answers every
     * group with one query per figure query ({@link AggregateRows#each}).
     */
    default Map<UUID, SectionFigures> computeEach(GroupedWindow window) {
        Map<UUID, SectionFigures> figures = new LinkedHashMap<>();
        window.unitsByGroup().keySet().forEach(group -> figures.put(group, compute(window.of(group))));
        return figures;
    }
}
