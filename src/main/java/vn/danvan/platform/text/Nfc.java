package vn.danvan.platform.text;

import java.text.Normalizer;

/** Unicode NFC, the one form of Vietnamese text the service stores and searches. */
public final class Nfc {

    private Nfc() {
    }

    public static String normalize(String text) {
        if (text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
