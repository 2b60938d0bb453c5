package vn.danvan.mobilization.model;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.danvan.api.model.AppraisalRequest;
import vn.danvan.api.model.AppraisalRequestScoresInner;
import vn.danvan.api.model.MobilizationPhase;
import vn.danvan.api.model.MobilizationStatus;
import vn.danvan.mobilization.settings.AppraisalCriteria;
import vn.danvan.mobilization.settings.AppraisalCriterionEntity;
import vn.danvan.platform.config.DanvanConfig;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.time.AppClock;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scoring of an appraisal (thẩm định): every live criterion of the model's province and phase scored once within
 * its scale, the total and the highest possible total, a copy of each criterion in each score. ModelLifecycle runs
 * with hand-made collaborators (no Quarkus, no database): the model, the criteria and a clock fixed in Vietnam.
 * (ModelLifecycleTest is the API test of the whole lifecycle.)
 */
class ModelLifecycleAppraisalTest {

    /** 18:00 UTC on 7 December is 01:00 on 8 December in Asia/Ho_Chi_Minh. */
    private static final Instant NOW = Instant.parse("2026-12-07T18:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

    private final List<AppraisalCriterionEntity> scale = new ArrayList<>();
    private MobilizationModelEntity model;
    private int flushes;
    private ModelLifecycle lifecycle;

    private AppraisalCriterionEntity criterion1;
    private AppraisalCriterionEntity criterion2;
    private AppraisalCriterionEntity criterion3;

    @BeforeEach
    void setUp() {
        model = new MobilizationModelEntity();
        model.id = UUID.randomUUID();
        model.provinceId = UUID.randomUUID();
        model.phase = MobilizationPhase.PHASE_2026_2030;
        model.status = MobilizationStatus.REGISTERED;
        model.version = 4;

        criterion1 = criterion("TC1", "Hiệu quả kinh tế - xã hội", 0, 20);
        criterion2 = criterion("TC2", "Sự tham gia của Nhân dân", 0, 30);
        criterion3 = criterion("TC3", "Khả năng nhân rộng", 1, 10);
        scale.addAll(List.of(criterion1, criterion2, criterion3));

        ModelAccess access = new ModelAccess(null, null, null) {
            @Override
            public MobilizationModelEntity get(UUID id) {
                assertEquals(model.id, id);
                return model;
            }
        };
        ModelRepository repository = new ModelRepository() {
            @Override
            public void flush() {
                flushes++;
            }
        };
        AppraisalCriteria criteria = new AppraisalCriteria(null, null) {
            @Override
            public List<AppraisalCriterionEntity> of(UUID provinceId, MobilizationPhase phase) {
                assertEquals(model.provinceId, provinceId);
                assertEquals(model.phase, phase);
                return List.copyOf(scale);
            }
        };
        DanvanConfig config = (DanvanConfig) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DanvanConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("zone")) {
                        return ZoneId.of("Asia/Ho_Chi_Minh");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        AppClock clock = new AppClock(config);
        clock.set(Clock.fixed(NOW, ZoneId.of("UTC")));
        lifecycle = new ModelLifecycle(access, repository, null, criteria, clock, null, null, null);
    }

    private AppraisalCriterionEntity criterion(String code, String name, int min, int max) {
        AppraisalCriterionEntity c = new AppraisalCriterionEntity();
        c.id = UUID.randomUUID();
        c.provinceId = UUID.randomUUID();
        c.phase = MobilizationPhase.PHASE_2026_2030;
        c.code = code;
        c.name = name;
        c.minScore = min;
        c.maxScore = max;
        return c;
    }

    private static AppraisalRequestScoresInner score(AppraisalCriterionEntity criterion, int score) {
        return new AppraisalRequestScoresInner().criterionId(criterion.id).score(score);
    }

    private static AppraisalRequest request(AppraisalRequestScoresInner... scores) {
        return new AppraisalRequest().appraiserName("Hội đồng thẩm định tỉnh").appraisedOn(TODAY)
                .comment("Mô hình hiệu quả").scores(new ArrayList<>(List.of(scores)));
    }

    private List<FieldViolation> refusal(AppraisalRequest request) {
        ApiException e = assertThrows(ApiException.class, () -> lifecycle.appraise(model.id, null, request));
        assertEquals(ProblemType.VALIDATION_FAILED, e.type());
        return e.violations();
    }

    private static String summary(List<FieldViolation> violations) {
        return violations.stream().map(v -> v.field() + " " + v.code()).collect(Collectors.joining("; "));
    }

    private void assertUnchanged() {
        assertEquals(MobilizationStatus.REGISTERED, model.status);
        assertNull(model.appraisalTotal);
        assertNull(model.appraisalMaxTotal);
        assertNull(model.appraiserName);
        assertTrue(model.appraisalScores.isEmpty());
        assertEquals(0, flushes);
    }

    // ---- scoring ---------------------------------------------------------------------------------------------

    @Test
    void theTotalAndTheHighestPossibleTotalAreTheSumsOverTheCriteria() {
        MobilizationModelEntity appraised = lifecycle.appraise(model.id, null, request(
                score(criterion1, 15), score(criterion2, 24).comment("Đông đảo người dân tham gia"),
                score(criterion3, 7)));

        assertSame(model, appraised);
        assertEquals(46, model.appraisalTotal);
        assertEquals(60, model.appraisalMaxTotal);
        assertEquals(MobilizationStatus.APPRAISED, model.status);
        assertEquals("Hội đồng thẩm định tỉnh", model.appraiserName);
        assertEquals(TODAY, model.appraisedOn);
        assertEquals("Mô hình hiệu quả", model.appraisalComment);
        assertEquals(1, flushes);
    }

    @Test
    void eachScoreKeepsACopyOfItsCriterion() {
        lifecycle.appraise(model.id, null, request(score(criterion2, 24).comment("Tốt"), score(criterion1, 15),
                score(criterion3, 7)));

        // In the order given.
        assertEquals(List.of("TC2", "TC1", "TC3"),
                model.appraisalScores.stream().map(e -> e.criterionCode).toList());
        AppraisalScoreEntry entry = model.appraisalScores.get(0);
        assertEquals(criterion2.id, entry.criterionId);
        assertEquals("Sự tham gia của Nhân dân", entry.criterionName);
        assertEquals(24, entry.score);
        assertEquals(0, entry.minScore);
        assertEquals(30, entry.maxScore);
        assertEquals("Tốt", entry.comment);
        assertNull(model.appraisalScores.get(1).comment);
        assertEquals(1, model.appraisalScores.get(2).minScore);

        // A later change of the criterion does not rewrite the appraisal.
        criterion2.name = "Tên mới";
        criterion2.maxScore = 50;
        assertEquals("Sự tham gia của Nhân dân", entry.criterionName);
        assertEquals(30, entry.maxScore);
    }

    @Test
    void theBoundsOfEachScaleAreAccepted() {
        lifecycle.appraise(model.id, null, request(score(criterion1, 0), score(criterion2, 30), score(criterion3, 1)));

        assertEquals(31, model.appraisalTotal);
        assertEquals(60, model.appraisalMaxTotal);
    }

    @Test
    void theHighestPossibleTotalIsThatOfTheScaleNotOfTheLowestScores() {
        lifecycle.appraise(model.id, null, request(score(criterion1, 0), score(criterion2, 0), score(criterion3, 1)));

        assertEquals(1, model.appraisalTotal);
        assertEquals(60, model.appraisalMaxTotal);
    }

    @Test
    void aScoreOutsideItsScaleIsRefusedNamingTheScale() {
        List<FieldViolation> violations = refusal(request(score(criterion1, 21), score(criterion2, -1),
                score(criterion3, 0)));

        assertEquals("scores[0].score Range; scores[1].score Range; scores[2].score Range", summary(violations));
        assertEquals("mobilization.score-out-of-range", violations.get(0).messageKey());
        assertArrayEquals(new Object[] {"TC1", 0, 20}, violations.get(0).args());
        assertArrayEquals(new Object[] {"TC3", 1, 10}, violations.get(2).args());
        assertUnchanged();
    }

    @Test
    void aCriterionOfAnotherScaleIsRefused() {
        UUID stranger = UUID.randomUUID();
        List<FieldViolation> violations = refusal(request(score(criterion1, 10),
                new AppraisalRequestScoresInner().criterionId(stranger).score(5), score(criterion2, 10),
                score(criterion3, 5)));

        assertEquals("scores[1].criterionId Unknown", summary(violations));
        assertEquals("mobilization.unknown-criterion", violations.get(0).messageKey());
        assertArrayEquals(new Object[] {stranger, "2026–2030"}, violations.get(0).args());
        assertUnchanged();
    }

    @Test
    void aCriterionScoredTwiceIsRefused() {
        List<FieldViolation> violations = refusal(request(score(criterion1, 10), score(criterion2, 10),
                score(criterion1, 12), score(criterion3, 5)));

        assertEquals("scores[2].criterionId Duplicate", summary(violations));
        assertArrayEquals(new Object[] {"TC1"}, violations.get(0).args());
        assertUnchanged();
    }

    @Test
    void everyCriterionMustBeScoredAndTheMissingAreNamedInTheScalesOrder() {
        List<FieldViolation> violations = refusal(request(score(criterion2, 10)));

        assertEquals("scores Missing", summary(violations));
        assertEquals("mobilization.missing-scores", violations.get(0).messageKey());
        assertArrayEquals(new Object[] {"TC1, TC3"}, violations.get(0).args());
        assertUnchanged();
    }

    @Test
    void missingScoresAreNotReportedOnTopOfOtherProblems() {
        List<FieldViolation> violations = refusal(request(score(criterion2, 31)));

        assertEquals("scores[0].score Range", summary(violations));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<FieldViolation> violations = refusal(request(score(criterion1, 99), score(criterion1, 5),
                new AppraisalRequestScoresInner().criterionId(UUID.randomUUID()).score(1), score(criterion2, 1),
                score(criterion3, 1)).appraisedOn(TODAY.plusDays(1)));

        assertEquals("appraisedOn Future; scores[0].score Range; scores[1].criterionId Duplicate;"
                + " scores[2].criterionId Unknown", summary(violations));
        assertUnchanged();
    }

    @Test
    void todayInVietnamIsNotInTheFuture() {
        // The clock says 7 December in UTC, 8 December in Vietnam: the 8th is today, the 9th is the future.
        lifecycle.appraise(model.id, null, request(score(criterion1, 1), score(criterion2, 1), score(criterion3, 1))
                .appraisedOn(LocalDate.of(2026, 12, 8)));
        assertEquals(MobilizationStatus.APPRAISED, model.status);

        model.status = MobilizationStatus.REGISTERED;
        List<FieldViolation> violations = refusal(request(score(criterion1, 1), score(criterion2, 1),
                score(criterion3, 1)).appraisedOn(LocalDate.of(2026, 12, 9)));
        assertEquals("appraisedOn Future", summary(violations));
        assertEquals("mobilization.date-in-future", violations.get(0).messageKey());
    }

    @Test
    void aNewAppraisalReplacesTheScoresHeld() {
        AppraisalScoreEntry stale = new AppraisalScoreEntry();
        stale.criterionCode = "OLD";
        model.appraisalScores.add(stale);

        lifecycle.appraise(model.id, null, request(score(criterion1, 1), score(criterion2, 1), score(criterion3, 1)));

        assertEquals(List.of("TC1", "TC2", "TC3"), model.appraisalScores.stream().map(e -> e.criterionCode).toList());
    }

    // ---- preconditions ---------------------------------------------------------------------------------------

    @Test
    void withoutCriteriaThereIsNothingToScoreAgainst() {
        scale.clear();

        ApiException e = assertThrows(ApiException.class, () -> lifecycle.appraise(model.id, null, request()));

        assertEquals(ProblemType.CONFLICT, e.type());
        assertEquals("mobilization.no-criteria", e.detailKey());
        assertArrayEquals(new Object[] {"2026–2030"}, e.detailArgs());
        assertUnchanged();
    }

    @Test
    void onlyARegisteredModelIsAppraised() {
        for (MobilizationStatus status : MobilizationStatus.values()) {
            if (status == MobilizationStatus.REGISTERED) {
                continue;
            }
            model.status = status;
            ApiException e = assertThrows(ApiException.class, () -> lifecycle.appraise(model.id, null,
                    request(score(criterion1, 1), score(criterion2, 1), score(criterion3, 1))), status.name());
            assertEquals(ProblemType.INVALID_STATE, e.type());
            assertEquals(status, model.status);
            assertNull(model.appraisalTotal);
        }
        assertEquals(0, flushes);
    }

    @Test
    void aStaleIfMatchIsRefusedBeforeAnythingElse() {
        ApiException e = assertThrows(ApiException.class, () -> lifecycle.appraise(model.id, "\"3\"", request()));

        assertEquals(ProblemType.PRECONDITION_FAILED, e.type());
        assertUnchanged();
        lifecycle.appraise(model.id, "\"4\"", request(score(criterion1, 2), score(criterion2, 3), score(criterion3, 4)));
        assertEquals(9, model.appraisalTotal);
    }

    @Test
    void returningForRevisionDropsTheAppraisal() {
        lifecycle.appraise(model.id, null, request(score(criterion1, 2), score(criterion2, 3), score(criterion3, 4)));

        lifecycle.returnForRevision(model.id, null, "Bổ sung số liệu");

        assertEquals(MobilizationStatus.RETURNED, model.status);
        assertEquals("Bổ sung số liệu", model.returnReason);
        assertNull(model.appraisalTotal);
        assertNull(model.appraisalMaxTotal);
        assertNull(model.appraiserName);
        assertNull(model.appraisedOn);
        assertNull(model.appraisalComment);
        assertTrue(model.appraisalScores.isEmpty());
    }
}
