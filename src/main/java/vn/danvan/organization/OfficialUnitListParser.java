package vn.danvan.organization;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import vn.danvan.api.model.OrganizationType;
import vn.danvan.platform.error.FieldViolation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the official list of administrative units (Quyết định 19/2025/QĐ-TTg) in the layout it is published in: a
 * spreadsheet (or CSV saved from it) whose header row, possibly below title rows, names "Mã tỉnh", "Tên tỉnh", "Mã xã",
 * "Tên xã" and "Cấp" (the older names "Mã TP", "Tỉnh / Thành Phố", "Mã PX", "Phường Xã" too), each row a commune of a
 * province. It gives the same rows as the project's CSV (provinces first from their columns), so one importer applies
 * both; only name, type, parent and start date are known, so the rows are partial.
 */
final class OfficialUnitListParser {

    /** The date the two-level local government and the list took effect. */
    static final LocalDate LIST_EFFECTIVE = LocalDate.of(2025, 7, 1);

    private static final int HEADER_SEARCH_ROWS = 15;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private enum Column { PROVINCE_CODE, PROVINCE_NAME, COMMUNE_CODE, COMMUNE_NAME, LEVEL, VALID_FROM }

    /** Header names as written (accents, case, spaces and punctuation ignored) → column. */
    private static final Map<String, Column> HEADERS = Map.ofEntries(
            Map.entry("matinh", Column.PROVINCE_CODE), Map.entry("matp", Column.PROVINCE_CODE),
            Map.entry("matinhthanhpho", Column.PROVINCE_CODE),
            Map.entry("tentinh", Column.PROVINCE_NAME), Map.entry("tinhthanhpho", Column.PROVINCE_NAME),
            Map.entry("tentinhthanhpho", Column.PROVINCE_NAME),
            Map.entry("maxa", Column.COMMUNE_CODE), Map.entry("mapx", Column.COMMUNE_CODE),
            Map.entry("maphuongxa", Column.COMMUNE_CODE),
            Map.entry("tenxa", Column.COMMUNE_NAME), Map.entry("phuongxa", Column.COMMUNE_NAME),
            Map.entry("tenphuongxa", Column.COMMUNE_NAME),
            Map.entry("cap", Column.LEVEL),
            Map.entry("ngayhieuluc", Column.VALID_FROM), Map.entry("hieuluctungay", Column.VALID_FROM));

    private static final Map<String, OrganizationType> LEVELS = Map.of(
            "xa", OrganizationType.COMMUNE_PEOPLES_COMMITTEE,
            "phuong", OrganizationType.WARD_PEOPLES_COMMITTEE,
            "dackhu", OrganizationType.SPECIAL_ZONE_PEOPLES_COMMITTEE,
            "tinh", OrganizationType.PROVINCIAL_PEOPLES_COMMITTEE,
            "thanhpho", OrganizationType.PROVINCIAL_PEOPLES_COMMITTEE,
            "thanhphotrunguong", OrganizationType.PROVINCIAL_PEOPLES_COMMITTEE);

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    /** A row of the file: its line (1-based, as a spreadsheet numbers rows) and its cells as text. */
    private record Line(int number, List<String> cells) {
    }

    private final List<FieldViolation> violations = new ArrayList<>();
    private final Map<Column, String> headerNames = new HashMap<>();

    private OfficialUnitListParser() {
    }

    /** @throws vn.danvan.platform.error.ApiException when the file as a whole is unusable (format, header, size) */
    static OrganizationCsvParser.Parsed parse(byte[] file) {
        return new OfficialUnitListParser().read(isXlsx(file) ? xlsxLines(file) : csvLines(file));
    }

    static boolean isXlsx(byte[] file) {
        if (file.length < ZIP_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < ZIP_MAGIC.length; i++) {
            if (file[i] != ZIP_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static List<Line> xlsxLines(byte[] file) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getFirstSheet();
            List<Line> lines = new ArrayList<>();
            try (Stream<Row> rows = sheet.openStream()) {
                rows.forEach(row -> {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        cells.add(row.getCell(i) == null ? "" : row.getCellText(i));
                    }
                    lines.add(new Line(row.getRowNum(), cells));
                });
            }
            return lines;
        } catch (IOException | RuntimeException unreadable) {
            throw malformed(unreadable.getMessage() == null ? unreadable.getClass().getSimpleName() : unreadable.getMessage());
        }
    }

    private static List<Line> csvLines(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        String head = text.lines().limit(HEADER_SEARCH_ROWS).reduce("", String::concat);
        char delimiter = head.chars().filter(c -> c == ';').count() > head.chars().filter(c -> c == ',').count() ? ';' : ',';
        try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setTrim(true).get()
                .parse(new StringReader(text))) {
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                lines.add(new Line((int) record.getRecordNumber(), record.toList()));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException bad) {
            throw malformed(bad.getMessage());
        }
    }

    private OrganizationCsvParser.Parsed read(List<Line> lines) {
        int headerAt = -1;
        Map<Column, Integer> columns = Map.of();
        for (int i = 0; i < Math.min(lines.size(), HEADER_SEARCH_ROWS) && headerAt < 0; i++) {
            Map<Column, Integer> found = header(lines.get(i));
            if (found.containsKey(Column.PROVINCE_CODE) && found.containsKey(Column.COMMUNE_CODE)) {
                headerAt = i;
                columns = found;
            }
        }
        if (headerAt < 0 || !columns.keySet().containsAll(List.of(Column.PROVINCE_CODE, Column.PROVINCE_NAME,
                Column.COMMUNE_CODE, Column.COMMUNE_NAME, Column.LEVEL))) {
            throw OrganizationCsvParser.invalid(List.of(FieldViolation.atLine(headerAt < 0 ? 1 : lines.get(headerAt).number(),
                    "header", "Required", "import.official-header")));
        }
        List<Line> data = lines.subList(headerAt + 1, lines.size()).stream()
                .filter(l -> l.cells().stream().anyMatch(c -> c != null && !c.isBlank())).toList();
        if (data.isEmpty()) {
            throw OrganizationCsvParser.invalid(List.of(FieldViolation.of("file", "Empty", "import.empty")));
        }
        if (data.size() > OrganizationCsvParser.MAX_ROWS) {
            throw OrganizationCsvParser.invalid(List.of(FieldViolation.of("file", "TooManyRows", "import.too-many-rows",
                    OrganizationCsvParser.MAX_ROWS)));
        }
        Map<String, CsvImportRow> provinces = new LinkedHashMap<>();
        Map<String, String> provinceNames = new HashMap<>();
        Map<String, Integer> communeLines = new HashMap<>();
        List<CsvImportRow> communes = new ArrayList<>();
        for (Line line : data) {
            int before = violations.size();
            String provinceCode = code(line, columns, Column.PROVINCE_CODE, 2);
            String provinceName = cell(line, columns, Column.PROVINCE_NAME);
            String communeCode = cell(line, columns, Column.COMMUNE_CODE).isEmpty() ? null
                    : code(line, columns, Column.COMMUNE_CODE, 5);
            LocalDate validFrom = date(line, columns);
            if (provinceName.isEmpty()) {
                violations.add(FieldViolation.atLine(line.number(), headerNames.get(Column.PROVINCE_NAME), "Required",
                        "import.required"));
            } else if (provinceCode != null && provinceNames.containsKey(provinceCode)
                    && !provinceNames.get(provinceCode).equals(provinceName)) {
                violations.add(FieldViolation.atLine(line.number(), headerNames.get(Column.PROVINCE_NAME), "Mismatch",
                        "import.official-province-name", provinceCode, provinceNames.get(provinceCode)));
            }
            if (communeCode == null) {
                if (violations.size() == before && !provinces.containsKey(provinceCode)) {
                    provinceNames.put(provinceCode, provinceName);
                    provinces.put(provinceCode, unit(line.number(), provinceCode, provinceName,
                            OrganizationType.PROVINCIAL_PEOPLES_COMMITTEE, null, validFrom));
                }
                continue;
            }
            String communeName = cell(line, columns, Column.COMMUNE_NAME);
            if (communeName.isEmpty()) {
                violations.add(FieldViolation.atLine(line.number(), headerNames.get(Column.COMMUNE_NAME), "Required",
                        "import.required"));
            }
            OrganizationType type = level(line, columns);
            Integer earlier = communeLines.putIfAbsent(communeCode, line.number());
            if (earlier != null) {
                violations.add(FieldViolation.atLine(line.number(), headerNames.get(Column.COMMUNE_CODE), "Duplicate",
                        "import.duplicate-code-in-file", communeCode, earlier));
            }
            if (violations.size() > before) {
                continue;
            }
            provinceNames.putIfAbsent(provinceCode, provinceName);
            provinces.putIfAbsent(provinceCode, unit(line.number(), provinceCode, provinceName,
                    OrganizationType.PROVINCIAL_PEOPLES_COMMITTEE, null, validFrom));
            communes.add(unit(line.number(), communeCode, communeName, type, provinceCode, validFrom));
        }
        List<CsvImportRow> rows = new ArrayList<>(provinces.values());
        rows.addAll(communes);
        return new OrganizationCsvParser.Parsed(rows, violations);
    }

    private Map<Column, Integer> header(Line line) {
        Map<Column, Integer> found = new HashMap<>();
        Map<Column, String> names = new HashMap<>();
        for (int i = 0; i < line.cells().size(); i++) {
            String written = line.cells().get(i) == null ? "" : line.cells().get(i).trim();
            Column column = HEADERS.get(fold(written));
            if (column != null && found.putIfAbsent(column, i) == null) {
                names.put(column, written);
            }
        }
        headerNames.clear();
        headerNames.putAll(names);
        return found;
    }

    private static String cell(Line line, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        if (index == null || index >= line.cells().size() || line.cells().get(index) == null) {
            return "";
        }
        return Normalizer.normalize(line.cells().get(index).trim(), Normalizer.Form.NFC);
    }

    /** A code of at most {@code digits} digits, zero-padded (a spreadsheet may have kept it as a number). */
    private String code(Line line, Map<Column, Integer> columns, Column column, int digits) {
        String text = cell(line, columns, column).replaceAll("\\.0+$", "");
        if (text.isEmpty()) {
            violations.add(FieldViolation.atLine(line.number(), headerNames.get(column), "Required", "import.required"));
            return null;
        }
        if (!text.matches("\\d{1," + digits + "}")) {
            violations.add(FieldViolation.atLine(line.number(), headerNames.get(column), "CodeFormat",
                    "import.official-code", digits));
            return null;
        }
        return "0".repeat(digits - text.length()) + text;
    }

    private OrganizationType level(Line line, Map<Column, Integer> columns) {
        String text = cell(line, columns, Column.LEVEL);
        OrganizationType type = LEVELS.get(fold(text));
        if (type == null || type == OrganizationType.PROVINCIAL_PEOPLES_COMMITTEE) {
            violations.add(FieldViolation.atLine(line.number(), headerNames.get(Column.LEVEL),
                    text.isEmpty() ? "Required" : "InvalidValue", text.isEmpty() ? "import.required" : "import.official-level",
                    text));
            return null;
        }
        return type;
    }

    private LocalDate date(Line line, Map<Column, Integer> columns) {
        String text = cell(line, columns, Column.VALID_FROM);
        if (text.isEmpty()) {
            return null;
        }
        try {
            if (text.matches("\\d{4,5}(\\.0+)?")) {
                // A spreadsheet's date cell: days since 1899-12-30.
                return LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(text.replaceAll("\\..*", "")));
            }
            return text.contains("/") ? LocalDate.parse(text, VIETNAMESE_DATE)
                    : vn.danvan.platform.http.StrictDates.parseDate(text);
        } catch (DateTimeParseException | NumberFormatException bad) {
            violations.add(FieldViolation.atLine(line.number(), headerNames.get(Column.VALID_FROM), "InvalidFormat",
                    "import.official-date"));
            return null;
        }
    }

    /** The people's committee of a unit named as the list names it ("Xã Tịnh Khê" → "Ủy ban nhân dân xã Tịnh Khê"). */
    private static CsvImportRow unit(int line, String code, String listName, OrganizationType type, String parentCode,
                                     LocalDate validFrom) {
        String name = committeeName(listName);
        String shortName = name.startsWith("Ủy ban nhân dân ") ? "UBND " + name.substring("Ủy ban nhân dân ".length()) : null;
        return new CsvImportRow(line, code, truncate(name, 255), type, parentCode, validFrom,
                shortName == null ? null : truncate(shortName, 100), null, null, null, null, null, null,
                null, null, null, true);
    }

    static String committeeName(String listName) {
        String folded = fold(listName);
        if (folded.startsWith("uybannhandan") || folded.startsWith("ubnd")) {
            return listName;
        }
        return "Ủy ban nhân dân " + listName.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + listName.substring(1);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** Lower case without accents, spaces or punctuation: "Mã tỉnh" → "matinh", "Đặc khu" → "dackhu". */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static vn.danvan.platform.error.ApiException malformed(String why) {
        return OrganizationCsvParser.invalid(List.of(FieldViolation.of("file", "Malformed", "import.official-malformed",
                Optional.ofNullable(why).orElse(""))));
    }
}
