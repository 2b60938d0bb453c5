package vn.danvan.reception.export;

import jakarta.enterprise.context.ApplicationScoped;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.danvan.api.model.ReceptionHandling;
import vn.danvan.api.model.ReceptionKind;
import vn.danvan.reception.personaldata.Masking;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.StringJoiner;

/**
 * Writes the reception book in the layout of Mẫu số 03 (Thông tư 04/2021/TT-TTCP): a title, two header
 * rows (the "Hướng xử lý" column split into its three ways), the column numbers (1)…(12), then one row
 * per record. Personal data is in clear only when the caller may see it.
 */
@ApplicationScoped
public class ReceptionBookWriter {

    public static final List<String> HEADERS = List.of("STT", "Ngày tiếp", "Họ tên - địa chỉ", "CMND/CCCD/Hộ chiếu",
            "Nội dung vụ việc", "Phân loại đơn/Số người", "Cơ quan đã giải quyết", "Thụ lý để giải quyết",
            "Trả lại đơn và hướng dẫn", "Chuyển đơn đến cơ quan có thẩm quyền", "Theo dõi kết quả giải quyết", "Ghi chú");
    public static final String HANDLING_GROUP = "Hướng xử lý";
    /** Rows (0-based) of the layout: title lines, the two header rows, the column numbers, the first record. */
    public static final int HEADER_ROW = 4;
    public static final int FIRST_RECORD_ROW = 7;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public void write(OutputStream out, String organizationName, LocalDate from, LocalDate to, List<BookEntry> rows)
            throws IOException {
        Workbook workbook = new Workbook(out, "danvan", "1.0");
        Worksheet sheet = workbook.newWorksheet("Sổ tiếp công dân");
        sheet.value(0, 0, organizationName.toUpperCase(java.util.Locale.forLanguageTag("vi")));
        sheet.value(1, 0, "SỔ TIẾP CÔNG DÂN");
        sheet.range(1, 0, 1, 11).merge();
        sheet.style(1, 0).bold().horizontalAlignment("center").set();
        sheet.value(2, 0, "(Mẫu số 03 ban hành kèm theo Thông tư số 04/2021/TT-TTCP) — từ ngày " + DAY.format(from)
                + " đến ngày " + DAY.format(to));
        sheet.range(2, 0, 2, 11).merge();
        for (int col = 0; col < HEADERS.size(); col++) {
            boolean handling = col >= 7 && col <= 9;
            if (handling) {
                sheet.value(HEADER_ROW, col, HANDLING_GROUP);
                sheet.value(HEADER_ROW + 1, col, HEADERS.get(col));
            } else {
                sheet.value(HEADER_ROW, col, HEADERS.get(col));
                sheet.range(HEADER_ROW, col, HEADER_ROW + 1, col).merge();
            }
            sheet.value(HEADER_ROW + 2, col, "(" + (col + 1) + ")");
        }
        sheet.range(HEADER_ROW, 7, HEADER_ROW, 9).merge();
        sheet.range(HEADER_ROW, 0, HEADER_ROW + 2, 11).style().bold().wrapText(true).horizontalAlignment("center")
                .borderStyle("thin").set();
        int[] widths = {6, 12, 36, 16, 50, 18, 28, 12, 14, 28, 36, 24};
        for (int col = 0; col < widths.length; col++) {
            sheet.width(col, widths[col]);
        }
        int row = FIRST_RECORD_ROW;
        int number = 1;
        for (BookEntry r : rows) {
            sheet.value(row, 0, number++);
            sheet.value(row, 1, DAY.format(r.receivedOn()));
            sheet.value(row, 2, namesAndAddresses(r));
            sheet.value(row, 3, idNumbers(r));
            sheet.value(row, 4, r.content());
            sheet.value(row, 5, kind(r.kind()) + "/" + r.peopleCount() + " người");
            sheet.value(row, 6, r.previouslyHandledBy() == null ? "" : r.previouslyHandledBy());
            sheet.value(row, 7, r.handling() == ReceptionHandling.ACCEPTED ? "x" : "");
            sheet.value(row, 8, r.handling() == ReceptionHandling.RETURNED_WITH_GUIDANCE ? "x" : "");
            sheet.value(row, 9, r.handling() == ReceptionHandling.TRANSFERRED ? r.transferTarget() : "");
            sheet.value(row, 10, r.followUp() == null ? "" : r.followUp());
            sheet.value(row, 11, notes(r));
            row++;
        }
        if (row > FIRST_RECORD_ROW) {
            sheet.range(FIRST_RECORD_ROW, 0, row - 1, 11).style().wrapText(true).verticalAlignment("top")
                    .borderStyle("thin").set();
        }
        workbook.finish();
    }

    private static String namesAndAddresses(BookEntry r) {
        StringJoiner lines = new StringJoiner("\n");
        for (BookEntry.Citizen c : r.citizens()) {
            String address = r.clear() ? c.address() : Masking.address(c.address());
            lines.add(c.fullName() + (address == null ? "" : " - " + address)
                    + (c.representative() ? " (người đại diện)" : ""));
        }
        return lines.toString();
    }

    private static String idNumbers(BookEntry r) {
        StringJoiner lines = new StringJoiner("\n");
        for (BookEntry.Citizen c : r.citizens()) {
            if (c.idNumber() != null) {
                lines.add(r.clear() ? c.idNumber() : Masking.keepLast(c.idNumber(), 3));
            }
        }
        return lines.toString();
    }

    private static String notes(BookEntry r) {
        StringJoiner parts = new StringJoiner("; ");
        if (r.handling() == ReceptionHandling.ANSWERED_DIRECTLY) {
            parts.add("Đã trả lời trực tiếp");
        }
        if (r.mass()) {
            parts.add("Đông người");
        }
        if (r.levelSkipping()) {
            parts.add("Vượt cấp");
        }
        if (r.repeated()) {
            parts.add("Nhiều lần");
        }
        if (r.prolonged()) {
            parts.add("Kéo dài");
        }
        if (r.notes() != null && !r.notes().isBlank()) {
            parts.add(r.notes());
        }
        return parts.toString();
    }

    public static String kind(ReceptionKind kind) {
        return switch (kind) {
            case COMPLAINT -> "Khiếu nại";
            case DENUNCIATION -> "Tố cáo";
            case PETITION -> "Kiến nghị";
            case FEEDBACK -> "Phản ánh";
        };
    }
}
