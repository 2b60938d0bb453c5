package vn.danvan.platform.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds obvious personal data in text meant for the public (a published complaint result, an announcement): ID
 * numbers (CMND 9 digits, CCCD 12), phone numbers (Vietnamese mobiles and landlines, with or without +84, spaces,
 * dots or dashes), e-mail addresses, and the names of the people the text is about. It cannot prove a text clean;
 * it stops the mistakes that happen (pasting the decision's first paragraph, which names the complainant).
 */
public final class PublicText {

    /** What kind of personal data was found (the code of the field violation). */
    public enum Finding { ID_NUMBER, PHONE, EMAIL, PERSON_NAME }

    // Digits, or digits in groups separated by spaces; not dots, which write sums of money (250.000.000 đồng).
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![\\d.,])(\\d ?){8}\\d(( ?\\d){3})?(?![\\d]|[.,]\\d)");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d+])(\\+?84[ .-]?|0)(\\d[ .-]?){8,9}\\d(?![\\d])");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

    private PublicText() {
    }

    /** The kinds of personal data found in {@code text}, given the names of the people it concerns. */
    public static List<Finding> personalData(String text, Collection<String> names) {
        List<Finding> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        if (findsOtherThanMoney(PHONE, text)) {
            found.add(Finding.PHONE);
        }
        if (findsOtherThanMoney(ID_NUMBER, text)) {
            found.add(Finding.ID_NUMBER);
        }
        if (EMAIL.matcher(text).find()) {
            found.add(Finding.EMAIL);
        }
        String folded = " " + fold(text) + " ";
        for (String name : names) {
            String person = fold(name == null ? "" : name);
            // A full name of two words or more, as words: "Lê Văn A" is found, the word "Lê" alone is not.
            if (person.contains(" ") && folded.contains(" " + person + " ")) {
                found.add(Finding.PERSON_NAME);
                break;
            }
        }
        return found;
    }

    /** Digits in groups of three after the first, as sums of money are written: 84.000.000.000, 250 000 000. */
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}([. ]\\d{3})+");
    /** A sum's unit after it: đồng, đ, VND, triệu (million), tỷ (billion). */
    private static final Pattern CURRENCY_AFTER = Pattern.compile("^\\s*(đồng|đ\\b|vnđ|vnd|triệu|tỷ|tỉ)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Whether the pattern matches something that is not a sum of money. */
    private static boolean findsOtherThanMoney(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        while (matcher.find()) {
            String match = matcher.group();
            boolean money = (THOUSANDS.matcher(match).matches() && match.contains("."))
                    || CURRENCY_AFTER.matcher(text.substring(matcher.end())).find();
            if (!money) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, no diacritics (đ as d), words separated by single spaces. */
    static String fold(String text) {
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D');
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
