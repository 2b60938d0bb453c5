package vn.danvan.platform.statistics;

import java.util.ArrayList;
import java.util.List;

/** The figures of one section, in print order. */
public record SectionFigures(String key, String title, List<Figure> figures) {

    public SectionFigures {
        figures = List.copyOf(figures);
    }

    /** One count: a stable key within its section, its Vietnamese label, the value. */
    public record Figure(String key, String label, long value) {
    }

    public static Builder of(StatisticsSection section) {
        return new Builder(section.key(), section.title());
    }

    public static final class Builder {
        private final String key;
        private final String title;
        private final List<Figure> figures = new ArrayList<>();

        private Builder(String key, String title) {
            this.key = key;
            this.title = title;
        }

        public Builder add(String figureKey, String label, long value) {
            figures.add(new Figure(figureKey, label, value));
            return this;
        }

        public SectionFigures build() {
            return new SectionFigures(key, title, figures);
        }
    }
}
