package vn.danvan.organization;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.danvan.api.model.OrganizationType;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemType;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The organisation CSV file: header, quoting, BOM, Vietnamese text, and every bad row with its line. */
class OrganizationCsvParserTest {

    private static final String HEADER = "code,name,type,parentCode,validFrom";
    private static final String PROVINCE = "40,Tỉnh Nghệ An,PROVINCIAL_PEOPLES_COMMITTEE,,2025-07-01";
    private static final String EXPECTED_HEADER =
            "code,name,type,parentCode,validFrom [,shortName,address,phone,email,leadName,leadPosition,leadPhone,specialistName,specialistPosition,specialistPhone]";

    private static OrganizationCsvParser.Parsed parse(String... lines) {
        return OrganizationCsvParser.parse(String.join("\n", lines) + "\n");
    }

    private static List<FieldViolation> refusal(String csv) {
        ApiException e = assertThrows(ApiException.class, () -> OrganizationCsvParser.parse(csv));
        assertEquals(ProblemType.VALIDATION_FAILED, e.type());
        assertEquals("detail.import-failed", e.detailKey());
        return e.violations();
    }

    /** "line field code" of every violation, for compact assertions. */
    private static String summary(List<FieldViolation> violations) {
        return violations.stream().map(v -> v.line() + " " + v.field() + " " + v.code())
                .collect(Collectors.joining("; "));
    }

    // ---- good files ------------------------------------------------------------------------------------------

    @Test
    void aValidFileGivesOneRowPerLineWithEveryColumn() {
        OrganizationCsvParser.Parsed parsed = parse(
                HEADER + ",shortName,address,phone,email,leadName,leadPosition,leadPhone",
                PROVINCE + ",UBND tỉnh,\"16 Trường Thi, TP. Vinh\",0238 3844 666,ubnd@nghean.gov.vn,Lê Hồng Vinh,"
                        + "Chủ tịch,+84 912 345 678",
                "SO-NV,Sở Nội vụ,DEPARTMENT,40,2025-07-01,,,,,,,",
                "18001,Phường Trường Vinh,WARD_PEOPLES_COMMITTEE,40,2025-07-01,,,,,,,");

        assertEquals(List.of(), parsed.violations());
        assertEquals(3, parsed.rows().size());
        assertEquals(new CsvImportRow(2, "40", "Tỉnh Nghệ An", OrganizationType.PROVINCIAL_PEOPLES_COMMITTEE, null,
                LocalDate.of(2025, 7, 1), "UBND tỉnh", "16 Trường Thi, TP. Vinh", "0238 3844 666", "ubnd@nghean.gov.vn",
                "Lê Hồng Vinh", "Chủ tịch", "+84 912 345 678", null, null, null, false), parsed.rows().get(0));
        CsvImportRow department = parsed.rows().get(1);
        assertEquals(3, department.line());
        assertEquals("SO-NV", department.code());
        assertEquals(OrganizationType.DEPARTMENT, department.type());
        assertEquals("40", department.parentCode());
        // Empty optional cells are absent, not empty text.
        assertNull(department.shortName());
        assertNull(department.email());
        assertEquals(4, parsed.rows().get(2).line());
    }

    @Test
    void columnsMayComeInAnyOrder() {
        OrganizationCsvParser.Parsed parsed = parse("validFrom,type,name,code,parentCode",
                "2025-07-01,PROVINCIAL_PEOPLES_COMMITTEE,Tỉnh Hà Tĩnh,42,");

        assertEquals(List.of(), parsed.violations());
        CsvImportRow row = parsed.rows().get(0);
        assertEquals("42", row.code());
        assertEquals("Tỉnh Hà Tĩnh", row.name());
        assertEquals(LocalDate.of(2025, 7, 1), row.validFrom());
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreAccepted() {
        OrganizationCsvParser.Parsed parsed = OrganizationCsvParser.parse(
                "\uFEFF" + HEADER + "\r\n" + PROVINCE + "\r\n" + "SO-TC,Sở Tài chính,DEPARTMENT,40,2025-07-01\r\n");

        assertEquals(List.of(), parsed.violations());
        assertEquals(List.of("40", "SO-TC"), parsed.rows().stream().map(CsvImportRow::code).toList());
        assertEquals("Sở Tài chính", parsed.rows().get(1).name());
    }

    @Test
    void quotedCellsKeepCommasDoubledQuotesAndLineBreaks() {
        OrganizationCsvParser.Parsed parsed = parse(HEADER + ",address",
                "40,\"Ủy ban nhân dân tỉnh Nghệ An, \"\"UBND\"\"\",PROVINCIAL_PEOPLES_COMMITTEE,,2025-07-01,"
                        + "\"Số 3 Trường Thi\nPhường Trường Vinh\"");

        assertEquals(List.of(), parsed.violations());
        CsvImportRow row = parsed.rows().get(0);
        assertEquals("Ủy ban nhân dân tỉnh Nghệ An, \"UBND\"", row.name());
        assertEquals("Số 3 Trường Thi\nPhường Trường Vinh", row.address());
    }

    @Test
    void cellsAndHeaderNamesAreTrimmed() {
        OrganizationCsvParser.Parsed parsed = parse(" code , name ,type,parentCode,validFrom",
                " 40 ,  Tỉnh Nghệ An  ,PROVINCIAL_PEOPLES_COMMITTEE, ,2025-07-01");

        assertEquals(List.of(), parsed.violations());
        assertEquals("40", parsed.rows().get(0).code());
        assertEquals("Tỉnh Nghệ An", parsed.rows().get(0).name());
        assertNull(parsed.rows().get(0).parentCode());
    }

    @Test
    void vietnameseTextIsKeptAsWritten() {
        String name = "Đặc khu Côn Đảo – Bà Rịa ‑ Vũng Tàu (đã sáp nhập)";
        OrganizationCsvParser.Parsed parsed = parse(HEADER, PROVINCE,
                "99001," + "\"" + name + "\"" + ",SPECIAL_ZONE_PEOPLES_COMMITTEE,40,2025-07-01");

        assertEquals(List.of(), parsed.violations());
        assertEquals(name, parsed.rows().get(1).name());
    }

    // ---- the file as a whole ---------------------------------------------------------------------------------

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"\uFEFF", "\n\n"})
    void aFileWithoutHeaderIsRefused(String csv) {
        List<FieldViolation> violations = refusal(csv);
        assertEquals("1 header Required", summary(violations));
        assertArrayEquals(new Object[] {EXPECTED_HEADER}, violations.get(0).args());
    }

    @Test
    void aHeaderWithoutRowsIsRefused() {
        assertEquals("null file Empty", summary(refusal(HEADER + "\n")));
    }

    @Test
    void aHeaderMissingARequiredColumnIsRefused() {
        assertEquals("1 header Required", summary(refusal("code,name,type,parentCode\n40,A,DEPARTMENT,X\n")));
    }

    @Test
    void anUnknownOrRepeatedColumnIsRefusedByName() {
        assertEquals("1 fax Unknown", summary(refusal(HEADER + ",fax\n" + PROVINCE + ",x\n")));
        assertEquals("1 name Unknown", summary(refusal(HEADER + ",name\n" + PROVINCE + ",x\n")));
        // Column names are case-sensitive.
        assertEquals("1 Code Unknown", summary(refusal("Code,name,type,parentCode,validFrom\n" + PROVINCE + "\n")));
    }

    @Test
    void moreThan20000RowsAreRefused() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i <= OrganizationCsvParser.MAX_ROWS; i++) {
            csv.append("D").append(i).append(",Phòng ").append(i).append(",DEPARTMENT,40,2025-07-01\n");
        }
        List<FieldViolation> violations = refusal(csv.toString());
        assertEquals("null file TooManyRows", summary(violations));
        assertArrayEquals(new Object[] {20_000}, violations.get(0).args());
    }

    @Test
    void exactly20000RowsAreRead() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < OrganizationCsvParser.MAX_ROWS; i++) {
            csv.append("D").append(i).append(",Phòng ").append(i).append(",DEPARTMENT,40,2025-07-01\n");
        }
        assertEquals(20_000, OrganizationCsvParser.parse(csv.toString()).rows().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "40,\"Tỉnh Nghệ An,PROVINCIAL_PEOPLES_COMMITTEE,,2025-07-01\n",   // quote never closed
            "40,\"Tỉnh\" Nghệ An,PROVINCIAL_PEOPLES_COMMITTEE,,2025-07-01\n", // text after the closing quote
    })
    void aSyntaxErrorRefusesTheWholeFile(String row) {
        List<FieldViolation> violations = refusal(HEADER + "\n" + row);
        assertEquals("null file Malformed", summary(violations));
        assertEquals("import.malformed", violations.get(0).messageKey());
    }

    // ---- bad rows --------------------------------------------------------------------------------------------

    @Test
    void everyBadRowIsReportedWithItsLineAndTheGoodRowsAreKept() {
        OrganizationCsvParser.Parsed parsed = parse(HEADER + ",email,phone",
                PROVINCE + ",,",                                              // 2 good
                "so-nv,,DEPARTMENT,40,2025-07-01,,",                          // 3 code pattern, name required
                "SO-TC,Sở Tài chính,MINISTRY,40,2025-07-01,,",                // 4 unknown type
                "SO-YT,Sở Y tế,DEPARTMENT,,2025-13-01,,",                     // 5 parent required, bad date
                "SO-GD,Sở Giáo dục,DEPARTMENT,40,2025-07-01,so-gd@,0238-ABC", // 6 e-mail, phone
                "41,Tỉnh Quảng Bình,PROVINCIAL_PEOPLES_COMMITTEE,40,2025-07-01,,", // 7 a root with a parent
                "SO-XD,Sở Xây dựng,DEPARTMENT,40,2025-07-01,,");              // 8 good

        assertEquals(List.of(2, 8), parsed.rows().stream().map(CsvImportRow::line).toList());
        assertEquals("3 name Required; 3 code Pattern; "
                        + "4 type InvalidValue; "
                        + "5 parentCode Required; 5 validFrom InvalidFormat; "
                        + "6 phone Pattern; 6 email Email; "
                        + "7 parentCode RootType",
                summary(parsed.violations()));
    }

    @Test
    void administrativeCodesMustHaveTheirDigits() {
        OrganizationCsvParser.Parsed parsed = parse(HEADER,
                "4,Tỉnh A,PROVINCIAL_PEOPLES_COMMITTEE,,2025-07-01",
                "40,Tỉnh Nghệ An,PROVINCIAL_PEOPLES_COMMITTEE,,2025-07-01",
                "1800,Xã B,COMMUNE_PEOPLES_COMMITTEE,40,2025-07-01",
                "18001,Xã C,COMMUNE_PEOPLES_COMMITTEE,40,2025-07-01",
                "4A1,Huyện D,DISTRICT_PEOPLES_COMMITTEE,40,2025-07-01",
                "412,Huyện E,DISTRICT_PEOPLES_COMMITTEE,40,2025-07-01");

        assertEquals(List.of("40", "18001", "412"), parsed.rows().stream().map(CsvImportRow::code).toList());
        assertEquals("2 code CodeFormat; 4 code CodeFormat; 6 code CodeFormat", summary(parsed.violations()));
        FieldViolation commune = parsed.violations().get(1);
        assertEquals("organization.code-format", commune.messageKey());
        assertArrayEquals(new Object[] {OrganizationType.COMMUNE_PEOPLES_COMMITTEE, 5}, commune.args());
    }

    @Test
    void aRowWithTooFewOrTooManyCellsIsReportedOnce() {
        OrganizationCsvParser.Parsed parsed = parse(HEADER, PROVINCE,
                "SO-NV,Sở Nội vụ,DEPARTMENT,40",
                "SO-TC,Sở Tài chính,DEPARTMENT,40,2025-07-01,thừa");

        assertEquals("3 row ColumnCount; 4 row ColumnCount", summary(parsed.violations()));
        assertArrayEquals(new Object[] {5, 4}, parsed.violations().get(0).args());
        assertArrayEquals(new Object[] {5, 6}, parsed.violations().get(1).args());
    }

    @Test
    void aCodeRepeatedInTheFileIsReportedWithTheLineThatHadItFirst() {
        OrganizationCsvParser.Parsed parsed = parse(HEADER, PROVINCE,
                "SO-NV,Sở Nội vụ,DEPARTMENT,40,2025-07-01",
                "SO-NV,Sở Nội vụ (bản sao),DEPARTMENT,40,2025-07-01",
                "SO-NV,Sở Nội vụ (lần ba),DEPARTMENT,40,2025-07-01");

        assertEquals(List.of(2, 3), parsed.rows().stream().map(CsvImportRow::line).toList());
        assertEquals("4 code Duplicate; 5 code Duplicate", summary(parsed.violations()));
        assertEquals("import.duplicate-code-in-file", parsed.violations().get(0).messageKey());
        assertArrayEquals(new Object[] {"SO-NV", 3}, parsed.violations().get(0).args());
        assertArrayEquals(new Object[] {"SO-NV", 3}, parsed.violations().get(1).args());
    }

    @Test
    void cellsLongerThanTheirColumnAreReported() {
        String name = "Ủ".repeat(256);
        OrganizationCsvParser.Parsed parsed = parse(HEADER + ",phone",
                "SO-NV," + name + ",DEPARTMENT,40,2025-07-01,",
                "SO-TC," + "Ủ".repeat(255) + ",DEPARTMENT,40,2025-07-01,",
                "A" + "1".repeat(32) + ",Sở,DEPARTMENT,40,2025-07-01,",
                "SO-YT,Sở Y tế,DEPARTMENT,40,2025-07-01," + "0".repeat(21));

        assertEquals(List.of(3), parsed.rows().stream().map(CsvImportRow::line).toList());
        assertEquals("2 name Size; 4 code Size; 5 phone Size; 5 phone Pattern", summary(parsed.violations()));
        assertArrayEquals(new Object[] {1, 255}, parsed.violations().get(0).args());
    }

    @Test
    void aRowOfEmptyCellsIsReportedAsMissingValues() {
        OrganizationCsvParser.Parsed parsed = parse(HEADER, ",,,,");
        assertEquals("2 code Required; 2 name Required; 2 type Required", summary(parsed.violations()));
        assertEquals(List.of(), parsed.rows());
    }

    @Test
    void validFromMayBeLeftEmpty() {
        OrganizationCsvParser.Parsed parsed = parse(HEADER, "40,Tỉnh Nghệ An,PROVINCIAL_PEOPLES_COMMITTEE,,");
        assertEquals(List.of(), parsed.violations());
        assertNull(parsed.rows().get(0).validFrom());
    }

    @Test
    void theDetailCountsTheLinesWithProblems() {
        ApiException e = OrganizationCsvParser.invalid(List.of(FieldViolation.atLine(3, "a", "X", "k"),
                FieldViolation.atLine(3, "b", "X", "k"), FieldViolation.atLine(7, "a", "X", "k"),
                FieldViolation.of("file", "X", "k")));
        assertArrayEquals(new Object[] {2L}, e.detailArgs());
    }

    // ---- known problems (see the report of the unit-test branch) --------------------------------------------

    @Test
    void theLineOfABadRowIsItsLineInTheFile() {
        OrganizationCsvParser.Parsed afterBlankLine = parse(HEADER, PROVINCE, "", "SO-NV,Sở Nội vụ,DEPARTMENT,,2025-07-01");
        assertEquals("4 parentCode Required", summary(afterBlankLine.violations()));
        OrganizationCsvParser.Parsed afterLineBreak = parse(HEADER + ",address",
                PROVINCE + ",\"Số 3 Trường Thi\nTP. Vinh\"", "SO-NV,Sở Nội vụ,DEPARTMENT,,2025-07-01,");
        assertEquals("4 parentCode Required", summary(afterLineBreak.violations()));
    }

    @Test
    void validFromOutsideYears0001To9999IsRefused() {
        OrganizationCsvParser.Parsed parsed = parse(HEADER,
                "40,Tỉnh Nghệ An,PROVINCIAL_PEOPLES_COMMITTEE,,0000-07-01",
                "42,Tỉnh Hà Tĩnh,PROVINCIAL_PEOPLES_COMMITTEE,,+10000-07-01");
        assertEquals("2 validFrom InvalidFormat; 3 validFrom InvalidFormat", summary(parsed.violations()));
    }

    @Test
    void theCurrentReadingOfValidFromIsIsoWithFourDigitYears() {
        OrganizationCsvParser.Parsed parsed = parse(HEADER,
                "40,Tỉnh Nghệ An,PROVINCIAL_PEOPLES_COMMITTEE,,2024-02-29",
                "42,Tỉnh Hà Tĩnh,PROVINCIAL_PEOPLES_COMMITTEE,,2025-02-29",
                "44,Tỉnh Quảng Trị,PROVINCIAL_PEOPLES_COMMITTEE,,01/07/2025",
                "45,Tỉnh Huế,PROVINCIAL_PEOPLES_COMMITTEE,,2025-7-1");
        assertEquals(LocalDate.of(2024, 2, 29), parsed.rows().get(0).validFrom());
        assertEquals("3 validFrom InvalidFormat; 4 validFrom InvalidFormat; 5 validFrom InvalidFormat",
                summary(parsed.violations()));
        assertTrue(parsed.violations().stream().allMatch(v -> v.messageKey().equals("import.invalid-date")));
    }
}
