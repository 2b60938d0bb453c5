package vn.danvan.platform.text;

import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Writes the condition "this table's searched text contains every word of {@code q}, the last as a prefix" for one
 * {@link SearchedText}, in JPQL (ListQuery) or in SQL (the reception list's plain JDBC), through the FULLTEXT index
 * or by LIKE per word according to {@link TextSearch#mode()}. Values are bound through {@code bind}, once per use, which
 * records a value and returns its placeholder ({@code :v3} or {@code ?}).
 */
public final class TextMatch {

    /** The language of the condition. */
    public enum Dialect { JPQL, SQL }

    private TextMatch() {
    }

    /** The condition, in parentheses; {@code words} is not empty (a text without words matches nothing). */
    public static String condition(SearchedText searched, String q, List<String> words, TextSearch.Mode mode,
                                   Dialect dialect, Function<Object, String> bind) {
        StringJoiner any = new StringJoiner(" or ", "(", ")");
        if (!searched.expressions().isEmpty()) {
            if (mode == TextSearch.Mode.INDEX && searched.indexed()) {
                any.add(fullText(searched.expressions(), bind.apply(TextSearch.booleanQuery(words)), dialect));
            } else {
                any.add(everyWordContained(searched.expressions(), words, bind));
            }
        }
        if (!searched.codes().isEmpty()) {
            String prefix = TextSearch.startsWithPattern(q);
            searched.codes().forEach(code -> any.add(like(code, bind.apply(prefix))));
        }
        return any.toString();
    }

    private static String fullText(List<String> expressions, String query, Dialect dialect) {
        String columns = String.join(", ", expressions);
        return dialect == Dialect.JPQL
                ? FullTextFunction.NAME + "(" + columns + ", " + query + ") > 0"
                : "match(" + columns + ") against(" + query + " in boolean mode)";
    }

    /** Each word in one of the attributes: {@code (a like %w1% or b like %w1%) and (a like %w2% or …)}. */
    private static String everyWordContained(List<String> expressions, List<String> words, Function<Object, String> bind) {
        StringJoiner all = new StringJoiner(" and ", "(", ")");
        for (String word : words) {
            String pattern = TextSearch.containsPattern(word);
            StringJoiner inOne = new StringJoiner(" or ", "(", ")");
            // One placeholder per use: SQL binds by position.
            expressions.forEach(expression -> inOne.add(like(expression, bind.apply(pattern))));
            all.add(inOne.toString());
        }
        return all.toString();
    }

    private static String like(String expression, String placeholder) {
        return expression + " like " + placeholder + " escape '" + TextSearch.ESCAPE + "'";
    }
}
