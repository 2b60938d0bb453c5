package vn.danvan.mobilization;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.AppraisalCriterionCreate;
import vn.danvan.api.model.AppraisalRequestScoresInner;
import vn.danvan.api.model.CommendationForm;
import vn.danvan.api.model.ExemplarPerson;
import vn.danvan.api.model.MobilizationField;
import vn.danvan.api.model.MobilizationKind;
import vn.danvan.api.model.MobilizationLevel;
import vn.danvan.api.model.MobilizationModelCreate;
import vn.danvan.api.model.MobilizationPhase;
import vn.danvan.api.model.MobilizationStatus;
import vn.danvan.api.model.ModelIndicator;
import vn.danvan.api.model.PersonInCharge;
import vn.danvan.api.model.RegistrationWindowCreate;
import vn.danvan.mobilization.model.MobilizationModelEntity;
import vn.danvan.mobilization.model.ModelDecisionMapper;
import vn.danvan.mobilization.model.ModelRepository;
import vn.danvan.mobilization.model.ModelService;
import vn.danvan.mobilization.scope.OrganizationPlaces;
import vn.danvan.mobilization.settings.AppraisalCriteria;
import vn.danvan.mobilization.settings.AppraisalCriterionEntity;
import vn.danvan.mobilization.settings.RegistrationWindows;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.demo.DemoDataSet;
import vn.danvan.platform.time.AppClock;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * "Dân vận khéo" demo data on the demo province (Quảng Ngãi, code 51): the 2026 registration window
 * and the five appraisal criteria of the 2026–2030 phase, and models and exemplars in all four fields
 * at every stage of the lifecycle, including a replication lineage of three generations. Past stages
 * (registration inside the 2026 window, appraisal, decisions) are recorded as they happened, not
 * replayed through today's window.
 */
@ApplicationScoped
class MobilizationDemoData implements DemoDataSet {

    private final OrganizationTreeQueries directory;
    private final RegistrationWindows windows;
    private final AppraisalCriteria criteria;
    private final ModelService models;
    private final ModelRepository repository;
    private final AppClock clock;

    MobilizationDemoData(OrganizationTreeQueries directory, RegistrationWindows windows, AppraisalCriteria criteria,
                         ModelService models, ModelRepository repository, AppClock clock) {
        this.directory = directory;
        this.windows = windows;
        this.criteria = criteria;
        this.models = models;
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "mobilization-models";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load() {
        String provincePath = directory.treePath("51").orElseThrow();
        UUID province = OrganizationPlaces.provinceOf(provincePath);
        windows.create(new RegistrationWindowCreate().provinceId(province).phase(MobilizationPhase.PHASE_2026_2030)
                .year(2026).opensOn(LocalDate.of(2026, 3, 1)).closesOn(LocalDate.of(2026, 4, 30))
                .reportDueOn(LocalDate.of(2026, 9, 20))
                .note("Theo Kế hoạch của Ban Thường vụ Tỉnh ủy và Hướng dẫn của Ban Dân vận Tỉnh ủy"));
        String[][] scale = {
                {"EFFECTIVENESS", "Hiệu quả thiết thực", "Kết quả cụ thể, đo đếm được, giải quyết được vấn đề của địa phương"},
                {"SUSTAINABILITY", "Tính bền vững", "Duy trì thường xuyên, có cơ chế thực hiện lâu dài"},
                {"SPREAD", "Sức lan tỏa", "Được biết đến và học tập trong và ngoài địa bàn"},
                {"REPLICABILITY", "Khả năng nhân rộng", "Có thể áp dụng ở địa phương, đơn vị khác"},
                {"POPULAR_SUPPORT", "Được Nhân dân đồng tình, hưởng ứng", "Nhân dân tham gia và hài lòng"}};
        for (int i = 0; i < scale.length; i++) {
            criteria.create(new AppraisalCriterionCreate().provinceId(province).phase(MobilizationPhase.PHASE_2026_2030)
                    .code(scale[i][0]).name(scale[i][1]).description(scale[i][2]).minScore(0).maxScore(20).sortOrder(i));
        }
        List<AppraisalCriterionEntity> scored = criteria.of(province, MobilizationPhase.PHASE_2026_2030);

        MobilizationModelEntity roads = model(unit("21001"), MobilizationKind.COLLECTIVE_MODEL, MobilizationField.ECONOMY,
                "Dân vận khéo trong vận động Nhân dân hiến đất làm đường giao thông nông thôn", "Thôn Mỹ Lai, xã Tịnh Khê",
                "Cán bộ thôn đến từng hộ, họp dân công khai phương án; người có uy tín đi trước làm gương.", null, null);
        advance(roads, MobilizationStatus.COMMENDED, scored, 18);
        roads.publishedAt = clock.now();
        MobilizationModelEntity roadsCopy = model(unit("21008"), MobilizationKind.COLLECTIVE_MODEL,
                MobilizationField.ECONOMY, "Nhân rộng mô hình hiến đất làm đường tại thôn An Hòa", "Thôn An Hòa",
                "Học tập cách làm của xã Tịnh Khê: họp dân, công khai, cán bộ làm trước.", null, roads.id);
        advance(roadsCopy, MobilizationStatus.RECOGNIZED, scored, 15);
        MobilizationModelEntity roadsThird = model(unit("21012"), MobilizationKind.COLLECTIVE_MODEL,
                MobilizationField.ECONOMY, "Nhân rộng mô hình hiến đất làm đường tại tổ dân phố 3", "Tổ dân phố 3",
                "Tiếp tục nhân rộng cách làm đã được công nhận.", null, roadsCopy.id);
        advance(roadsThird, MobilizationStatus.REGISTERED, scored, 0);

        MobilizationModelEntity mediation = model(unit("21002"), MobilizationKind.COLLECTIVE_MODEL,
                MobilizationField.DEFENSE_SECURITY, "Tổ hòa giải ở cơ sở gắn với tiếp công dân tại thôn", "Thôn Trường Thọ",
                "Tổ hòa giải nắm tình hình, hòa giải kịp thời, hạn chế khiếu nại vượt cấp.", null, null);
        advance(mediation, MobilizationStatus.OUTSTANDING, scored, 17);
        mediation.publishedAt = clock.now();
        MobilizationModelEntity culture = model(unit("21003"), MobilizationKind.COLLECTIVE_MODEL,
                MobilizationField.CULTURE_SOCIETY, "Khu dân cư văn hóa, không rác thải nhựa", "Thôn Phước Lộc",
                "Vận động hộ gia đình phân loại rác tại nguồn, đoàn viên thanh niên ra quân hằng tháng.", null, null);
        advance(culture, MobilizationStatus.APPRAISED, scored, 13);
        MobilizationModelEntity reform = model(unit("21004"), MobilizationKind.COLLECTIVE_MODEL,
                MobilizationField.POLITICAL_SYSTEM, "Bộ phận một cửa thân thiện, Nhân dân hài lòng", "UBND xã",
                "Cán bộ một cửa hướng dẫn tận tình, hẹn trả kết quả đúng hạn, lấy ý kiến đánh giá của người dân.", null, null);
        advance(reform, MobilizationStatus.NOT_RECOGNIZED, scored, 8);
        reform.rejectionReason = "Chưa có số liệu chứng minh hiệu quả; đề nghị tiếp tục thực hiện và đăng ký lại.";
        reform.rejectedOn = LocalDate.of(2026, 7, 10);
        MobilizationModelEntity draft = model(unit("21005"), MobilizationKind.COLLECTIVE_MODEL,
                MobilizationField.CULTURE_SOCIETY, "Câu lạc bộ dân ca bài chòi gắn với tuyên truyền pháp luật", "Thôn Thạch Trụ",
                "Lồng ghép nội dung pháp luật vào các buổi sinh hoạt câu lạc bộ.", null, null);
        draft.status = MobilizationStatus.DRAFT;

        MobilizationModelEntity exemplar = model(unit("21006"), MobilizationKind.INDIVIDUAL_EXEMPLAR,
                MobilizationField.ECONOMY, "Nông dân sản xuất giỏi, giúp đỡ hộ nghèo phát triển kinh tế", "Thôn Hải Ninh",
                "Hướng dẫn kỹ thuật trồng keo, cho hộ nghèo mượn giống, vốn không lấy lãi.",
                new ExemplarPerson().name("Phạm Văn Cường").position("Chi hội trưởng Chi hội Nông dân thôn")
                        .organizationName("Thôn Hải Ninh").phone("0905111222").contactConsent(true), null);
        advance(exemplar, MobilizationStatus.RECOGNIZED, scored, 16);
        exemplar.publishedAt = clock.now();
        MobilizationModelEntity privateExemplar = model(unit("21007"), MobilizationKind.INDIVIDUAL_EXEMPLAR,
                MobilizationField.DEFENSE_SECURITY, "Công an viên tận tụy giữ bình yên thôn xóm", "Thôn Đông Yên",
                "Tuần tra, nắm tình hình, vận động thanh niên tránh xa tệ nạn.",
                new ExemplarPerson().name("Lê Thị Dung").position("Công an viên").organizationName("Công an xã")
                        .phone("0905333444").email("dung.lt@example.vn").contactConsent(false), null);
        advance(privateExemplar, MobilizationStatus.RECOGNIZED, scored, 15);
        privateExemplar.publishedAt = clock.now();
        repository.flush();
    }

    private UUID unit(String code) {
        String path = directory.treePath(code).orElseThrow();
        return OrganizationPlaces.fromHex(path.substring(path.lastIndexOf('/') + 1));
    }

    private MobilizationModelEntity model(UUID organization, MobilizationKind kind, MobilizationField field, String title,
                                          String place, String method, ExemplarPerson person, UUID replicationOf) {
        MobilizationModelCreate request = new MobilizationModelCreate().kind(kind).field(field)
                .level(MobilizationLevel.GRASSROOTS).organizationId(organization).placeName(place)
                .phase(MobilizationPhase.PHASE_2026_2030).registrationYear(2026).title(title).method(method)
                .participants("UBND xã, Ủy ban MTTQ xã, các hội đoàn thể").beneficiaries("Nhân dân trên địa bàn")
                .startDate(LocalDate.of(2026, 3, 15)).plannedEndDate(LocalDate.of(2026, 12, 31))
                .person(person).replicationOfId(replicationOf)
                .indicators(List.of(new ModelIndicator().name("Hộ dân tham gia").unit("hộ").target(300d)));
        if (person == null) {
            request.personInCharge(new PersonInCharge().name("Nguyễn Văn An").position("Phó Chủ tịch UBND xã"));
        }
        return models.create(request, true);
    }

    /** Records the stages a model went through up to {@code status}, with the dates of the 2026 cycle. */
    private void advance(MobilizationModelEntity m, MobilizationStatus status, List<AppraisalCriterionEntity> scale,
                         int score) {
        m.status = MobilizationStatus.REGISTERED;
        m.registeredAt = LocalDate.of(2026, 4, 10).atStartOfDay(clock.zone()).toInstant();
        if (status == MobilizationStatus.REGISTERED) {
            return;
        }
        m.appraiserName = "Hội đồng thẩm định mô hình \"Dân vận khéo\" tỉnh";
        m.appraisedOn = LocalDate.of(2026, 6, 15);
        m.appraisalScores.clear();
        int total = 0;
        for (AppraisalCriterionEntity criterion : scale) {
            // The same copy of the criterion as a real appraisal stores.
            m.appraisalScores.add(ModelDecisionMapper.INSTANCE.entry(
                    new AppraisalRequestScoresInner().criterionId(criterion.id).score(score), criterion));
            total += score;
        }
        m.appraisalTotal = total;
        m.appraisalMaxTotal = scale.stream().mapToInt(c -> c.maxScore).sum();
        m.status = status == MobilizationStatus.NOT_RECOGNIZED ? status : MobilizationStatus.APPRAISED;
        if (status == MobilizationStatus.APPRAISED || status == MobilizationStatus.NOT_RECOGNIZED) {
            return;
        }
        m.recognitionLevel = MobilizationLevel.GRASSROOTS;
        m.recognitionDecision = "1520/QĐ-UBND";
        m.recognitionDate = LocalDate.of(2026, 7, 1);
        m.recognitionAuthority = "UBND tỉnh Quảng Ngãi";
        m.status = MobilizationStatus.RECOGNIZED;
        if (status == MobilizationStatus.RECOGNIZED) {
            return;
        }
        m.outstandingOn = LocalDate.of(2026, 8, 20);
        m.status = MobilizationStatus.OUTSTANDING;
        if (status == MobilizationStatus.OUTSTANDING) {
            return;
        }
        m.commendationForm = CommendationForm.CERTIFICATE_OF_MERIT;
        m.commendationLevel = MobilizationLevel.PROVINCIAL;
        m.commendationAuthority = "Chủ tịch UBND tỉnh Quảng Ngãi";
        m.commendationDecision = "2150/QĐ-UBND";
        m.commendationDate = LocalDate.of(2026, 9, 30);
        m.status = MobilizationStatus.COMMENDED;
    }
}
