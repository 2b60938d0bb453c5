import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Runs ANALYZE FORMAT=JSON (MariaDB: executes the statement and reports the plan with real row counts and times) for
 * each statement of a file (statements separated by lines holding only ";", each preceded by a "-- name" line), and
 * prints per statement: the name, the total time, and the plan. Bench tool for bench/reception/profile.sh.
 *
 * Usage: java -cp mysql-connector-j.jar bench/reception/Explain.java JDBC_URL FILE
 */
public class Explain {
    public static void main(String[] args) throws Exception {
        String[] statements = Files.readString(Path.of(args[1])).split("(?m)^;\\s*$");
        try (Connection db = DriverManager.getConnection(args[0], "root", ""); Statement st = db.createStatement()) {
            for (String statement : statements) {
                String sql = statement.strip();
                if (sql.isEmpty()) {
                    continue;
                }
                String name = sql.startsWith("--") ? sql.substring(2, sql.indexOf('\n')).strip() : "statement";
                for (int round = 0; round < 2; round++) { // the second run is the one reported: the pages are cached
                    try (ResultSet rs = st.executeQuery("ANALYZE FORMAT=JSON " + sql.substring(sql.indexOf('\n') + 1))) {
                        rs.next();
                        if (round == 1) {
                            String plan = rs.getString(1);
                            // MariaDB 10.11 reports the optimisation first ("query_optimization"), then the execution
                            // ("query_block"); the two are reported apart.
                            var time = java.util.regex.Pattern.compile("\"(query_optimization|query_block)\": \\{[^{}]*?\"r_total_time_ms\": ([0-9.]+)")
                                    .matcher(plan);
                            StringBuilder times = new StringBuilder();
                            while (time.find()) {
                                times.append(time.group(1).equals("query_block") ? " execution " : " optimisation ")
                                        .append(time.group(2)).append(" ms");
                            }
                            System.out.printf("=== %s:%s%n%s%n", name, times, plan);
                        }
                    }
                }
            }
        }
    }
}
