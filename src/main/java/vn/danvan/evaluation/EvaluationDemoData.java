package vn.danvan.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.EvaluationCreate;
import vn.danvan.api.model.EvaluationCriteriaSetCreate;
import vn.danvan.api.model.EvaluationCriterion;
import vn.danvan.api.model.EvaluationParty;
import vn.danvan.api.model.EvaluationScoreInput;
import vn.danvan.api.model.EvaluationScoring;
import vn.danvan.api.model.EvidenceRecordType;
import vn.danvan.api.model.PlanReviewKind;
import vn.danvan.api.model.RankThreshold;
import vn.danvan.api.model.RecordLink;
import vn.danvan.api.model.YearlyPlanCreate;
import vn.danvan.api.model.YearlyPlanItemCreate;
import vn.danvan.api.model.YearlyPlanReviewCreate;
import vn.danvan.evaluation.criteria.CriteriaSets;
import vn.danvan.evaluation.plan.YearlyPlanEntity;
import vn.danvan.evaluation.plan.YearlyPlans;
import vn.danvan.evaluation.scoring.Evaluations;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.demo.DemoDataSet;
import vn.danvan.platform.time.AppClock;
import vn.danvan.task.TaskStandings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Evaluation demo data on the demo province (Quảng Ngãi, code 51): the 2026 criteria set (six criteria summing to 100,
 * as the domain notes give them, with sub-criteria, evidence and the superior's parts; ranks xuất sắc ≥ 90, tốt ≥ 80,
 * hoàn thành ≥ 50), Tịnh Khê and An Phú finalised, Bình Sơn self-scored and waiting for its superior, and Tịnh Khê's
 * 2026 plan with items carried by its demo tasks and its interim review.
 */
@ApplicationScoped
class EvaluationDemoData implements DemoDataSet {

    private final OrganizationTreeQueries organizations;
    private final CriteriaSets sets;
    private final Evaluations evaluations;
    private final YearlyPlans plans;
    private final TaskStandings tasks;
    private final AppClock clock;

    EvaluationDemoData(OrganizationTreeQueries organizations, CriteriaSets sets, Evaluations evaluations,
                       YearlyPlans plans, TaskStandings tasks, AppClock clock) {
        this.organizations = organizations;
        this.sets = sets;
        this.evaluations = evaluations;
        this.plans = plans;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "evaluations";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void load() {
        UUID province = unit("51");
        sets.create(new EvaluationCriteriaSetCreate().provinceId(province).year(2026)
                .title("Bộ tiêu chí đánh giá, xếp loại công tác dân vận chính quyền năm 2026")
                .legalBasis("Kế hoạch của UBND tỉnh Quảng Ngãi về thực hiện \"Năm dân vận chính quyền\" 2026")
                .criteria(List.of(
                        parent("TC1", "Lãnh đạo, chỉ đạo, triển khai văn bản về công tác dân vận chính quyền", 20,
                                leaf("TC1.1", "Ban hành kế hoạch thực hiện Năm dân vận chính quyền", 10, EvaluationParty.SELF, true),
                                leaf("TC1.2", "Kết quả kiểm tra, đôn đốc của cấp trên", 10, EvaluationParty.SUPERIOR, false)),
                        parent("TC2", "Tiếp công dân, giải quyết khiếu nại, tố cáo; phòng, chống tham nhũng", 25,
                                leaf("TC2.1", "Người đứng đầu tiếp công dân định kỳ theo lịch", 10, EvaluationParty.SELF, true),
                                leaf("TC2.2", "Giải quyết khiếu nại, tố cáo đúng thời hạn", 15, EvaluationParty.SUPERIOR, false)),
                        leaf("TC3", "Phối hợp với Mặt trận Tổ quốc và các tổ chức chính trị - xã hội", 15, EvaluationParty.SELF, false),
                        leaf("TC4", "Cải cách hành chính, chuyển đổi số phục vụ người dân", 15, EvaluationParty.SUPERIOR, false),
                        leaf("TC5", "Thực hiện dân chủ ở cơ sở", 15, EvaluationParty.SELF, true),
                        leaf("TC6", "Mô hình \"Dân vận khéo\" được công nhận, nhân rộng", 10, EvaluationParty.SUPERIOR, false)))
                .rankThresholds(List.of(rank("EXCELLENT", "Xuất sắc", 90), rank("GOOD", "Tốt", 80),
                        rank("COMPLETED", "Hoàn thành", 50), rank("NOT_COMPLETED", "Không hoàn thành", 0))));

        UUID tinhKhe = unit("21006");

        YearlyPlanEntity plan = plans.create(new YearlyPlanCreate().organizationId(tinhKhe).year(2026)
                .title("Kế hoạch thực hiện \"Năm dân vận chính quyền\" năm 2026 của UBND xã Tịnh Khê")
                .note("Kế hoạch số 12/KH-UBND ngày 20/01/2026"));
        List<TaskStandings.Standing> own = tasks.ledBy(tinhKhe).stream()
                .filter(t -> t.dueDate().getYear() == 2026).toList();
        plans.addItem(plan.id, new YearlyPlanItemCreate().title("Tổ chức đối thoại trực tiếp với Nhân dân tại các thôn")
                .ownerOrganizationId(tinhKhe).dueDate(LocalDate.of(2026, 6, 30))
                .taskIds(own.stream().limit(1).map(TaskStandings.Standing::id).toList()));
        plans.addItem(plan.id, new YearlyPlanItemCreate().title("Công khai lịch tiếp công dân, kết quả giải quyết đơn thư")
                .ownerOrganizationId(tinhKhe).dueDate(LocalDate.of(2026, 12, 15))
                .taskIds(own.stream().skip(1).map(TaskStandings.Standing::id).toList()));
        plans.addItem(plan.id, new YearlyPlanItemCreate().title("Xây dựng, nhân rộng mô hình \"Dân vận khéo\" ở thôn")
                .ownerOrganizationId(tinhKhe).dueDate(LocalDate.of(2026, 11, 30)).taskIds(List.of()));
        scoreAndFinalise(open(tinhKhe), new double[] {10, 9, 10, 14, 14, 14, 14, 9}, true, plan.id);  // 94: xuất sắc
        scoreAndFinalise(open(unit("21007")), new double[] {9, 8, 9, 12, 13, 12, 13, 8}, true, plan.id); // 84: tốt
        scoreAndFinalise(open(unit("21008")), new double[] {8, 0, 8, 0, 12, 0, 12, 0}, false, plan.id); // self only
        if (!clock.today().isBefore(LocalDate.of(2026, 6, 14)) && clock.today().getYear() == 2026) {
            plans.addReview(plan.id, new YearlyPlanReviewCreate().kind(PlanReviewKind.INTERIM)
                    .reviewDate(LocalDate.of(2026, 6, 14))
                    .narrative("Sơ kết 6 tháng đầu năm: đã tổ chức đối thoại tại 4/7 thôn; công khai lịch tiếp công dân "
                            + "trên cổng thông tin xã; mô hình \"Dân vận khéo\" đang xây dựng."));
        }
    }

    private UUID open(UUID organizationId) {
        return evaluations.open(new EvaluationCreate().organizationId(organizationId).year(2026)).id;
    }

    /** Points in the leaves' order: TC1.1, TC1.2, TC2.1, TC2.2, TC3, TC4, TC5, TC6 (0 for the superior: not yet). */
    private void scoreAndFinalise(UUID evaluationId, double[] points, boolean superiorToo, UUID evidencePlan) {
        String[] codes = {"TC1.1", "TC1.2", "TC2.1", "TC2.2", "TC3", "TC4", "TC5", "TC6"};
        boolean[] self = {true, false, true, false, true, false, true, false};
        List<EvaluationScoreInput> own = new ArrayList<>();
        List<EvaluationScoreInput> superior = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            EvaluationScoreInput score = new EvaluationScoreInput().criterionCode(codes[i])
                    .points(BigDecimal.valueOf(points[i])).comment("Tự đánh giá theo báo cáo kết quả năm 2026");
            if (self[i]) {
                own.add(score.evidenceLinks(List.of(new RecordLink().type(EvidenceRecordType.YEARLY_PLAN)
                        .id(evidencePlan))));
            } else {
                superior.add(score.comment("Cấp trên chấm theo kết quả kiểm tra"));
            }
        }
        evaluations.score(evaluationId, "*",
                new EvaluationScoring().party(EvaluationParty.SELF).scores(own));
        if (superiorToo) {
            evaluations.score(evaluationId, "*", new EvaluationScoring().party(EvaluationParty.SUPERIOR).scores(superior));
            evaluations.finalise(evaluationId, "*");
        }
    }

    private static EvaluationCriterion leaf(String code, String name, int max, EvaluationParty party, boolean evidence) {
        return new EvaluationCriterion().code(code).name(name).maxPoints(BigDecimal.valueOf(max)).scoredBy(party)
                .evidenceRequired(evidence);
    }

    private static EvaluationCriterion parent(String code, String name, int max, EvaluationCriterion... children) {
        return new EvaluationCriterion().code(code).name(name).maxPoints(BigDecimal.valueOf(max))
                .subCriteria(List.of(children));
    }

    private static RankThreshold rank(String code, String name, int minScore) {
        return new RankThreshold().code(code).name(name).minScore(BigDecimal.valueOf(minScore));
    }

    private UUID unit(String code) {
        return organizations.idOf(code).orElseThrow(() -> new IllegalStateException("Demo unit missing: " + code));
    }
}
