package vn.danvan.platform.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import vn.danvan.platform.document.AdministrativeDocument.Block;
import vn.danvan.platform.document.AdministrativeDocument.Paragraph;
import vn.danvan.platform.document.AdministrativeDocument.Section;
import vn.danvan.platform.document.AdministrativeDocument.Table;

/**
 * Writes an {@link AdministrativeDocument} as .docx (Apache POI) in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I:
 * A4, margins 20 mm top and bottom, 30 mm left, 15 mm right; Times New Roman; a borderless heading table with the
 * issuing body and the number on the left and the national motto with the place and date on the right; the kind in
 * bold capitals and the summary title centred; a justified body in 14 pt; a borderless closing table with "Nơi nhận"
 * on the left and the signer on the right. Stateless and thread-safe.
 */
public final class AdministrativeDocumentWriter {

    public static final String MEDIA_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    static final String MOTTO_COUNTRY = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String RECIPIENTS_LABEL = "Nơi nhận:";
    private static final String FONT = "Times New Roman";
    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;

    private AdministrativeDocumentWriter() {
    }

    public static byte[] toDocx(AdministrativeDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(document, out);
        return out.toByteArray();
    }

    public static void write(AdministrativeDocument document, OutputStream out) {
        try (XWPFDocument docx = new XWPFDocument()) {
            page(docx);
            heading(docx, document);
            title(docx, document);
            for (Section section : document.sections()) {
                section(docx, section);
            }
            closing(docx, document);
            docx.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * "Quảng Ngãi, ngày 05 tháng 02 năm 2026": days below 10 and the months January and February take a leading zero
     * (Nghị định 30/2020, Phụ lục I, mục II.5).
     */
    public static String placeAndDate(String place, LocalDate date) {
        int month = date.getMonthValue();
        return String.format(Locale.ROOT, "%s, ngày %02d tháng %s năm %d", place, date.getDayOfMonth(),
                month <= 2 ? String.format(Locale.ROOT, "%02d", month) : Integer.toString(month), date.getYear());
    }

    private static void page(XWPFDocument docx) {
        CTSectPr sect = docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(mm(210)));
        size.setH(BigInteger.valueOf(mm(297)));
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(mm(20)));
        margins.setBottom(BigInteger.valueOf(mm(20)));
        margins.setLeft(BigInteger.valueOf(mm(30)));
        margins.setRight(BigInteger.valueOf(mm(15)));
    }

    private static void heading(XWPFDocument docx, AdministrativeDocument document) {
        XWPFTable table = borderless(docx, 2, new int[] {mm(65), mm(100)});
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        boolean first = true;
        if (notBlank(document.governingBody())) {
            centred(cellParagraph(left, first), upper(document.governingBody()), 13, false, false);
            first = false;
        }
        centred(cellParagraph(left, first), upper(document.issuingBody()), 13, true, false);
        centred(left.addParagraph(), "________", 13, false, false);
        String number = notBlank(document.numberAndSymbol()) ? document.numberAndSymbol() : "      ";
        centred(left.addParagraph(), "Số: " + number, 13, false, false);

        centred(cellParagraph(right, true), MOTTO_COUNTRY, 13, true, false);
        centred(right.addParagraph(), MOTTO, 14, true, false);
        centred(right.addParagraph(), "________________________", 13, false, false);
        centred(right.addParagraph(), placeAndDate(document.place(), document.date()), 14, false, true);
    }

    private static void title(XWPFDocument docx, AdministrativeDocument document) {
        spacer(docx);
        if (notBlank(document.kind())) {
            centred(docx.createParagraph(), upper(document.kind()), 14, true, false);
        }
        centred(docx.createParagraph(), document.title(), 14, true, false);
        centred(docx.createParagraph(), "________", 14, false, false);
    }

    private static void section(XWPFDocument docx, Section section) {
        if (notBlank(section.heading())) {
            XWPFParagraph heading = docx.createParagraph();
            heading.setAlignment(ParagraphAlignment.BOTH);
            heading.setIndentationFirstLine(mm(10));
            heading.setSpacingBefore(120);
            run(heading, section.heading(), 14, true, false);
        }
        for (Block block : section.blocks()) {
            if (block instanceof Paragraph paragraph) {
                for (String line : paragraph.text().split("\\R")) {
                    XWPFParagraph body = docx.createParagraph();
                    body.setAlignment(ParagraphAlignment.BOTH);
                    body.setIndentationFirstLine(mm(10));
                    body.setSpacingAfter(80);
                    run(body, line, 14, false, false);
                }
            } else if (block instanceof Table data) {
                table(docx, data);
            }
        }
    }

    private static void table(XWPFDocument docx, Table data) {
        int columns = Math.max(1, data.header().size());
        XWPFTable table = docx.createTable(1 + data.rows().size(), columns);
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setWidth("100%");
        for (int c = 0; c < columns; c++) {
            XWPFTableCell cell = table.getRow(0).getCell(c);
            String text = c < data.header().size() ? data.header().get(c) : "";
            centred(cellParagraph(cell, true), text, 12, true, false);
        }
        for (int r = 0; r < data.rows().size(); r++) {
            List<String> row = data.rows().get(r);
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = table.getRow(r + 1).getCell(c);
                XWPFParagraph paragraph = cellParagraph(cell, true);
                paragraph.setAlignment(c == 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
                run(paragraph, c < row.size() && row.get(c) != null ? row.get(c) : "", 12, false, false);
            }
        }
        docx.createParagraph();
    }

    private static void closing(XWPFDocument docx, AdministrativeDocument document) {
        spacer(docx);
        XWPFTable table = borderless(docx, 2, new int[] {mm(80), mm(85)});
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);

        XWPFParagraph label = cellParagraph(left, true);
        run(label, RECIPIENTS_LABEL, 12, true, true);
        List<String> recipients = document.recipients();
        for (int i = 0; i < recipients.size(); i++) {
            XWPFParagraph line = left.addParagraph();
            run(line, "- " + recipients.get(i) + (i == recipients.size() - 1 ? "." : ";"), 11, false, false);
        }

        AdministrativeDocument.Signer signer = document.signer();
        boolean first = true;
        if (notBlank(signer.authority())) {
            centred(cellParagraph(right, true), upper(signer.authority()), 14, true, false);
            first = false;
        }
        centred(cellParagraph(right, first), upper(signer.position()), 14, true, false);
        for (int i = 0; i < 4; i++) {
            right.addParagraph();
        }
        if (notBlank(signer.name())) {
            centred(right.addParagraph(), signer.name(), 14, true, false);
        }
    }

    private static XWPFTable borderless(XWPFDocument docx, int columns, int[] widths) {
        XWPFTable table = docx.createTable(1, columns);
        table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
        table.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
        table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
        table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
        for (int c = 0; c < columns; c++) {
            table.getRow(0).getCell(c).setWidth(Integer.toString(widths[c]));
        }
        return table;
    }

    /** A new cell holds one empty paragraph: use it for the first line rather than leaving a blank line on top. */
    private static XWPFParagraph cellParagraph(XWPFTableCell cell, boolean first) {
        return first && !cell.getParagraphs().isEmpty() ? cell.getParagraphs().get(0) : cell.addParagraph();
    }

    private static void centred(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(0);
        run(paragraph, text, size, bold, italic);
    }

    private static void run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
    }

    private static void spacer(XWPFDocument docx) {
        docx.createParagraph().setSpacingAfter(0);
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.forLanguageTag("vi"));
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    private static int mm(double millimetres) {
        return (int) Math.round(millimetres * TWIPS_PER_MM);
    }
}
