package vn.danvan.task;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.DirectiveCreate;
import vn.danvan.api.model.DirectiveType;
import vn.danvan.api.model.Recurrence;
import vn.danvan.api.model.RecurrenceFrequency;
import vn.danvan.api.model.RecurringTaskCreate;
import vn.danvan.api.model.TaskCreate;
import vn.danvan.api.model.TaskExtensionCreate;
import vn.danvan.api.model.TaskPriority;
import vn.danvan.api.model.TaskReportSubmission;
import vn.danvan.api.model.TaskProgressUpdateCreate;
import vn.danvan.directive.DirectiveService;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.demo.DemoDataSet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The five seed directives (and two central documents they cite) with their tasks, for the demo
 * province, from demo/directives.json. Tasks are taken through the same services as the API, so
 * their timelines and notifications are real.
 */
@ApplicationScoped
class TaskDemoData implements DemoDataSet {

    record Step(String action, Integer percent, String text, LocalDate date) {
    }

    record DemoTask(String itemNumber, String title, String leadCode, List<String> coordinatingCodes,
                    LocalDate startDate, LocalDate dueDate, TaskPriority priority, List<Step> steps) {
    }

    record DemoRecurringTask(String itemNumber, String title, String leadCode, RecurrenceFrequency frequency,
                             Integer dueMonth, int dueDay, LocalDate fromDate, LocalDate untilDate) {
    }

    record DemoDirective(String key, DirectiveType type, String issuerCode, String externalIssuer, String numberSymbol,
                         LocalDate issueDate, String subject, String signerName, String signerPosition,
                         List<String> recipientCodes, List<String> legalBases, String summary, List<DemoTask> tasks,
                         List<DemoRecurringTask> recurringTasks) {
    }

    record DemoFile(String comment, List<DemoDirective> directives) {
    }

    private final DirectiveService directives;
    private final TaskService tasks;
    private final TaskProgress progress;
    private final OrganizationTreeQueries organizations;
    private final vn.danvan.platform.time.AppClock clock;

    TaskDemoData(DirectiveService directives, TaskService tasks, TaskProgress progress,
                 OrganizationTreeQueries organizations, vn.danvan.platform.time.AppClock clock) {
        this.clock = clock;
        this.directives = directives;
        this.tasks = tasks;
        this.progress = progress;
        this.organizations = organizations;
    }

    @Override
    public String name() {
        return "directives-and-tasks";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load() {
        Map<String, UUID> byKey = new HashMap<>();
        for (DemoDirective d : read().directives()) {
            DirectiveCreate create = new DirectiveCreate().type(d.type()).numberSymbol(d.numberSymbol())
                    .issueDate(d.issueDate()).subject(d.subject()).signerName(d.signerName())
                    .signerPosition(d.signerPosition()).summary(d.summary()).externalIssuer(d.externalIssuer())
                    .issuerOrganizationId(d.issuerCode() == null ? null : unit(d.issuerCode()))
                    .recipientOrganizationIds(units(d.recipientCodes()))
                    .legalBasisIds(d.legalBases() == null ? null
                            : d.legalBases().stream().map(byKey::get).distinct().toList());
            UUID id = directives.create(create, true).id;
            directives.issue(id, null);
            byKey.put(d.key(), id);
            for (DemoTask t : d.tasks() == null ? List.<DemoTask>of() : d.tasks()) {
                TaskEntity task = tasks.create(new TaskCreate().directiveId(id).itemNumber(t.itemNumber()).title(t.title())
                        .assigningOrganizationId(d.issuerCode() == null ? null : unit(d.issuerCode()))
                        .leadOrganizationId(unit(t.leadCode())).coordinatingOrganizationIds(units(t.coordinatingCodes()))
                        .startDate(t.startDate()).dueDate(t.dueDate()).priority(t.priority()), true);
                for (Step step : t.steps()) {
                    apply(task, step);
                }
            }
            for (DemoRecurringTask r : d.recurringTasks() == null ? List.<DemoRecurringTask>of() : d.recurringTasks()) {
                tasks.createRecurring(new RecurringTaskCreate().directiveId(id).itemNumber(r.itemNumber()).title(r.title())
                        .assigningOrganizationId(unit(d.issuerCode())).leadOrganizationId(unit(r.leadCode()))
                        .recurrence(new Recurrence().frequency(r.frequency()).dueMonth(r.dueMonth()).dueDay(r.dueDay())
                                .fromDate(r.fromDate()).untilDate(r.untilDate())), UUID.randomUUID(), true);
            }
        }
    }

    private void apply(TaskEntity task, Step step) {
        switch (step.action()) {
            case "acknowledge" -> tasks.acknowledge(task.id, null);
            case "start" -> tasks.start(task.id, null);
            case "progress" -> progress.addUpdate(task.id, new TaskProgressUpdateCreate().text(step.text()).percentDone(step.percent()));
            case "report" -> tasks.report(task.id, null, new TaskReportSubmission().text(step.text()));
            case "accept" -> tasks.accept(task.id, null, step.text());
            case "return" -> tasks.returnReport(task.id, null, step.text());
            // a demo loaded later than the file was written still asks for a date ahead
            case "extension" -> progress.requestExtension(task.id, new TaskExtensionCreate().reason(step.text())
                    .requestedDueDate(latest(step.date(), task.dueDate.plusDays(30), clock.today().plusDays(30))));
            default -> throw new IllegalStateException("Unknown demo step " + step.action());
        }
    }

    private static LocalDate latest(LocalDate... dates) {
        return java.util.Arrays.stream(dates).max(LocalDate::compareTo).orElseThrow();
    }

    private UUID unit(String code) {
        return organizations.idOf(code).orElseThrow(() -> new IllegalStateException("Demo unit missing: " + code));
    }

    private List<UUID> units(List<String> codes) {
        return codes == null ? null : codes.stream().map(this::unit).distinct().toList();
    }

    private static DemoFile read() {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("demo/directives.json")) {
            return json.readValue(in, DemoFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
