package vn.danvan.platform.error;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.List;

/**
 * Renders message keys in Vietnamese (the default) or English. The language is chosen from
 * Accept-Language: English when the caller prefers it, Vietnamese otherwise.
 */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String BUNDLE = "i18n.messages";

    private Messages() {
    }

    public static Locale pick(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            String language = locale.getLanguage();
            if ("vi".equals(language)) {
                return VIETNAMESE;
            }
            if ("en".equals(language)) {
                return Locale.ENGLISH;
            }
        }
        return VIETNAMESE;
    }

    public static String render(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] rendered = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            rendered[i] = argument(locale, args[i]);
        }
        return new MessageFormat(pattern.replace("'", "''"), locale).format(rendered);
    }

    private static String argument(Locale locale, Object arg) {
        if (arg instanceof MessageRef ref) {
            return render(locale, ref.key());
        }
        if (arg instanceof MessageList list) {
            return String.join(", ", list.items().stream().map(item -> argument(locale, item)).toList());
        }
        return arg == null ? "" : arg.toString();
    }
}
