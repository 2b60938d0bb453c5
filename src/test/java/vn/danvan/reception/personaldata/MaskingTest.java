package vn.danvan.reception.personaldata;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Personal data as those who may not see it see it. */
class MaskingTest {

    @Test
    void keepsOnlyTheLastCharactersOfAnIdNumber() {
        assertEquals("*********234", Masking.keepLast("051089001234", 3));
        assertEquals("******678", Masking.keepLast("012345678", 3));
        assertEquals("****4567", Masking.keepLast("B1234567", 4));
    }

    @Test
    void theMaskHasTheLengthOfTheValue() {
        String masked = Masking.keepLast("0912345678", 2);
        assertEquals("********78", masked);
        assertEquals(10, masked.length());
    }

    @Test
    void aValueNoLongerThanWhatWouldBeShownIsHiddenEntirely() {
        assertEquals(Masking.HIDDEN, Masking.keepLast("123", 3));
        assertEquals(Masking.HIDDEN, Masking.keepLast("12", 3));
        assertEquals(Masking.HIDDEN, Masking.keepLast("", 3));
        assertEquals("***", Masking.HIDDEN);
        // One character more than shown: that one is masked.
        assertEquals("*234", Masking.keepLast("1234", 3));
    }

    @Test
    void zeroVisibleCharactersHidesEveryCharacter() {
        assertEquals("*****", Masking.keepLast("Hà Nộ", 0));
    }

    @Test
    void vietnameseTextIsMaskedByCharacter() {
        assertEquals("****ễn", Masking.keepLast("Nguyễn", 2));
    }

    @Test
    void nullStaysNull() {
        assertNull(Masking.keepLast(null, 3));
        assertNull(Masking.address(null));
    }

    @Test
    void anAddressIsHiddenEntirely() {
        assertEquals("***", Masking.address("Xóm 3, xã Nghi Lộc, tỉnh Nghệ An"));
        assertEquals("***", Masking.address(""));
    }
}
