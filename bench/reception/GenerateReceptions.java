import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Loads the reception benchmark's data straight into the database (the API would take hours for a million
 * records): N reception records with one citizen each, spread over three years ending today, received by
 * the communes of the benchmark province (85 %) or by the province (15 %), concerning its communes.
 * ID numbers, addresses and phones are encrypted (ID numbers also hashed) with the service's personal-data key, exactly
 * as the service does,
 * so the exact-number search and the masking work on this data. Fixed seed: the same data on every run.
 *
 * Usage: java -cp mysql-connector-j.jar bench/reception/GenerateReceptions.java JDBC_URL KEY_FILE PROVINCE_CODE COUNT [SEED]
 * SEED (default 20260701, the reception benchmark's) must differ between provinces loaded into one database: the record
 * IDs are drawn from it (bench/national/generate.sh passes one per province).
 */
public class GenerateReceptions {

    static final String[] KINDS = {"COMPLAINT", "COMPLAINT", "DENUNCIATION", "PETITION", "PETITION", "FEEDBACK"};
    static final String[] DOMAINS = {"LAND", "LAND", "LAND", "COMPENSATION_RESETTLEMENT", "COMPENSATION_RESETTLEMENT", "ENVIRONMENT",
            "ETHNIC_AFFAIRS", "RELIGION", "ADMINISTRATIVE_PROCEDURES", "OFFICIAL_CONDUCT", "SOCIAL_POLICY", "OTHER"};
    static final String[] HANDLINGS = {"ACCEPTED", "RETURNED_WITH_GUIDANCE", "TRANSFERRED", "ANSWERED_DIRECTLY"};
    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Đinh", "Hồ", "Phan"};
    static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Quốc", "Thanh", "Ngọc", "Hữu", "Đức"};
    static final String[] GIVEN = {"An", "Bình", "Cúc", "Dũng", "Hoa", "Hùng", "Lan", "Nam", "Sơn", "Tâm", "Yến", "Phúc", "Thảo"};

    public static void main(String[] args) throws Exception {
        String url = args[0];
        byte[] master = Base64.getDecoder().decode(Files.readString(Path.of(args[1])).trim());
        SecretKeySpec encKey = new SecretKeySpec(hmac(master, "danvan/personal-data/encryption"), "AES");
        SecretKeySpec hashKey = new SecretKeySpec(hmac(master, "danvan/personal-data/search-hash"), "HmacSHA256");
        String provinceCode = args[2];
        int count = Integer.parseInt(args[3]);
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 20260701L;
        Random random = new Random(seed);
        SecureRandom nonces = new SecureRandom();
        try (Connection db = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?")
                + "rewriteBatchedStatements=true&useServerPrepStmts=false", "root", "")) {
            db.setAutoCommit(false);
            byte[] province = null;
            List<byte[]> communes = new ArrayList<>();
            // The communes are the province's children with a commune's 5-digit code (the national codes of communes do
            // not start with their province's code).
            try (PreparedStatement ps = db.prepareStatement("SELECT id FROM organization WHERE deleted_at IS NULL"
                    + " AND official_code = ? AND parent_id IS NULL")) {
                ps.setString(1, provinceCode);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        province = rs.getBytes(1);
                    }
                }
            }
            try (PreparedStatement ps = db.prepareStatement("SELECT id FROM organization WHERE deleted_at IS NULL"
                    + " AND parent_id = ? AND LENGTH(official_code) = 5 ORDER BY official_code")) {
                ps.setBytes(1, province);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        communes.add(rs.getBytes(1));
                    }
                }
            }
            if (province == null || communes.isEmpty()) {
                throw new IllegalStateException("province " + provinceCode + " and its communes must be imported first");
            }
            try (PreparedStatement ps = db.prepareStatement("SELECT COUNT(*) FROM reception WHERE organization_id = ?")) {
                ps.setBytes(1, province);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        System.out.println("kept the records of an earlier run");
                        return;
                    }
                }
            }
            LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
            // Records arrive in date order, as they do in a real book: draw the days first and insert oldest first, so
            // that the date indexes grow at their end instead of being split at random places (the IDs stay random
            // UUIDs, as the service makes them).
            int[] daysAgo = new int[count];
            Random days = new Random(seed + 1);
            for (int i = 0; i < count; i++) {
                daysAgo[i] = days.nextInt(1095);
            }
            java.util.Arrays.sort(daysAgo);
            // A bench tool's shortcuts, undone at the end: a buffer pool that holds the table while it is written
            // (the embedded run's default is 128 MB) and the redo log flushed once a second instead of at each commit.
            long bufferPool;
            int flushAtCommit;
            try (var st = db.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT @@GLOBAL.innodb_buffer_pool_size, @@GLOBAL.innodb_flush_log_at_trx_commit")) {
                rs.next();
                bufferPool = rs.getLong(1);
                flushAtCommit = rs.getInt(2);
            }
            try (var st = db.createStatement()) {
                st.execute("SET GLOBAL innodb_buffer_pool_size = " + Math.max(bufferPool, 2L << 30));
                st.execute("SET GLOBAL innodb_flush_log_at_trx_commit = 2");
            }
            String insertReception = "INSERT INTO reception (id, organization_id, received_on, reception_type, channel, head_received,"
                    + " kind, domain, people_count, lead_citizen_name, content, handling, concerned_commune_id, concerned_address,"
                    + " flag_mass, flag_level_skipping, flag_repeated, flag_prolonged, flag_complex, notes, demo, created_at, updated_at,"
                    + " version, change_seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,FALSE,NOW(6),NOW(6),0,0)";
            String insertCitizen = "INSERT INTO reception_citizen (id, reception_id, position, full_name, address_enc, phone_enc, id_type,"
                    + " id_number_enc, id_number_hash, representative) VALUES (?,?,1,?,?,?,'CCCD',?,?,?)";
            long started = System.currentTimeMillis();
            try (PreparedStatement r = db.prepareStatement(insertReception); PreparedStatement c = db.prepareStatement(insertCitizen)) {
                for (int i = 0; i < count; i++) {
                    byte[] id = bytes(new UUID(random.nextLong(), random.nextLong()));
                    // Busy communes: a quarter of the communes get half of the records.
                    byte[] concerned = communes.get(random.nextBoolean() ? random.nextInt(communes.size() / 4)
                            : random.nextInt(communes.size()));
                    boolean atProvince = random.nextInt(100) < 15;
                    boolean mass = random.nextInt(100) < 3;
                    int people = mass ? 5 + random.nextInt(40) : 1 + (random.nextInt(10) == 0 ? 1 : 0);
                    String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                            + GIVEN[random.nextInt(GIVEN.length)];
                    String domain = DOMAINS[random.nextInt(DOMAINS.length)];
                    r.setBytes(1, id);
                    r.setBytes(2, atProvince ? province : concerned);
                    r.setObject(3, today.minusDays(daysAgo[count - 1 - i]));
                    r.setString(4, random.nextInt(10) == 0 ? "PERIODIC_HEAD" : "REGULAR");
                    r.setString(5, random.nextInt(5) == 0 ? "MAIL" : "IN_PERSON");
                    r.setBoolean(6, random.nextInt(10) == 0);
                    r.setString(7, KINDS[random.nextInt(KINDS.length)]);
                    r.setString(8, domain);
                    r.setInt(9, people);
                    r.setString(10, name);
                    r.setString(11, "Công dân trình bày về việc " + domain.toLowerCase().replace('_', ' ')
                            + " tại thôn " + (1 + random.nextInt(12)) + ", đề nghị cơ quan có thẩm quyền xem xét giải quyết.");
                    r.setString(12, HANDLINGS[random.nextInt(HANDLINGS.length)]);
                    r.setBytes(13, concerned);
                    r.setString(14, "Thôn " + (1 + random.nextInt(12)));
                    r.setBoolean(15, mass);
                    r.setBoolean(16, random.nextInt(100) < 3);
                    r.setBoolean(17, random.nextInt(100) < 8);
                    r.setBoolean(18, random.nextInt(100) < 4);
                    r.setBoolean(19, random.nextInt(100) < 5);
                    r.setString(20, null);
                    r.addBatch();
                    String idNumber = "0" + String.format("%02d", random.nextInt(96)) + String.format("%09d", random.nextInt(1_000_000_000));
                    c.setBytes(1, bytes(new UUID(random.nextLong(), random.nextLong())));
                    c.setBytes(2, id);
                    c.setString(3, name);
                    c.setBytes(4, encrypt(encKey, nonces, "Thôn " + (1 + random.nextInt(12))));
                    c.setBytes(5, encrypt(encKey, nonces, "09" + String.format("%08d", random.nextInt(100_000_000))));
                    c.setBytes(6, encrypt(encKey, nonces, idNumber));
                    c.setBytes(7, mac(hashKey, idNumber));
                    c.setBoolean(8, mass);
                    c.addBatch();
                    if ((i + 1) % 5000 == 0 || i == count - 1) {
                        r.executeBatch();
                        c.executeBatch();
                        db.commit();
                    }
                    if ((i + 1) % 100_000 == 0) {
                        System.err.printf("%,d records in %d s%n", i + 1, (System.currentTimeMillis() - started) / 1000);
                    }
                }
            }
            try (var st = db.createStatement()) {
                st.execute("ANALYZE TABLE reception, reception_citizen");
                st.execute("SET GLOBAL innodb_flush_log_at_trx_commit = " + flushAtCommit);
                st.execute("SET GLOBAL innodb_buffer_pool_size = " + bufferPool);
            }
            db.commit();
            System.out.printf("generated %d receptions for %d communes in %d s%n", count, communes.size(),
                    (System.currentTimeMillis() - started) / 1000);
        }
    }

    static byte[] encrypt(SecretKeySpec key, SecureRandom nonces, String plain) throws Exception {
        byte[] nonce = new byte[12];
        nonces.nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
        byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array();
    }

    static byte[] mac(SecretKeySpec key, String value) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(key);
        return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] hmac(byte[] key, String label) throws Exception {
        return mac(new SecretKeySpec(key, "HmacSHA256"), label);
    }

    static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }
}
