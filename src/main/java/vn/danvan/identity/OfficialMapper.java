package vn.danvan.identity;

import org.mapstruct.Mapper;
import vn.danvan.api.model.Official;
import vn.danvan.platform.mapping.ToContractConfig;

import java.util.List;

/** An account as the officials directory shows it: who and where, nothing of the account. */
@Mapper(config = ToContractConfig.class)
public interface OfficialMapper {

    Official toApi(UserAccount account);

    List<Official> toApi(List<UserAccount> accounts);
}
