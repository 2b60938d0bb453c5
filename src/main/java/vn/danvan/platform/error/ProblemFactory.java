package vn.danvan.platform.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.danvan.api.model.FieldError;
import vn.danvan.api.model.Problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Builds application/problem+json responses in the caller's language. */
@ApplicationScoped
public class ProblemFactory {

    public static final String PROBLEM_JSON = "application/problem+json";

    public Response toResponse(ApiException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        Problem problem = new Problem()
                .type(URI.create(e.type().uri()))
                .title(Messages.render(locale, "problem." + e.type().slug()))
                .status(e.type().status())
                .instance(uri == null ? null : uri.getRequestUri().getRawPath())
                .errors(null);
        if (e.detailKey() != null) {
            problem.setDetail(Messages.render(locale, e.detailKey(), e.detailArgs()));
        }
        if (!e.violations().isEmpty()) {
            List<FieldError> errors = e.violations().stream()
                    .limit(1000)
                    .map(v -> new FieldError()
                            .field(v.field())
                            .code(v.code())
                            .message(Messages.render(locale, v.messageKey(), v.args()))
                            .line(v.line()))
                    .toList();
            problem.setErrors(errors);
        }
        Response.ResponseBuilder builder = Response.status(e.type().status()).type(PROBLEM_JSON).entity(problem);
        if (e.retryAfterSeconds() != null) {
            builder.header("Retry-After", e.retryAfterSeconds());
        } else if (e.type() == ProblemType.SERVICE_UNAVAILABLE) {
            builder.header("Retry-After", "5");
        }
        if (e.type().status() == 401) {
            builder.header("WWW-Authenticate", "Bearer");
        }
        return builder.build();
    }

    public static Locale locale(HttpHeaders headers) {
        if (headers == null) {
            return Messages.VIETNAMESE;
        }
        try {
            return Messages.pick(headers.getAcceptableLanguages());
        } catch (RuntimeException malformedHeader) {
            return Messages.VIETNAMESE;
        }
    }
}
