package vn.danvan.platform.crypto;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.danvan.platform.config.DanvanConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

/**
 * The personal-data key: Base64 of 32 random bytes, from {@code danvan.personal-data.key} or a file named by
 * {@code danvan.personal-data.key-file} (the older names {@code danvan.reception.personal-data-key[-file]} still
 * work). Every instance of a deployment must have the same key: data encrypted with one cannot be read with another.
 */
public final class PersonalDataKey {

    public static final String KEY = "danvan.personal-data.key";
    public static final String KEY_FILE = "danvan.personal-data.key-file";
    static final String LEGACY_KEY = "danvan.reception.personal-data-key";
    static final String LEGACY_KEY_FILE = "danvan.reception.personal-data-key-file";

    private PersonalDataKey() {
    }

    static byte[] read(DanvanConfig config) {
        DanvanConfig.PersonalData settings = config.personalData();
        Config raw = ConfigProvider.getConfig();
        return decode(settings.key().or(() -> value(raw, LEGACY_KEY))
                .or(() -> settings.keyFile().or(() -> value(raw, LEGACY_KEY_FILE)).map(PersonalDataKey::readFile)));
    }

    /** The key from raw configuration, for code that runs before the container (schema migrations). */
    public static byte[] read(Config config) {
        return decode(value(config, KEY).or(() -> value(config, LEGACY_KEY))
                .or(() -> value(config, KEY_FILE).or(() -> value(config, LEGACY_KEY_FILE)).map(PersonalDataKey::readFile)));
    }

    /** Whether any of the settings is given (the embedded run generates a key file when none is). */
    public static boolean configured(Config config) {
        return value(config, KEY).or(() -> value(config, LEGACY_KEY)).or(() -> value(config, KEY_FILE))
                .or(() -> value(config, LEGACY_KEY_FILE)).isPresent();
    }

    private static Optional<String> value(Config config, String name) {
        return config.getOptionalValue(name, String.class).filter(v -> !v.isBlank());
    }

    private static byte[] decode(Optional<String> base64) {
        String text = base64.filter(k -> !k.isBlank()).orElseThrow(() -> new IllegalStateException(
                "No personal-data key: set DANVAN_PERSONAL_DATA_KEY (Base64 of 32 random bytes, e.g. `openssl rand"
                        + " -base64 32`) or DANVAN_PERSONAL_DATA_KEY_FILE, the same on every instance. Without it citizens'"
                        + " ID numbers, addresses and phones cannot be stored or read."));
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The personal-data key is not valid Base64", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException("The personal-data key must be 32 bytes, not " + key.length);
        }
        return key;
    }

    private static String readFile(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the personal-data key file " + file, e);
        }
    }
}
