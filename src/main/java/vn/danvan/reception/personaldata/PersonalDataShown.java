package vn.danvan.reception.personaldata;

import vn.danvan.platform.crypto.PersonalDataCipher;

/**
 * How a record's personal data is shown to the caller, as {@link PersonalDataPolicy} decided: the ID number decrypted,
 * and the address, phone and ID number in clear or masked. The mappers take it as their {@code @Context}; it holds no
 * personal data itself.
 */
public final class PersonalDataShown {

    private static final int VISIBLE_DIGITS = 3;

    private final PersonalDataCipher cipher;
    private final boolean clear;

    private PersonalDataShown(PersonalDataCipher cipher, boolean clear) {
        this.cipher = cipher;
        this.clear = clear;
    }

    public static PersonalDataShown inClear(PersonalDataCipher cipher) {
        return new PersonalDataShown(cipher, true);
    }

    public static PersonalDataShown masked(PersonalDataCipher cipher) {
        return new PersonalDataShown(cipher, false);
    }

    public boolean isMasked() {
        return !clear;
    }

    public String address(String address) {
        return clear ? address : Masking.address(address);
    }

    public String phone(String phone) {
        return clear ? phone : Masking.keepLast(phone, VISIBLE_DIGITS);
    }

    /** Decrypted even when masked: the mask keeps its length. */
    public String idNumber(byte[] encrypted) {
        String number = encrypted == null ? null : cipher.decrypt(encrypted);
        return clear ? number : Masking.keepLast(number, VISIBLE_DIGITS);
    }
}
