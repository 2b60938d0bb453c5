package vn.danvan.platform.paging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Encodes and decodes the opaque cursor: the sort values of the last row of a page plus a
 * fingerprint of the query, so that a token is refused (400) when used with other filters or sort.
 */
final class PageTokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FINGERPRINT = "f";
    private static final String VALUES = "k";

    private PageTokens() {
    }

    static <T> String encode(String fingerprint, SortSpec<T> sort, T lastRow) {
        List<String> values = new ArrayList<>();
        for (SortSpec.Order<T> order : sort.orders()) {
            Object value = order.key().extractor().apply(lastRow);
            values.add(value == null ? "" : value.toString());
        }
        return encodeValues(fingerprint, values);
    }

    static String encodeValues(String fingerprint, List<String> values) {
        try {
            byte[] json = JSON.writeValueAsBytes(Map.of(FINGERPRINT, fingerprint, VALUES, values));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> Object[] decode(String token, String fingerprint, SortSpec<T> sort) {
        List<String> values = decodeValues(token, fingerprint, sort.orders().size());
        try {
            Object[] typed = new Object[values.size()];
            for (int i = 0; i < typed.length; i++) {
                typed[i] = convert(values.get(i), sort.orders().get(i).key().valueType());
            }
            return typed;
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw invalid();
        }
    }

    /** The values of a token made for this fingerprint with {@code count} values; 400 for any other. */
    static List<String> decodeValues(String token, String fingerprint, int count) {
        try {
            byte[] json = Base64.getUrlDecoder().decode(token);
            Map<String, Object> parsed = JSON.readValue(json, new TypeReference<>() {
            });
            if (parsed == null) {
                throw invalid();
            }
            Object values = parsed.get(VALUES);
            if (!fingerprint.equals(parsed.get(FINGERPRINT)) || !(values instanceof List<?> list) || list.size() != count) {
                throw invalid();
            }
            return list.stream().map(String::valueOf).toList();
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw invalid();
        }
    }

    static String fingerprint(String filters, SortSpec<?> sort) {
        return fingerprint(filters + "|" + sort.canonical());
    }

    static String fingerprint(String query) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(query.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object convert(String text, Class<?> type) {
        if (type == String.class) {
            return text;
        }
        if (type == UUID.class) {
            return UUID.fromString(text);
        }
        if (type == Instant.class) {
            return Instant.parse(text);
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(text);
        }
        if (type == Long.class) {
            return Long.valueOf(text);
        }
        if (type == Integer.class) {
            return Integer.valueOf(text);
        }
        throw new IllegalStateException("Unsupported sort value type " + type);
    }

    static ApiException invalidToken() {
        return invalid();
    }

    private static ApiException invalid() {
        return ApiException.invalid(FieldViolation.of("pageToken", "Invalid", "detail.invalid-page-token"));
    }
}
