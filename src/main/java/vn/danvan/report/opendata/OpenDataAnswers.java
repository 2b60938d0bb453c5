package vn.danvan.report.opendata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import vn.danvan.api.model.OpenCount;
import vn.danvan.api.model.OpenStatistics;
import vn.danvan.api.model.OpenStatisticsArea;
import vn.danvan.report.ReportConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cached answers of the open data: computed once per province and year for {@code open-data-max-age-seconds}, with
 * a content ETag (If-None-Match answers 304 through the platform filter) and a public Cache-Control. The cache
 * holds counts only.
 */
@ApplicationScoped
public class OpenDataAnswers {

    static final String CSV = "text/csv";

    private record Answer(String json, String csv, String etag, Instant expires) {
    }

    private final Map<String, Answer> cache = new ConcurrentHashMap<>();
    private final OpenDataQueries queries;
    private final ReportConfig config;
    private final ObjectMapper mapper;

    OpenDataAnswers(OpenDataQueries queries, ReportConfig config, ObjectMapper mapper) {
        this.queries = queries;
        this.config = config;
        this.mapper = mapper;
    }

    public Response answer(UUID provinceId, int year, boolean csv) {
        String key = provinceId + "|" + year;
        Answer answer = cache.get(key);
        if (answer == null || answer.expires().isBefore(Instant.now())) {
            answer = compute(provinceId, year);
            cache.put(key, answer);
        }
        String tag = "\"" + answer.etag() + (csv ? "-csv" : "") + "\"";
        return Response.ok(csv ? answer.csv() : answer.json(), csv ? CSV + "; charset=UTF-8" : "application/json")
                .header("ETag", tag)
                .header("Cache-Control", "public, max-age=" + config.openDataMaxAgeSeconds())
                .build();
    }

    private Answer compute(UUID provinceId, int year) {
        OpenStatistics statistics = queries.of(provinceId, year);
        try {
            String json = mapper.writeValueAsString(statistics);
            String csv = csv(statistics);
            String etag = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
            return new Answer(json, csv, etag, Instant.now().plusSeconds(config.openDataMaxAgeSeconds()));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Long format: one line per area and count; a withheld count is empty with suppressed=true. */
    static String csv(OpenStatistics statistics) {
        StringBuilder out = new StringBuilder("year,organizationId,organizationName,measure,key,count,suppressed\r\n");
        lines(out, statistics.getYear(), statistics.getProvince());
        statistics.getCommunes().forEach(area -> lines(out, statistics.getYear(), area));
        return out.toString();
    }

    private static void lines(StringBuilder out, int year, OpenStatisticsArea area) {
        line(out, year, area, "receptions", List.of(area.getReceptions()));
        line(out, year, area, "receptionsByKind", area.getReceptionsByKind());
        line(out, year, area, "receptionsByDomain", area.getReceptionsByDomain());
        line(out, year, area, "casesResolved", List.of(area.getCasesResolved()));
        line(out, year, area, "casesResolvedOnTime", List.of(area.getCasesResolvedOnTime()));
        line(out, year, area, "modelsRecognizedByField", area.getModelsRecognizedByField());
    }

    private static void line(StringBuilder out, int year, OpenStatisticsArea area, String measure, List<OpenCount> counts) {
        for (OpenCount count : counts) {
            out.append(year).append(',').append(area.getOrganizationId()).append(',')
                    .append('"').append(area.getOrganizationName().replace("\"", "\"\"")).append('"').append(',')
                    .append(measure).append(',').append(count.getKey()).append(',')
                    .append(count.getCount() == null ? "" : count.getCount().toString()).append(',')
                    .append(count.getSuppressed()).append("\r\n");
        }
    }
}
