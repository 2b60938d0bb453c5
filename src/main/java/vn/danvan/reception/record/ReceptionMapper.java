package vn.danvan.reception.record;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import vn.danvan.api.model.Citizen;
import vn.danvan.api.model.Reception;
import vn.danvan.api.model.ReceptionFlags;
import vn.danvan.api.model.RepeatSuggestion;
import vn.danvan.platform.mapping.ToContractConfig;
import vn.danvan.reception.personaldata.PersonalDataShown;

/**
 * A record as the API shows it, its personal data in clear or masked as the context says. Only ReceptionViews calls it:
 * it decides per record and logs what is shown in clear.
 */
@Mapper(config = ToContractConfig.class)
public interface ReceptionMapper {

    /** The record's citizens and officials come beside it (a page's in one query each), not from its collections. */
    @Mapping(target = ".", source = "record")
    @Mapping(target = "citizens", source = "citizens")
    @Mapping(target = "receivingOfficials", source = "officials")
    @Mapping(target = "headReceivedInPerson", source = "record.headReceived")
    @Mapping(target = "transferredToOrganizationId", source = "record.transferredToId")
    @Mapping(target = "flags", source = "record")
    @Mapping(target = "repeatSuggestion", source = "record",
            conditionExpression = "java(row.record().earlierReceptionId != null)")
    @Mapping(target = "personalDataMasked", expression = "java(shown.isMasked())")
    Reception toApi(ReceptionRow row, @Context PersonalDataShown shown);

    @Mapping(target = "mass", source = "flagMass")
    @Mapping(target = "levelSkipping", source = "flagLevelSkipping")
    @Mapping(target = "repeated", source = "flagRepeated")
    @Mapping(target = "prolonged", source = "flagProlonged")
    @Mapping(target = "complex", source = "flagComplex")
    ReceptionFlags flags(ReceptionEntity record);

    @Mapping(target = "matchedOn", source = "earlierMatch")
    RepeatSuggestion repeatSuggestion(ReceptionEntity record);

    @Mapping(target = "address", qualifiedByName = "shownAddress")
    @Mapping(target = "phone", qualifiedByName = "shownPhone")
    @Mapping(target = "idNumber", source = "idNumberEncrypted", qualifiedByName = "shownIdNumber")
    Citizen toApi(CitizenEntity citizen, @Context PersonalDataShown shown);

    @Named("shownAddress")
    default String address(String address, @Context PersonalDataShown shown) {
        return shown.address(address);
    }

    @Named("shownPhone")
    default String phone(String phone, @Context PersonalDataShown shown) {
        return shown.phone(phone);
    }

    @Named("shownIdNumber")
    default String idNumber(byte[] encrypted, @Context PersonalDataShown shown) {
        return shown.idNumber(encrypted);
    }
}
