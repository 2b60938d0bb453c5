package vn.danvan.platform.files;

import org.mapstruct.Mapper;
import vn.danvan.api.model.Attachment;
import vn.danvan.platform.mapping.ToContractConfig;

/** An attachment's description as the contract shows it, the same for every feature. */
@Mapper(config = ToContractConfig.class)
interface AttachmentMapper {

    Attachment toApi(AttachmentEntity attachment);
}
