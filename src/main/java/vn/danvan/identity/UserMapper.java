package vn.danvan.identity;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import vn.danvan.platform.mapping.TimeMappings;
import vn.danvan.api.model.User;

import java.time.Instant;

@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR, uses = TimeMappings.class)
public interface UserMapper {

    @Mapping(target = "locked", expression = "java(account.isLocked(now))")
    @Mapping(target = "removeRolesItem", ignore = true)
    User toApi(UserAccount account, @Context Instant now);
}
