package vn.danvan.reception.record;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.organization.ScopeNarrowing;
import vn.danvan.platform.crypto.PersonalDataCipher;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.security.Scope;
import vn.danvan.platform.security.ScopeProvider;
import vn.danvan.reception.personaldata.IdNumbers;
import vn.danvan.reception.record.sql.ListScope;
import vn.danvan.reception.record.sql.ReceptionListFilter;
import vn.danvan.reception.record.sql.ReceptionListSql;

import java.util.List;
import java.util.TreeSet;

/**
 * The filtered list of the reception book: the caller's scope and filters, read by {@link ReceptionListSql} (plain
 * SQL, measured: see its comment), and shown as records with their citizens, personal data decrypted here.
 */
@ApplicationScoped
public class ReceptionListReader {

    private final ReceptionListSql sql;
    private final ScopeProvider scopes;
    private final ScopeNarrowing narrowing;
    private final OrganizationTreeQueries directory;
    private final PersonalDataCipher cipher;
    private final ListRowMapper rows;

    ReceptionListReader(ReceptionListSql sql, ScopeProvider scopes, ScopeNarrowing narrowing,
                        OrganizationTreeQueries directory, PersonalDataCipher cipher, ListRowMapper rows) {
        this.rows = rows;
        this.sql = sql;
        this.scopes = scopes;
        this.narrowing = narrowing;
        this.directory = directory;
        this.cipher = cipher;
    }

    public Page<ReceptionRow> list(ReceptionQuery query, String sort, PageRequest page) {
        Scope within = narrowing.narrow(scopes.current(), query.organizationId(), "organizationId",
                "reception.organization-not-found");
        ListScope scope = within.unrestricted() ? new ListScope(true, List.of(), null, null)
                : new ListScope(false, directory.subtreeIds(within), within.likePattern(), within.treePath());
        ReceptionListFilter filter = new ReceptionListFilter(query.onlyOrganization(), query.communeId(), query.from(),
                query.to(), query.kind(), query.domain(), query.handling(),
                query.flags() == null ? null : new TreeSet<>(query.flags()),
                query.idNumber() == null ? null : cipher.hash(IdNumbers.normalise(query.idNumber())), query.q());
        return sql.page(filter, scope, ReceptionListSql.SORTING.parse(sort), page).map(row -> rows.toRow(row, cipher));
    }
}
