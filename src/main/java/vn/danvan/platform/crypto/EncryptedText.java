package vn.danvan.platform.crypto;

import io.quarkus.arc.Arc;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A personal-data text column kept encrypted at rest ({@code VARBINARY}): the entity holds the clear value, the
 * database only {@link PersonalDataCipher}'s ciphertext. For columns that are shown and masked but never searched.
 */
@Converter
public class EncryptedText implements AttributeConverter<String, byte[]> {

    private volatile PersonalDataCipher cipher;

    @Override
    public byte[] convertToDatabaseColumn(String value) {
        return value == null ? null : cipher().encrypt(value);
    }

    @Override
    public String convertToEntityAttribute(byte[] stored) {
        return stored == null ? null : cipher().decrypt(stored);
    }

    private PersonalDataCipher cipher() {
        PersonalDataCipher current = cipher;
        if (current == null) {
            // Hibernate creates converters itself; the cipher is the container's one bean.
            current = Arc.container().instance(PersonalDataCipher.class).get();
            cipher = current;
        }
        return current;
    }
}
