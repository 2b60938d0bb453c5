package vn.danvan.platform.paging;

import jakarta.persistence.EntityManager;
import vn.danvan.platform.persistence.JpqlLists;
import vn.danvan.platform.text.SearchedText;
import vn.danvan.platform.text.TextMatch;
import vn.danvan.platform.text.TextSearch;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One list query, declared once: the entity, its filters, the caller's scope, the tombstone guard, and then a keyset
 * page in a whitelisted order. Every list of the service is built here, so that each gets the same behaviour: filters
 * that are absent add nothing, text search ignores case and Vietnamese diacritics, deleted records (tombstones) stay
 * out unless asked for, and the page token is bound to exactly the filters and scope it was issued for (its fingerprint
 * is computed from the query and its values, never written by hand). The alias of the entity is {@code e}.
 *
 * <pre>{@code
 * ListQuery.of(TaskEntity.class)
 *     .where(access::visibleCondition)
 *     .matches(q, "e.title", "e.content")
 *     .equal("e.leadOrganizationId", leadOrganizationId)
 *     .atLeast("e.dueDate", dueFrom).atMost("e.dueDate", dueTo)
 *     .page(em, SORTING.parse(sort), page);
 * }</pre>
 */
public final class ListQuery<T> {

    private final Class<T> type;
    private final StringJoiner conditions = new StringJoiner(" and ");
    private final Map<String, Object> params = new TreeMap<>();
    private int next;

    private ListQuery(Class<T> type, boolean live) {
        this.type = type;
        if (live) {
            conditions.add("e.deletedAt is null");
        }
    }

    /** The live records of an entity with tombstones ({@code deletedAt}). */
    public static <T> ListQuery<T> of(Class<T> type) {
        return new ListQuery<>(type, true);
    }

    /** Every row of an entity that keeps no tombstones (or a list that shows them). */
    public static <T> ListQuery<T> ofAll(Class<T> type) {
        return new ListQuery<>(type, false);
    }

    /** A fixed condition with no values. */
    public ListQuery<T> where(String condition) {
        conditions.add(condition);
        return this;
    }

    /** A condition that binds its own named values into the parameters it is given (scope conditions). */
    public ListQuery<T> where(Function<Map<String, Object>, String> condition) {
        conditions.add(condition.apply(params));
        return this;
    }

    /** A condition with one value, written {@code :value} in it; nothing when the value is null. */
    public ListQuery<T> where(String condition, Object value) {
        if (value != null) {
            String name = name();
            conditions.add(condition.replace(":value", ":" + name));
            params.put(name, value);
        }
        return this;
    }

    /** {@code expression = value}; nothing when the value is null. */
    public ListQuery<T> equal(String expression, Object value) {
        return where(expression + " = :value", value);
    }

    /** {@code expression >= value}; nothing when the value is null. */
    public ListQuery<T> atLeast(String expression, Object value) {
        return where(expression + " >= :value", value);
    }

    /** {@code expression <= value}; nothing when the value is null. */
    public ListQuery<T> atMost(String expression, Object value) {
        return where(expression + " <= :value", value);
    }

    /** {@code expression in (values)}; nothing when there are none. */
    public ListQuery<T> in(String expression, Collection<?> values) {
        if (values != null && !values.isEmpty()) {
            conditions.add(JpqlLists.in(expression, List.copyOf(values), params, name()));
        }
        return this;
    }

    /**
     * The accent- and case-insensitive search {@code q} over text attributes without a FULLTEXT index (their
     * collation ignores diacritics, đ included): a record matches when each word of the text is in one of them
     * ({@link TextSearch}). Nothing when {@code q} is blank; no record when it holds no word.
     */
    public ListQuery<T> matches(String q, String... expressions) {
        return matches(q, SearchedText.scanned(expressions));
    }

    /** As {@link #matches(String, SearchedText, Related...)} over attributes without a FULLTEXT index. */
    public ListQuery<T> matches(String q, List<String> expressions, Related... related) {
        return matches(q, SearchedText.scanned(expressions), related);
    }

    /**
     * The search {@code q} over the entity's own text and over that of related records (the reception a case was
     * opened from): a record matches when its own text, or one related record's, holds every word of {@code q}, the
     * last one also as the start of a word. Through the FULLTEXT index of attributes declared
     * {@link SearchedText#indexed indexed} when the server allows it ({@link TextSearch#mode()}), else by LIKE.
     * Nothing when {@code q} is blank; no record when it holds no word (only punctuation or operators).
     */
    public ListQuery<T> matches(String q, SearchedText own, Related... related) {
        if (q == null || q.isBlank()) {
            return this;
        }
        List<String> words = TextSearch.words(q);
        if (words.isEmpty()) {
            conditions.add("1 = 0");
            return this;
        }
        TextSearch.Mode mode = TextSearch.mode();
        Function<Object, String> bind = value -> {
            String name = name();
            params.put(name, value);
            return ":" + name;
        };
        StringJoiner any = new StringJoiner(" or ", "(", ")");
        any.add(TextMatch.condition(own, q, words, mode, TextMatch.Dialect.JPQL, bind));
        for (Related other : related) {
            any.add(other.condition().replace(Related.MATCH,
                    TextMatch.condition(other.searched(), q, words, mode, TextMatch.Dialect.JPQL, bind)));
        }
        conditions.add(any.toString());
        return this;
    }

    /**
     * Text attributes of records related to the listed one, for {@link #matches(String, SearchedText, Related...)}:
     * a JPQL condition on {@code e} in which {@code {match}} stands for "these attributes hold the text",
     * e.g. {@code exists (select 1 from ReceptionEntity r where r.id = e.receptionId and {match})} with
     * {@code r.content}.
     */
    public record Related(String condition, SearchedText searched) {

        static final String MATCH = "{match}";

        public Related {
            if (!condition.contains(MATCH)) {
                throw new IllegalArgumentException("a related search condition holds " + MATCH + ": " + condition);
            }
        }

        public static Related of(String condition, String... expressions) {
            return new Related(condition, SearchedText.scanned(expressions));
        }

        public static Related of(String condition, SearchedText searched) {
            return new Related(condition, searched);
        }
    }

    /** The JPQL from-and-where part (for tests and for the rare count beside a list). */
    public String fromClause() {
        return "from " + type.getSimpleName() + " e where " + conditions;
    }

    /** The values of the named parameters of {@link #fromClause()}. */
    public Map<String, Object> parameters() {
        return Map.copyOf(params);
    }

    /**
     * The query and its values as one canonical text: a page token carries its hash, so a token answers only the
     * same filters, the same scope and the same order it was issued for.
     */
    String fingerprintText() {
        StringBuilder text = new StringBuilder(fromClause());
        params.forEach((name, value) -> text.append('|').append(name).append('=').append(canonical(value)));
        return text.toString();
    }

    /**
     * The first {@code limit} rows in a fixed order, for a reader that keeps its own cursor in its own tokens (the
     * mobile sync walks change numbers and IDs) instead of the keyset pages of {@link #page}.
     */
    public List<T> first(EntityManager em, String orderBy, int limit) {
        var query = em.createQuery(fromClause() + " order by " + orderBy, type).setMaxResults(limit);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * As {@link #first}, but only the selected expressions of each row ({@code resultType} {@code Object[]} for more
     * than one): a reader that needs the keys of the rows, not the rows, skips loading them as entities.
     */
    public <R> List<R> firstSelected(EntityManager em, String select, Class<R> resultType, String orderBy, int limit) {
        var query = em.createQuery("select " + select + " " + fromClause() + " order by " + orderBy, resultType)
                .setMaxResults(limit);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    public Page<T> page(EntityManager em, SortSpec<T> sort, PageRequest request) {
        return KeysetPager.page(em, type, fromClause(), params, fingerprintText(), sort, request);
    }

    private String name() {
        return "v" + next++;
    }

    private static String canonical(Object value) {
        if (value instanceof Collection<?> values) {
            StringJoiner joined = new StringJoiner(",", "[", "]");
            values.forEach(v -> joined.add(String.valueOf(v)));
            return joined.toString();
        }
        return String.valueOf(value);
    }
}
