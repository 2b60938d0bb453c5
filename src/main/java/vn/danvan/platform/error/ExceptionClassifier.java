package vn.danvan.platform.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

import jakarta.ws.rs.core.UriInfo;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

import vn.danvan.platform.cluster.CertificationConflicts;

/**
 * Decides which problem an exception is. Walks the cause chain because transactions and
 * frameworks wrap the exception that matters.
 */
final class ExceptionClassifier {

    private ExceptionClassifier() {
    }

    /** @return the problem, or {@code null} for an unexpected failure (a 500). */
    static ApiException classify(Throwable thrown, Method resourceMethod, boolean ifMatchSent, UriInfo uri) {
        // A database that is away wins over whatever the failure was wrapped in (an authentication
        // failure included): the client should retry, not sign in again.
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || isConnectionFailure(t)) {
                return new ApiException(ProblemType.SERVICE_UNAVAILABLE, "detail.service-unavailable");
            }
        }
        // A conflict left after the retries: at commit it arrives as the transaction manager's RollbackException with
        // the driver's deadlock error among the suppressed exceptions, which the cause chain above does not reach.
        if (CertificationConflicts.isConflict(thrown)) {
            return new ApiException(ProblemType.SERVICE_UNAVAILABLE, "detail.service-unavailable");
        }
        // The framework's own wrappers (WebApplicationException) count only when nothing inside says more.
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidParameterException invalid) {
                return fromParameter(invalid, uri);
            }
            if (!(t instanceof WebApplicationException)) {
                ApiException found = classifyOne(t, resourceMethod, ifMatchSent);
                if (found != null) {
                    return found;
                }
            }
        }
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof WebApplicationException wae) {
                return fromJaxRs(wae);
            }
        }
        return null;
    }

    private static ApiException classifyOne(Throwable t, Method resourceMethod, boolean ifMatchSent) {
        if (t instanceof ApiException api) {
            return api;
        }
        if (t instanceof io.quarkus.security.AuthenticationFailedException
                || t instanceof io.quarkus.security.UnauthorizedException) {
            return new ApiException(ProblemType.UNAUTHORIZED, "detail.unauthorized");
        }
        if (t instanceof io.quarkus.security.ForbiddenException) {
            return new ApiException(ProblemType.FORBIDDEN, "detail.forbidden");
        }
        if (t instanceof ConstraintViolationException cve) {
            return ConstraintViolations.toApiException(cve.getConstraintViolations(), resourceMethod);
        }
        if (t instanceof JsonProcessingException json) {
            return fromJson(json);
        }
        if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
            return ifMatchSent
                    ? new ApiException(ProblemType.PRECONDITION_FAILED, "detail.modified-concurrently")
                    : new ApiException(ProblemType.CONCURRENT_MODIFICATION, "detail.modified-concurrently");
        }
        if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException || t instanceof LockAcquisitionException
                || t instanceof PessimisticLockException || isConnectionFailure(t)) {
            return new ApiException(ProblemType.SERVICE_UNAVAILABLE, "detail.service-unavailable");
        }
        if (t instanceof org.hibernate.exception.ConstraintViolationException) {
            return new ApiException(ProblemType.CONFLICT, "detail.conflict");
        }
        return null;
    }

    /** Finds the parameter by its value: a path segment is an unknown resource, a query value is a 400. */
    private static ApiException fromParameter(InvalidParameterException invalid, UriInfo uri) {
        if (uri != null) {
            for (var entry : uri.getPathParameters().entrySet()) {
                if (entry.getValue().contains(invalid.value())) {
                    return new ApiException(ProblemType.NOT_FOUND, "detail.no-such-resource");
                }
            }
            for (var entry : uri.getQueryParameters().entrySet()) {
                if (entry.getValue().contains(invalid.value())) {
                    return ApiException.invalid(FieldViolation.of(entry.getKey(), invalid.code(), invalid.messageKey(),
                            invalid.args()));
                }
            }
        }
        return ApiException.invalid(FieldViolation.of("header", invalid.code(), invalid.messageKey(), invalid.args()));
    }

    private static boolean isConnectionFailure(Throwable t) {
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            // 08xxx: connection exceptions; 40001: deadlock / serialization failure (retryable).
            if (state != null && (state.startsWith("08") || state.equals("40001"))) {
                return true;
            }
            String message = sql.getMessage();
            // The pool's own words for a connection that died before it could join the transaction.
            return message != null && (message.contains("Acquisition timeout")
                    || message.contains("Exception in association of connection to existing transaction"));
        }
        return false;
    }

    private static ApiException fromJaxRs(WebApplicationException wae) {
        if (wae instanceof NotFoundException) {
            return new ApiException(ProblemType.NOT_FOUND, "detail.no-such-resource");
        }
        if (wae instanceof NotAllowedException) {
            return new ApiException(ProblemType.METHOD_NOT_ALLOWED, "detail.method-not-allowed");
        }
        if (wae instanceof NotSupportedException) {
            return new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "detail.unsupported-media-type");
        }
        if (wae instanceof NotAcceptableException) {
            return new ApiException(ProblemType.NOT_ACCEPTABLE, "detail.not-acceptable");
        }
        int status = wae.getResponse() == null ? 500 : wae.getResponse().getStatus();
        return switch (status) {
            case 400 -> new ApiException(ProblemType.MALFORMED_REQUEST, "detail.malformed-request");
            case 404 -> new ApiException(ProblemType.NOT_FOUND, "detail.no-such-resource");
            case 405 -> new ApiException(ProblemType.METHOD_NOT_ALLOWED, "detail.method-not-allowed");
            case 406 -> new ApiException(ProblemType.NOT_ACCEPTABLE, "detail.not-acceptable");
            case 413 -> new ApiException(ProblemType.PAYLOAD_TOO_LARGE, null);
            case 415 -> new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "detail.unsupported-media-type");
            case 503 -> new ApiException(ProblemType.SERVICE_UNAVAILABLE, "detail.service-unavailable");
            default -> null;
        };
    }

    private static ApiException fromJson(JsonProcessingException json) {
        if (json instanceof JsonParseException parse && parse.getMessage() != null
                && parse.getMessage().startsWith("Duplicate field")) {
            String name = parse.getMessage().replaceAll("(?s)^Duplicate field '([^']*)'.*", "$1");
            return ApiException.invalid(FieldViolation.of(name, "Duplicate", "json.duplicate-field"));
        }
        if (json instanceof JsonParseException parse) {
            var location = parse.getLocation();
            return new ApiException(ProblemType.MALFORMED_REQUEST, "detail.malformed-json",
                    location == null ? "?" : location.getLineNr(), location == null ? "?" : location.getColumnNr());
        }
        if (json instanceof JsonMappingException mapping) {
            String field = path(mapping);
            if (mapping instanceof UnrecognizedPropertyException) {
                return ApiException.invalid(FieldViolation.of(field, "Unknown", "json.unknown-field"));
            }
            if (mapping instanceof com.fasterxml.jackson.databind.exc.InvalidNullException) {
                return ApiException.invalid(FieldViolation.of(field.isEmpty() ? "body" : field, "NotNull",
                        "json.null-item"));
            }
            Class<?> target = targetType(mapping);
            if (target != null && target.isEnum()) {
                String allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "));
                return ApiException.invalid(FieldViolation.of(field, "InvalidValue", "json.unknown-enum", allowed));
            }
            if (hasCause(mapping, DateTimeParseException.class) || (target != null
                    && target.getName().startsWith("java.time"))) {
                return ApiException.invalid(FieldViolation.of(field, "InvalidFormat", "json.invalid-date"));
            }
            if (mapping instanceof MismatchedInputException mismatch && mismatch.getMessage() != null
                    && mismatch.getMessage().startsWith("Missing required creator property")) {
                return ApiException.invalid(FieldViolation.of(field, "NotNull", "constraint.NotNull"));
            }
            if (mapping instanceof MismatchedInputException && field.isEmpty()) {
                return new ApiException(ProblemType.MALFORMED_REQUEST, "detail.malformed-body");
            }
            return ApiException.invalid(FieldViolation.of(field.isEmpty() ? "body" : field, "WrongType",
                    "json.wrong-type", target == null ? "?" : simpleTypeName(target)));
        }
        return new ApiException(ProblemType.MALFORMED_REQUEST, "detail.malformed-body");
    }

    private static Class<?> targetType(JsonMappingException mapping) {
        if (mapping instanceof InvalidFormatException invalid) {
            return invalid.getTargetType();
        }
        if (mapping instanceof ValueInstantiationException instantiation && instantiation.getType() != null) {
            return instantiation.getType().getRawClass();
        }
        if (mapping instanceof MismatchedInputException mismatch) {
            return mismatch.getTargetType();
        }
        return null;
    }

    private static String simpleTypeName(Class<?> target) {
        if (Number.class.isAssignableFrom(target) || (target.isPrimitive() && target != boolean.class)) {
            return "number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "boolean";
        }
        if (target == String.class || target == java.util.UUID.class) {
            return "string";
        }
        if (java.util.Collection.class.isAssignableFrom(target)) {
            return "array";
        }
        return "object";
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
