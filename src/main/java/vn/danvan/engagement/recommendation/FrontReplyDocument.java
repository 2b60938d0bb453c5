package vn.danvan.engagement.recommendation;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.RecommendationKind;
import vn.danvan.api.model.RecommendationOutcome;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.document.AdministrativeDocument;
import vn.danvan.platform.document.AdministrativeDocumentWriter;
import vn.danvan.platform.time.AppClock;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Văn bản trả lời kiến nghị — the written reply to the Front, as a công văn of the unit at the Front's level laid out
 * by the platform's Nghị định 30/2020 writer: each item with the unit that answered, the outcome and the answer, or,
 * when not yet answered, its deadline.
 */
@ApplicationScoped
public class FrontReplyDocument {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final OrganizationTreeQueries directory;
    private final AppClock clock;

    FrontReplyDocument(OrganizationTreeQueries directory, AppClock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    public byte[] write(FrontRecommendationEntity entity, List<RecommendationItemEntity> items, String signerName,
                        String signerPosition) {
        Map<java.util.UUID, String> names = directory.names(java.util.stream.Stream.concat(
                java.util.stream.Stream.of(entity.issuingOrganizationId, entity.levelOrganizationId),
                items.stream().map(i -> i.responsibleOrganizationId)).collect(java.util.stream.Collectors.toSet()));
        String level = names.getOrDefault(entity.levelOrganizationId, "");
        String issuer = names.getOrDefault(entity.issuingOrganizationId, "");
        List<List<String>> rows = new ArrayList<>();
        for (RecommendationItemEntity item : items) {
            rows.add(List.of(String.valueOf(item.number), item.text, names.getOrDefault(item.responsibleOrganizationId, ""),
                    item.answered() ? outcome(item.outcome) : "Chưa trả lời (hạn " + DAY.format(item.dueDate) + ")",
                    item.answered() ? item.answer : ""));
        }
        String opening = level + " nhận được Văn bản số " + entity.numberSymbol + " ngày " + DAY.format(entity.issuedOn)
                + " của " + issuer + " " + kind(entity.kind) + " về " + entity.subject + ". Sau khi xem xét, " + level
                + " trả lời từng kiến nghị như sau:";
        var body = new AdministrativeDocument.Section(null, List.of(new AdministrativeDocument.Paragraph(opening),
                new AdministrativeDocument.Table(List.of("STT", "Kiến nghị", "Đơn vị trả lời", "Kết quả", "Nội dung trả lời"),
                        rows),
                new AdministrativeDocument.Paragraph(level + " trân trọng trả lời để " + issuer + " biết, tiếp tục giám sát.")));
        var document = new AdministrativeDocument(null, level.toUpperCase(Locale.forLanguageTag("vi")), null,
                place(entity.levelOrganizationId),
                clock.today(), null, "V/v trả lời kiến nghị tại Văn bản số " + entity.numberSymbol, List.of(body),
                List.of(issuer, "Lưu: VT"), new AdministrativeDocument.Signer(null,
                signerPosition == null || signerPosition.isBlank() ? "CHỦ TỊCH" : signerPosition, signerName));
        return AdministrativeDocumentWriter.toDocx(document);
    }

    /** Địa danh: the province's name without "Ủy ban nhân dân tỉnh" (Quảng Ngãi). */
    private String place(java.util.UUID unit) {
        String path = directory.treePath(unit).orElse("");
        String[] parts = path.split("/");
        String province = "";
        for (String part : parts) {
            if (part.length() == 32) {
                java.util.UUID id = java.util.UUID.fromString(part.substring(0, 8) + "-" + part.substring(8, 12) + "-"
                        + part.substring(12, 16) + "-" + part.substring(16, 20) + "-" + part.substring(20));
                province = directory.name(id);
                break;
            }
        }
        String place = province.replaceFirst("(?i)^(Ủy ban nhân dân|UBND)\\s+(tỉnh|thành phố)\\s+", "").trim();
        return place.isEmpty() ? "Việt Nam" : place;
    }

    private static String outcome(RecommendationOutcome outcome) {
        return switch (outcome) {
            case ACCEPTED_ACTED -> "Tiếp thu, thực hiện";
            case EXPLAINED -> "Giải trình";
            case NOT_ACCEPTED -> "Không tiếp thu";
        };
    }

    private static String kind(RecommendationKind kind) {
        return switch (kind) {
            case SUPERVISION -> "kiến nghị sau giám sát";
            case SOCIAL_CRITIQUE -> "kiến nghị sau phản biện xã hội";
            case GOVERNANCE_CONTRIBUTION -> "góp ý xây dựng chính quyền";
        };
    }
}
