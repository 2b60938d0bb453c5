package vn.danvan.platform.text;

/**
 * Builds LIKE patterns for the accent-insensitive {@code q} parameter. Matching ignores case and
 * Vietnamese diacritics because the searched columns use the utf8mb4_unicode_520_ci collation;
 * this class only escapes the user's wildcards. Use with {@code like :q escape '!'}.
 */
public final class TextSearch {

    public static final String ESCAPE = "!";

    private TextSearch() {
    }

    public static String containsPattern(String q) {
        String trimmed = q.trim();
        StringBuilder sb = new StringBuilder(trimmed.length() + 8).append('%');
        for (char c : trimmed.toCharArray()) {
            if (c == '!' || c == '%' || c == '_') {
                sb.append('!');
            }
            sb.append(c);
        }
        return sb.append('%').toString();
    }
}
