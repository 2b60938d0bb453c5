package vn.danvan.platform.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import java.util.UUID;

/**
 * The one place where exceptions become application/problem+json. Mappers are declared for the
 * exception types that Quarkus REST would otherwise answer itself; all of them classify the same way.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @Inject
    ProblemFactory problems;

    @ServerExceptionMapper
    public Response api(ApiException e, HttpHeaders headers, UriInfo uri) {
        return problems.toResponse(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, HttpHeaders headers, UriInfo uri,
                               SimpleResourceInfo resource) {
        return map(e, headers, uri, resource);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri,
                                   SimpleResourceInfo resource) {
        return map(e, headers, uri, resource);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpHeaders headers, UriInfo uri, SimpleResourceInfo resource) {
        return map(e, headers, uri, resource);
    }

    @ServerExceptionMapper
    public Response jsonMismatch(MismatchedInputException e, HttpHeaders headers, UriInfo uri,
                                 SimpleResourceInfo resource) {
        return map(e, headers, uri, resource);
    }

    @ServerExceptionMapper
    public Response jsonParse(JsonParseException e, HttpHeaders headers, UriInfo uri, SimpleResourceInfo resource) {
        return map(e, headers, uri, resource);
    }

    @ServerExceptionMapper
    public Response notAuthenticated(io.quarkus.security.AuthenticationFailedException e, HttpHeaders headers,
                                     UriInfo uri, SimpleResourceInfo resource) {
        return map(e, headers, uri, resource);
    }

    @ServerExceptionMapper
    public Response unauthorized(io.quarkus.security.UnauthorizedException e, HttpHeaders headers, UriInfo uri,
                                 SimpleResourceInfo resource) {
        return map(e, headers, uri, resource);
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, HttpHeaders headers, UriInfo uri,
                              SimpleResourceInfo resource) {
        return map(e, headers, uri, resource);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri, SimpleResourceInfo resource) {
        return map(e, headers, uri, resource);
    }

    private Response map(Throwable e, HttpHeaders headers, UriInfo uri, SimpleResourceInfo resource) {
        java.lang.reflect.Method method = null;
        if (resource != null && resource.getResourceClass() != null) {
            try {
                method = resource.getResourceClass().getMethod(resource.getMethodName(), resource.parameterTypes());
            } catch (NoSuchMethodException ignored) {
                // unknown method: field names fall back to "body"
            }
        }
        boolean ifMatchSent = headers != null && headers.getHeaderString("If-Match") != null;
        ApiException problem = ExceptionClassifier.classify(e, method, ifMatchSent, uri);
        if (problem == null) {
            String errorId = UUID.randomUUID().toString();
            LOG.errorf(e, "Unexpected error %s on %s", errorId, uri == null ? "?" : uri.getRequestUri().getPath());
            problem = new ApiException(ProblemType.INTERNAL_ERROR, "detail.internal-error", errorId);
        } else if (problem.type() == ProblemType.SERVICE_UNAVAILABLE) {
            LOG.warnf("Database unavailable or busy: %s", e.toString());
        }
        return problems.toResponse(problem, headers, uri);
    }
}
