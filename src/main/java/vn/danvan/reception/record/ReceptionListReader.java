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
import vn.danvan.reception.record.sql.CitizenRow;
import vn.danvan.reception.record.sql.ListScope;
import vn.danvan.reception.record.sql.ReceptionListFilter;
import vn.danvan.reception.record.sql.ReceptionListRow;
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

    ReceptionListReader(ReceptionListSql sql, ScopeProvider scopes, ScopeNarrowing narrowing,
                        OrganizationTreeQueries directory, PersonalDataCipher cipher) {
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
        return sql.page(filter, scope, ReceptionListSql.SORTING.parse(sort), page).map(this::toRow);
    }

    private ReceptionRow toRow(ReceptionListRow r) {
        ReceptionEntity e = new ReceptionEntity();
        e.id = r.id();
        e.organizationId = r.organizationId();
        e.receivedOn = r.receivedOn();
        e.receptionType = r.receptionType();
        e.channel = r.channel();
        e.scheduleId = r.scheduleId();
        e.headReceived = r.headReceived();
        e.kind = r.kind();
        e.domain = r.domain();
        e.peopleCount = r.peopleCount();
        e.leadCitizenName = r.leadCitizenName();
        e.content = r.content();
        e.previouslyHandledBy = r.previouslyHandledBy();
        e.handling = r.handling();
        e.transferredToId = r.transferredToId();
        e.transferredToName = r.transferredToName();
        e.concernedCommuneId = r.concernedCommuneId();
        e.concernedAddress = r.concernedAddress();
        e.flagMass = r.flagMass();
        e.flagLevelSkipping = r.flagLevelSkipping();
        e.flagRepeated = r.flagRepeated();
        e.flagProlonged = r.flagProlonged();
        e.flagComplex = r.flagComplex();
        e.earlierReceptionId = r.earlierReceptionId();
        e.earlierMatch = r.earlierMatch();
        e.nationalCaseNumber = r.nationalCaseNumber();
        e.followUp = r.followUp();
        e.notes = r.notes();
        e.demo = r.demo();
        e.createdAt = r.createdAt();
        e.updatedAt = r.updatedAt();
        e.version = r.version();
        return new ReceptionRow(e, r.citizens().stream().map(this::citizen).toList(), r.officials(), r.caseId());
    }

    private CitizenEntity citizen(CitizenRow row) {
        CitizenEntity citizen = new CitizenEntity();
        citizen.position = row.position();
        citizen.fullName = row.fullName();
        citizen.representative = row.representative();
        citizen.idType = row.idType();
        citizen.address = decrypt(row.addressEncrypted());
        citizen.phone = decrypt(row.phoneEncrypted());
        citizen.idNumberEncrypted = row.idNumberEncrypted();
        return citizen;
    }

    private String decrypt(byte[] stored) {
        return stored == null ? null : cipher.decrypt(stored);
    }
}
