package vn.danvan.reception.record.sql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.IdDocumentType;
import vn.danvan.api.model.ReceptionChannel;
import vn.danvan.api.model.ReceptionDomain;
import vn.danvan.api.model.ReceptionHandling;
import vn.danvan.api.model.ReceptionKind;
import vn.danvan.api.model.ReceptionType;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.paging.SortKey;
import vn.danvan.platform.paging.SortSpec;
import vn.danvan.platform.paging.Sorting;
import vn.danvan.platform.paging.SqlKeysetPager;
import vn.danvan.platform.persistence.SqlParameters;
import vn.danvan.platform.persistence.SqlRow;
import vn.danvan.platform.text.SearchedText;
import vn.danvan.platform.text.TextMatch;
import vn.danvan.platform.text.TextSearch;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * The filtered list of the reception book, the busiest read of the service: one SQL statement per page that
 * returns the records with their receiving officials and case, and one for their citizens, read straight from the
 * result sets by column name into rows. Through Hibernate the page took four queries and entity loading, 60 % of the
 * list's cost, and kept the list from its target (p99 under 100 ms at 16 connections on a million records).
 * {@link #select} builds the statement without a database, so its SQL has unit tests (ReceptionListSqlTest).
 */
@ApplicationScoped
public class ReceptionListSql {

    public static final Sorting<ReceptionListRow> SORTING = new Sorting<>(List.of(
            new SortKey<>("receivedOn", "received_on", LocalDate.class, ReceptionListRow::receivedOn),
            new SortKey<>("createdAt", "created_at", Instant.class, ReceptionListRow::createdAt),
            new SortKey<>("updatedAt", "updated_at", Instant.class, ReceptionListRow::updatedAt)),
            "id", ReceptionListRow::id, "-receivedOn");

    /**
     * The record's columns, then its officials as a JSON array of positional arrays (JSON_ARRAYAGG, in MySQL 8 and
     * MariaDB 10.5+; MySQL's has no ORDER BY, hence the position in each) and its case. The citizens are read by a
     * second statement ({@link #CITIZENS}): aggregated here, their long text made MariaDB build an on-disk temporary
     * table for every page, about 0.6 ms of the page's 1.3–1.9 ms of database time.
     */
    static final String COLUMNS = "id, organization_id, received_on, reception_type, channel, schedule_id,"
            + " head_received, kind, domain, people_count, lead_citizen_name, content, previously_handled_by, handling,"
            + " transferred_to_id, transferred_to_name, concerned_commune_id, concerned_address, flag_mass,"
            + " flag_level_skipping, flag_repeated, flag_prolonged, flag_complex, earlier_reception_id, earlier_match,"
            + " national_case_number, follow_up, notes, demo, created_at, updated_at, version,"
            + " (select json_arrayagg(json_array(o.position, o.name)) from reception_official o"
            + " where o.reception_id = reception.id) as officials_json,"
            + " (select k.id from reception_case k where k.reception_id = reception.id and k.deleted_at is null) as case_id";

    /**
     * The citizens of the page's records, read through uk_reception_citizen_position. A statement of its own, with no
     * transaction around the two: an edit committed between them shows its citizens beside the record's older row
     * until the next read, as any list that is read while the book changes.
     */
    static final String CITIZENS = "select reception_id, position, full_name, representative, id_type,"
            + " address_enc, phone_enc, id_number_enc from reception_citizen where ";

    /** Scopes of more units are checked by tree path (see {@link #scopeCondition}). */
    public static final int NAMED_UNITS_AT_MOST = 16;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A statement with its values, and the canonical text of its filters that the page token is bound to. */
    record Statement(String sql, List<Object> params, String filters) {
    }

    private final DataSource dataSource;

    ReceptionListSql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Page<ReceptionListRow> page(ReceptionListFilter filter, ListScope scope, SortSpec<ReceptionListRow> order,
                                       PageRequest page) {
        Statement statement = select(filter, scope, order);
        try (Connection connection = dataSource.getConnection()) {
            Page<ReceptionListRow> rows = SqlKeysetPager.page(connection, statement.sql(), statement.params(),
                    statement.filters(), order, page, ReceptionListSql::row);
            Map<UUID, List<CitizenRow>> citizens = citizens(connection, rows.items().stream().map(ReceptionListRow::id).toList());
            return rows.map(r -> r.withCitizens(citizens.getOrDefault(r.id(), List.of())));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the reception list", e);
        }
    }

    /**
     * The live records of these IDs, with their officials, case and citizens, by ID: the mobile sync's changed
     * records (read as entities, they cost half of a 100-change delta call).
     */
    public Map<UUID, ReceptionListRow> byIds(List<UUID> ids) {
        Map<UUID, ReceptionListRow> rows = new HashMap<>();
        if (ids.isEmpty()) {
            return rows;
        }
        List<Object> params = new ArrayList<>();
        String sql = "select " + COLUMNS + " from reception where deleted_at is null and "
                + SqlParameters.in("id", ids, params);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                SqlParameters.bind(statement, params);
                try (ResultSet rs = statement.executeQuery()) {
                    SqlRow r = SqlRow.of(rs);
                    while (rs.next()) {
                        ReceptionListRow row = row(r);
                        rows.put(row.id(), row);
                    }
                }
            }
            Map<UUID, List<CitizenRow>> citizens = citizens(connection, List.copyOf(rows.keySet()));
            rows.replaceAll((id, row) -> row.withCitizens(citizens.getOrDefault(id, List.of())));
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the receptions", e);
        }
    }

    /**
     * What {@code q} searches in a record: its own text in clear, and each citizen's name (addresses, phones and ID
     * numbers are encrypted). Scanned, not through a FULLTEXT index: on a million records InnoDB's full-text search
     * read the whole posting list of a common word before the scope (a commune's "nguyen" 1.3 s, "thôn" 9 s, against
     * a scan that stops at the page), so it lost wherever a word is common (bench/results/search.md).
     */
    static final SearchedText SEARCHED = SearchedText.scanned("content", "lead_citizen_name");
    static final SearchedText SEARCHED_CITIZEN = SearchedText.scanned("n.full_name");

    /** The page's statement (without the keyset condition and limit, which the pager adds). */
    static Statement select(ReceptionListFilter f, ListScope scope, SortSpec<ReceptionListRow> order) {
        return select(f, scope, order, TextSearch.mode());
    }

    static Statement select(ReceptionListFilter f, ListScope scope, SortSpec<ReceptionListRow> order,
                            TextSearch.Mode mode) {
        List<Object> params = new ArrayList<>();
        // Received-on is the order the reception indexes are kept in.
        boolean receivedOnOrder = order.orders().get(0).key().expression().equals("received_on");
        StringBuilder select = new StringBuilder("select ").append(COLUMNS).append(" from reception")
                .append(indexHint(f, scope, receivedOnOrder)).append(" where deleted_at is null");
        if (!scope.unrestricted()) {
            select.append(" and ").append(scopeCondition(scope, receivedOnOrder, params));
        }
        equal(select, params, "organization_id", f.onlyOrganization());
        equal(select, params, "concerned_commune_id", f.communeId());
        if (f.from() != null) {
            select.append(" and received_on >= ?");
            params.add(f.from());
        }
        if (f.to() != null) {
            select.append(" and received_on <= ?");
            params.add(f.to());
        }
        equal(select, params, "kind", f.kind());
        equal(select, params, "domain", f.domain());
        equal(select, params, "handling", f.handling());
        if (f.flags() != null && !f.flags().isEmpty()) {
            // Any of the flags asked for (a hot spot's records: mass, repeated, level-skipping or prolonged).
            StringJoiner any = new StringJoiner(" or ", " and (", ")");
            f.flags().forEach(flag -> any.add(switch (flag) {
                case MASS -> "flag_mass";
                case LEVEL_SKIPPING -> "flag_level_skipping";
                case REPEATED -> "flag_repeated";
                case PROLONGED -> "flag_prolonged";
                case COMPLEX -> "flag_complex";
            }));
            select.append(any);
        }
        if (f.idNumberHash() != null) {
            select.append(" and id in (select h.reception_id from reception_citizen h where h.id_number_hash = ?)");
            params.add(f.idNumberHash());
        }
        if (f.q() != null && !f.q().isBlank()) {
            select.append(" and ").append(textCondition(f.q(), mode, params));
        }
        // The ID number is bound to the token by its hash only, never in clear.
        String filters = String.join("|", String.valueOf(f.onlyOrganization()), String.valueOf(f.communeId()),
                String.valueOf(f.from()), String.valueOf(f.to()), String.valueOf(f.kind()), String.valueOf(f.domain()),
                String.valueOf(f.handling()), String.valueOf(f.flags()),
                f.idNumberHash() == null ? "-" : HexFormat.of().formatHex(f.idNumberHash()), String.valueOf(f.q()),
                scope.unrestricted() ? "*" : String.valueOf(scope.treePath()));
        return new Statement(select.toString(), params, filters);
    }

    /**
     * Every word of {@code q} (the last as a prefix) in the record's own text, or in one of its citizens' names
     * ({@link TextMatch}); no record for a text without words.
     */
    private static String textCondition(String q, TextSearch.Mode mode, List<Object> params) {
        List<String> words = TextSearch.words(q);
        if (words.isEmpty()) {
            return "1 = 0";
        }
        java.util.function.Function<Object, String> bind = value -> {
            params.add(value);
            return "?";
        };
        return "(" + TextMatch.condition(SEARCHED, q, words, mode, TextMatch.Dialect.SQL, bind)
                + " or id in (select n.reception_id from reception_citizen n where "
                + TextMatch.condition(SEARCHED_CITIZEN, q, words, mode, TextMatch.Dialect.SQL, bind) + "))";
    }

    private static void equal(StringBuilder select, List<Object> params, String column, Object value) {
        if (value != null) {
            select.append(" and ").append(column).append(" = ?");
            params.add(value);
        }
    }

    /**
     * Confines the records to the receiving units of the scope. A few units are named (the unit's own records are
     * then read through ix_reception_org_date). A large scope read in received-on order (the indexed order) is
     * checked by the unit's tree path instead: planning "organization_id in (…)" with a province's hundred-odd IDs
     * cost the database about 1 ms per page (ANALYZE FORMAT=JSON, query_optimization), more than reading the page,
     * while the path costs one primary-key look-up per record examined. Other orders examine every record of the
     * scope, where that look-up would cost more than the plan saves.
     */
    private static String scopeCondition(ListScope scope, boolean receivedOnOrder, List<Object> params) {
        if (scope.units().size() <= NAMED_UNITS_AT_MOST || !receivedOnOrder) {
            return SqlParameters.in("organization_id", scope.units(), params);
        }
        params.add(scope.likePattern());
        return "(select s.tree_path from organization s where s.id = reception.organization_id"
                + " and s.deleted_at is null) like ?";
    }

    /**
     * Names the index when the filters leave no choice: a commune's or one unit's records in received-on order are
     * read through the index that starts with that column. The optimizer picks the same one, but only after
     * estimating every candidate index at each execution (index dives: about 9 % of the database's CPU under the
     * list's benchmark, in perf); an ID-number filter is left to the optimizer, which starts from the citizens' hash.
     */
    private static String indexHint(ReceptionListFilter f, ListScope scope, boolean receivedOnOrder) {
        if (!receivedOnOrder || f.idNumberHash() != null) {
            return "";
        }
        if (f.communeId() != null) {
            return " force index (ix_reception_commune_date)";
        }
        if (!scope.unrestricted() && scope.units().size() == 1) {
            return " force index (ix_reception_org_date)";
        }
        return "";
    }

    private static ReceptionListRow row(SqlRow r) throws SQLException {
        return new ReceptionListRow(r.uuid("id"), r.uuid("organization_id"), r.date("received_on"),
                r.enumOf("reception_type", ReceptionType.class), r.enumOf("channel", ReceptionChannel.class),
                r.uuid("schedule_id"), r.bool("head_received"), r.enumOf("kind", ReceptionKind.class),
                r.enumOf("domain", ReceptionDomain.class), r.integer("people_count"), r.string("lead_citizen_name"),
                r.string("content"), r.string("previously_handled_by"), r.enumOf("handling", ReceptionHandling.class),
                r.uuid("transferred_to_id"), r.string("transferred_to_name"), r.uuid("concerned_commune_id"),
                r.string("concerned_address"), r.bool("flag_mass"), r.bool("flag_level_skipping"),
                r.bool("flag_repeated"), r.bool("flag_prolonged"), r.bool("flag_complex"), r.uuid("earlier_reception_id"),
                r.string("earlier_match"), r.string("national_case_number"), r.string("follow_up"), r.string("notes"),
                r.bool("demo"), r.instant("created_at"), r.instant("updated_at"), r.longValue("version"),
                officials(r.string("officials_json")), r.uuid("case_id"), List.of());
    }

    /** The citizens of the records, in the book's order, by record. */
    private static Map<UUID, List<CitizenRow>> citizens(Connection connection, List<UUID> receptionIds) throws SQLException {
        Map<UUID, List<CitizenRow>> byRecord = new HashMap<>();
        if (receptionIds.isEmpty()) {
            return byRecord;
        }
        List<Object> params = new ArrayList<>();
        String sql = CITIZENS + SqlParameters.in("reception_id", receptionIds, params) + " order by reception_id, position";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            SqlParameters.bind(statement, params);
            try (ResultSet rs = statement.executeQuery()) {
                SqlRow r = SqlRow.of(rs);
                while (rs.next()) {
                    byRecord.computeIfAbsent(r.uuid("reception_id"), id -> new ArrayList<>()).add(new CitizenRow(
                            r.integer("position"), r.string("full_name"), r.bool("representative"),
                            r.enumOf("id_type", IdDocumentType.class), r.bytes("address_enc"), r.bytes("phone_enc"),
                            r.bytes("id_number_enc")));
                }
            }
        }
        return byRecord;
    }

    private static List<String> officials(String json) throws SQLException {
        List<JsonNode> nodes = new ArrayList<>();
        parse(json).forEach(nodes::add);
        nodes.sort(Comparator.comparingInt(n -> n.get(0).asInt()));
        return nodes.stream().map(n -> n.get(1).asText()).toList();
    }

    private static JsonNode parse(String json) throws SQLException {
        if (json == null) {
            return JSON.createArrayNode();
        }
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new SQLException("Unreadable JSON from the database", e);
        }
    }
}
