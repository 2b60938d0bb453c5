package vn.danvan.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * The text of a notification: a key of the message bundles (vi and en) and its arguments, so that each reader gets it
 * in their own language. Dates are written as Vietnamese documents write them (dd/MM/yyyy).
 */
public record NotificationText(String key, List<String> args) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public static NotificationText of(String key, Object... args) {
        return new NotificationText(key, Arrays.stream(args)
                .map(a -> a instanceof LocalDate day ? DAY.format(day) : String.valueOf(a)).toList());
    }
}
