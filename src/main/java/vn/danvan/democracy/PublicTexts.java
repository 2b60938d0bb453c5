package vn.danvan.democracy;

import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.text.PublicText;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Texts the people read (a disclosure, a question, a decision, an answer) may carry no ID numbers, phone numbers,
 * e-mail addresses, nor the names of the people they concern: 400 naming each field, as a published case result.
 */
final class PublicTexts {

    private final Map<String, String> texts = new LinkedHashMap<>();
    private final List<String> names = new ArrayList<>();

    static PublicTexts of(String field, String text) {
        return new PublicTexts().and(field, text);
    }

    PublicTexts and(String field, String text) {
        texts.put(field, text);
        return this;
    }

    PublicTexts naming(Collection<String> people) {
        people.stream().filter(java.util.Objects::nonNull).forEach(names::add);
        return this;
    }

    void require() {
        List<FieldViolation> found = new ArrayList<>();
        texts.forEach((field, text) -> PublicText.personalData(text, names).forEach(f -> found.add(FieldViolation.of(
                field, "PersonalData", "public-text." + f.name().toLowerCase(Locale.ROOT).replace('_', '-')))));
        if (!found.isEmpty()) {
            throw ApiException.invalid(found);
        }
    }
}
