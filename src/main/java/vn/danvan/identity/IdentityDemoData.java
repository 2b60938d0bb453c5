package vn.danvan.identity;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.GrantedRole;
import vn.danvan.organization.OrganizationRepository;
import vn.danvan.platform.demo.DemoDataSet;
import vn.danvan.platform.time.AppClock;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * Demo accounts for every role in the demo province, all with the password {@link #PASSWORD}
 * (listed in README; demo data only).
 */
@ApplicationScoped
class IdentityDemoData implements DemoDataSet {

    static final String PASSWORD = "DanVan@2026";

    private record Account(String username, String fullName, String position, String organizationCode, GrantedRole role) {
    }

    private static final List<Account> ACCOUNTS = List.of(
            new Account("admin", "Quản trị hệ thống", "Quản trị viên", "51", GrantedRole.SYSTEM_ADMIN),
            new Account("dieuphoi.snv", "Đặng Ngọc Dũng", "Chuyên viên Phòng Xây dựng chính quyền, Sở Nội vụ",
                    "000.00.02.H51", GrantedRole.COORDINATOR),
            new Account("thanhtra.tinh", "Trương Văn Sơn", "Thanh tra viên, Thanh tra tỉnh", "000.00.03.H51",
                    GrantedRole.COORDINATOR),
            new Account("quantri.tinh", "Nguyễn Văn Thanh", "Phó Chánh Văn phòng UBND tỉnh", "51", GrantedRole.ORG_ADMIN),
            new Account("quantri.tinhkhe", "Lê Thị Mai", "Công chức Văn phòng - Thống kê xã Tịnh Khê", "21006",
                    GrantedRole.ORG_ADMIN),
            new Account("canbo.tinhkhe", "Nguyễn Văn An", "Công chức Văn hóa - Xã hội xã Tịnh Khê", "21006", GrantedRole.OFFICER),
            new Account("xem.tinhkhe", "Phạm Thị Hoa", "Phó Chủ tịch Hội đồng nhân dân xã Tịnh Khê", "21006", GrantedRole.VIEWER),
            new Account("canbo.camthanh", "Trần Văn Bình", "Công chức Văn phòng - Thống kê phường Cẩm Thành", "21001",
                    GrantedRole.OFFICER),
            new Account("mttq.tinh", "Võ Thị Kim", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "MT51",
                    GrantedRole.FRONT_OFFICER),
            new Account("cong-dvc-quangngai", "Cổng Dịch vụ công tỉnh Quảng Ngãi", "Ứng dụng", "51",
                    GrantedRole.PORTAL_CLIENT));

    private final OrganizationRepository organizations;
    private final UserRepository users;
    private final PasswordHasher passwords;
    private final AppClock clock;

    IdentityDemoData(OrganizationRepository organizations, UserRepository users, PasswordHasher passwords,
                     AppClock clock) {
        this.organizations = organizations;
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "accounts";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load() {
        String hash = passwords.hash(PASSWORD);
        for (Account demo : ACCOUNTS) {
            if (users.findByUsername(demo.username()).isPresent()) {
                continue;
            }
            UserAccount account = new UserAccount();
            account.id = UUID.randomUUID();
            account.username = demo.username();
            account.fullName = demo.fullName();
            account.position = demo.position();
            account.organizationId = organizations.findCodeHolder(demo.organizationCode()).orElseThrow().id;
            account.roles = EnumSet.of(demo.role());
            account.active = true;
            account.passwordHash = hash;
            account.passwordChangedAt = clock.now();
            account.demo = true;
            users.persist(account);
        }
    }
}
