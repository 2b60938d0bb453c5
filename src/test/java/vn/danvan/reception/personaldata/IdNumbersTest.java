package vn.danvan.reception.personaldata;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danvan.api.model.IdDocumentType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The formats of CCCD (12 digits), CMND (9 digits) and passports (a letter and 7 digits). */
class IdNumbersTest {

    @Test
    void normalisingRemovesSpacesAndUpperCases() {
        assertEquals("051089001234", IdNumbers.normalise("051 089 001 234"));
        assertEquals("B1234567", IdNumbers.normalise(" b1234567 "));
        assertEquals("C7654321", IdNumbers.normalise("c 765 4321"));
    }

    @Test
    void normalisingKeepsOtherSeparators() {
        // Only spaces go: dots, dashes and tabs stay, and then the number is not valid.
        assertEquals("051.089.001.234", IdNumbers.normalise("051.089.001.234"));
        assertEquals("051-089", IdNumbers.normalise("051-089"));
        assertEquals("051\t089", IdNumbers.normalise("051\t089"));
        assertFalse(IdNumbers.valid(IdDocumentType.CCCD, IdNumbers.normalise("051.089.001.234")));
    }

    @Test
    void normalisingIsLocaleIndependent() {
        // Upper-cased in a Turkish locale, i would become İ; the number must not depend on the server's locale.
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            assertEquals("I1234567", IdNumbers.normalise("i1234567"));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void normalisingNullFails() {
        assertThrows(NullPointerException.class, () -> IdNumbers.normalise(null));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "CCCD, 051089001234, true",
            "CCCD, 000000000000, true",
            "CCCD, 05108900123, false",
            "CCCD, 0510890012345, false",
            "CCCD, 05108900123A, false",
            "CCCD, 012345678, false",
            "CMND, 012345678, true",
            "CMND, 01234567, false",
            "CMND, 0123456789, false",
            "CMND, 051089001234, false",
            "PASSPORT, B1234567, true",
            "PASSPORT, N0000000, true",
            "PASSPORT, b1234567, false",
            "PASSPORT, BB123456, false",
            "PASSPORT, B123456, false",
            "PASSPORT, B12345678, false",
            "PASSPORT, 12345678, false",
            "PASSPORT, Đ1234567, false",
    })
    void validFormats(IdDocumentType type, String number, boolean valid) {
        assertEquals(valid, IdNumbers.valid(type, number));
    }

    @Test
    void digitsOfOtherScriptsAreNotDigitsHere() {
        // Arabic-Indic and full-width digits are digits for Character.isDigit, not for the formats.
        assertFalse(IdNumbers.valid(IdDocumentType.CMND, "٠١٢٣٤٥٦٧٨"));
        assertFalse(IdNumbers.valid(IdDocumentType.CCCD, "０５１０８９００１２３４"));
    }

    @Test
    void anEmptyNumberIsNeverValid() {
        for (IdDocumentType type : IdDocumentType.values()) {
            assertFalse(IdNumbers.valid(type, ""), type.name());
        }
        assertTrue(IdNumbers.valid(IdDocumentType.CCCD, IdNumbers.normalise(" 051 089 001 234 ")));
    }
}
