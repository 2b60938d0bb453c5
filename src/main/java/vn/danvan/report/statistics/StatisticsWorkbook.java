package vn.danvan.report.statistics;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.danvan.api.model.StatisticsFigure;
import vn.danvan.api.model.StatisticsSectionFigures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/** Statistics as .xlsx (FastExcel): a sheet of the whole, then one sheet per unit below. */
public final class StatisticsWorkbook {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String[] HEADER = {"Nhóm", "Chỉ tiêu", "Mã", "Số liệu"};

    /** One sheet: its name (cut to Excel's 31 characters) and sections. */
    public record Sheet(String name, List<StatisticsSectionFigures> sections) {
    }

    private StatisticsWorkbook() {
    }

    public static byte[] write(String title, LocalDate from, LocalDate to, List<Sheet> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "danvan", "1.0");
            int index = 1;
            for (Sheet sheet : sheets) {
                Worksheet ws = workbook.newWorksheet(sheetName(index++, sheet.name()));
                ws.value(0, 0, title);
                ws.style(0, 0).bold().set();
                ws.value(1, 0, "Từ ngày " + from + " đến ngày " + to);
                for (int c = 0; c < HEADER.length; c++) {
                    ws.value(3, c, HEADER[c]);
                    ws.style(3, c).bold().set();
                }
                int row = 4;
                for (StatisticsSectionFigures section : sheet.sections()) {
                    for (StatisticsFigure figure : section.getFigures()) {
                        ws.value(row, 0, section.getTitle());
                        ws.value(row, 1, figure.getLabel());
                        ws.value(row, 2, section.getKey() + "." + figure.getKey());
                        ws.value(row, 3, figure.getValue());
                        row++;
                    }
                }
                ws.width(0, 30);
                ws.width(1, 60);
                ws.width(2, 30);
                ws.finish();
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Excel refuses names over 31 characters, duplicates and []:*?/\ in them. */
    private static String sheetName(int index, String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ");
        String numbered = index + ". " + clean;
        return numbered.length() > 31 ? numbered.substring(0, 31) : numbered;
    }
}
