package vn.danvan.identity;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import vn.danvan.api.model.User;
import vn.danvan.platform.mapping.ToContractConfig;

import java.time.Instant;

/** Accounts as the contract shows them; whether an account is locked depends on the instant. */
@Mapper(config = ToContractConfig.class)
public interface UserMapper {

    @Mapping(target = "locked", expression = "java(account.isLocked(now))")
    User toApi(UserAccount account, @Context Instant now);
}
