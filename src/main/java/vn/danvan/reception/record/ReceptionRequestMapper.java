package vn.danvan.reception.record;

import org.mapstruct.AfterMapping;
import org.mapstruct.BeanMapping;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.MappingTarget;
import org.mapstruct.Named;
import org.mapstruct.NullValuePropertyMappingStrategy;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;
import vn.danvan.api.model.CitizenInput;
import vn.danvan.api.model.ReceptionCreate;
import vn.danvan.api.model.ReceptionFlagsInput;
import vn.danvan.api.model.ReceptionUpdate;
import vn.danvan.platform.crypto.PersonalDataCipher;
import vn.danvan.platform.mapping.FromRequestConfig;
import vn.danvan.reception.personaldata.IdNumbers;

import java.util.List;
import java.util.UUID;

/**
 * Requests into records: each request into the one {@link ReceptionInput}, which is written into the record and its
 * citizens; the ID number is stored only encrypted, with its keyed hash. A request field left unused fails the build.
 * Stateless, so a plain instance like every request mapper of the feature.
 */
@Mapper(config = FromRequestConfig.class, componentModel = MappingConstants.ComponentModel.DEFAULT)
public interface ReceptionRequestMapper {

    ReceptionRequestMapper INSTANCE = Mappers.getMapper(ReceptionRequestMapper.class);

    /** The ID and the receiving unit are the service's to choose and check. */
    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.ERROR,
            ignoreUnmappedSourceProperties = {"id", "organizationId"})
    @Mapping(target = "headReceivedInPerson", defaultValue = "false")
    ReceptionInput input(ReceptionCreate request);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.ERROR)
    @Mapping(target = "headReceivedInPerson", defaultValue = "false")
    ReceptionInput input(ReceptionUpdate request);

    /** The flags are written by {@link #flags}: absent flags are all false. */
    @BeanMapping(ignoreUnmappedSourceProperties = "flags")
    @Mapping(target = "headReceived", source = "headReceivedInPerson")
    @Mapping(target = "transferredToId", source = "transferredToOrganizationId")
    // From the MASS_MIN_PEOPLE rule in force on the day of receipt: the service sets it (ReceptionService.massFlag).
    @Mapping(target = "flagMass", ignore = true)
    @Mapping(target = "leadCitizenName", expression = "java(input.citizens().get(0).getFullName())")
    // Kept when not sent: a case's decision writes the follow-up back (ReceptionService.writeFollowUp).
    @Mapping(target = "followUp", nullValuePropertyMappingStrategy = NullValuePropertyMappingStrategy.IGNORE)
    @Mapping(target = "officials", source = "receivingOfficials",
            nullValuePropertyMappingStrategy = NullValuePropertyMappingStrategy.SET_TO_DEFAULT)
    @Mapping(target = "citizens", qualifiedByName = "citizensInPlace")
    void apply(ReceptionInput input, @MappingTarget ReceptionEntity record, @Context PersonalDataCipher cipher);

    @AfterMapping
    default void flags(ReceptionInput input, @MappingTarget ReceptionEntity record) {
        flags(input.flags() == null ? new ReceptionFlagsInput() : input.flags(), record);
        record.citizens.forEach(citizen -> citizen.receptionId = record.id);
    }

    @Mapping(target = "flagLevelSkipping", source = "levelSkipping", defaultValue = "false")
    @Mapping(target = "flagRepeated", source = "repeated", defaultValue = "false")
    @Mapping(target = "flagProlonged", source = "prolonged", defaultValue = "false")
    @Mapping(target = "flagComplex", source = "complex", defaultValue = "false")
    void flags(ReceptionFlagsInput flags, @MappingTarget ReceptionEntity record);

    /** Rows are changed in place by position, so that the unique (reception, position) key never clashes. */
    @Named("citizensInPlace")
    default void citizensInPlace(List<CitizenInput> citizens, @MappingTarget List<CitizenEntity> rows,
                                 @Context PersonalDataCipher cipher) {
        while (rows.size() > citizens.size()) {
            rows.remove(rows.size() - 1);
        }
        for (int i = 0; i < citizens.size(); i++) {
            if (i == rows.size()) {
                CitizenEntity row = new CitizenEntity();
                row.id = UUID.randomUUID();
                row.position = i + 1;
                rows.add(row);
            }
            apply(citizens.get(i), rows.get(i), cipher);
        }
    }

    @BeanMapping(ignoreUnmappedSourceProperties = "idNumber") // written by idNumber() below
    @Mapping(target = "representative", defaultValue = "false")
    @Mapping(target = "receptionId", ignore = true)
    @Mapping(target = "idNumberEncrypted", ignore = true)
    @Mapping(target = "idNumberHash", ignore = true)
    void apply(CitizenInput citizen, @MappingTarget CitizenEntity row, @Context PersonalDataCipher cipher);

    /**
     * The ID number is encrypted again only when it changed (its keyed hash tells): a fresh ciphertext of the same
     * number would be a change of the row, and an empty entry in the reception's history.
     */
    @AfterMapping
    default void idNumber(CitizenInput citizen, @MappingTarget CitizenEntity row, @Context PersonalDataCipher cipher) {
        byte[] hash = hashed(citizen.getIdNumber(), cipher);
        if (!java.util.Arrays.equals(hash, row.idNumberHash)) {
            row.idNumberHash = hash;
            row.idNumberEncrypted = encrypted(citizen.getIdNumber(), cipher);
        }
    }

    @Named("encrypted")
    default byte[] encrypted(String idNumber, @Context PersonalDataCipher cipher) {
        return idNumber == null ? null : cipher.encrypt(IdNumbers.normalise(idNumber));
    }

    @Named("hashed")
    default byte[] hashed(String idNumber, @Context PersonalDataCipher cipher) {
        return idNumber == null ? null : cipher.hash(IdNumbers.normalise(idNumber));
    }
}
