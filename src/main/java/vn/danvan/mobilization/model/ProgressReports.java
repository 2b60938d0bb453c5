package vn.danvan.mobilization.model;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.ProgressReportCreate;
import vn.danvan.api.model.ProgressReportKind;
import vn.danvan.mobilization.settings.RegistrationWindows;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.files.AttachmentService;
import vn.danvan.platform.paging.ListQuery;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.paging.SortKey;
import vn.danvan.platform.paging.Sorting;
import vn.danvan.platform.time.AppClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Progress reports and yearly result reports of a model. A yearly report is due on the report deadline
 * of the province's registration window for that year (e.g. 20/9); its reported indicator values
 * become the model's achieved values. Callers hold the transaction.
 */
@ApplicationScoped
public class ProgressReports implements PanacheRepositoryBase<ProgressReportEntity, UUID> {

    private static final Sorting<ProgressReportEntity> SORTING = new Sorting<>(List.of(
            new SortKey<>("reportDate", "e.reportDate", LocalDate.class, r -> r.reportDate)),
            "e.id", r -> r.id, "-reportDate");

    private final ModelAccess access;
    private final RegistrationWindows windows;
    private final AttachmentService attachments;
    private final AppClock clock;

    ProgressReports(ModelAccess access, RegistrationWindows windows, AttachmentService attachments, AppClock clock) {
        this.access = access;
        this.windows = windows;
        this.attachments = attachments;
        this.clock = clock;
    }

    public Page<ProgressReportEntity> list(UUID modelId, PageRequest page) {
        access.get(modelId);
        return ListQuery.of(ProgressReportEntity.class).equal("e.modelId", modelId)
                .page(getEntityManager(), SORTING.parse(null), page);
    }

    public ProgressReportEntity create(UUID modelId, ProgressReportCreate request) {
        MobilizationModelEntity model = access.get(modelId);
        UUID id = request.getId() == null ? UUID.randomUUID() : request.getId();
        if (findById(id) != null) {
            throw ApiException.idTaken();
        }
        ModelAction.PROGRESS_REPORT.requireAllowed(model);
        List<FieldViolation> violations = new ArrayList<>();
        boolean yearly = request.getKind() == ProgressReportKind.YEARLY;
        if (yearly && request.getReportYear() == null) {
            violations.add(FieldViolation.of("reportYear", "NotNull", "mobilization.report-year-required"));
        }
        if (request.getReportDate().isAfter(clock.today())) {
            violations.add(FieldViolation.of("reportDate", "Future", "mobilization.date-in-future"));
        }
        Set<String> indicatorNames = new HashSet<>();
        model.indicators.forEach(i -> indicatorNames.add(i.name));
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < request.getIndicatorValues().size(); i++) {
            String name = request.getIndicatorValues().get(i).getName().trim();
            if (!indicatorNames.contains(name)) {
                violations.add(FieldViolation.of("indicatorValues[" + i + "].name", "Unknown",
                        "mobilization.unknown-indicator", name));
            } else if (!reported.add(name)) {
                violations.add(FieldViolation.of("indicatorValues[" + i + "].name", "Duplicate",
                        "mobilization.duplicate-indicator", name));
            }
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        // The photos must be the model's own; the report keeps their IDs as sent (ModelRequestMapper).
        attachments.requireOwned(ModelFiles.PHOTOS, modelId, request.getPhotoIds(), "photoIds");
        if (yearly && count("modelId = ?1 and kind = ?2 and reportYear = ?3 and deletedAt is null", modelId,
                ProgressReportKind.YEARLY, request.getReportYear()) > 0) {
            throw new ApiException(ProblemType.CONFLICT, "mobilization.yearly-report-exists", request.getReportYear());
        }
        ProgressReportEntity report = ModelRequestMapper.INSTANCE.newReport(request);
        report.id = id;
        report.modelId = modelId;
        if (yearly) {
            report.dueOn = windows.forYear(model.provinceId, request.getReportYear())
                    .map(w -> w.reportDueOn).orElse(null);
        }
        // The reported values become the model's achieved values.
        for (ProgressReportEntity.ReportedValue value : report.values) {
            model.indicators.stream().filter(i -> i.name.equals(value.name)).forEach(i -> i.achieved = value.value);
        }
        persist(report);
        flush();
        return report;
    }
}
