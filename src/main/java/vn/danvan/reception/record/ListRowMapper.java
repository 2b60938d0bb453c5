package vn.danvan.reception.record;

import org.mapstruct.BeanMapping;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;
import vn.danvan.platform.crypto.PersonalDataCipher;
import vn.danvan.platform.mapping.ToContractConfig;
import vn.danvan.reception.record.sql.CitizenRow;
import vn.danvan.reception.record.sql.ReceptionListRow;

/**
 * The list's rows (read by plain SQL) as the records ReceptionViews shows, the citizens' address and phone decrypted
 * as their entity holds them; the ID number stays encrypted until it is shown. A column the row gains and this leaves
 * unused fails the build.
 */
@Mapper(config = ToContractConfig.class)
interface ListRowMapper {

    @Mapping(target = "record", source = ".")
    ReceptionRow toRow(ReceptionListRow row, @Context PersonalDataCipher cipher);

    /** The officials, case and citizens are carried beside the record (see toRow), not in its collections. */
    @BeanMapping(unmappedSourcePolicy = ReportingPolicy.ERROR, unmappedTargetPolicy = ReportingPolicy.IGNORE,
            ignoreUnmappedSourceProperties = {"officials", "caseId", "citizens"})
    @Mapping(target = "officials", ignore = true)
    @Mapping(target = "citizens", ignore = true)
    ReceptionEntity record(ReceptionListRow row);

    @BeanMapping(unmappedSourcePolicy = ReportingPolicy.ERROR, unmappedTargetPolicy = ReportingPolicy.IGNORE)
    @Mapping(target = "address", source = "addressEncrypted", qualifiedByName = "decrypted")
    @Mapping(target = "phone", source = "phoneEncrypted", qualifiedByName = "decrypted")
    CitizenEntity citizen(CitizenRow row, @Context PersonalDataCipher cipher);

    @Named("decrypted")
    default String decrypted(byte[] stored, @Context PersonalDataCipher cipher) {
        return stored == null ? null : cipher.decrypt(stored);
    }
}
