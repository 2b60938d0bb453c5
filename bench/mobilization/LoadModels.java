import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Runs generate-models.sql (next to this file) against the benchmark database over JDBC, statement by
 * statement, for machines without a working mariadb client (the embedded one needs libncurses5).
 *
 * <pre>
 *   java -cp ~/.m2/repository/com/mysql/mysql-connector-j/9.6.0/mysql-connector-j-9.6.0.jar \
 *        bench/mobilization/LoadModels.java jdbc:mysql://127.0.0.1:PORT/danvan root "" [SQL_FILE]
 * </pre>
 * Run from the repository's root (the SQL file defaults to bench/mobilization/generate-models.sql).
 * The port of the embedded database is in the service log ("Database: jdbc:mysql://127.0.0.1:PORT/danvan").
 */
public class LoadModels {

    public static void main(String[] args) throws Exception {
        Path sql = Path.of(args.length > 3 ? args[3] : "bench/mobilization/generate-models.sql");
        StringBuilder current = new StringBuilder();
        try (Connection connection = DriverManager.getConnection(args[0] + "?characterEncoding=UTF-8",
                args.length > 1 ? args[1] : "root", args.length > 2 ? args[2] : "");
             Statement statement = connection.createStatement()) {
            for (String line : Files.readAllLines(sql)) {
                if (line.startsWith("--") || line.isBlank()) {
                    continue;
                }
                current.append(line).append('\n');
                if (line.stripTrailing().endsWith(";")) {
                    long t0 = System.nanoTime();
                    String text = current.toString().strip();
                    statement.execute(text.substring(0, text.length() - 1));
                    System.out.printf("%6d ms  %s%n", (System.nanoTime() - t0) / 1_000_000,
                            text.lines().findFirst().orElse(""));
                    current.setLength(0);
                }
            }
        }
    }
}
