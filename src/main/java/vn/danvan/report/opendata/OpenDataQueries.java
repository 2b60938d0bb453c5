package vn.danvan.report.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.AdministrativeLevel;
import vn.danvan.api.model.OpenCount;
import vn.danvan.api.model.OpenStatistics;
import vn.danvan.api.model.OpenStatisticsArea;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.statistics.PublishedOrganizations;
import vn.danvan.platform.statistics.SectionFigures;
import vn.danvan.report.ReportConfig;
import vn.danvan.report.statistics.StatisticsQueries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Open data of a province and year, from the same statistics layer as reports: the province and each commune in
 * force at the year's end (units merged into it counted under it). Only counts, and a count from 1 to the threshold
 * minus one is withheld; zero is shown (it singles out nobody).
 */
@ApplicationScoped
public class OpenDataQueries {

    private final StatisticsQueries statistics;
    private final OrganizationTreeQueries tree;
    private final PublishedOrganizations published;
    private final ReportConfig config;

    OpenDataQueries(StatisticsQueries statistics, OrganizationTreeQueries tree, PublishedOrganizations published,
                    ReportConfig config) {
        this.statistics = statistics;
        this.tree = tree;
        this.published = published;
        this.config = config;
    }

    public OpenStatistics of(UUID provinceId, int year) {
        String path = tree.treePath(provinceId)
                .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "report.province-not-found", provinceId));
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<UUID> areas = new ArrayList<>();
        areas.add(provinceId);
        tree.unitsOfLevel(path, AdministrativeLevel.COMMUNE, null, to).stream()
                .filter(commune -> !commune.equals(provinceId)).forEach(areas::add);
        // The province and its communes together: each section counts all of them in one query per figure query.
        Map<UUID, List<SectionFigures>> figures = statistics.computeEach(areas, from, to);
        Map<UUID, String> names = tree.names(areas);
        List<OpenStatisticsArea> communes = new ArrayList<>();
        for (UUID commune : areas.subList(1, areas.size())) {
            communes.add(area(commune, names.getOrDefault(commune, ""), figures.get(commune)));
        }
        communes.sort(Comparator.comparing(OpenStatisticsArea::getOrganizationName));
        List<UUID> units = tree.unitsCountedUnder(provinceId, to);
        List<String> publicModelOrganizations = tree.names(published.withPublishedModels(units)).values().stream()
                .sorted().toList();
        return new OpenStatistics().provinceId(provinceId).provinceName(names.getOrDefault(provinceId, "")).year(year)
                .suppressionThreshold(config.openDataMinCount())
                .province(area(provinceId, names.getOrDefault(provinceId, ""), figures.get(provinceId))).communes(communes)
                .publicModelOrganizations(publicModelOrganizations);
    }

    private OpenStatisticsArea area(UUID unit, String name, List<SectionFigures> sections) {
        return new OpenStatisticsArea().organizationId(unit).organizationName(name)
                .receptions(count("TOTAL", value(sections, "receptions", "total")))
                .receptionsByKind(prefixed(sections, "receptions", "kind."))
                .receptionsByDomain(prefixed(sections, "receptions", "domain."))
                .casesResolved(count("RESOLVED", value(sections, "cases", "resolvedOnTime")
                        + value(sections, "cases", "resolvedLate")))
                .casesResolvedOnTime(count("RESOLVED_ON_TIME", value(sections, "cases", "resolvedOnTime")))
                .modelsRecognizedByField(prefixed(sections, "models", "recognizedField."));
    }

    private OpenCount count(String key, long value) {
        boolean suppressed = value > 0 && value < config.openDataMinCount();
        return new OpenCount().key(key).suppressed(suppressed).count(suppressed ? null : value);
    }

    private List<OpenCount> prefixed(List<SectionFigures> sections, String section, String prefix) {
        return sections.stream().filter(s -> s.key().equals(section)).flatMap(s -> s.figures().stream())
                .filter(f -> f.key().startsWith(prefix)).map(f -> count(f.key().substring(prefix.length()), f.value()))
                .toList();
    }

    private static long value(List<SectionFigures> sections, String section, String figure) {
        return sections.stream().filter(s -> s.key().equals(section)).flatMap(s -> s.figures().stream())
                .filter(f -> f.key().equals(figure)).mapToLong(SectionFigures.Figure::value).findFirst().orElse(0);
    }
}
