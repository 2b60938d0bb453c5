package vn.danvan.reception.record;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.AuditChange;
import vn.danvan.api.model.AuditEntry;
import vn.danvan.api.model.AuditEntryPage;
import vn.danvan.platform.audit.AuditedFields;
import vn.danvan.platform.audit.AuditedPart;
import vn.danvan.platform.audit.AuditedRecord;
import vn.danvan.platform.crypto.PersonalDataCipher;
import vn.danvan.reception.personaldata.PersonalDataPolicy;
import vn.danvan.reception.personaldata.PersonalDataShown;
import vn.danvan.platform.personaldata.PersonalDataAccessLog;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The history of a reception record with its citizens. Personal data is shown as the record's reads show it: a
 * citizen's address, phone and ID number in clear only to those who may read them (PersonalDataPolicy), masked for
 * everyone else; a history that shows any of them in clear is logged as a read of the record, as reading it is.
 */
@ApplicationScoped
public class ReceptionHistory implements AuditedRecord<ReceptionEntity> {

    static final AuditedFields<ReceptionEntity> FIELDS = AuditedFields.<ReceptionEntity>builder()
            .field("organizationId", r -> r.organizationId)
            .field("receivedOn", r -> r.receivedOn)
            .field("receptionType", r -> r.receptionType)
            .field("channel", r -> r.channel)
            .field("scheduleId", r -> r.scheduleId)
            .field("headReceivedInPerson", r -> r.headReceived)
            .field("kind", r -> r.kind)
            .field("domain", r -> r.domain)
            .field("peopleCount", r -> r.peopleCount)
            .field("content", r -> r.content)
            .field("previouslyHandledBy", r -> r.previouslyHandledBy)
            .field("handling", r -> r.handling)
            .field("transferredToOrganizationId", r -> r.transferredToId)
            .field("transferredToName", r -> r.transferredToName)
            .field("concernedCommuneId", r -> r.concernedCommuneId)
            .field("concernedAddress", r -> r.concernedAddress)
            .field("flags.mass", r -> r.flagMass)
            .field("flags.levelSkipping", r -> r.flagLevelSkipping)
            .field("flags.repeated", r -> r.flagRepeated)
            .field("flags.prolonged", r -> r.flagProlonged)
            .field("flags.complex", r -> r.flagComplex)
            .field("nationalCaseNumber", r -> r.nationalCaseNumber)
            .field("followUp", r -> r.followUp)
            .field("notes", r -> r.notes)
            .build();

    static final String CITIZENS = "citizens";

    /** The citizens' fields that the reads mask: showing one of them in clear is a logged read. */
    private static final Set<String> PERSONAL = Set.of(CITIZENS + ".address", CITIZENS + ".phone",
            CITIZENS + ".idNumber");

    private final ReceptionService receptions;
    private final PersonalDataPolicy policy;
    private final PersonalDataAccessLog log;
    private final AuditedPart<CitizenEntity> inClear;
    private final AuditedPart<CitizenEntity> masked;

    ReceptionHistory(ReceptionService receptions, PersonalDataPolicy policy, PersonalDataAccessLog log,
                     PersonalDataCipher cipher) {
        this.receptions = receptions;
        this.policy = policy;
        this.log = log;
        this.inClear = citizens(PersonalDataShown.inClear(cipher));
        this.masked = citizens(PersonalDataShown.masked(cipher));
    }

    private static AuditedPart<CitizenEntity> citizens(PersonalDataShown shown) {
        return new AuditedPart<>(CitizenEntity.class, "receptionId", Comparator.comparingInt(c -> c.position), CITIZENS,
                AuditedFields.<CitizenEntity>builder()
                        .field("fullName", c -> c.fullName)
                        .field("address", c -> shown.address(c.address))
                        .field("phone", c -> shown.phone(c.phone))
                        .field("idType", c -> c.idType)
                        .field("idNumber", c -> shown.idNumber(c.idNumberEncrypted))
                        .field("representative", c -> c.representative)
                        .build());
    }

    @Override
    public Class<ReceptionEntity> type() {
        return ReceptionEntity.class;
    }

    @Override
    public ReceptionEntity visible(UUID id) {
        return receptions.get(id);
    }

    @Override
    public AuditedFields<ReceptionEntity> fields(ReceptionEntity record) {
        return FIELDS;
    }

    @Override
    public List<AuditedPart<?>> parts(ReceptionEntity record) {
        return List.of(policy.mayReadUnmasked(record.organizationId) ? inClear : masked);
    }

    @Override
    public void shown(ReceptionEntity record, AuditEntryPage page) {
        boolean personalDataShown = page.getItems().stream().map(AuditEntry::getChanges).flatMap(List::stream)
                .filter(change -> PERSONAL.contains(change.getField()))
                .anyMatch(ReceptionHistory::hasValue);
        if (personalDataShown && policy.mayReadUnmasked(record.organizationId)) {
            log.record(PersonalDataAccessLog.Subject.RECEPTION, List.of(record.id),
                    PersonalDataAccessLog.Purpose.READ);
        }
    }

    private static boolean hasValue(AuditChange change) {
        return change.getOldValue() != null || change.getNewValue() != null;
    }
}
