package vn.danvan.reception.record;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.Reception;
import vn.danvan.platform.crypto.PersonalDataCipher;
import vn.danvan.platform.security.Units;
import vn.danvan.reception.record.sql.ReceptionListRow;
import vn.danvan.reception.record.sql.ReceptionListSql;
import vn.danvan.reception.personaldata.PersonalDataShown;
import vn.danvan.platform.personaldata.PersonalDataAccessLog;
import vn.danvan.reception.personaldata.PersonalDataPolicy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Shows records to the caller: decides per record whether its personal data is in clear, and logs every
 * record shown in clear. Every path that returns records goes through here.
 */
@ApplicationScoped
public class ReceptionViews {

    private final ReceptionMapper mapper;
    private final PersonalDataPolicy policy;
    private final PersonalDataAccessLog log;
    private final ReceptionQueries queries;
    private final PersonalDataShown inClear;
    private final PersonalDataShown masked;
    private final ReceptionListSql sql;
    private final ListRowMapper listRows;
    private final PersonalDataCipher cipher;

    ReceptionViews(ReceptionMapper mapper, PersonalDataPolicy policy, PersonalDataAccessLog log, ReceptionQueries queries,
                   PersonalDataCipher cipher, ReceptionListSql sql, ListRowMapper listRows) {
        this.mapper = mapper;
        this.sql = sql;
        this.listRows = listRows;
        this.cipher = cipher;
        this.policy = policy;
        this.log = log;
        this.queries = queries;
        this.inClear = PersonalDataShown.inClear(cipher);
        this.masked = PersonalDataShown.masked(cipher);
    }

    public Reception one(ReceptionEntity entity) {
        return many(rowsOf(List.of(entity)), PersonalDataAccessLog.Purpose.READ).get(0);
    }

    /**
     * Records sent to the mobile app's offline copy, read by ID as the list reads its rows, in the order of the IDs;
     * only those still live and of a unit in {@code reach}. Shown and logged as a list is.
     */
    public List<Reception> synced(List<UUID> ids, Units reach) {
        Map<UUID, ReceptionListRow> found = sql.byIds(ids);
        List<ReceptionRow> rows = ids.stream().map(found::get)
                .filter(row -> row != null && (reach.all() || reach.ids().contains(row.organizationId())))
                .map(row -> listRows.toRow(row, cipher)).toList();
        return rows.isEmpty() ? List.of() : many(rows, PersonalDataAccessLog.Purpose.SYNC);
    }

    /** Records loaded as entities, with their citizens, officials and cases read in one query each. */
    private List<ReceptionRow> rowsOf(List<ReceptionEntity> entities) {
        List<UUID> ids = entities.stream().map(e -> e.id).toList();
        Map<UUID, UUID> cases = queries.caseIds(ids);
        ReceptionLinkedRows linked = queries.linkedRows(ids);
        return entities.stream().map(e -> new ReceptionRow(e, linked.citizensOf(e.id), linked.officialsOf(e.id),
                cases.get(e.id))).toList();
    }

    public List<Reception> many(List<ReceptionRow> rows, PersonalDataAccessLog.Purpose purpose) {
        return many(rows, purpose, null);
    }

    /** @param subjectHash the keyed hash of the ID number searched for, logged with the read (see the access log) */
    public List<Reception> many(List<ReceptionRow> rows, PersonalDataAccessLog.Purpose purpose, byte[] subjectHash) {
        List<UUID> unmaskedIds = new ArrayList<>();
        List<Reception> result = new ArrayList<>(rows.size());
        java.util.function.Predicate<UUID> clear = policy.forCaller();
        for (ReceptionRow row : rows) {
            boolean unmasked = clear.test(row.record().organizationId);
            if (unmasked) {
                unmaskedIds.add(row.record().id);
            }
            result.add(mapper.toApi(row, unmasked ? inClear : masked));
        }
        log.record(PersonalDataAccessLog.Subject.RECEPTION, unmaskedIds, purpose, subjectHash);
        return result;
    }
}
