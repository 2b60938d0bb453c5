package vn.danvan.organization;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.danvan.api.model.OrganizationType;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemType;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and checks an organisation CSV file row by row, collecting every problem with its line.
 * Required columns: code, name, type, parentCode, validFrom; optional: shortName, address, phone,
 * email, leadName, leadPosition, leadPhone, specialistName, specialistPosition, specialistPhone.
 */
final class OrganizationCsvParser {

    static final List<String> REQUIRED = List.of("code", "name", "type", "parentCode", "validFrom");
    static final List<String> OPTIONAL = List.of("shortName", "address", "phone", "email", "leadName",
            "leadPosition", "leadPhone", "specialistName", "specialistPosition", "specialistPhone");
    static final int MAX_ROWS = 20_000;

    private static final String CODE_PATTERN = "^[0-9A-Z][0-9A-Z.-]*$";
    private static final String PHONE_PATTERN = "^\\+?[0-9 .()-]{6,20}$";
    private static final String EMAIL_PATTERN = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    private static final Map<String, Integer> MAX_LENGTH = Map.ofEntries(Map.entry("code", 32), Map.entry("name", 255),
            Map.entry("shortName", 100), Map.entry("address", 500), Map.entry("phone", 20), Map.entry("email", 254),
            Map.entry("leadName", 150), Map.entry("leadPosition", 150), Map.entry("leadPhone", 20),
            Map.entry("specialistName", 150), Map.entry("specialistPosition", 150), Map.entry("specialistPhone", 20),
            Map.entry("parentCode", 32));

    private final List<FieldViolation> violations = new ArrayList<>();

    /** The rows that are valid on their own, and the problems of the others (each with its line). */
    record Parsed(List<CsvImportRow> rows, List<FieldViolation> violations) {
    }

    /** The character offset at which each line of the text starts. */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The record's first character: the parser's position before a record may still be on the blank lines it skips. */
    private static long firstCharacter(String csv, long position) {
        long at = position;
        while (at < csv.length() && (csv.charAt((int) at) == '\n' || csv.charAt((int) at) == '\r')) {
            at++;
        }
        return at;
    }

    /** The 1-based line holding the character at {@code position}. */
    private static int lineOf(int[] lineStarts, long position) {
        int found = java.util.Arrays.binarySearch(lineStarts, (int) position);
        return (found >= 0 ? found : -found - 2) + 1;
    }

    /** @throws ApiException when the file as a whole is unusable (header, size, syntax) */
    static Parsed parse(String csv) {
        return new OrganizationCsvParser().read(csv == null ? "" : csv.replace("\uFEFF", ""));
    }

    private Parsed read(String csv) {
        List<CsvImportRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get()
                .parse(new StringReader(csv))) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                throw invalid(List.of(FieldViolation.atLine(1, "header", "Required", "import.header", expectedHeader())));
            }
            Map<String, Integer> columns = header(records.get(0));
            if (records.size() == 1) {
                throw invalid(List.of(FieldViolation.of("file", "Empty", "import.empty")));
            }
            if (records.size() - 1 > MAX_ROWS) {
                throw invalid(List.of(FieldViolation.of("file", "TooManyRows", "import.too-many-rows", MAX_ROWS)));
            }
            Map<String, Integer> firstLineOfCode = new HashMap<>();
            int[] lineStarts = lineStarts(csv);
            for (CSVRecord record : records.subList(1, records.size())) {
                // The line of the file where the row starts (the header is line 1), blank lines and line breaks inside
                // quoted cells counted: what an official sees in a spreadsheet or editor.
                int line = lineOf(lineStarts, firstCharacter(csv, record.getCharacterPosition()));
                String code = columns.get("code") < record.size() ? record.get(columns.get("code")) : "";
                Integer earlier = code.isEmpty() ? null : firstLineOfCode.putIfAbsent(code, line);
                if (earlier != null) {
                    violations.add(FieldViolation.atLine(line, "code", "Duplicate", "import.duplicate-code-in-file",
                            code, earlier));
                    continue;
                }
                CsvImportRow row = row(record, line, columns);
                if (row != null) {
                    rows.add(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException malformed) {
            throw invalid(List.of(FieldViolation.of("file", "Malformed", "import.malformed", malformed.getMessage())));
        }
        return new Parsed(rows, violations);
    }

    private Map<String, Integer> header(CSVRecord header) {
        Map<String, Integer> columns = new HashMap<>();
        Set<String> allowed = new LinkedHashSet<>(REQUIRED);
        allowed.addAll(OPTIONAL);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (!allowed.contains(name) || columns.putIfAbsent(name, i) != null) {
                throw invalid(List.of(FieldViolation.atLine(1, name, "Unknown", "import.header", expectedHeader())));
            }
        }
        if (!columns.keySet().containsAll(REQUIRED)) {
            throw invalid(List.of(FieldViolation.atLine(1, "header", "Required", "import.header", expectedHeader())));
        }
        return columns;
    }

    private CsvImportRow row(CSVRecord record, int line, Map<String, Integer> columns) {
        int before = violations.size();
        if (record.size() != columns.size()) {
            violations.add(FieldViolation.atLine(line, "row", "ColumnCount", "import.column-count", columns.size(),
                    record.size()));
            return null;
        }
        Map<String, String> values = new HashMap<>();
        columns.forEach((name, index) -> {
            String value = record.get(index);
            values.put(name, value == null || value.isEmpty() ? null : value);
        });
        values.forEach((name, value) -> {
            Integer max = MAX_LENGTH.get(name);
            if (value != null && max != null && value.length() > max) {
                violations.add(FieldViolation.atLine(line, name, "Size", "constraint.Size", 1, max));
            }
        });
        String code = required(values, "code", line);
        String name = required(values, "name", line);
        if (code != null && !code.matches(CODE_PATTERN)) {
            violations.add(FieldViolation.atLine(line, "code", "Pattern", "constraint.Pattern", CODE_PATTERN));
        }
        OrganizationType type = null;
        String typeText = required(values, "type", line);
        if (typeText != null) {
            type = Arrays.stream(OrganizationType.values()).filter(t -> t.toString().equals(typeText)).findFirst()
                    .orElse(null);
            if (type == null) {
                violations.add(FieldViolation.atLine(line, "type", "InvalidValue", "import.unknown-type",
                        Arrays.stream(OrganizationType.values()).map(Object::toString).collect(Collectors.joining(", "))));
            }
        }
        if (type != null && code != null) {
            OrganizationRules.checkCode("code", type, code).ifPresent(v ->
                    violations.add(FieldViolation.atLine(line, v.field(), v.code(), v.messageKey(), v.args())));
        }
        String parentCode = values.get("parentCode");
        if (type != null && OrganizationRules.isRoot(type) && parentCode != null) {
            violations.add(FieldViolation.atLine(line, "parentCode", "RootType", "organization.root-has-parent"));
        } else if (type != null && !OrganizationRules.isRoot(type) && parentCode == null) {
            violations.add(FieldViolation.atLine(line, "parentCode", "Required", "organization.parent-required"));
        }
        LocalDate validFrom = null;
        if (values.get("validFrom") != null) {
            try {
                validFrom = vn.danvan.platform.http.StrictDates.parseDate(values.get("validFrom"));
            } catch (DateTimeParseException e) {
                violations.add(FieldViolation.atLine(line, "validFrom", "InvalidFormat", "import.invalid-date"));
            }
        }
        checkPattern(values, "phone", PHONE_PATTERN, line);
        checkPattern(values, "leadPhone", PHONE_PATTERN, line);
        checkPattern(values, "specialistPhone", PHONE_PATTERN, line);
        if (values.get("email") != null && !values.get("email").matches(EMAIL_PATTERN)) {
            violations.add(FieldViolation.atLine(line, "email", "Email", "constraint.Email"));
        }
        if (violations.size() > before) {
            return null;
        }
        return new CsvImportRow(line, code, name, type, parentCode, validFrom, values.get("shortName"),
                values.get("address"), values.get("phone"), values.get("email"), values.get("leadName"),
                values.get("leadPosition"), values.get("leadPhone"), values.get("specialistName"),
                values.get("specialistPosition"), values.get("specialistPhone"), false);
    }

    private void checkPattern(Map<String, String> values, String column, String pattern, int line) {
        String value = values.get(column);
        if (value != null && !value.matches(pattern)) {
            violations.add(FieldViolation.atLine(line, column, "Pattern", "constraint.Pattern", pattern));
        }
    }

    private String required(Map<String, String> values, String column, int line) {
        String value = values.get(column);
        if (value == null) {
            violations.add(FieldViolation.atLine(line, column, "Required", "import.required"));
        }
        return value;
    }

    private static String expectedHeader() {
        return String.join(",", REQUIRED) + " [," + String.join(",", OPTIONAL) + "]";
    }

    static ApiException invalid(List<FieldViolation> violations) {
        return new ApiException(ProblemType.VALIDATION_FAILED, violations, "detail.import-failed",
                violations.stream().map(FieldViolation::line).filter(l -> l != null).distinct().count());
    }
}
