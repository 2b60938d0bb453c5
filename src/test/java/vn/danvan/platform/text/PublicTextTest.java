package vn.danvan.platform.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.danvan.platform.text.PublicText.Finding;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Personal data in text meant for the public, and the numbers of official texts that are not personal data. */
class PublicTextTest {

    private static final List<String> CITIZENS = List.of("Nguyễn Văn Đức", "Trần Thị Hồng Nhung");

    private static List<Finding> find(String text) {
        return PublicText.personalData(text, CITIZENS);
    }

    // ---- ID numbers ------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "Số CCCD 051089001234 cấp ngày 01/01/2021.",
            "CCCD: 051 089 001 234",
            "CMND số 012345678.",
            "CMND 012 345 678, nơi cấp Công an tỉnh Nghệ An",
            "(051089001234)",
    })
    void idNumbersOf9Or12DigitsAreFound(String text) {
        assertEquals(List.of(Finding.ID_NUMBER), find(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Mã số 1234567890",        // 10 digits
            "Mã số 12345678901",       // 11 digits
            "Mã số 1234567890123",     // 13 digits
            "Mã số 12345678",          // 8 digits
            "Mã 12.345.678.901",       // written with dots
            "Tỷ lệ 123456789,5 %",     // followed by a decimal comma
            "Tỷ lệ 0,123456789",       // after a decimal comma
            "Hệ số 0.123456789",       // after a decimal point
    })
    void otherRunsOfDigitsAreNotIdNumbers(String text) {
        assertTrue(!find(text).contains(Finding.ID_NUMBER), () -> text + " → " + find(text));
    }

    // ---- phones ----------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "Liên hệ 0912345678.",
            "Liên hệ 0912 345 678",
            "Liên hệ 0912.345.678",
            "Liên hệ 0912-345-678",
            "Liên hệ +84912345678",
            "Liên hệ +84 912 345 678",
            "Liên hệ +84-912-345-678",
            "Liên hệ 84912345678",
            "Máy bàn 024 3825 1234",
            "Máy bàn 02438251234",
            "Máy bàn 0238.3844.666",
    })
    void phoneNumbersAreFoundWithOrWithoutCountryCodeAndSeparators(String text) {
        assertTrue(find(text).contains(Finding.PHONE), () -> text + " → " + find(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Số 091234567",           // 9 digits: too short for a phone
            "Số 091234567890",        // 12 digits: too long
            "Mã 10912345678",         // does not start with 0 or 84
            "Tham chiếu 1+84912345678",
    })
    void otherNumbersAreNotPhones(String text) {
        assertTrue(!find(text).contains(Finding.PHONE), () -> text + " → " + find(text));
    }

    // ---- e-mail ----------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"Gửi về ducnv1975@gmail.com.", "E-mail: duc+khieunai@so-tp.nghean.gov.vn"})
    void emailAddressesAreFound(String text) {
        assertEquals(List.of(Finding.EMAIL), find(text));
    }

    @Test
    void anEmailSpellingOutAFullNameAlsoGivesTheName() {
        assertEquals(List.of(Finding.EMAIL, Finding.PERSON_NAME), find("Gửi về nguyen.van.duc@gmail.com"));
    }

    @Test
    void anAtSignAloneIsNotAnEmail() {
        assertEquals(List.of(), find("Họp @ hội trường UBND xã, user@localhost không phải địa chỉ đầy đủ"));
    }

    // ---- names -----------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "Ông Nguyễn Văn Đức khiếu nại quyết định thu hồi đất.",
            "Ông NGUYỄN VĂN ĐỨC khiếu nại",
            "Ong Nguyen Van Duc khieu nai",     // without diacritics
            "ông nguyen  van   duc, trú tại",   // spaces, punctuation
            "Bà Trần Thị Hồng Nhung.",
            "(Nguyễn Văn Đức)",
    })
    void fullNamesOfTheCitizensAreFoundWithOrWithoutDiacritics(String text) {
        assertEquals(List.of(Finding.PERSON_NAME), find(text));
    }

    @Test
    void nameDiacriticsDecomposedOrComposedAreTheSameName() {
        String decomposed = java.text.Normalizer.normalize("Ông Nguyễn Văn Đức", java.text.Normalizer.Form.NFD);
        assertEquals(List.of(Finding.PERSON_NAME), find(decomposed));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ông Nguyễn Văn Đứcc khiếu nại",    // another word
            "Ông Nguyễn Văn khiếu nại",         // part of the name
            "Đức Nguyễn Văn",                   // other order
            "Ông Nguyễn Văn Đ. Đức",            // interrupted
    })
    void onlyTheWholeNameAsWordsCounts(String text) {
        assertEquals(List.of(), find(text), text);
    }

    @Test
    void aLongerNameHoldingTheWholeNameIsFound() {
        // Words are compared, not people: "Nguyễn Văn Đức Anh" holds "Nguyễn Văn Đức".
        assertEquals(List.of(Finding.PERSON_NAME), find("Ông Nguyễn Văn Đức Anh"));
    }

    @Test
    void aOneWordNameIsNeverSoughtAlone() {
        assertEquals(List.of(), PublicText.personalData("Ý kiến của Lan về dự án đường", List.of("Lan")));
        assertEquals(List.of(), PublicText.personalData("Gia đình họ Lê", List.of("Lê", "", "  ")));
    }

    @Test
    void nullNamesAreIgnored() {
        assertEquals(List.of(Finding.PERSON_NAME),
                PublicText.personalData("Bà Lê Thị Mai", Arrays.asList(null, "Lê Thị Mai")));
    }

    // ---- what is not personal data ---------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "Bồi thường 250.000.000 đồng.",
            "Tổng kinh phí 1.250.000.000 đồng",
            "Tổng 12.000.000.000 đồng",
            "Tổng 1.000.000.000.000 đồng",
            "Số tiền 250.000.000,50 đồng",
            "Quyết định số 12/QĐ-UBND ngày 18/12/2026 của UBND tỉnh.",
            "Quyết định số 1234/2026/QĐ-UBND",
            "Nghị định 09/2019/NĐ-CP",
            "Luật Khiếu nại 2011, Điều 27",
            "ngày 18/12/2026, lúc 09:30",
            "Thửa đất số 123, tờ bản đồ số 45, diện tích 1.234,5 m²",
            "Ông Nguyễn Văn khiếu nại; bà Nhung đã nhận.",
    })
    void sumsOfMoneyDecisionNumbersAndDatesAreNotPersonalData(String text) {
        assertEquals(List.of(), find(text), text);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\t"})
    void blankTextHasNothing(String text) {
        assertEquals(List.of(), find(text));
    }

    @Test
    void severalKindsAreReportedOnceEachInAFixedOrder() {
        String text = "Ông Nguyễn Văn Đức (CCCD 051089001234, ĐT 0912345678, duc@gmail.com), "
                + "CMND cũ 012345678, ĐT khác +84 987 654 321";
        assertEquals(List.of(Finding.PHONE, Finding.ID_NUMBER, Finding.EMAIL, Finding.PERSON_NAME), find(text));
    }

    @Test
    void foldingRemovesDiacriticsAndPunctuation() {
        assertEquals("nguyen van duc", PublicText.fold("  Nguyễn   Văn ĐỨC! "));
        assertEquals("dang thi o", PublicText.fold("Đặng-Thị Ơ"));
        assertEquals("so 12 qd ubnd", PublicText.fold("Số 12/QĐ-UBND"));
        assertEquals("", PublicText.fold("…!?"));
    }

    // ---- known problems --------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"Tổng 84.000.000.000 đồng", "Tổng 840.000.000.000 đồng"})
    void sumsOfMoneyBeginningWith84AreNotPhones(String text) {
        assertEquals(List.of(), find(text));
    }
}
