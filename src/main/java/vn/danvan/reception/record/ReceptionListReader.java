package vn.danvan.reception.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.IdDocumentType;
import vn.danvan.api.model.ReceptionChannel;
import vn.danvan.api.model.ReceptionDomain;
import vn.danvan.api.model.ReceptionFlag;
import vn.danvan.api.model.ReceptionHandling;
import vn.danvan.api.model.ReceptionKind;
import vn.danvan.api.model.ReceptionType;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.ScopeNarrowing;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.paging.SortKey;
import vn.danvan.platform.paging.SortSpec;
import vn.danvan.platform.paging.Sorting;
import vn.danvan.platform.paging.SqlKeysetPager;
import vn.danvan.platform.persistence.SqlColumns;
import vn.danvan.platform.persistence.SqlParameters;
import vn.danvan.platform.security.Scope;
import vn.danvan.platform.security.ScopeProvider;
import vn.danvan.platform.text.TextSearch;
import vn.danvan.reception.personaldata.IdNumbers;
import vn.danvan.platform.crypto.PersonalDataCipher;

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
import java.util.TreeSet;
import java.util.UUID;

/**
 * The filtered list of the reception book, the busiest read of the service: one SQL statement per page that
 * returns the records with their receiving officials and case, and one for their citizens, read straight from the
 * result sets.
 * Through Hibernate the page took four queries and entity loading, 60 % of the list's cost, and kept the list
 * from its target (p99 under 100 ms at 16 connections on a million records).
 */
@ApplicationScoped
public class ReceptionListReader {

    static final Sorting<ReceptionRow> SORTING = new Sorting<>(List.of(
            new SortKey<>("receivedOn", "received_on", LocalDate.class, r -> r.record().receivedOn),
            new SortKey<>("createdAt", "created_at", Instant.class, r -> r.record().createdAt),
            new SortKey<>("updatedAt", "updated_at", Instant.class, r -> r.record().updatedAt)),
            "id", r -> r.record().id, "-receivedOn");

    /**
     * The record's columns, then its officials as a JSON array of positional arrays (JSON_ARRAYAGG, in MySQL 8 and
     * MariaDB 10.5+; MySQL's has no ORDER BY, hence the position in each) and its case. The citizens are read by a
     * second statement ({@link #CITIZENS}): aggregated here, their long text made MariaDB build an on-disk temporary
     * table for every page, about 0.6 ms of the page's 1.3–1.9 ms of database time.
     */
    private static final String COLUMNS = "id, organization_id, received_on, reception_type, channel, schedule_id,"
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
    private static final String CITIZENS = "select reception_id, position, full_name, representative, id_type,"
            + " address_enc, phone_enc, id_number_enc from reception_citizen where ";

    /** Scopes of more units are checked by tree path (see {@link #scopeCondition}). */
    static final int NAMED_UNITS_AT_MOST = 16;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource dataSource;
    private final ScopeProvider scopes;
    private final ScopeNarrowing narrowing;
    private final OrganizationDirectory directory;
    private final PersonalDataCipher cipher;

    ReceptionListReader(DataSource dataSource, ScopeProvider scopes, ScopeNarrowing narrowing,
                        OrganizationDirectory directory, PersonalDataCipher cipher) {
        this.dataSource = dataSource;
        this.scopes = scopes;
        this.narrowing = narrowing;
        this.directory = directory;
        this.cipher = cipher;
    }

    public Page<ReceptionRow> list(ReceptionQuery query, String sort, PageRequest page) {
        List<Object> params = new ArrayList<>();
        Scope scope = scopes.current();
        Scope within = narrowing.narrow(scope, query.organizationId(), "organizationId", "reception.organization-not-found");
        SortSpec<ReceptionRow> order = SORTING.parse(sort);
        // Received-on is the order the reception indexes are kept in.
        boolean receivedOnOrder = order.orders().get(0).key().expression().equals("received_on");
        List<UUID> units = within.unrestricted() ? List.of() : directory.subtreeIds(within);
        StringBuilder select = new StringBuilder("select ").append(COLUMNS).append(" from reception")
                .append(indexHint(query, units, receivedOnOrder)).append(" where deleted_at is null");
        if (!within.unrestricted()) {
            select.append(" and ").append(scopeCondition(within, units, receivedOnOrder, params));
        }
        if (query.onlyOrganization() != null) {
            select.append(" and organization_id = ?");
            params.add(query.onlyOrganization());
        }
        if (query.communeId() != null) {
            select.append(" and concerned_commune_id = ?");
            params.add(query.communeId());
        }
        if (query.from() != null) {
            select.append(" and received_on >= ?");
            params.add(query.from());
        }
        if (query.to() != null) {
            select.append(" and received_on <= ?");
            params.add(query.to());
        }
        if (query.kind() != null) {
            select.append(" and kind = ?");
            params.add(query.kind());
        }
        if (query.domain() != null) {
            select.append(" and domain = ?");
            params.add(query.domain());
        }
        if (query.handling() != null) {
            select.append(" and handling = ?");
            params.add(query.handling());
        }
        TreeSet<ReceptionFlag> flags = query.flags() == null ? null : new TreeSet<>(query.flags());
        if (flags != null && !flags.isEmpty()) {
            // Any of the flags asked for (a hot spot's records: mass, repeated, level-skipping or prolonged).
            StringJoiner any = new StringJoiner(" or ", " and (", ")");
            flags.forEach(flag -> any.add(switch (flag) {
                case MASS -> "flag_mass";
                case LEVEL_SKIPPING -> "flag_level_skipping";
                case REPEATED -> "flag_repeated";
                case PROLONGED -> "flag_prolonged";
                case COMPLEX -> "flag_complex";
            }));
            select.append(any);
        }
        byte[] idHash = null;
        if (query.idNumber() != null) {
            idHash = cipher.hash(IdNumbers.normalise(query.idNumber()));
            select.append(" and id in (select h.reception_id from reception_citizen h where h.id_number_hash = ?)");
            params.add(idHash);
        }
        if (query.q() != null && !query.q().isBlank()) {
            String escape = " escape '" + TextSearch.ESCAPE + "'";
            select.append(" and (content like ?").append(escape).append(" or lead_citizen_name like ?").append(escape)
                    .append(" or id in (select n.reception_id from reception_citizen n where n.full_name like ?")
                    .append(escape).append("))");
            String pattern = TextSearch.containsPattern(query.q());
            params.add(pattern);
            params.add(pattern);
            params.add(pattern);
        }
        // The ID number is bound to the token by its hash only, never in clear.
        String filters = String.join("|", String.valueOf(query.organizationId()), String.valueOf(query.onlyOrganization()),
                String.valueOf(query.communeId()),
                String.valueOf(query.from()), String.valueOf(query.to()), String.valueOf(query.kind()),
                String.valueOf(query.domain()), String.valueOf(query.handling()), flags == null ? "null" : String.valueOf(flags),
                idHash == null ? "-" : HexFormat.of().formatHex(idHash), String.valueOf(query.q()),
                String.valueOf(scope.treePath()));
        try (Connection connection = dataSource.getConnection()) {
            Page<ReceptionRow> rows = SqlKeysetPager.page(connection, select.toString(), params, filters, order, page,
                    ReceptionListReader::row);
            Map<UUID, List<CitizenEntity>> citizens = citizens(connection,
                    rows.items().stream().map(r -> r.record().id).toList());
            return rows.map(r -> new ReceptionRow(r.record(), citizens.getOrDefault(r.record().id, List.of()),
                    r.officials(), r.caseId()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the reception list", e);
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
    private static String scopeCondition(Scope within, List<UUID> units, boolean receivedOnOrder, List<Object> params) {
        if (units.size() <= NAMED_UNITS_AT_MOST || !receivedOnOrder) {
            return SqlParameters.in("organization_id", units, params);
        }
        params.add(within.likePattern());
        return "(select s.tree_path from organization s where s.id = reception.organization_id"
                + " and s.deleted_at is null) like ?";
    }

    /**
     * Names the index when the filters leave no choice: a commune's or one unit's records in received-on order are
     * read through the index that starts with that column. The optimizer picks the same one, but only after
     * estimating every candidate index at each execution (index dives: about 9 % of the database's CPU under the
     * list's benchmark, in perf); an ID-number filter is left to the optimizer, which starts from the citizens' hash.
     */
    private static String indexHint(ReceptionQuery query, List<UUID> units, boolean receivedOnOrder) {
        if (!receivedOnOrder || query.idNumber() != null) {
            return "";
        }
        if (query.communeId() != null) {
            return " force index (ix_reception_commune_date)";
        }
        if (units.size() == 1) {
            return " force index (ix_reception_org_date)";
        }
        return "";
    }

    /** Reads the columns in the order of {@link #COLUMNS}. */
    private static ReceptionRow row(ResultSet rs) throws SQLException {
        SqlColumns c = SqlColumns.of(rs);
        ReceptionEntity e = new ReceptionEntity();
        e.id = c.uuid();
        e.organizationId = c.uuid();
        e.receivedOn = c.date();
        e.receptionType = c.enumOf(ReceptionType.class);
        e.channel = c.enumOf(ReceptionChannel.class);
        e.scheduleId = c.uuid();
        e.headReceived = c.bool();
        e.kind = c.enumOf(ReceptionKind.class);
        e.domain = c.enumOf(ReceptionDomain.class);
        e.peopleCount = c.integer();
        e.leadCitizenName = c.string();
        e.content = c.string();
        e.previouslyHandledBy = c.string();
        e.handling = c.enumOf(ReceptionHandling.class);
        e.transferredToId = c.uuid();
        e.transferredToName = c.string();
        e.concernedCommuneId = c.uuid();
        e.concernedAddress = c.string();
        e.flagMass = c.bool();
        e.flagLevelSkipping = c.bool();
        e.flagRepeated = c.bool();
        e.flagProlonged = c.bool();
        e.flagComplex = c.bool();
        e.earlierReceptionId = c.uuid();
        e.earlierMatch = c.string();
        e.nationalCaseNumber = c.string();
        e.followUp = c.string();
        e.notes = c.string();
        e.demo = c.bool();
        e.createdAt = c.instant();
        e.updatedAt = c.instant();
        e.version = c.longValue();
        return new ReceptionRow(e, List.of(), officials(c.string()), c.uuid());
    }

    /** The citizens of the records, in the book's order, by record. */
    private Map<UUID, List<CitizenEntity>> citizens(Connection connection, List<UUID> receptionIds)
            throws SQLException {
        Map<UUID, List<CitizenEntity>> byRecord = new HashMap<>();
        if (receptionIds.isEmpty()) {
            return byRecord;
        }
        List<Object> params = new ArrayList<>();
        String sql = CITIZENS + SqlParameters.in("reception_id", receptionIds, params) + " order by reception_id, position";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            SqlParameters.bind(statement, params);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    SqlColumns c = SqlColumns.of(rs);
                    UUID receptionId = c.uuid();
                    CitizenEntity citizen = new CitizenEntity();
                    citizen.position = c.integer();
                    citizen.fullName = c.string();
                    citizen.representative = c.bool();
                    citizen.idType = c.enumOf(IdDocumentType.class);
                    citizen.address = decrypt(c.bytes());
                    citizen.phone = decrypt(c.bytes());
                    citizen.idNumberEncrypted = c.bytes();
                    byRecord.computeIfAbsent(receptionId, id -> new ArrayList<>()).add(citizen);
                }
            }
        }
        return byRecord;
    }

    private String decrypt(byte[] stored) {
        return stored == null ? null : cipher.decrypt(stored);
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
