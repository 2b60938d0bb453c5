package vn.danvan.engagement;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.DialogueAnnouncement;
import vn.danvan.api.model.DialogueCreate;
import vn.danvan.api.model.DialogueHolding;
import vn.danvan.api.model.DialogueInvitee;
import vn.danvan.api.model.DialogueInviteeKind;
import vn.danvan.api.model.DialogueItemAssignment;
import vn.danvan.api.model.DialogueItemCreate;
import vn.danvan.api.model.DialoguePlaceKind;
import vn.danvan.api.model.FrontRecommendationCreate;
import vn.danvan.api.model.RecommendationDeadlineBasis;
import vn.danvan.api.model.RecommendationItemAnswer;
import vn.danvan.api.model.RecommendationItemCreate;
import vn.danvan.api.model.RecommendationKind;
import vn.danvan.api.model.RecommendationOutcome;
import vn.danvan.engagement.dialogue.DialogueEntity;
import vn.danvan.engagement.dialogue.DialogueItemEntity;
import vn.danvan.engagement.dialogue.DialogueItemService;
import vn.danvan.engagement.dialogue.DialogueService;
import vn.danvan.engagement.recommendation.FrontRecommendationEntity;
import vn.danvan.engagement.recommendation.FrontRecommendationService;
import vn.danvan.identity.Officials;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.demo.DemoDataSet;
import vn.danvan.platform.time.AppClock;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Quảng Ngãi's demo of issue 24: a dialogue of xã Tịnh Khê at the site of a compensation dispute, held, announced,
 * with opinions answered on the spot and assigned as tasks; one planned and announced; and a supervision
 * recommendation of the provincial Front with one item answered and one overdue.
 */
@ApplicationScoped
class EngagementDemoData implements DemoDataSet {

    private final OrganizationTreeQueries directory;
    private final Officials officials;
    private final DialogueService dialogues;
    private final DialogueItemService items;
    private final FrontRecommendationService recommendations;
    private final AppClock clock;

    EngagementDemoData(OrganizationTreeQueries directory, Officials officials, DialogueService dialogues,
                       DialogueItemService items, FrontRecommendationService recommendations, AppClock clock) {
        this.directory = directory;
        this.officials = officials;
        this.dialogues = dialogues;
        this.items = items;
        this.recommendations = recommendations;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "engagement";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void load() {
        Optional<UUID> tinhKhe = directory.idOf("21006");
        Optional<UUID> front = directory.idOf("MT51");
        Optional<UUID> homeAffairs = directory.idOf("000.00.02.H51");
        Optional<UUID> agriculture = directory.idOf("000.00.05.H51");
        // The demo has no account for the commune's chairman: its officer chairs (an official of the organising unit).
        Optional<Officials.Official> chair = officials.byUsername("canbo.tinhkhe");
        if (tinhKhe.isEmpty() || front.isEmpty() || homeAffairs.isEmpty() || agriculture.isEmpty() || chair.isEmpty()) {
            return;
        }
        LocalDate today = clock.today();
        DialogueEntity held = dialogues.create(new DialogueCreate().organizationId(tinhKhe.get())
                .chairUserId(chair.get().id()).heldOn(today.minusDays(12))
                .placeKind(DialoguePlaceKind.DISPUTE_SITE).place("Khu đất ven sông Trà Khúc, thôn Trường Thọ")
                .subject("Đối thoại về bồi thường, hỗ trợ giải phóng mặt bằng dự án kè chống sạt lở sông Trà Khúc")
                .participantOrganizationIds(List.of(directory.idOf("MT21006").orElse(tinhKhe.get())))
                .participantGroups(List.of("Chi hội Nông dân thôn Trường Thọ", "Ban công tác Mặt trận thôn Trường Thọ"))
                .invitees(List.of(new DialogueInvitee().kind(DialogueInviteeKind.GROUP)
                        .name("Các hộ dân có đất bị thu hồi thôn Trường Thọ").headcount(23))), true);
        dialogues.hold(held.id, null, new DialogueHolding());
        DialogueItemEntity spot = items.add(held.id, new DialogueItemCreate()
                .text("Đề nghị cho biết đơn giá bồi thường đất trồng lúa áp dụng cho dự án").raisedBy("Hộ dân thôn Trường Thọ"));
        items.answer(spot.id, null, "Đơn giá theo bảng giá đất của UBND tỉnh năm 2026, đã niêm yết tại nhà văn hóa thôn.");
        DialogueItemEntity promised = items.add(held.id, new DialogueItemCreate()
                .text("Đề nghị công khai phương án bồi thường trước khi kiểm đếm").raisedBy("Chi hội Nông dân thôn"));
        items.assign(promised.id, null, new DialogueItemAssignment().responsibleOrganizationId(tinhKhe.get())
                .dueDate(today.plusDays(18)).commitment("Niêm yết phương án tại nhà văn hóa thôn 20 ngày trước khi phê duyệt"), true);
        DialogueItemEntity road = items.add(held.id, new DialogueItemCreate()
                .text("Đề nghị làm đường tạm cho xe nông nghiệp trong thời gian thi công").raisedBy("Hộ dân thôn Trường Thọ"));
        items.assign(road.id, null, new DialogueItemAssignment().responsibleOrganizationId(tinhKhe.get())
                .dueDate(today.plusDays(45)).commitment("Phối hợp nhà thầu mở đường tạm trước mùa thu hoạch"), true);
        dialogues.announce(held.id, null, new DialogueAnnouncement().text("UBND xã Tịnh Khê đối thoại với Nhân dân thôn"
                + " Trường Thọ về bồi thường, hỗ trợ giải phóng mặt bằng dự án kè sông Trà Khúc."));

        DialogueEntity planned = dialogues.create(new DialogueCreate().organizationId(tinhKhe.get())
                .chairUserId(chair.get().id()).heldOn(today.plusDays(9))
                .placeKind(DialoguePlaceKind.HAMLET).place("Nhà văn hóa thôn Cổ Lũy")
                .subject("Đối thoại về thu gom, xử lý rác thải sinh hoạt ven biển"), true);
        dialogues.announce(planned.id, null, new DialogueAnnouncement().text("UBND xã Tịnh Khê mời Nhân dân thôn Cổ Lũy"
                + " dự đối thoại về thu gom rác thải ven biển, 8 giờ sáng tại nhà văn hóa thôn."));

        FrontRecommendationEntity recommendation = recommendations.create(new FrontRecommendationCreate()
                .issuingOrganizationId(front.get()).numberSymbol("125/KN-MTTQ-BTT").issuedOn(today.minusDays(60))
                .kind(RecommendationKind.SUPERVISION)
                .subject("Kết quả giám sát việc giải quyết kiến nghị của cử tri về đất đai năm 2026")
                .items(List.of(new RecommendationItemCreate().text("Đẩy nhanh việc cấp giấy chứng nhận quyền sử dụng đất"
                                + " cho các hộ đã đủ điều kiện").responsibleOrganizationId(agriculture.get())
                                .dueDate(today.minusDays(15)).deadlineBasis(RecommendationDeadlineBasis.AGREED),
                        new RecommendationItemCreate().text("Công khai kết quả giải quyết kiến nghị của cử tri trên cổng"
                                + " thông tin điện tử tỉnh").responsibleOrganizationId(homeAffairs.get())
                                .dueDate(today.minusDays(5)).deadlineBasis(RecommendationDeadlineBasis.LEGAL))), true);
        UUID answered = recommendations.items(recommendation.id).get(0).id;
        recommendations.answer(recommendation.id, answered, null, new RecommendationItemAnswer()
                .outcome(RecommendationOutcome.ACCEPTED_ACTED).text("Đã cấp 1.240 giấy chứng nhận trong quý IV năm 2026."));
    }
}
