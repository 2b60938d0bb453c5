package vn.danvan.platform.http;

import jakarta.ws.rs.ext.ParamConverter;
import vn.danvan.platform.error.InvalidParameterException;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Converts UUID, date, enum, integer and boolean parameters so that a bad value says which parameter is wrong: a 400
 * naming the query or header parameter (plain JAX-RS would answer 404), or a 404 for a malformed ID
 * in the path (no such resource). See {@link InvalidParameterException}.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(UUID::fromString, "InvalidFormat", "param.invalid-uuid");
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) converter(Integer::valueOf, "WrongType", "json.wrong-type", "integer");
        }
        if (rawType == Long.class) {
            return (ParamConverter<T>) converter(Long::valueOf, "WrongType", "json.wrong-type", "integer");
        }
        if (rawType == Boolean.class) {
            // Strict: "maybe" is an error, not false.
            return (ParamConverter<T>) converter(ParameterConverters::strictBoolean, "WrongType", "json.wrong-type",
                    "boolean (true/false)");
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(StrictDates::parseDate, "InvalidFormat", "json.invalid-date");
        }
        if (rawType.isEnum()) {
            Object[] constants = rawType.getEnumConstants();
            String allowed = Arrays.stream(constants).map(Object::toString).collect(Collectors.joining(", "));
            Function<String, Object> lookup = value -> Arrays.stream(constants)
                    .filter(c -> c.toString().equals(value)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(value));
            return (ParamConverter<T>) converter(lookup, "InvalidValue", "json.unknown-enum", allowed);
        }
        return null;
    }

    private static Boolean strictBoolean(String text) {
        if ("true".equals(text)) {
            return Boolean.TRUE;
        }
        if ("false".equals(text)) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException(text);
    }

    private static <V> ParamConverter<V> converter(Function<String, V> parse, String code, String messageKey,
                                                   Object... args) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new InvalidParameterException(value, code, messageKey, args);
                }
            }

            @Override
            public String toString(V value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
