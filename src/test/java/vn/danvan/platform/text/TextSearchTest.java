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

    @Test
    void wordsAreTheRunsOfLettersAndDigitsSoOperatorsNeverReachTheIndex() {
        assertEquals(java.util.List.of("Nguyễn", "Văn", "Đức"), TextSearch.words("  Nguyễn  Văn\tĐức "));
        assertEquals(java.util.List.of("12", "QĐ", "UBND"), TextSearch.words("12/QĐ-UBND"));
        assertEquals(java.util.List.of("a", "b", "c"), TextSearch.words("+a -b* \"c\" ~<>()@"));
        assertEquals(java.util.List.of(), TextSearch.words("+-\"*()~<>@"));
        assertEquals(java.util.List.of(), TextSearch.words(null));
    }

    @Test
    void theBooleanQueryRequiresEveryWordAndTakesTheLastAsAPrefix() {
        assertEquals("+quang +ngai*", TextSearch.booleanQuery(java.util.List.of("quang", "ngai")));
        assertEquals("+đ*", TextSearch.booleanQuery(java.util.List.of("đ")));
        assertThrows(IllegalArgumentException.class, () -> TextSearch.booleanQuery(java.util.List.of()));
    }

    @Test
    void theIndexIsUsedOnlyOnAServerThatIndexesEverySyllable() {
        assertEquals(TextSearch.Mode.INDEX, FullTextCheck.choose(new FullTextCheck.ServerSettings(1L, false)));
        assertEquals(TextSearch.Mode.LIKE, FullTextCheck.choose(new FullTextCheck.ServerSettings(3L, false)));
        assertEquals(TextSearch.Mode.LIKE, FullTextCheck.choose(new FullTextCheck.ServerSettings(1L, true)));
        assertEquals(TextSearch.Mode.LIKE, FullTextCheck.choose(new FullTextCheck.ServerSettings(null, null)));
    }
}
