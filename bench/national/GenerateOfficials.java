import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Writes the national data's officials (issue 23) straight into the service's database: COUNT accounts (default
 * 100,000) over the organisations already there, weighted as the work is: a commune's people's committee 18 officials,
 * its offices and the province's departments, divisions and mass organisations 1 to 5, so that a busy commune's lists
 * have a realistic length (about 100,000 over the national tree's 21,637 units: some 19 per commune). Roles: 85 % OFFICER, 10 % VIEWER, 5 % ORG_ADMIN. Every account gets the password hash of an
 * existing account (HASH_OF, default the embedded run's `admin`), so that a benchmark can sign in as any of them with
 * that account's password, without computing 100,000 password hashes. Usernames are `cb.<unit code>.<n>`. Deterministic
 * (fixed seed); an account that exists already (same username) is kept, so a second run adds nothing.
 *
 * <pre>
 *   java -cp mysql-connector-j.jar bench/national/GenerateOfficials.java JDBC_URL [USER] [COUNT] [HASH_OF]
 * </pre>
 */
public class GenerateOfficials {

    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
            "Ngô", "Dương", "Lý", "Phan", "Vũ"};
    static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Quốc", "Thanh", "Ngọc", "Hữu", "Đức", "Thu", "Xuân"};
    static final String[] GIVEN = {"An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hoa", "Hùng", "Khánh", "Lan",
            "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Quang", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Yến"};
    static final String[] POSITIONS = {"Công chức Văn phòng - Thống kê", "Công chức Tư pháp - Hộ tịch",
            "Công chức Văn hóa - Xã hội", "Công chức Địa chính - Xây dựng", "Chuyên viên", "Phó Chủ tịch UBND",
            "Chủ tịch UBND", "Trưởng phòng", "Phó Trưởng phòng"};

    record Unit(byte[] id, String code, int weight) {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0] + (args[0].contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
        String user = args.length > 1 ? args[1] : "root";
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        String hashOf = args.length > 3 ? args[3] : "admin";
        Random random = new Random(20261208L);
        try (Connection db = DriverManager.getConnection(url, user, "")) {
            db.setAutoCommit(false);
            String hash;
            try (PreparedStatement ps = db.prepareStatement("SELECT password_hash FROM user_account WHERE username = ?")) {
                ps.setString(1, hashOf);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no account " + hashOf + " to take the password hash from");
                    }
                    hash = rs.getString(1);
                }
            }
            List<Unit> units = new ArrayList<>();
            long totalWeight = 0;
            try (ResultSet rows = db.createStatement().executeQuery("SELECT id, official_code, type FROM organization"
                    + " WHERE deleted_at IS NULL AND valid_to IS NULL AND parent_id IS NOT NULL ORDER BY official_code")) {
                while (rows.next()) {
                    String type = rows.getString(3);
                    String code = rows.getString(2);
                    boolean communeCommittee = type.equals("COMMUNE_PEOPLES_COMMITTEE") || type.equals("WARD_PEOPLES_COMMITTEE");
                    boolean communeOffice = code.matches("\\d{5}\\..*");
                    int weight = communeCommittee ? 18 : communeOffice ? 1 : 4;
                    units.add(new Unit(rows.getBytes(1), code, weight));
                    totalWeight += weight;
                }
            }
            if (units.isEmpty()) {
                throw new IllegalStateException("import the organisations first (bench/GenerateOrganizations.java --national)");
            }
            long[] cumulative = new long[units.size()];
            long sum = 0;
            for (int i = 0; i < units.size(); i++) {
                sum += units.get(i).weight();
                cumulative[i] = sum;
            }
            int[] perUnit = new int[units.size()];
            PreparedStatement insert = db.prepareStatement("INSERT IGNORE INTO user_account (id, username, full_name, position,"
                    + " organization_id, roles, active, password_hash, password_changed_at, token_epoch, failed_sign_ins, demo,"
                    + " created_at, updated_at, version, change_seq) VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, ?, 0, 0, FALSE, ?, ?, 0, 0)");
            Timestamp now = Timestamp.from(Instant.now());
            int written = 0;
            for (int i = 0; i < count; i++) {
                long pick = (long) (random.nextDouble() * totalWeight);
                int at = java.util.Arrays.binarySearch(cumulative, pick + 1);
                int index = at >= 0 ? at : -at - 1;
                Unit unit = units.get(index);
                int n = ++perUnit[index];
                int roll = random.nextInt(100);
                String roles = roll < 85 ? "OFFICER" : roll < 95 ? "VIEWER" : "ORG_ADMIN";
                insert.setBytes(1, bytes(new UUID(random.nextLong(), random.nextLong())));
                insert.setString(2, ("cb." + unit.code() + "." + n).toLowerCase());
                insert.setString(3, FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)]
                        + " " + GIVEN[random.nextInt(GIVEN.length)]);
                insert.setString(4, POSITIONS[random.nextInt(POSITIONS.length)]);
                insert.setBytes(5, unit.id());
                insert.setString(6, roles);
                insert.setString(7, hash);
                insert.setTimestamp(8, now);
                insert.setTimestamp(9, now);
                insert.setTimestamp(10, now);
                insert.addBatch();
                if (++written % 5_000 == 0) {
                    insert.executeBatch();
                    db.commit();
                }
            }
            insert.executeBatch();
            db.commit();
            try (ResultSet rs = db.createStatement().executeQuery(
                    "SELECT COUNT(*), COUNT(DISTINCT organization_id) FROM user_account WHERE username LIKE 'cb.%'")) {
                rs.next();
                System.out.printf("officials: %d in %d units%n", rs.getLong(1), rs.getLong(2));
            }
        }
    }

    static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }
}
