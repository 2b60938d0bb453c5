package vn.danvan.reception;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.CaseCreate;
import vn.danvan.api.model.CaseDecisionCreate;
import vn.danvan.api.model.CaseInstance;
import vn.danvan.api.model.CaseTransition;
import vn.danvan.api.model.CaseTransitionStatus;
import vn.danvan.api.model.CitizenInput;
import vn.danvan.api.model.IdDocumentType;
import vn.danvan.api.model.ReceptionChannel;
import vn.danvan.api.model.ReceptionDomain;
import vn.danvan.api.model.ReceptionFlagsInput;
import vn.danvan.api.model.ReceptionHandling;
import vn.danvan.api.model.ReceptionKind;
import vn.danvan.api.model.ReceptionScheduleCreate;
import vn.danvan.api.model.ReceptionType;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.demo.DemoDataSet;
import vn.danvan.platform.time.AppClock;
import vn.danvan.reception.casefile.CaseEntity;
import vn.danvan.reception.casefile.CaseService;
import vn.danvan.reception.record.ReceptionEntity;
import vn.danvan.reception.record.ReceptionInput;
import vn.danvan.reception.record.ReceptionService;
import vn.danvan.reception.schedule.ScheduleService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A year of receptions and cases in the demo province (Quảng Ngãi): the communes' books and the
 * provincial reception office's, with a mass case, a level-skipping case, an overdue case and a hot spot
 * (repeated mass complaints about pollution in Minh Long). Names and ID numbers are invented; the
 * generator is seeded, so every load gives the same records relative to the day it runs.
 */
@ApplicationScoped
class ReceptionDemoData implements DemoDataSet {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Đinh"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Quốc", "Thanh", "Ngọc"};
    private static final String[] GIVEN = {"An", "Bình", "Cúc", "Dũng", "Hoa", "Hùng", "Lan", "Nam", "Sơn", "Tâm", "Yến"};
    private static final String[][] SUBJECTS = {
            {"LAND", "Tranh chấp ranh giới thửa đất với hộ liền kề tại thôn"},
            {"COMPENSATION_RESETTLEMENT", "Khiếu nại giá bồi thường khi thu hồi đất làm đường tại thôn"},
            {"ENVIRONMENT", "Phản ánh cơ sở chế biến gây ô nhiễm nguồn nước tại thôn"},
            {"ADMINISTRATIVE_PROCEDURES", "Kiến nghị giải quyết chậm hồ sơ cấp giấy chứng nhận quyền sử dụng đất ở thôn"},
            {"SOCIAL_POLICY", "Đề nghị xem xét chế độ hộ cận nghèo cho gia đình ở thôn"},
            {"OFFICIAL_CONDUCT", "Tố cáo cán bộ địa chính có dấu hiệu gây khó khăn khi làm thủ tục ở thôn"}};

    private final OrganizationTreeQueries directory;
    private final ReceptionService receptions;
    private final CaseService cases;
    private final ScheduleService schedules;
    private final AppClock clock;

    ReceptionDemoData(OrganizationTreeQueries directory, ReceptionService receptions, CaseService cases,
                      ScheduleService schedules, AppClock clock) {
        this.directory = directory;
        this.receptions = receptions;
        this.cases = cases;
        this.schedules = schedules;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "receptions";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void load() {
        LocalDate today = clock.today();
        Random random = new Random(51);
        List<UUID> communes = new ArrayList<>();
        for (int code = 21001; code <= 21023; code++) {
            id(String.valueOf(code)).ifPresent(communes::add);
        }
        UUID provinceOffice = id("000.01.03.H51").orElse(null);
        if (communes.isEmpty() || provinceOffice == null) {
            return;
        }
        for (int i = 0; i < 240; i++) {
            UUID commune = communes.get(random.nextInt(communes.size()));
            LocalDate day = today.minusDays(1 + random.nextInt(364));
            String[] subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
            ReceptionKind kind = subject[0].equals("OFFICIAL_CONDUCT") ? ReceptionKind.DENUNCIATION
                    : subject[0].equals("ENVIRONMENT") ? ReceptionKind.FEEDBACK
                    : random.nextBoolean() ? ReceptionKind.COMPLAINT : ReceptionKind.PETITION;
            ReceptionHandling handling = kind == ReceptionKind.COMPLAINT || kind == ReceptionKind.DENUNCIATION
                    ? (random.nextInt(4) == 0 ? ReceptionHandling.RETURNED_WITH_GUIDANCE : ReceptionHandling.ACCEPTED)
                    : ReceptionHandling.ANSWERED_DIRECTLY;
            ReceptionEntity r = record(commune, commune, day, kind, ReceptionDomain.fromValue(subject[0]),
                    subject[1] + " " + (1 + random.nextInt(9)) + ".", 1, List.of(citizen(random, false)), handling,
                    new ReceptionFlagsInput(), random);
            if (handling == ReceptionHandling.ACCEPTED && day.isBefore(today.minusDays(60))) {
                CaseEntity c = cases.open(new CaseCreate().receptionId(r.id).instance(CaseInstance.FIRST)
                        .acceptedOn(day.plusDays(3 + random.nextInt(5))), true);
                cases.decide(c.id, null, new CaseDecisionCreate().number((100 + i) + "/QĐ-UBND")
                        .decidedOn(c.acceptedOn.plusDays(20 + random.nextInt(10)))
                        .summary("Giải quyết theo quy định; đã thông báo cho công dân.")
                        .publishResult(random.nextInt(3) == 0)
                        .publicSummary("Vụ việc về " + subject[1].toLowerCase(java.util.Locale.forLanguageTag("vi"))
                                .replace(" tại thôn", "").replace(" ở thôn", "") + " đã được giải quyết."));
            }
        }
        UUID tinhKhe = communes.get(Math.min(5, communes.size() - 1));
        // A mass case (đông người): 12 households, three representatives.
        ReceptionEntity mass = record(provinceOffice, tinhKhe, today.minusDays(40), ReceptionKind.COMPLAINT,
                ReceptionDomain.COMPENSATION_RESETTLEMENT,
                "12 hộ dân thôn Mỹ Lai khiếu nại giá bồi thường đất nông nghiệp dự án đường ven biển Dung Quất – Sa Huỳnh.",
                12, List.of(citizen(random, true), citizen(random, true), citizen(random, true)), ReceptionHandling.ACCEPTED,
                new ReceptionFlagsInput().complex(true), random);
        CaseEntity massCase = cases.open(new CaseCreate().receptionId(mass.id).instance(CaseInstance.FIRST).complex(true)
                .acceptedOn(today.minusDays(35)), true);
        cases.transition(massCase.id, null, new CaseTransition().status(CaseTransitionStatus.VERIFYING)
                .changedOn(today.minusDays(30)).note("Giao Thanh tra tỉnh xác minh"));
        // A level-skipping case (vượt cấp): brought to the province before the commune resolved it.
        record(provinceOffice, communes.get(0), today.minusDays(25), ReceptionKind.COMPLAINT, ReceptionDomain.LAND,
                "Khiếu nại quyết định thu hồi đất của UBND phường chưa được giải quyết lần đầu, công dân lên thẳng tỉnh.",
                1, List.of(citizen(random, false)), ReceptionHandling.RETURNED_WITH_GUIDANCE,
                new ReceptionFlagsInput().levelSkipping(true), random);
        // An overdue case: a complaint accepted 80 days ago, no decision yet (30-day limit).
        ReceptionEntity late = record(communes.get(2), communes.get(2), today.minusDays(85), ReceptionKind.COMPLAINT,
                ReceptionDomain.ADMINISTRATIVE_PROCEDURES, "Khiếu nại việc từ chối cấp đổi giấy chứng nhận quyền sử dụng đất.",
                1, List.of(citizen(random, false)), ReceptionHandling.ACCEPTED, new ReceptionFlagsInput().prolonged(true), random);
        cases.open(new CaseCreate().receptionId(late.id).instance(CaseInstance.FIRST).acceptedOn(today.minusDays(80)), true);
        // A hot spot (điểm nóng): repeated mass feedback on pollution in Minh Long within two months.
        UUID minhLong = communes.get(Math.min(14, communes.size() - 1));
        for (int i = 0; i < 4; i++) {
            record(i % 2 == 0 ? minhLong : provinceOffice, minhLong, today.minusDays(55 - i * 14L), ReceptionKind.FEEDBACK,
                    ReceptionDomain.ENVIRONMENT, "Người dân thôn Phước Thịnh phản ánh cơ sở chế biến mủ cao su xả thải gây ô nhiễm"
                            + " suối, lần thứ " + (i + 1) + ".", 6 + i * 3, List.of(citizen(random, true), citizen(random, true)),
                    ReceptionHandling.ANSWERED_DIRECTLY, new ReceptionFlagsInput().repeated(i > 0).levelSkipping(i % 2 == 1), random);
        }
        // The published schedule: the chairman's periodic reception days for the next two months.
        for (int week = 0; week < 8; week++) {
            LocalDate day = today.plusDays(7L * week + 1);
            schedules.create(new ReceptionScheduleCreate().organizationId(provinceOffice)
                    .sessionType(week % 4 == 0 ? ReceptionType.PERIODIC_HEAD : ReceptionType.REGULAR)
                    .sessionDate(day).startTime("07:30").endTime("11:30")
                    .place("Trụ sở Tiếp công dân tỉnh, 96 Hùng Vương, phường Cẩm Thành")
                    .hostName(week % 4 == 0 ? "Chủ tịch UBND tỉnh" : "Võ Minh Tâm")
                    .hostPosition(week % 4 == 0 ? "Chủ tịch UBND tỉnh" : "Trưởng Ban Tiếp công dân tỉnh")
                    .delegated(false).published(true));
        }
    }

    private ReceptionEntity record(UUID receiving, UUID concerned, LocalDate day, ReceptionKind kind, ReceptionDomain domain,
                                   String content, int people, List<CitizenInput> citizens, ReceptionHandling handling,
                                   ReceptionFlagsInput flags, Random random) {
        ReceptionInput input = new ReceptionInput(day, ReceptionType.REGULAR,
                random.nextInt(5) == 0 ? ReceptionChannel.MAIL : ReceptionChannel.IN_PERSON, null, false, kind, domain, people,
                citizens, content, null, handling, null, null, concerned, null, flags, List.of("Cán bộ tiếp công dân"), null,
                null, null);
        return receptions.create(null, receiving, input, true);
    }

    private static CitizenInput citizen(Random random, boolean representative) {
        String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                + GIVEN[random.nextInt(GIVEN.length)];
        String id = "051" + String.format("%09d", random.nextInt(1_000_000_000));
        return new CitizenInput().fullName(name).address("Thôn " + (1 + random.nextInt(9)) + ", tỉnh Quảng Ngãi")
                .phone("09" + String.format("%08d", random.nextInt(100_000_000))).idType(IdDocumentType.CCCD).idNumber(id)
                .representative(representative);
    }

    private java.util.Optional<UUID> id(String code) {
        return directory.treePath(code).map(path -> {
            String hex = path.substring(path.lastIndexOf('/') + 1);
            return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                    + hex.substring(16, 20) + "-" + hex.substring(20));
        });
    }
}
