package vn.danvan.report.opendata;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.danvan.api.OpenDataApi;
import vn.danvan.platform.idempotency.Idempotent;

import java.util.UUID;

/** /api/v1/public/statistics — open data for the portal, anonymous and cacheable. */
@Idempotent
public class OpenDataResource implements OpenDataApi {

    private final OpenDataAnswers answers;

    @Context
    HttpHeaders headers;

    OpenDataResource(OpenDataAnswers answers) {
        this.answers = answers;
    }

    @Override
    @Transactional
    public Response getOpenStatistics(UUID provinceId, Integer year) {
        boolean csv = headers.getAcceptableMediaTypes().stream().findFirst()
                .map(type -> type.isCompatible(MediaType.valueOf(OpenDataAnswers.CSV)) && !type.isWildcardType())
                .orElse(false);
        return answers.answer(provinceId, year, csv);
    }
}
