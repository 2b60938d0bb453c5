import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Times the reception list's text search with the citizens' names read two ways: over every citizen of the book (the
 * subquery as it was: MariaDB materialises it over the whole citizen table whatever the word) and over the citizens of
 * the caller's scope only (the subquery joined to the scope's records). A commune's scope, received-on order, first
 * page (21 rows), server-side prepared statements as the service reads. Usage (under the build lock):
 * java -cp mysql-connector-j.jar bench/search/CitizenScopeTimings.java JDBC_URL USER COMMUNE_ID_HEX [RUNS]
 */
public class CitizenScopeTimings {

    static final String SELECT = "select id from reception force index (ix_reception_org_date)"
            + " where deleted_at is null and organization_id = ? and ";
    static final String PAGE = " order by received_on desc, id asc limit 21";
    static final String OWN = "content like ? or lead_citizen_name like ? or concerned_address like ?";
    static final String ALL_CITIZENS = "id in (select n.reception_id from reception_citizen n where n.full_name like ?)";
    static final String SCOPE_CITIZENS = "id in (select n.reception_id from reception_citizen n join reception s"
            + " on s.id = n.reception_id where s.deleted_at is null and s.organization_id = ? and n.full_name like ?)";

    public static void main(String[] args) throws Exception {
        byte[] commune = HexFormat.of().parseHex(args[2]);
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        try (Connection c = DriverManager.getConnection(args[0] + "?useServerPrepStmts=true&cachePrepStmts=true", args[1], "")) {
            System.out.println("| q | citizens read | rows | median ms | max ms |");
            System.out.println("|---|---|---|---|---|");
            for (String q : List.of("luong van khoi", "huynh thi tam", "nguyen", "environment", "thon")) {
                for (boolean scoped : new boolean[] {false, true}) {
                    time(c, commune, q, scoped, runs);
                }
            }
        }
    }

    static void time(Connection c, byte[] commune, String q, boolean scoped, int runs) throws Exception {
        String[] words = q.split(" ");
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> params = new ArrayList<>();
        params.add(commune);
        // Every word somewhere in the record or in one of its citizens' names (the service's word-AND rule).
        for (int i = 0; i < words.length; i++) {
            String p = "%" + words[i] + "%";
            sql.append(i > 0 ? " and " : "").append("(").append(OWN).append(" or ")
                    .append(scoped ? SCOPE_CITIZENS : ALL_CITIZENS).append(")");
            params.addAll(List.of(p, p, p));
            if (scoped) {
                params.add(commune);
            }
            params.add(p);
        }
        sql.append(PAGE);
        long[] ms = new long[runs];
        int rows = 0;
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int r = 0; r < runs; r++) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                long t0 = System.nanoTime();
                rows = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                    }
                }
                ms[r] = (System.nanoTime() - t0) / 1_000_000;
            }
        }
        Arrays.sort(ms);
        System.out.printf("| %s | %s | %d | %d | %d |%n", q, scoped ? "the scope's" : "all", rows, ms[runs / 2], ms[runs - 1]);
    }
}
