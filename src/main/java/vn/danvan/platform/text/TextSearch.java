package vn.danvan.platform.text;

import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The {@code q} of every list: the words of the text, each of which a record must contain, the last one also as the
 * beginning of a word (the user is still typing it). Matching ignores case and Vietnamese diacritics, đ included,
 * because the searched columns use the utf8mb4_unicode_520_ci collation, whose folding the FULLTEXT indexes share.
 *
 * <p>Two ways to run it, one answer for whole words: through an InnoDB FULLTEXT index ({@link Mode#INDEX}, words
 * matched as words) when the server tokenises one-letter syllables and keeps no stop words ({@link FullTextCheck}),
 * else by {@code LIKE '%word%'} per word ({@link Mode#LIKE}, which also finds a word inside a longer one).
 *
 * <p>Words are the runs of letters and digits: anything else the user types — spaces, punctuation, and the boolean
 * operators of MATCH ({@code + - " * ( ) ~ < > @}) — separates words and is never passed to the database as an
 * operator, so no text can widen or break the search. A text with no word matches no record.
 */
public final class TextSearch {

    public static final String ESCAPE = "!";

    /** How {@code q} is searched on this server: through the FULLTEXT indexes, or by LIKE scans. */
    public enum Mode { INDEX, LIKE }

    /** Whatever is not a letter, a combining mark or a digit separates words (as InnoDB's tokenizer does). */
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    /**
     * Set once at start by {@link FullTextCheck} from the server's settings and the configuration; LIKE until then
     * (it answers on any server). A static because lists are declared by a plain builder (ListQuery) in every
     * feature: the setting is the database server's, one for the whole process.
     */
    private static volatile Mode mode = Mode.LIKE;

    private TextSearch() {
    }

    public static Mode mode() {
        return mode;
    }

    static void use(Mode chosen) {
        mode = chosen;
    }

    /** The words of a text (letters and digits), in order; none for a blank text or one of punctuation only. */
    public static List<String> words(String q) {
        if (q == null) {
            return List.of();
        }
        return Arrays.stream(SEPARATORS.split(q)).filter(word -> !word.isEmpty()).toList();
    }

    /**
     * A MATCH … AGAINST query in boolean mode: every word required, the last one as a prefix. The words hold only
     * letters and digits, so nothing in them is an operator.
     */
    public static String booleanQuery(List<String> words) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a search needs at least one word");
        }
        StringJoiner query = new StringJoiner(" ");
        words.forEach(word -> query.add("+" + word));
        return query + "*";
    }

    /** {@code %text%} with the LIKE wildcards of the text escaped; use with {@code like ? escape '!'}. */
    public static String containsPattern(String q) {
        return "%" + escaped(q.trim()) + "%";
    }

    /** {@code text%} with the LIKE wildcards of the text escaped; use with {@code like ? escape '!'}. */
    public static String startsWithPattern(String q) {
        return escaped(q.trim()) + "%";
    }

    private static String escaped(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == '!' || c == '%' || c == '_') {
                sb.append('!');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
