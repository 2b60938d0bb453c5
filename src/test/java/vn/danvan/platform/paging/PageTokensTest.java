package vn.danvan.platform.paging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.paging.PagingFixtures.Row;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.danvan.platform.paging.PagingFixtures.SORTING;

/** The opaque page tokens: what they carry, and which tokens are refused (400, never 500). */
class PageTokensTest {

    private static final String FILTERS = "organizations|q=hà nội|level=PROVINCIAL";

    private static final Row ROW = new Row(UUID.fromString("0b9a2f0e-3c1d-4e5f-8a7b-6c5d4e3f2a1b"),
            "Ủy ban nhân dân tỉnh Nghệ An, \"số 1\"", Instant.parse("2026-12-07T02:30:00.123456Z"),
            LocalDate.of(2028, 2, 29), 9_000_000_000L, -3);

    @Test
    void aTokenGivesBackTheSortValuesOfTheLastRowTypedAsTheSortKeysSay() {
        SortSpec<Row> sort = SORTING.parse("name,-updatedAt,day,-size,rank");
        String fingerprint = PageTokens.fingerprint(FILTERS, sort);

        Object[] values = PageTokens.decode(PageTokens.encode(fingerprint, sort, ROW), fingerprint, sort);

        assertArrayEquals(new Object[] {ROW.name(), ROW.updatedAt(), ROW.day(), ROW.size(), ROW.rank(), ROW.id()},
                values);
        assertEquals(UUID.class, values[5].getClass());
        assertEquals(Long.class, values[3].getClass());
        assertEquals(Integer.class, values[4].getClass());
    }

    @Test
    void tokensAreUrlSafeWithoutPadding() {
        SortSpec<Row> sort = SORTING.parse("name");
        for (int length = 0; length < 10; length++) {
            Row row = new Row(ROW.id(), "?>".repeat(length) + "ạ~", ROW.updatedAt(), ROW.day(), 1L, 1);
            String token = PageTokens.encode(PageTokens.fingerprint(FILTERS, sort), sort, row);
            assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        }
    }

    @Test
    void aTokenIsBoundToItsFilters() {
        SortSpec<Row> sort = SORTING.parse("name");
        String token = PageTokens.encode(PageTokens.fingerprint(FILTERS, sort), sort, ROW);

        assertInvalid(() -> PageTokens.decode(token, PageTokens.fingerprint(FILTERS + "&status=ACTIVE", sort), sort));
        assertInvalid(() -> PageTokens.decode(token, PageTokens.fingerprint("", sort), sort));
    }

    @Test
    void aTokenIsBoundToItsSortFieldsAndDirections() {
        SortSpec<Row> byName = SORTING.parse("name");
        String token = PageTokens.encode(PageTokens.fingerprint(FILTERS, byName), byName, ROW);

        SortSpec<Row> byNameDescending = SORTING.parse("-name");
        assertInvalid(() -> PageTokens.decode(token, PageTokens.fingerprint(FILTERS, byNameDescending), byNameDescending));
        SortSpec<Row> byDay = SORTING.parse("day");
        assertInvalid(() -> PageTokens.decode(token, PageTokens.fingerprint(FILTERS, byDay), byDay));
        // Same number of keys, same fingerprint text except the key: still another sort.
        SortSpec<Row> byRank = SORTING.parse("rank");
        assertInvalid(() -> PageTokens.decode(token, PageTokens.fingerprint(FILTERS, byRank), byRank));
    }

    @Test
    void theFingerprintIsShortStableHexAndSeparatesQueries() {
        SortSpec<Row> sort = SORTING.parse("-updatedAt");
        String fingerprint = PageTokens.fingerprint(FILTERS, sort);

        assertTrue(fingerprint.matches("[0-9a-f]{16}"), fingerprint);
        assertEquals(fingerprint, PageTokens.fingerprint(FILTERS, SORTING.parse("-updatedAt")));
        assertEquals(fingerprint, PageTokens.fingerprint(FILTERS + "|" + sort.canonical()));
        // SHA-256 of "abc" begins ba7816bf8f01cfea.
        assertEquals("ba7816bf8f01cfea", PageTokens.fingerprint("abc"));
        assertNotEquals(fingerprint, PageTokens.fingerprint(FILTERS, SORTING.parse("updatedAt")));
        assertNotEquals(fingerprint, PageTokens.fingerprint(FILTERS.toUpperCase(), sort));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "not a token",            // not base64url
            "e30",                    // {}
            "W10",                    // []
            "eyJmIjoxfQ",             // {"f":1}
            "MTIz",                   // 123
            "eyJmIjoi",               // truncated JSON
            "////",                   // base64 (not url) alphabet
    })
    void malformedTokensAreRefused(String token) {
        SortSpec<Row> sort = SORTING.parse("name");
        assertInvalid(() -> PageTokens.decode(token, PageTokens.fingerprint(FILTERS, sort), sort));
    }

    @Test
    void aTokenThatIsJsonNullIsRefused() {
        SortSpec<Row> sort = SORTING.parse("name");
        assertInvalid(() -> PageTokens.decode(base64("null"), PageTokens.fingerprint(FILTERS, sort), sort));
    }

    @Test
    void aTamperedTokenIsRefused() {
        SortSpec<Row> sort = SORTING.parse("name");
        String fingerprint = PageTokens.fingerprint(FILTERS, sort);
        String token = PageTokens.encode(fingerprint, sort, ROW);

        // Truncated, or a character changed anywhere in the fingerprint part of the JSON.
        assertInvalid(() -> PageTokens.decode(token.substring(0, token.length() - 3), fingerprint, sort));
        String json = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        String otherFingerprint = json.replace(fingerprint, fingerprint.substring(1) + "0");
        assertInvalid(() -> PageTokens.decode(base64(otherFingerprint), fingerprint, sort));
    }

    @Test
    void aTokenWithTheWrongNumberOfValuesIsRefused() {
        SortSpec<Row> sort = SORTING.parse("name");
        String fingerprint = PageTokens.fingerprint(FILTERS, sort);

        assertInvalid(() -> PageTokens.decode(PageTokens.encodeValues(fingerprint, List.of("a")), fingerprint, sort));
        assertInvalid(() -> PageTokens.decode(
                PageTokens.encodeValues(fingerprint, List.of("a", ROW.id().toString(), "c")), fingerprint, sort));
        assertInvalid(() -> PageTokens.decode(base64("{\"f\":\"" + fingerprint + "\",\"k\":\"a\"}"), fingerprint, sort));
    }

    @Test
    void aTokenWhoseValuesDoNotParseAsTheirTypesIsRefused() {
        SortSpec<Row> sort = SORTING.parse("day,size,rank,updatedAt");
        String fingerprint = PageTokens.fingerprint(FILTERS, sort);
        String id = ROW.id().toString();

        assertInvalid(() -> decode(sort, fingerprint, "2026-02-30", "1", "1", "2026-12-07T00:00:00Z", id));
        assertInvalid(() -> decode(sort, fingerprint, "2026-12-07", "1.5", "1", "2026-12-07T00:00:00Z", id));
        assertInvalid(() -> decode(sort, fingerprint, "2026-12-07", "1", "99999999999", "2026-12-07T00:00:00Z", id));
        assertInvalid(() -> decode(sort, fingerprint, "2026-12-07", "1", "1", "2026-12-07", id));
        assertInvalid(() -> decode(sort, fingerprint, "2026-12-07", "1", "1", "2026-12-07T00:00:00Z", "not-a-uuid"));
        // An empty value (a null sort value when encoded) is not a UUID either.
        assertInvalid(() -> decode(sort, fingerprint, "2026-12-07", "1", "1", "2026-12-07T00:00:00Z", ""));
        // And the same values well formed are accepted.
        assertArrayEquals(new Object[] {LocalDate.of(2026, 12, 7), 1L, 1, Instant.parse("2026-12-07T00:00:00Z"), ROW.id()},
                decode(sort, fingerprint, "2026-12-07", "1", "1", "2026-12-07T00:00:00Z", id));
    }

    @Test
    void aNullSortValueTravelsAsEmptyText() {
        SortSpec<Row> sort = SORTING.parse("name");
        String fingerprint = PageTokens.fingerprint(FILTERS, sort);
        Row nameless = new Row(ROW.id(), null, null, null, null, null);

        assertArrayEquals(new Object[] {"", ROW.id()},
                PageTokens.decode(PageTokens.encode(fingerprint, sort, nameless), fingerprint, sort));
    }

    @Test
    void decodeValuesChecksTheCountGiven() {
        String fingerprint = PageTokens.fingerprint("summary");
        String token = PageTokens.encodeValues(fingerprint, List.of("Hà Tĩnh", "42"));

        assertEquals(List.of("Hà Tĩnh", "42"), PageTokens.decodeValues(token, fingerprint, 2));
        assertInvalid(() -> PageTokens.decodeValues(token, fingerprint, 3));
        assertInvalid(() -> PageTokens.decodeValues(token, PageTokens.fingerprint("other summary"), 2));
    }

    @Test
    void pageCursorsUseTheSameTokens() {
        SortSpec<Row> sort = SORTING.parse("-updatedAt");
        String token = PageCursors.after(FILTERS, sort, ROW);

        assertArrayEquals(new Object[] {ROW.updatedAt(), ROW.id()}, PageCursors.position(token, FILTERS, sort));
        assertInvalid(() -> PageCursors.position(token, FILTERS + "x", sort));
    }

    @Test
    void pageRequestDefaultsToTwentyAndTreatsAnEmptyTokenAsNone() {
        assertEquals(new PageRequest(20, null), PageRequest.of(null, null));
        assertEquals(new PageRequest(20, null), PageRequest.of(null, ""));
        assertEquals(new PageRequest(5, "abc"), PageRequest.of(5, "abc"));
    }

    private static Object[] decode(SortSpec<Row> sort, String fingerprint, String... values) {
        return PageTokens.decode(PageTokens.encodeValues(fingerprint, List.of(values)), fingerprint, sort);
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    static void assertInvalid(org.junit.jupiter.api.function.Executable decoding) {
        ApiException e = assertThrows(ApiException.class, decoding);
        assertEquals(ProblemType.VALIDATION_FAILED, e.type());
        FieldViolation v = e.violations().get(0);
        assertEquals("pageToken", v.field());
        assertEquals("Invalid", v.code());
        assertEquals("detail.invalid-page-token", v.messageKey());
    }
}
