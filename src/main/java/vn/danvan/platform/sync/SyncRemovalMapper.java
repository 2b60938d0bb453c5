package vn.danvan.platform.sync;

import org.mapstruct.Mapper;
import vn.danvan.api.model.SyncRemoval;
import vn.danvan.platform.mapping.ToContractConfig;

import java.util.List;

/** Removals as the contract shows them, the same in every collection's sync. */
@Mapper(config = ToContractConfig.class)
public interface SyncRemovalMapper {

    SyncRemoval toApi(Removal removal);

    List<SyncRemoval> toApi(List<Removal> removals);
}
