package vn.danvan.platform.monitoring;

import vn.danvan.platform.statistics.SectionFigures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of one monitoring section, in print order, and the period they cover when the section chose its own
 * ({@code from}, {@code to}; null when it is the summary's own filters).
 */
public record MonitoringFigures(String key, String title, LocalDate from, LocalDate to,
                                List<SectionFigures.Figure> figures) {

    public MonitoringFigures {
        figures = List.copyOf(figures);
    }

    public static Builder of(MonitoringSection section) {
        return new Builder(section.key(), section.title());
    }

    public static final class Builder {
        private final String key;
        private final String title;
        private final List<SectionFigures.Figure> figures = new ArrayList<>();
        private LocalDate from;
        private LocalDate to;

        private Builder(String key, String title) {
            this.key = key;
            this.title = title;
        }

        /** The period the figures cover, when the section chose it (a window of its own). */
        public Builder period(LocalDate from, LocalDate to) {
            this.from = from;
            this.to = to;
            return this;
        }

        public Builder add(String figureKey, String label, long value) {
            figures.add(new SectionFigures.Figure(figureKey, label, value));
            return this;
        }

        public MonitoringFigures build() {
            return new MonitoringFigures(key, title, from, to, figures);
        }
    }
}
