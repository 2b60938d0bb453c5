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
import vn.danvan.reception.personaldata.PersonalDataCipher;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The filtered list of the reception book, the busiest read of the service: one SQL statement per page that
 * returns the records with their citizens, receiving officials and case, read straight from the result set.
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
     * The record's columns, then its citizens and officials as JSON arrays of positional arrays (JSON_ARRAYAGG, in
     * MySQL 8 and MariaDB 10.5+; MySQL's has no ORDER BY, hence the position in each) and its case.
     */
    private static final String COLUMNS = "id, organization_id, received_on, reception_type, channel, schedule_id,"
            + " head_received, kind, domain, people_count, lead_citizen_name, content, previously_handled_by, handling,"
            + " transferred_to_id, transferred_to_name, concerned_commune_id, concerned_address, flag_mass,"
            + " flag_level_skipping, flag_repeated, flag_prolonged, flag_complex, earlier_reception_id, earlier_match,"
            + " national_case_number, follow_up, notes, demo, created_at, updated_at, version,"
            + " (select json_arrayagg(json_array(c.position, c.full_name, c.representative, c.id_type, c.address, c.phone,"
            + " hex(c.id_number_enc))) from reception_citizen c where c.reception_id = reception.id) as citizens_json,"
            + " (select json_arrayagg(json_array(o.position, o.name)) from reception_official o"
            + " where o.reception_id = reception.id) as officials_json,"
            + " (select k.id from reception_case k where k.reception_id = reception.id and k.deleted_at is null) as case_id";

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
        StringBuilder select = new StringBuilder("select ").append(COLUMNS)
                .append(" from reception where deleted_at is null");
        List<Object> params = new ArrayList<>();
        Scope scope = scopes.current();
        Scope within = narrowing.narrow(scope, query.organizationId(), "organizationId", "reception.organization-not-found");
        SortSpec<ReceptionRow> order = SORTING.parse(sort);
        if (!within.unrestricted()) {
            select.append(" and ").append(scopeCondition(within, order, params));
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
        String filters = String.join("|", String.valueOf(query.organizationId()), String.valueOf(query.communeId()),
                String.valueOf(query.from()), String.valueOf(query.to()), String.valueOf(query.kind()),
                String.valueOf(query.domain()), String.valueOf(query.handling()), flags == null ? "null" : String.valueOf(flags),
                idHash == null ? "-" : HexFormat.of().formatHex(idHash), String.valueOf(query.q()),
                String.valueOf(scope.treePath()));
        try (Connection connection = dataSource.getConnection()) {
            return SqlKeysetPager.page(connection, select.toString(), params, filters, order, page,
                    ReceptionListReader::row);
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
    private String scopeCondition(Scope within, SortSpec<ReceptionRow> order, List<Object> params) {
        List<UUID> units = directory.subtreeIds(within);
        boolean indexedOrder = order.orders().get(0).key().expression().equals("received_on");
        if (units.size() <= NAMED_UNITS_AT_MOST || !indexedOrder) {
            return SqlParameters.in("organization_id", units, params);
        }
        params.add(within.likePattern());
        return "(select s.tree_path from organization s where s.id = reception.organization_id"
                + " and s.deleted_at is null) like ?";
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
        return new ReceptionRow(e, citizens(c.string()), officials(c.string()), c.uuid());
    }

    /** [position, full name, representative, ID type, address, phone, encrypted ID number in hex]. */
    private static List<CitizenEntity> citizens(String json) throws SQLException {
        List<CitizenEntity> citizens = new ArrayList<>();
        for (JsonNode node : parse(json)) {
            CitizenEntity c = new CitizenEntity();
            c.position = node.get(0).asInt();
            c.fullName = node.get(1).asText();
            c.representative = node.get(2).asBoolean() || node.get(2).asInt() != 0;
            String idType = text(node.get(3));
            c.idType = idType == null ? null : IdDocumentType.valueOf(idType);
            c.address = text(node.get(4));
            c.phone = text(node.get(5));
            String encrypted = text(node.get(6));
            c.idNumberEncrypted = encrypted == null ? null : HexFormat.of().parseHex(encrypted);
            citizens.add(c);
        }
        citizens.sort(Comparator.comparingInt(c -> c.position));
        return citizens;
    }

    private static List<String> officials(String json) throws SQLException {
        List<JsonNode> nodes = new ArrayList<>();
        parse(json).forEach(nodes::add);
        nodes.sort(Comparator.comparingInt(n -> n.get(0).asInt()));
        return nodes.stream().map(n -> n.get(1).asText()).toList();
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? null : value.asText();
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
