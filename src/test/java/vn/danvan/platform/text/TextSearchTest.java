package vn.danvan.platform.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** LIKE patterns for the q parameter, with the user's wildcards escaped by '!'. */
class TextSearchTest {

    @Test
    void wrapsTheTrimmedTextInPercentSigns() {
        assertEquals("%Nghệ An%", TextSearch.containsPattern("  Nghệ An \t"));
        assertEquals("%%", TextSearch.containsPattern("   "));
        assertEquals("%%", TextSearch.containsPattern(""));
    }

    @Test
    void escapesWildcardsAndTheEscapeCharacter() {
        assertEquals("%100!%%", TextSearch.containsPattern("100%"));
        assertEquals("%a!_b%", TextSearch.containsPattern("a_b"));
        assertEquals("%Chú ý!!%", TextSearch.containsPattern("Chú ý!"));
        assertEquals("%!!!%!_%", TextSearch.containsPattern("!%_"));
        assertEquals("!", TextSearch.ESCAPE);
    }

    @Test
    void otherCharactersAreLeftAlone() {
        assertEquals("%12/QĐ-UBND [x] \\ 'a'%", TextSearch.containsPattern("12/QĐ-UBND [x] \\ 'a'"));
    }

    @Test
    void nullIsAProgrammingError() {
        assertThrows(NullPointerException.class, () -> TextSearch.containsPattern(null));
    }
}
