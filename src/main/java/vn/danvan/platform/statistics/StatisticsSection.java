package vn.danvan.platform.statistics;

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
}
