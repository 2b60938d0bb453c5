package vn.danvan.democracy;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.GrassrootsCommentAnswer;
import vn.danvan.api.model.GrassrootsCommentChannel;
import vn.danvan.api.model.GrassrootsCommentCreate;
import vn.danvan.api.model.GrassrootsConsultationClosing;
import vn.danvan.api.model.GrassrootsConsultationCreate;
import vn.danvan.api.model.GrassrootsDisclosureCreate;
import vn.danvan.api.model.GrassrootsDisclosureForm;
import vn.danvan.api.model.GrassrootsFindingCreate;
import vn.danvan.api.model.GrassrootsFindingHandling;
import vn.danvan.api.model.GrassrootsHamletResultCreate;
import vn.danvan.api.model.GrassrootsVotingMethod;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.demo.DemoDataSet;
import vn.danvan.platform.time.AppClock;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Grassroots democracy in the demo province's xã Tịnh Khê (Quảng Ngãi, code 21006): this year's budget estimate, the
 * administrative procedures and the land-use plan disclosed; the hamlets' vote on contributions to a road, with a
 * comment received and answered; the revision of the hương ước open for comments on the portal; the People's
 * Inspection Board's findings, one handled. Xã Tịnh Ấn Tây (21007) has disclosed nothing, so the compliance summary
 * has something to show. Dates are relative to the day the data is loaded; names are invented.
 */
@ApplicationScoped
class GrassrootsDemoData implements DemoDataSet {

    private final OrganizationTreeQueries tree;
    private final DisclosureService disclosures;
    private final ConsultationService consultations;
    private final GrassrootsCommentService comments;
    private final FindingService findings;
    private final AppClock clock;

    GrassrootsDemoData(OrganizationTreeQueries tree, DisclosureService disclosures, ConsultationService consultations,
                       GrassrootsCommentService comments, FindingService findings, AppClock clock) {
        this.tree = tree;
        this.disclosures = disclosures;
        this.consultations = consultations;
        this.comments = comments;
        this.findings = findings;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "grassroots-democracy";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void load() {
        Optional<UUID> found = tree.idOf("21006");
        if (found.isEmpty()) {
            return;
        }
        loadInto(found.get());
    }

    /** The records of the demo commune; apart so that a test can load them into a commune of its own. */
    void loadInto(UUID tinhKhe) {
        LocalDate today = clock.today();
        int year = today.getYear();
        LocalDate estimateApproved = LocalDate.of(year - 1, 12, 20);
        disclosures.create(new GrassrootsDisclosureCreate().organizationId(tinhKhe).dutyCode("BUDGET_ESTIMATE")
                .title("Công khai dự toán ngân sách xã Tịnh Khê năm " + year)
                .content("Tổng thu ngân sách xã 14.200.000.000 đồng; tổng chi 14.200.000.000 đồng, trong đó chi đầu tư "
                        + "phát triển 3.100.000.000 đồng (Nghị quyết của HĐND xã ngày 20/12/" + (year - 1) + ").")
                .forms(forms(GrassrootsDisclosureForm.NOTICE_BOARD, GrassrootsDisclosureForm.PORTAL))
                .approvedOn(estimateApproved).startsOn(estimateApproved.plusDays(3))
                .endsOn(estimateApproved.plusDays(93)).periodYear(year));
        disclosures.create(new GrassrootsDisclosureCreate().organizationId(tinhKhe).dutyCode("ADMINISTRATIVE_PROCEDURES")
                .title("Bộ thủ tục hành chính giải quyết tại UBND xã Tịnh Khê")
                .content("Danh mục 112 thủ tục hành chính thuộc thẩm quyền cấp xã, thời hạn giải quyết và phí, lệ phí; "
                        + "tiếp nhận tại Trung tâm phục vụ hành chính công xã.")
                .forms(forms(GrassrootsDisclosureForm.NOTICE_BOARD, GrassrootsDisclosureForm.PORTAL))
                .approvedOn(today.minusDays(20)).startsOn(today.minusDays(19)).endsOn(today.plusDays(345)));
        disclosures.create(new GrassrootsDisclosureCreate().organizationId(tinhKhe).dutyCode("LAND_USE_PLAN")
                .title("Kế hoạch sử dụng đất năm " + (year + 1) + " trên địa bàn xã Tịnh Khê")
                .content("Chuyển mục đích 2,4 ha đất trồng lúa thôn Cổ Lũy sang đất giao thông (đường ven biển Dung Quất – "
                        + "Sa Huỳnh); bố trí 0,8 ha đất ở tái định cư tại thôn Mỹ Lai.")
                .forms(forms(GrassrootsDisclosureForm.NOTICE_BOARD, GrassrootsDisclosureForm.HAMLET_MEETING))
                .approvedOn(today.minusDays(12)).startsOn(today.minusDays(10)).endsOn(today.plusDays(25)));

        // The hamlets decide the contribution to a road (Điều 15): three hamlets' meetings, a comment, the decision.
        ConsultationEntity road = consultations.create(new GrassrootsConsultationCreate().organizationId(tinhKhe)
                .dutyCode("PUBLIC_WORKS_CONTRIBUTION")
                .question("Mỗi hộ đóng góp 500.000 đồng để bê tông hóa tuyến đường liên thôn Mỹ Lai – Cổ Lũy (1,8 km), "
                        + "Nhà nước hỗ trợ xi măng?")
                .options(List.of("Đồng ý mức 500.000 đồng/hộ", "Không đồng ý"))
                .opensOn(today.minusDays(45)).closesOn(today.minusDays(5)));
        hamlet(road, "Thôn Mỹ Lai", today.minusDays(40), 412, 336, 301, 35);
        hamlet(road, "Thôn Cổ Lũy", today.minusDays(38), 287, 240, 198, 42);
        hamlet(road, "Thôn Trường Thọ", today.minusDays(35), 198, 151, 120, 31);
        GrassrootsCommentEntity comment = comments.record(road.id, new GrassrootsCommentCreate()
                .channel(GrassrootsCommentChannel.MEETING)
                .content("Đề nghị miễn đóng góp cho hộ nghèo, hộ có người khuyết tật nặng.")
                .receivedOn(today.minusDays(40)).authorName("Huỳnh Văn Sơn"));
        comments.answer(comment.id, "*", new GrassrootsCommentAnswer()
                .answer("Hội nghị các thôn thống nhất miễn đóng góp cho hộ nghèo, hộ cận nghèo và hộ có người khuyết tật nặng.")
                .answeredOn(today.minusDays(33)));
        ConsultationEntity decided = consultations.get(road.id);
        consultations.close(decided.id, "*", new GrassrootsConsultationClosing()
                .decision("Thông qua mức đóng góp 500.000 đồng/hộ; miễn cho hộ nghèo, cận nghèo; khởi công quý I năm "
                        + (year + 1) + ".")
                .decidedOn(today.minusDays(3)), comments.count(decided.id), comments.authorNames(decided.id));

        // The revision of the hương ước, open to the people's comments on the portal.
        consultations.create(new GrassrootsConsultationCreate().organizationId(tinhKhe).dutyCode("VILLAGE_RULES")
                .question("Sửa đổi hương ước thôn Mỹ Lai: bổ sung quy định giữ vệ sinh bãi biển và không thả rông gia súc?")
                .options(List.of("Tán thành", "Không tán thành"))
                .opensOn(today.minusDays(3)).closesOn(today.plusDays(20)));

        // The People's Inspection Board: one finding handled, one still open.
        FindingEntity handled = findings.create(new GrassrootsFindingCreate().organizationId(tinhKhe)
                .foundOn(today.minusDays(60)).subject("Thu, chi quỹ xây dựng nhà văn hóa thôn Cổ Lũy")
                .finding("Chưa công khai quyết toán quỹ sau khi công trình hoàn thành.")
                .recommendation("Niêm yết quyết toán tại nhà văn hóa thôn trong 30 ngày."));
        findings.handle(handled.id, "*", new GrassrootsFindingHandling()
                .handling("Đã niêm yết quyết toán quỹ tại nhà văn hóa thôn Cổ Lũy và thông báo trên loa truyền thanh.")
                .handledOn(today.minusDays(45)));
        findings.create(new GrassrootsFindingCreate().organizationId(tinhKhe).foundOn(today.minusDays(7))
                .subject("Danh sách hộ cận nghèo năm " + year)
                .finding("Danh sách chưa được niêm yết tại thôn Trường Thọ.")
                .recommendation("Niêm yết danh sách và lấy ý kiến tại hội nghị thôn."));
    }

    private void hamlet(ConsultationEntity consultation, String name, LocalDate heldOn, int households, int takingPart,
                        int yes, int no) {
        consultations.recordHamletResult(consultation.id, "*", new GrassrootsHamletResultCreate().hamlet(name)
                .heldOn(heldOn).method(GrassrootsVotingMethod.MEETING).households(households)
                .householdsTakingPart(takingPart).votes(List.of(yes, no)));
    }

    private static java.util.Set<GrassrootsDisclosureForm> forms(GrassrootsDisclosureForm... forms) {
        return new LinkedHashSet<>(List.of(forms));
    }
}
