package vn.danvan.reception.record;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import vn.danvan.platform.mapping.ToContractConfig;
import vn.danvan.reception.export.BookEntry;

/** Records as rows of the printed book (Mẫu số 03). */
@Mapper(config = ToContractConfig.class)
interface BookEntryMapper {

    @Mapping(target = "mass", source = "flagMass")
    @Mapping(target = "levelSkipping", source = "flagLevelSkipping")
    @Mapping(target = "repeated", source = "flagRepeated")
    @Mapping(target = "prolonged", source = "flagProlonged")
    @Mapping(target = "transferTarget", expression = "java(book.transferTarget(record))")
    @Mapping(target = "clear", expression = "java(book.inClear(record))")
    BookEntry toEntry(ReceptionEntity record, @Context BookFacts book);

    @Mapping(target = "idNumber", source = "idNumberEncrypted", qualifiedByName = "decryptedIdNumber")
    BookEntry.Citizen toEntry(CitizenEntity citizen, @Context BookFacts book);

    @Named("decryptedIdNumber")
    default String idNumber(byte[] encrypted, @Context BookFacts book) {
        return book.decrypted().idNumber(encrypted);
    }
}
