package vn.danvan.platform.text;

import java.util.List;

/**
 * What a list's {@code q} searches in one table: text attributes, and whether a FULLTEXT index covers exactly them
 * (in this order, so that {@code MATCH} names its columns), plus codes compared from their start (an official code,
 * a number and symbol: kept in a binary collation, so outside the index). Only attributes kept in clear: encrypted
 * ones hold no text to compare.
 */
public record SearchedText(List<String> expressions, boolean indexed, List<String> codes) {

    public SearchedText {
        expressions = List.copyOf(expressions);
        codes = List.copyOf(codes);
        if (expressions.isEmpty() && codes.isEmpty()) {
            throw new IllegalArgumentException("a search names at least one attribute");
        }
    }

    /** Attributes with a FULLTEXT index over exactly them (a migration creates it). */
    public static SearchedText indexed(String... expressions) {
        return new SearchedText(List.of(expressions), true, List.of());
    }

    /** Attributes without an index: always compared by LIKE. */
    public static SearchedText scanned(String... expressions) {
        return new SearchedText(List.of(expressions), false, List.of());
    }

    public static SearchedText scanned(List<String> expressions) {
        return new SearchedText(expressions, false, List.of());
    }

    /** The same, also matching records whose code starts with the whole text. */
    public SearchedText orCodeStartingWith(String... codeExpressions) {
        return new SearchedText(expressions, indexed, List.of(codeExpressions));
    }
}
