import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Writes the task benchmark's data straight into the service's database: TASKS tasks (default
 * 200,000) spread over the organisations already there. Each province's committee or one of its
 * departments assigns; the lead is a random unit of the same province; a third of the tasks have one
 * or two coordinating units; due dates spread over 2024–2027, and the status follows the due date
 * (mostly accepted in the past, on time or late; some overdue, reported or cancelled; open in the
 * future), so that summaries and overdue lists have realistic work to do. Deterministic (fixed seed).
 * Rows are inserted in batches; the change sequence is not advanced (no client syncs this data).
 *
 * <pre>
 *   java -cp mysql-connector-j.jar bench/tasks/GenerateTasks.java JDBC_URL [USER] [TASKS] [TODAY]
 * </pre>
 */
public class GenerateTasks {

    record Unit(UUID id, String path, String type) {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0] + (args[0].contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
        String user = args.length > 1 ? args[1] : "root";
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 200_000;
        LocalDate today = args.length > 3 ? LocalDate.parse(args[3]) : LocalDate.now();
        Random random = new Random(20260920L);
        try (Connection db = DriverManager.getConnection(url, user, "")) {
            db.setAutoCommit(false);
            Map<String, List<Unit>> byProvince = new HashMap<>();
            try (ResultSet rows = db.createStatement().executeQuery(
                    "SELECT id, tree_path, type FROM organization WHERE deleted_at IS NULL AND valid_to IS NULL")) {
                while (rows.next()) {
                    Unit unit = new Unit(uuid(rows.getBytes(1)), rows.getString(2), rows.getString(3));
                    byProvince.computeIfAbsent(unit.path().substring(0, 33), k -> new ArrayList<>()).add(unit);
                }
            }
            List<List<Unit>> provinces = new ArrayList<>(byProvince.values());
            provinces.removeIf(p -> p.size() < 10);
            PreparedStatement task = db.prepareStatement("INSERT INTO task (id, title, content, priority,"
                    + " assigning_organization_id, lead_organization_id, start_date, due_date, original_due_date, status,"
                    + " percent_done, reported_on, accepted_on, demo, created_at, updated_at, version, change_seq)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, 0, 0)");
            PreparedStatement coordinator = db.prepareStatement(
                    "INSERT INTO task_coordinator (task_id, organization_id) VALUES (?, ?)");
            String[] priorities = {"LOW", "NORMAL", "NORMAL", "NORMAL", "HIGH", "URGENT"};
            Timestamp now = Timestamp.from(Instant.now());
            for (int i = 1; i <= count; i++) {
                List<Unit> province = provinces.get(random.nextInt(provinces.size()));
                Unit root = province.stream().filter(u -> u.path().length() == 33).findFirst().orElse(province.get(0));
                List<Unit> departments = province.stream().filter(u -> u.type().equals("DEPARTMENT")).toList();
                Unit assigning = departments.isEmpty() || random.nextInt(3) == 0 ? root
                        : departments.get(random.nextInt(departments.size()));
                Unit lead = province.get(random.nextInt(province.size()));
                LocalDate due = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(4 * 365));
                LocalDate start = due.minusDays(30 + random.nextInt(150));
                String status;
                LocalDate reported = null;
                LocalDate accepted = null;
                int percent;
                int dice = random.nextInt(100);
                if (due.isBefore(today)) {
                    if (dice < 70) {
                        status = "ACCEPTED";
                        reported = due.minusDays(random.nextInt(20) - (dice < 10 ? 25 : 0));
                        accepted = reported.plusDays(random.nextInt(10));
                        percent = 100;
                    } else if (dice < 82) {
                        status = dice < 76 ? "IN_PROGRESS" : "ACKNOWLEDGED";
                        percent = random.nextInt(90);
                    } else if (dice < 90) {
                        status = "REPORTED";
                        reported = due.plusDays(random.nextInt(20) - 10);
                        percent = 100;
                    } else if (dice < 95) {
                        status = "RETURNED";
                        reported = due.minusDays(random.nextInt(10));
                        percent = 80;
                    } else {
                        status = "CANCELLED";
                        percent = 0;
                    }
                } else {
                    status = dice < 40 ? "ASSIGNED" : dice < 60 ? "ACKNOWLEDGED" : dice < 95 ? "IN_PROGRESS" : "CANCELLED";
                    percent = status.equals("IN_PROGRESS") ? random.nextInt(90) : 0;
                }
                UUID id = new UUID(random.nextLong(), random.nextLong());
                task.setBytes(1, bytes(id));
                task.setString(2, "Nhiệm vụ số " + i + ": triển khai công tác dân vận chính quyền");
                task.setString(3, "Nội dung nhiệm vụ " + i);
                task.setString(4, priorities[random.nextInt(priorities.length)]);
                task.setBytes(5, bytes(assigning.id()));
                task.setBytes(6, bytes(lead.id()));
                task.setDate(7, Date.valueOf(start));
                task.setDate(8, Date.valueOf(due));
                task.setDate(9, Date.valueOf(due));
                task.setString(10, status);
                task.setInt(11, percent);
                task.setDate(12, reported == null ? null : Date.valueOf(reported));
                task.setDate(13, accepted == null ? null : Date.valueOf(accepted));
                task.setTimestamp(14, now);
                task.setTimestamp(15, now);
                task.addBatch();
                if (random.nextInt(3) == 0) {
                    int coordinators = 1 + random.nextInt(2);
                    java.util.Set<UUID> chosen = new java.util.HashSet<>();
                    for (int c = 0; c < coordinators; c++) {
                        Unit other = province.get(random.nextInt(province.size()));
                        if (!other.id().equals(lead.id()) && chosen.add(other.id())) {
                            coordinator.setBytes(1, bytes(id));
                            coordinator.setBytes(2, bytes(other.id()));
                            coordinator.addBatch();
                        }
                    }
                }
                if (i % 5000 == 0) {
                    task.executeBatch();
                    coordinator.executeBatch();
                    db.commit();
                    System.err.printf("%d tasks%n", i);
                }
            }
            task.executeBatch();
            coordinator.executeBatch();
            db.commit();
            // The party paths the service keeps for every task it writes (migration V32, TaskParties).
            for (String column : List.of("t.assigning_organization_id", "t.lead_organization_id")) {
                db.createStatement().executeUpdate("INSERT IGNORE INTO task_party (task_id, path) SELECT t.id, o.tree_path"
                        + " FROM task t JOIN organization o ON o.id = " + column);
            }
            db.createStatement().executeUpdate("INSERT IGNORE INTO task_party (task_id, path) SELECT c.task_id, o.tree_path"
                    + " FROM task_coordinator c JOIN organization o ON o.id = c.organization_id");
            db.commit();
            db.createStatement().execute("ANALYZE TABLE task, task_coordinator, task_party, organization");
        }
    }

    static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }

    static UUID uuid(byte[] b) {
        ByteBuffer buffer = ByteBuffer.wrap(b);
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
