package vn.danvan.report;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.ConsolidatedReport;
import vn.danvan.api.model.ConsolidatedRow;
import vn.danvan.api.model.ConsolidationNarrative;
import vn.danvan.api.model.Report;
import vn.danvan.api.model.StatisticsFigure;
import vn.danvan.api.model.StatisticsSectionFigures;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.document.AdministrativeDocument;
import vn.danvan.platform.document.AdministrativeDocument.Block;
import vn.danvan.platform.document.AdministrativeDocument.Paragraph;
import vn.danvan.platform.document.AdministrativeDocument.Section;
import vn.danvan.platform.document.AdministrativeDocument.Signer;
import vn.danvan.platform.document.AdministrativeDocument.Table;
import vn.danvan.platform.document.AdministrativeDocumentWriter;
import vn.danvan.platform.time.AppClock;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A report and a consolidation as Word documents in the layout of Nghị định 30/2020 (platform/document). */
@ApplicationScoped
public class ReportDocuments {

    static final String[] NARRATIVE = {"I. KẾT QUẢ ĐẠT ĐƯỢC", "II. HẠN CHẾ, NGUYÊN NHÂN", "III. BÀI HỌC KINH NGHIỆM",
            "IV. NHIỆM VỤ TRỌNG TÂM KỲ TỚI", "V. ĐỀ XUẤT, KIẾN NGHỊ"};
    static final String STATISTICS = "VI. SỐ LIỆU THỐNG KÊ";
    /** A consolidation: the requester's narrative (I–V, as a unit's report), then the units' delivery and figures. */
    static final String[] CONSOLIDATION = {"VI. TÌNH HÌNH NỘP BÁO CÁO", "VII. SỐ LIỆU TỔNG HỢP",
            "VIII. SỐ LIỆU TỪNG ĐƠN VỊ"};

    private final OrganizationTreeQueries tree;
    private final AppClock clock;

    ReportDocuments(OrganizationTreeQueries tree, AppClock clock) {
        this.tree = tree;
        this.clock = clock;
    }

    public byte[] report(Report report, UUID requestingOrganizationId) {
        List<Section> sections = narrative(report.getResults(), report.getLimitations(), report.getLessons(),
                report.getNextTasks(), report.getProposals());
        List<Block> figures = new ArrayList<>();
        for (StatisticsSectionFigures section : report.getStatistics()) {
            figures.add(new Paragraph(section.getTitle()));
            figures.add(new Table(List.of("Chỉ tiêu", "Số liệu", "Ghi chú"), section.getFigures().stream()
                    .map(f -> List.of(f.getLabel(), number(f.getValue()), note(f))).toList()));
        }
        sections.add(new Section(STATISTICS, figures));
        return AdministrativeDocumentWriter.toDocx(new AdministrativeDocument(parentName(report.getOrganizationId()),
                report.getOrganizationName(), "      /BC", place(report.getOrganizationId()), clock.today(), "Báo cáo",
                report.getRequestTitle() + " (từ ngày " + report.getFrom() + " đến ngày " + report.getTo() + ")",
                sections, List.of(tree.name(requestingOrganizationId), "Lưu: VT"),
                new Signer(null, "Thủ trưởng cơ quan", null)));
    }

    public byte[] consolidation(ConsolidatedReport consolidation, String title) {
        UUID requester = consolidation.getRequestingOrganizationId();
        ConsolidationNarrative own = consolidation.getNarrative() == null ? new ConsolidationNarrative()
                : consolidation.getNarrative();
        List<Section> sections = narrative(own.getResults(), own.getLimitations(), own.getLessons(), own.getNextTasks(),
                own.getProposals());
        List<List<String>> statuses = consolidation.getRows().stream().map(row -> List.of(row.getOrganizationName(),
                ReportViews.statusLabel(row.getStatus()), ReportViews.deliveryLabel(row.getDelivery()))).toList();
        sections.add(new Section(CONSOLIDATION[0], List.of(new Paragraph("Số đơn vị được yêu cầu: "
                + consolidation.getRows().size() + "."), new Table(List.of("Đơn vị", "Trạng thái", "Tình hình nộp"), statuses))));
        List<Block> totals = new ArrayList<>();
        for (StatisticsSectionFigures section : consolidation.getTotals()) {
            totals.add(new Paragraph(section.getTitle()));
            totals.add(new Table(List.of("Chỉ tiêu", "Tổng hợp"), section.getFigures().stream()
                    .map(f -> List.of(f.getLabel(), number(f.getValue()))).toList()));
        }
        sections.add(new Section(CONSOLIDATION[1], totals));
        List<Block> perUnit = new ArrayList<>();
        for (ConsolidatedRow row : consolidation.getRows()) {
            List<List<String>> lines = new ArrayList<>();
            row.getSections().forEach(s -> s.getFigures().forEach(f ->
                    lines.add(List.of(s.getTitle() + " – " + f.getLabel(), number(f.getValue())))));
            perUnit.add(new Paragraph(row.getOrganizationName() + (row.getCounted() ? "" : " (đã tính trong đơn vị cấp trên)")));
            perUnit.add(new Table(List.of("Chỉ tiêu", "Số liệu"), lines));
        }
        sections.add(new Section(CONSOLIDATION[2], perUnit));
        return AdministrativeDocumentWriter.toDocx(new AdministrativeDocument(parentName(requester), tree.name(requester),
                "      /BC", place(requester), clock.today(), "Báo cáo", "Tổng hợp " + lower(title)
                + " (từ ngày " + consolidation.getFrom() + " đến ngày " + consolidation.getTo() + ")",
                sections, List.of("Như trên", "Lưu: VT"), new Signer(null, "Thủ trưởng cơ quan", null)));
    }

    /** The five narrative sections; an empty one says so ("(Không có)"). */
    private static List<Section> narrative(String... texts) {
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < NARRATIVE.length; i++) {
            sections.add(Section.of(NARRATIVE[i], texts[i] == null || texts[i].isBlank() ? "(Không có)" : texts[i]));
        }
        return sections;
    }

    private static String note(StatisticsFigure figure) {
        return figure.getCorrectionReason() == null ? ""
                : "Số liệu hệ thống: " + number(figure.getComputedValue()) + ". Lý do điều chỉnh: " + figure.getCorrectionReason();
    }

    static String number(Long value) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(value == null ? 0 : value);
    }

    private static String lower(String title) {
        return title.isEmpty() ? title : Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }

    /** Cơ quan chủ quản: the parent unit, when there is one. */
    private String parentName(UUID organizationId) {
        List<String> ids = pathIds(organizationId);
        return ids.size() < 2 ? null : tree.name(UUID.fromString(ids.get(ids.size() - 2)));
    }

    /** Địa danh: the province's name without its administrative prefix ("Ủy ban nhân dân tỉnh Quảng Ngãi" → "Quảng Ngãi"). */
    private String place(UUID organizationId) {
        List<String> ids = pathIds(organizationId);
        String root = ids.isEmpty() ? tree.name(organizationId) : tree.name(UUID.fromString(ids.get(0)));
        return root.replaceFirst("(?iu)^(Ủy ban nhân dân|UBND|Sở [^ ]+|Ban [^ ]+)?\\s*(tỉnh|thành phố)\\s+", "").strip();
    }

    private List<String> pathIds(UUID organizationId) {
        String path = tree.treePath(organizationId).orElse("");
        List<String> ids = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.length() == 32) {
                ids.add(part.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
            }
        }
        return ids;
    }
}
