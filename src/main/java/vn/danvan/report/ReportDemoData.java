package vn.danvan.report;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.ReportPeriod;
import vn.danvan.api.model.ReportRequestCreate;
import vn.danvan.api.model.ReportUpdate;
import vn.danvan.api.model.StatisticsCorrection;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.demo.DemoDataSet;
import vn.danvan.platform.time.AppClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A monthly report request of the province of Quảng Ngãi (code 51) to five communes for the last month whose
 * Nghị định 09/2019 window has closed, one report submitted (with a correction), one drafted, three not begun.
 * Loaded after the tasks, models and receptions so that the statistics have something to count.
 */
@ApplicationScoped
class ReportDemoData implements DemoDataSet {

    private final ReportService reports;
    private final OrganizationTreeQueries organizations;
    private final AppClock clock;

    ReportDemoData(ReportService reports, OrganizationTreeQueries organizations, AppClock clock) {
        this.reports = reports;
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "periodic-reports";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void load() {
        UUID province = organizations.idOf("51").orElse(null);
        List<UUID> communes = new ArrayList<>();
        for (int code = 21001; code <= 21005; code++) {
            organizations.idOf(String.valueOf(code)).ifPresent(communes::add);
        }
        if (province == null || communes.size() < 2) {
            return;
        }
        LocalDate today = clock.today();
        // The latest month whose window (15th to 14th) has ended.
        LocalDate month = today.getDayOfMonth() > 14 ? today : today.minusMonths(1);
        ReportRequestEntity request = reports.create(new ReportRequestCreate()
                .title("Báo cáo kết quả công tác dân vận chính quyền tháng " + month.getMonthValue() + "/" + month.getYear())
                .requestingOrganizationId(province).period(ReportPeriod.MONTHLY).year(month.getYear())
                .number(month.getMonthValue()).deadline(LocalDate.of(month.getYear(), month.getMonth(), 20))
                .organizationIds(communes));
        List<ReportEntity> made = reports.reportsOf(request.id);
        ReportEntity submitted = made.stream().filter(r -> r.organizationId.equals(communes.get(0))).findFirst().orElseThrow();
        ReportEntity drafted = made.stream().filter(r -> r.organizationId.equals(communes.get(1))).findFirst().orElseThrow();
        ReportEntity edited = reports.update(submitted.id, "\"" + submitted.version + "\"", new ReportUpdate()
                .results("Tổ chức tiếp công dân định kỳ đúng lịch; tuyên truyền Nghị quyết về sắp xếp đơn vị hành chính đến"
                        + " 100% thôn.")
                .limitations("Một số đơn thư chuyển đến chậm do đường truyền mạng ở thôn vùng cao.")
                .lessons("Phối hợp chặt chẽ với Mặt trận Tổ quốc xã trong đối thoại với nhân dân.")
                .nextTasks("Rà soát các vụ việc đông người, giải quyết dứt điểm trước Tết.")
                .proposals("Đề nghị tỉnh hỗ trợ kinh phí nâng cấp điểm tiếp công dân.")
                .corrections(List.of(new StatisticsCorrection().figure("receptions.people").value(0L)
                        .reason("Số người được tiếp nhập trùng, đã đối chiếu sổ tiếp công dân"))));
        reports.submit(edited.id, "\"" + edited.version + "\"");
        reports.update(drafted.id, "\"" + drafted.version + "\"", new ReportUpdate()
                .results("Đang tổng hợp kết quả từ các thôn.").corrections(List.of()));
    }
}
