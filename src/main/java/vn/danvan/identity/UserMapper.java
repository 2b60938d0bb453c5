package vn.danvan.identity;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import vn.danvan.api.model.User;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface UserMapper {

    @Mapping(target = "locked", expression = "java(account.isLocked(now))")
    @Mapping(target = "removeRolesItem", ignore = true)
    User toApi(UserAccount account, @Context Instant now);

    default OffsetDateTime instant(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
