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
        if (PHONE.matcher(text).find()) {
            found.add(Finding.PHONE);
        }
        if (ID_NUMBER.matcher(text).find()) {
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

    /** Lower case, no diacritics (đ as d), words separated by single spaces. */
    static String fold(String text) {
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D');
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
