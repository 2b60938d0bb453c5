package vn.danvan.support;

import vn.danvan.platform.lifecycle.Lifecycle;

import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A lifecycle's refusal names the record, its status and the action in the caller's language: all must exist. */
public final class LifecycleMessages {

    private LifecycleMessages() {
    }

    public static <S extends Enum<S>> void assertNamed(Lifecycle<S, ?, ?> lifecycle, Class<S> statuses) {
        for (Locale locale : new Locale[] {Locale.forLanguageTag("vi"), Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            assertTrue(bundle.containsKey(lifecycle.entityKey()), lifecycle.entityKey() + " in " + locale);
            for (S status : statuses.getEnumConstants()) {
                String key = lifecycle.messages() + ".status." + status.name();
                assertTrue(bundle.containsKey(key), key + " in " + locale);
            }
            for (Enum<?> action : lifecycle.table().keySet()) {
                String key = lifecycle.messages() + ".action." + action.name();
                assertTrue(bundle.containsKey(key), key + " in " + locale);
            }
        }
    }
}
