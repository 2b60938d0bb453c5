package vn.danvan.platform.document;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.allOf;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import vn.danvan.platform.document.AdministrativeDocument.Paragraph;
import vn.danvan.platform.document.AdministrativeDocument.Section;
import vn.danvan.platform.document.AdministrativeDocument.Signer;
import vn.danvan.platform.document.AdministrativeDocument.Table;

class AdministrativeDocumentWriterTest {

    private static AdministrativeDocument report() {
        return new AdministrativeDocument("UBND tỉnh Quảng Ngãi", "Sở Nội vụ", "125/BC-SNV", "Quảng Ngãi",
                LocalDate.of(2026, 2, 5), "Báo cáo", "Kết quả công tác dân vận chính quyền năm 2026",
                List.of(Section.of("I. KẾT QUẢ ĐẠT ĐƯỢC", "Tiếp 120 lượt công dân.\nGiải quyết 30 vụ việc."),
                        new Section("II. SỐ LIỆU", List.of(new Paragraph("Bảng số liệu:"),
                                new Table(List.of("Chỉ tiêu", "Số lượng"),
                                        List.of(List.of("Lượt tiếp", "120"), List.of("Vụ việc", "30")))))),
                List.of("Ban Dân vận Tỉnh ủy", "Lưu: VT, CCVC"),
                new Signer("KT. Giám đốc", "Phó Giám đốc", "Nguyễn Văn A"));
    }

    @Test
    void a_report_opens_in_word_with_the_layout_of_decree_30() throws Exception {
        byte[] bytes = AdministrativeDocumentWriter.toDocx(report());

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<IBodyElement> body = docx.getBodyElements();
            XWPFTable heading = (XWPFTable) body.get(0);
            assertThat(heading.getRow(0).getCell(0).getText(), allOf(containsString("UBND TỈNH QUẢNG NGÃI"), containsString("SỞ NỘI VỤ"), containsString("Số: 125/BC-SNV")));
            assertThat(heading.getRow(0).getCell(1).getText(), allOf(containsString("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), containsString("Độc lập - Tự do - Hạnh phúc"), containsString("Quảng Ngãi, ngày 05 tháng 02 năm 2026")));

            String paragraphs = docx.getParagraphs().stream().map(XWPFParagraph::getText)
                    .collect(Collectors.joining("\n"));
            assertThat(paragraphs, allOf(containsString("BÁO CÁO\nKết quả công tác dân vận chính quyền năm 2026"), containsString("I. KẾT QUẢ ĐẠT ĐƯỢC\nTiếp 120 lượt công dân.\nGiải quyết 30 vụ việc."), containsString("II. SỐ LIỆU")));

            XWPFTable figures = docx.getTables().get(1);
            assertThat(figures.getRow(0).getCell(0).getText(), equalTo("Chỉ tiêu"));
            assertThat(figures.getRow(1).getCell(1).getText(), equalTo("120"));
            assertThat(figures.getRow(2).getCell(0).getText(), equalTo("Vụ việc"));

            XWPFTable closing = (XWPFTable) body.get(body.size() - 1);
            assertThat(closing.getRow(0).getCell(0).getText(), allOf(containsString("Nơi nhận:"),
                    containsString("- Ban Dân vận Tỉnh ủy;"), containsString("- Lưu: VT, CCVC.")));
            assertThat(closing.getRow(0).getCell(1).getText(), allOf(containsString("KT. GIÁM ĐỐC"), containsString("PHÓ GIÁM ĐỐC"), containsString("Nguyễn Văn A")));
            assertThat(docx.getDocument().getBody().getSectPr().getPgSz().getW().toString(), equalTo("11906"));
        }
    }

    @Test
    void dates_take_a_leading_zero_below_ten_and_for_january_and_february_only() {
        assertThat(AdministrativeDocumentWriter.placeAndDate("Hà Nội", LocalDate.of(2026, 1, 9)), equalTo("Hà Nội, ngày 09 tháng 01 năm 2026"));
        assertThat(AdministrativeDocumentWriter.placeAndDate("Hà Nội", LocalDate.of(2026, 12, 25)), equalTo("Hà Nội, ngày 25 tháng 12 năm 2026"));
        assertThat(AdministrativeDocumentWriter.placeAndDate("Hà Nội", LocalDate.of(2026, 3, 1)), equalTo("Hà Nội, ngày 01 tháng 3 năm 2026"));
    }

    @Test
    void an_unnumbered_document_without_governing_body_or_kind_still_lays_out() throws Exception {
        AdministrativeDocument letter = new AdministrativeDocument(null, "UBND xã Tịnh Khê", null, "Tịnh Khê",
                LocalDate.of(2026, 12, 7), null, "V/v trả lời kiến nghị", List.of(Section.of(null, "Kính gửi: ...")),
                List.of(), new Signer(null, "Chủ tịch", null));
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(AdministrativeDocumentWriter.toDocx(letter)))) {
            assertThat(docx.getTables().get(0).getRow(0).getCell(0).getText(), startsWith("UBND XÃ TỊNH KHÊ"));
            assertThat(docx.getTables().get(1).getRow(0).getCell(1).getText(), allOf(containsString("CHỦ TỊCH")));
        }
    }
}
