package vn.danvan.platform.text;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** One form of Vietnamese text: NFC. */
class NfcTest {

    private static final String COMPOSED = "Ủy ban nhân dân tỉnh Nghệ An";

    @Test
    void decomposedTextIsComposed() {
        String decomposed = Normalizer.normalize(COMPOSED, Normalizer.Form.NFD);
        assertNotEquals(COMPOSED, decomposed);
        assertNotEquals(COMPOSED.length(), decomposed.length());

        assertEquals(COMPOSED, Nfc.normalize(decomposed));
    }

    @Test
    void mixedFormsBecomeOne() {
        // "ệ" as e + combining circumflex + combining dot below, and as ê + combining dot below.
        assertEquals("Nghệ", Nfc.normalize("Nghe\u0302\u0323"));
        assertEquals("Nghệ", Nfc.normalize("Ngh\u00EA\u0323"));
        // The dot below and the circumflex in the other order are canonically the same letter.
        assertEquals("Nghệ", Nfc.normalize("Nghe\u0323\u0302"));
    }

    @Test
    void textAlreadyInNfcIsReturnedAsItIs() {
        assertSame(COMPOSED, Nfc.normalize(COMPOSED));
        String ascii = "UBND";
        assertSame(ascii, Nfc.normalize(ascii));
        assertEquals("", Nfc.normalize(""));
    }

    @Test
    void compatibilityCharactersAreNotFolded() {
        // NFC, not NFKC: full-width digits and the ligature ﬁ stay what they are.
        assertEquals("０１", Nfc.normalize("０１"));
        assertEquals("ﬁ", Nfc.normalize("ﬁ"));
    }

    @Test
    void nullStaysNull() {
        assertNull(Nfc.normalize(null));
    }
}
