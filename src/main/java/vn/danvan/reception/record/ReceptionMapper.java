package vn.danvan.reception.record;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.Citizen;
import vn.danvan.api.model.Reception;
import vn.danvan.api.model.ReceptionFlags;
import vn.danvan.api.model.RepeatSuggestion;
import vn.danvan.platform.mapping.TimeMappings;
import vn.danvan.reception.personaldata.Masking;
import vn.danvan.platform.crypto.PersonalDataCipher;

import java.util.ArrayList;
import java.util.UUID;

/** A record as the API shows it, with its personal data in clear or masked. */
@ApplicationScoped
public class ReceptionMapper {

    private final PersonalDataCipher cipher;

    ReceptionMapper(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    /** With the record's officials and citizens read beforehand (a page's in one query each: ReceptionLinkedRows). */
    Reception toApi(ReceptionEntity e, boolean unmasked, UUID caseId, java.util.List<String> officials,
                    java.util.List<CitizenEntity> citizens) {
        Reception r = new Reception()
                .id(e.id).organizationId(e.organizationId).receivedOn(e.receivedOn).receptionType(e.receptionType)
                .channel(e.channel).scheduleId(e.scheduleId).headReceivedInPerson(e.headReceived).kind(e.kind)
                .domain(e.domain).peopleCount(e.peopleCount).content(e.content)
                .previouslyHandledBy(e.previouslyHandledBy).handling(e.handling)
                .transferredToOrganizationId(e.transferredToId).transferredToName(e.transferredToName)
                .concernedCommuneId(e.concernedCommuneId).concernedAddress(e.concernedAddress)
                .flags(flags(e))
                .receivingOfficials(new ArrayList<>(officials))
                .nationalCaseNumber(e.nationalCaseNumber).followUp(e.followUp).notes(e.notes)
                .caseId(caseId)
                .personalDataMasked(!unmasked)
                .demo(e.demo)
                .createdAt(TimeMappings.toOffsetDateTime(e.createdAt))
                .updatedAt(TimeMappings.toOffsetDateTime(e.updatedAt))
                .version(e.version);
        if (e.earlierReceptionId != null) {
            r.repeatSuggestion(new RepeatSuggestion().earlierReceptionId(e.earlierReceptionId)
                    .matchedOn(RepeatSuggestion.MatchedOnEnum.fromValue(e.earlierMatch)));
        }
        r.citizens(citizens.stream().map(c -> citizen(c, unmasked)).toList());
        return r;
    }

    public static ReceptionFlags flags(ReceptionEntity e) {
        return new ReceptionFlags().mass(e.flagMass).levelSkipping(e.flagLevelSkipping).repeated(e.flagRepeated)
                .prolonged(e.flagProlonged).complex(e.flagComplex);
    }

    public Citizen citizen(CitizenEntity c, boolean unmasked) {
        String idNumber = c.idNumberEncrypted == null ? null : cipher.decrypt(c.idNumberEncrypted);
        return new Citizen().fullName(c.fullName).representative(c.representative).idType(c.idType)
                .address(unmasked ? c.address : Masking.address(c.address))
                .phone(unmasked ? c.phone : Masking.keepLast(c.phone, 3))
                .idNumber(unmasked ? idNumber : Masking.keepLast(idNumber, 3));
    }

    /** The clear ID number, for the book of those who may see it. */
    public String idNumber(CitizenEntity c) {
        return c.idNumberEncrypted == null ? null : cipher.decrypt(c.idNumberEncrypted);
    }
}
