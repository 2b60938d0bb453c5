import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times the reception list's text search, today's LIKE scan against the FULLTEXT variants, straight over JDBC with
 * server-side prepared statements (as the service reads it), for a commune's scope in received-on order, first page
 * (21 rows: the page and the look-ahead). Usage (under the build lock):
 * java -cp mysql-connector-j.jar bench/search/SearchTimings.java JDBC_URL COMMUNE_ID_HEX PROVINCE_TREE_PATH [RUNS]
 */
public class SearchTimings {

    // The service's order for -receivedOn (the ID ascending breaks ties), which ix_reception_org_date serves without a sort.
    static final String PAGE = " order by received_on desc, id asc limit 21";
    static final String LIKE = "(content like ? escape '!' or lead_citizen_name like ? escape '!' or concerned_address like ? escape '!')";
    static final String LIKE_CITIZEN = "n.full_name like ? escape '!'";

    public static void main(String[] args) throws Exception {
        String url = args[0];
        byte[] commune = HexFormat.of().parseHex(args[1]);
        String provincePath = args[2];
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        Map<String, String> terms = new LinkedHashMap<>();
        terms.put("rare name", "luong van khoi");
        terms.put("full name (~15 in the commune)", "huynh thi tam");
        terms.put("common name", "nguyen");
        terms.put("content word", "environment");
        terms.put("a word in every record", "thon");
        try (Connection c = DriverManager.getConnection(url + "?useServerPrepStmts=true&cachePrepStmts=true", "bench", "bench")) {
            for (var term : terms.entrySet()) {
                List<String> words = List.of(term.getValue().split(" "));
                System.out.printf("%n### %s: q=%s%n%n| variant | rows | median ms | p90 ms | max ms |%n|---|---|---|---|---|%n",
                        term.getKey(), term.getValue());
                String fts = boolQuery(words);
                // Today: the whole q as one LIKE (single words give the same condition as the word-AND fallback).
                List<Object> likeParams = new ArrayList<>();
                StringBuilder likeAll = new StringBuilder("(");
                StringBuilder likeCitizen = new StringBuilder("(");
                for (int i = 0; i < words.size(); i++) {
                    String p = "%" + words.get(i) + "%";
                    likeAll.append(i > 0 ? " and " : "").append(LIKE);
                    likeParams.addAll(List.of(p, p, p));
                }
                for (int i = 0; i < words.size(); i++) {
                    likeCitizen.append(i > 0 ? " and " : "").append(LIKE_CITIZEN);
                }
                List<Object> likeAllParams = new ArrayList<>(likeParams);
                words.forEach(w -> likeAllParams.add("%" + w + "%"));
                String likeCond = likeAll + ") or id in (select n.reception_id from reception_citizen n where " + likeCitizen + "))";
                String ftsCond = "(match(content, lead_citizen_name, concerned_address) against(? in boolean mode)"
                        + " or id in (select n.reception_id from reception_citizen n where match(n.full_name) against(? in boolean mode)))";
                String ftsUnion = "id in (select r.id from reception r where match(r.content, r.lead_citizen_name, r.concerned_address) against(? in boolean mode)"
                        + " union select n.reception_id from reception_citizen n where match(n.full_name) against(? in boolean mode))";
                String scopeCommune = "organization_id = ?";
                time(c, runs, "commune, LIKE (fallback; today's scan)", "select id from reception force index (ix_reception_org_date) where deleted_at is null and "
                        + scopeCommune + " and (" + likeCond + ")" + PAGE, prepend(commune, likeAllParams));
                time(c, runs, "commune, MATCH or citizens' MATCH, force index (commune's, full-text)", "select id from reception force index (ix_reception_org_date, ft_reception_text) where deleted_at is null and "
                        + scopeCommune + " and " + ftsCond + PAGE, List.of(commune, fts, fts));
                time(c, runs, "commune, MATCH or citizens' MATCH, optimizer's choice", "select id from reception where deleted_at is null and "
                        + scopeCommune + " and " + ftsCond + PAGE, List.of(commune, fts, fts));
                time(c, runs, "commune, driven by the index: join (MATCH union citizens' MATCH)", "select reception.id from reception join ("
                        + "select r2.id from reception r2 where match(r2.content, r2.lead_citizen_name, r2.concerned_address) against(? in boolean mode)"
                        + " union select n.reception_id from reception_citizen n where match(n.full_name) against(? in boolean mode)) m on m.id = reception.id"
                        + " where reception.deleted_at is null and reception.organization_id = ? order by received_on desc, reception.id desc limit 21",
                        List.of(fts, fts, commune));
            }
        }
    }

    static List<Object> prepend(Object first, List<Object> rest) {
        List<Object> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    static String boolQuery(List<String> words) {
        StringBuilder q = new StringBuilder();
        words.forEach(w -> q.append(q.length() > 0 ? " " : "").append('+').append(w));
        return q.append('*').toString();
    }

    static void time(Connection c, int runs, String name, String sql, List<Object> params) throws Exception {
        List<Double> ms = new ArrayList<>();
        int rows = 0;
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            for (int run = 0; run < runs + 2; run++) {
                long start = System.nanoTime();
                rows = 0;
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                    }
                }
                if (run >= 2) { // two warm-up runs
                    ms.add((System.nanoTime() - start) / 1e6);
                }
            }
        }
        Collections.sort(ms);
        System.out.printf("| %s | %d | %.1f | %.1f | %.1f |%n", name, rows, ms.get(ms.size() / 2),
                ms.get((int) Math.ceil(ms.size() * 0.9) - 1), ms.get(ms.size() - 1));
    }
}
