package vn.danvan.platform.mapping;

import org.mapstruct.Named;

/** Text normalisation that request mappers select by name ({@code qualifiedByName}). */
public final class TextMappings {

    private TextMappings() {
    }

    /** Surrounding white space dropped (the text itself is validated as required). */
    @Named("strip")
    public static String strip(String value) {
        return value == null ? null : value.strip();
    }

    /** An optional text: white space only counts as absent. */
    @Named("stripToNull")
    public static String stripToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
