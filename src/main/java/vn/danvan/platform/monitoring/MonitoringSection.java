package vn.danvan.platform.monitoring;

import java.util.Optional;

/**
 * What a feature adds to the monitoring summary ({@code GET /tasks/summary}) beside the tasks: the Front's
 * recommendations past their deadline, the communes' gaps in grassroots democracy, … A feature implements it as a CDI
 * bean beside its own tables, and the task feature finds every implementation through {@link MonitoringSections}
 * (an {@code Instance<MonitoringSection>}), so that it needs no dependency on the feature. Implementations count with
 * aggregate queries (no entities loaded) and never return personal data: only counts.
 *
 * <p>The figures are kept while no change number was taken anywhere (see {@link MonitoringSections}): a section may
 * count only records whose every change takes one (a {@code SyncedEntity}, or rows changed together with one) and the
 * window.
 */
public interface MonitoringSection {

    /** A stable key ("frontRecommendations"), the section's name in the contract. */
    String key();

    /** Where the section stands in the summary (ascending). */
    int order();

    /** The section's title in Vietnamese. */
    String title();

    /**
     * The figures for the window's scope and period, always the same keys in the same order (zeros included); empty
     * when the section cannot answer for this period (the answer then leaves it out).
     */
    Optional<MonitoringFigures> compute(MonitoringWindow window);
}
