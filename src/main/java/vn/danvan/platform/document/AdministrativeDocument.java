package vn.danvan.platform.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An administrative document (văn bản hành chính) in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I: the issuing body
 * under its governing body, the number and symbol, the national motto, the place and date, the kind of document and its
 * summary title, the body, the recipients ("Nơi nhận") and the signer. Pure data: {@link AdministrativeDocumentWriter}
 * lays it out as .docx.
 *
 * @param governingBody    cơ quan, tổ chức chủ quản, e.g. "UBND TỈNH QUẢNG NGÃI"; null or blank when there is none
 * @param issuingBody      cơ quan, tổ chức ban hành văn bản, e.g. "SỞ NỘI VỤ"
 * @param numberAndSymbol  số, ký hiệu without the "Số:" label, e.g. "12/BC-SNV"; null leaves the number blank for the
 *                         clerk to fill in when the document is registered ("Số:      /BC-SNV" is written as given)
 * @param place            địa danh, e.g. "Quảng Ngãi"
 * @param date             ngày ban hành
 * @param kind             tên loại văn bản, e.g. "BÁO CÁO", "CÔNG VĂN"; null for a công văn, which has no kind line
 * @param title            trích yếu nội dung, e.g. "Kết quả thực hiện công tác dân vận chính quyền năm 2026"
 * @param sections         the body, in order
 * @param recipients       nơi nhận, each without the leading dash, e.g. "Ban Dân vận Tỉnh ủy"
 * @param signer           quyền hạn, chức vụ và họ tên người ký
 */
public record AdministrativeDocument(String governingBody, String issuingBody, String numberAndSymbol, String place,
        LocalDate date, String kind, String title, List<Section> sections, List<String> recipients, Signer signer) {

    public AdministrativeDocument {
        Objects.requireNonNull(issuingBody, "issuingBody");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections == null ? List.of() : sections);
        recipients = List.copyOf(recipients == null ? List.of() : recipients);
        Objects.requireNonNull(signer, "signer");
    }

    /**
     * A part of the body: an optional heading (e.g. "I. KẾT QUẢ ĐẠT ĐƯỢC") followed by paragraphs and tables, in order.
     */
    public record Section(String heading, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks == null ? List.of() : blocks);
        }

        public static Section of(String heading, String... paragraphs) {
            return new Section(heading, java.util.Arrays.stream(paragraphs).<Block>map(Paragraph::new).toList());
        }
    }

    /** A piece of the body. */
    public sealed interface Block permits Paragraph, Table {
    }

    /** A justified paragraph with a first-line indent; line breaks in the text start new paragraphs. */
    public record Paragraph(String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A table with a bold header row. Numbers are given as text so that the caller decides their format.
     */
    public record Table(List<String> header, List<List<String>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * The signature block.
     *
     * @param authority  quyền hạn ký, e.g. "KT. GIÁM ĐỐC" or "TM. ỦY BAN NHÂN DÂN"; null when the head signs
     *                   in their own name
     * @param position   chức vụ, e.g. "PHÓ GIÁM ĐỐC"
     * @param name       họ và tên người ký; null leaves the line for the handwritten name
     */
    public record Signer(String authority, String position, String name) {
        public Signer {
            Objects.requireNonNull(position, "position");
        }
    }
}
