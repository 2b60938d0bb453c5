package vn.danvan.platform.mapping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Conversions every MapStruct mapper uses (via {@code @Mapper(uses = TimeMappings.class)}). */
public final class TimeMappings {

    private TimeMappings() {
    }

    /** Instants are stored in UTC and sent as RFC 3339 with the UTC offset. */
    public static OffsetDateTime toOffsetDateTime(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
