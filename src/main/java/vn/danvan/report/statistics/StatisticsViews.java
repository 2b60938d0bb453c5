package vn.danvan.report.statistics;

import vn.danvan.api.model.StatisticsFigure;
import vn.danvan.api.model.StatisticsSectionFigures;
import vn.danvan.platform.statistics.SectionFigures;

import java.util.List;
import java.util.Map;

/** Sections as the contract shows them, with corrections (by {@code section.figure}) applied beside the computed value. */
public final class StatisticsViews {

    /** A drafter's correction of one figure. */
    public record Correction(String figure, long value, String reason) {
    }

    private StatisticsViews() {
    }

    public static List<StatisticsSectionFigures> toApi(List<SectionFigures> sections) {
        return toApi(sections, Map.of());
    }

    public static List<StatisticsSectionFigures> toApi(List<SectionFigures> sections, Map<String, Correction> corrections) {
        return sections.stream().map(section -> new StatisticsSectionFigures().key(section.key()).title(section.title())
                .figures(section.figures().stream().map(figure -> {
                    StatisticsFigure api = new StatisticsFigure().key(figure.key()).label(figure.label()).value(figure.value());
                    Correction correction = corrections.get(section.key() + "." + figure.key());
                    if (correction != null) {
                        api.value(correction.value()).computedValue(figure.value()).correctionReason(correction.reason());
                    }
                    return api;
                }).toList())).toList();
    }

    /** The value of {@code section.figure} in API sections (0 when absent). */
    public static long value(List<StatisticsSectionFigures> sections, String sectionAndFigure) {
        for (StatisticsSectionFigures section : sections) {
            for (StatisticsFigure figure : section.getFigures()) {
                if (sectionAndFigure.equals(section.getKey() + "." + figure.getKey())) {
                    return figure.getValue();
                }
            }
        }
        return 0;
    }
}
