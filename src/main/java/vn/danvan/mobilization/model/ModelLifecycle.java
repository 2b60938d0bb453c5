package vn.danvan.mobilization.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import vn.danvan.api.model.AppraisalRequest;
import vn.danvan.api.model.AppraisalRequestScoresInner;
import vn.danvan.api.model.Commendation;
import vn.danvan.api.model.MobilizationStatus;
import vn.danvan.api.model.OutstandingSelection;
import vn.danvan.api.model.Recognition;
import vn.danvan.api.model.Rejection;
import vn.danvan.mobilization.settings.AppraisalCriteria;
import vn.danvan.mobilization.settings.AppraisalCriterionEntity;
import vn.danvan.mobilization.settings.Phases;
import vn.danvan.mobilization.settings.RegistrationWindowEntity;
import vn.danvan.mobilization.settings.RegistrationReopenings;
import vn.danvan.mobilization.settings.RegistrationWindows;
import vn.danvan.organization.UnitValidity;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.etag.EntityTags;
import vn.danvan.platform.time.AppClock;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The lifecycle actions of a model (đăng ký → thẩm định → công nhận → tiêu biểu → khen thưởng, with
 * return, withdrawal and publication). Each checks the If-Match tag, then the status (409 naming it),
 * then its own input (400), and changes nothing when any check fails. Callers hold the transaction.
 */
@ApplicationScoped
public class ModelLifecycle {

    public static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ModelAccess access;
    private final ModelRepository repository;
    private final RegistrationWindows windows;
    private final AppraisalCriteria criteria;
    private final AppClock clock;
    private final Event<ModelPublication> publications;
    private final UnitValidity validity;
    private final RegistrationReopenings reopenings;

    ModelLifecycle(ModelAccess access, ModelRepository repository, RegistrationWindows windows,
                   AppraisalCriteria criteria, AppClock clock, Event<ModelPublication> publications,
                   UnitValidity validity, RegistrationReopenings reopenings) {
        this.validity = validity;
        this.reopenings = reopenings;
        this.publications = publications;
        this.access = access;
        this.repository = repository;
        this.windows = windows;
        this.criteria = criteria;
        this.clock = clock;
    }

    public MobilizationModelEntity register(UUID id, String ifMatch) {
        return act(id, ifMatch, ModelAction.REGISTRATION, model -> {
            LocalDate today = clock.today();
            // A draft of a unit dissolved since cannot be registered in its name: the successor registers it.
            validity.require("organizationId", model.organizationId, today);
            RegistrationWindowEntity window = windows.forYear(model.provinceId, model.registrationYear)
                    .orElseThrow(() -> new ApiException(ProblemType.OUTSIDE_REGISTRATION_WINDOW,
                            "mobilization.no-window", model.registrationYear));
            if (!window.isOpenOn(today) && reopenings.inForce(window, model.organizationId, today).isEmpty()) {
                throw new ApiException(ProblemType.OUTSIDE_REGISTRATION_WINDOW, "mobilization.outside-window",
                        model.registrationYear, window.opensOn.format(VIETNAMESE_DATE),
                        window.closesOn.format(VIETNAMESE_DATE), today.format(VIETNAMESE_DATE), window.id);
            }
            model.registeredAt = clock.now();
            model.returnReason = null;
        });
    }

    public MobilizationModelEntity appraise(UUID id, String ifMatch, AppraisalRequest request) {
        return act(id, ifMatch, ModelAction.APPRAISAL, model -> {
            List<AppraisalCriterionEntity> scale = criteria.of(model.provinceId, model.phase);
            if (scale.isEmpty()) {
                throw new ApiException(ProblemType.CONFLICT, "mobilization.no-criteria", Phases.label(model.phase));
            }
            Map<UUID, AppraisalCriterionEntity> byId = new LinkedHashMap<>();
            scale.forEach(c -> byId.put(c.id, c));
            List<FieldViolation> violations = new ArrayList<>();
            if (request.getAppraisedOn().isAfter(clock.today())) {
                violations.add(FieldViolation.of("appraisedOn", "Future", "mobilization.date-in-future"));
            }
            Set<UUID> scored = new HashSet<>();
            List<AppraisalScoreEntry> entries = new ArrayList<>();
            int total = 0;
            int maxTotal = 0;
            for (int i = 0; i < request.getScores().size(); i++) {
                AppraisalRequestScoresInner score = request.getScores().get(i);
                AppraisalCriterionEntity criterion = byId.get(score.getCriterionId());
                String field = "scores[" + i + "]";
                if (criterion == null) {
                    violations.add(FieldViolation.of(field + ".criterionId", "Unknown", "mobilization.unknown-criterion",
                            score.getCriterionId(), Phases.label(model.phase)));
                    continue;
                }
                if (!scored.add(criterion.id)) {
                    violations.add(FieldViolation.of(field + ".criterionId", "Duplicate",
                            "mobilization.duplicate-score", criterion.code));
                    continue;
                }
                if (score.getScore() < criterion.minScore || score.getScore() > criterion.maxScore) {
                    violations.add(FieldViolation.of(field + ".score", "Range", "mobilization.score-out-of-range",
                            criterion.code, criterion.minScore, criterion.maxScore));
                    continue;
                }
                entries.add(ModelDecisionMapper.INSTANCE.entry(score, criterion));
                total += score.getScore();
                maxTotal += criterion.maxScore;
            }
            String missing = scale.stream().filter(c -> !scored.contains(c.id)).map(c -> c.code)
                    .collect(Collectors.joining(", "));
            if (!missing.isEmpty() && violations.isEmpty()) {
                violations.add(FieldViolation.of("scores", "Missing", "mobilization.missing-scores", missing));
            }
            if (!violations.isEmpty()) {
                throw ApiException.invalid(violations);
            }
            ModelDecisionMapper.INSTANCE.appraise(request, model);
            model.appraisalTotal = total;
            model.appraisalMaxTotal = maxTotal;
            model.appraisalScores.clear();
            model.appraisalScores.addAll(entries);
        });
    }

    public MobilizationModelEntity recognize(UUID id, String ifMatch, Recognition request) {
        return act(id, ifMatch, ModelAction.RECOGNITION, model -> {
            requireNotFuture("decisionDate", request.getDecisionDate());
            ModelDecisionMapper.INSTANCE.recognize(request, model);
        });
    }

    public MobilizationModelEntity reject(UUID id, String ifMatch, Rejection request) {
        return act(id, ifMatch, ModelAction.REJECTION, model -> {
            ModelDecisionMapper.INSTANCE.reject(request, model, clock.today());
        });
    }

    public MobilizationModelEntity selectOutstanding(UUID id, String ifMatch, OutstandingSelection request) {
        return act(id, ifMatch, ModelAction.OUTSTANDING_SELECTION, model -> {
            ModelDecisionMapper.INSTANCE.selectOutstanding(request, model, clock.today());
        });
    }

    public MobilizationModelEntity commend(UUID id, String ifMatch, Commendation request) {
        return act(id, ifMatch, ModelAction.COMMENDATION, model -> {
            requireNotFuture("decisionDate", request.getDecisionDate());
            ModelDecisionMapper.INSTANCE.commend(request, model);
        });
    }

    /** Back to the registering organisation for revision; the appraisal, if any, no longer holds. */
    public MobilizationModelEntity returnForRevision(UUID id, String ifMatch, String reason) {
        return act(id, ifMatch, ModelAction.RETURN, model -> {
            model.returnReason = reason;
            model.appraiserName = null;
            model.appraisedOn = null;
            model.appraisalComment = null;
            model.appraisalTotal = null;
            model.appraisalMaxTotal = null;
            model.appraisalScores.clear();
        });
    }

    public MobilizationModelEntity withdraw(UUID id, String ifMatch, String reason) {
        return act(id, ifMatch, ModelAction.WITHDRAWAL, model -> {
            model.withdrawalReason = reason;
        });
    }

    public MobilizationModelEntity publish(UUID id, String ifMatch) {
        boolean[] newly = {false};
        MobilizationModelEntity published = act(id, ifMatch, ModelAction.PUBLICATION, model -> {
            if (model.publishedAt == null) {
                // At the precision the column keeps, so that this answer, the event and later reads agree.
                model.publishedAt = clock.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
                newly[0] = true;
            }
        });
        if (newly[0]) {
            publications.fire(new ModelPublication(published, true));
        }
        return published;
    }

    public void unpublish(UUID id, String ifMatch) {
        MobilizationModelEntity model = access.get(id);
        EntityTags.require(ifMatch, model.version);
        boolean was = model.publishedAt != null;
        model.publishedAt = null;
        repository.flush();
        if (was) {
            publications.fire(new ModelPublication(model, false));
        }
    }

    private MobilizationModelEntity act(UUID id, String ifMatch, ModelAction action,
                                        Consumer<MobilizationModelEntity> change) {
        MobilizationModelEntity model = access.get(id);
        EntityTags.check(ifMatch, model.version);
        MobilizationStatus next = ModelTransitions.TABLE.require(action, model.status);
        change.accept(model);
        model.status = next;
        repository.flush();
        return model;
    }

    private void requireNotFuture(String field, LocalDate date) {
        if (date != null && date.isAfter(clock.today())) {
            throw ApiException.invalid(FieldViolation.of(field, "Future", "mobilization.date-in-future"));
        }
    }
}
