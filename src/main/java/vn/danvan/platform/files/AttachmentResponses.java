package vn.danvan.platform.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import vn.danvan.api.model.AttachmentList;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The HTTP shape of attachments, the same for every feature: descriptions, lists and downloads. */
@ApplicationScoped
public class AttachmentResponses {

    private final AttachmentMapper mapper;

    AttachmentResponses(AttachmentMapper mapper) {
        this.mapper = mapper;
    }

    public Response list(List<AttachmentEntity> attachments) {
        return Response.ok(new AttachmentList().items(attachments.stream().map(mapper::toApi).toList())).build();
    }

    public Response created(AttachmentEntity attachment, java.net.URI location) {
        return Response.created(location).entity(mapper.toApi(attachment)).build();
    }

    /** The bytes with their checked type, the user's file name (RFC 6266); browsers may keep them for an hour. */
    public Response download(StoredFile file) {
        return download(file, "private, max-age=3600");
    }

    /**
     * A file that carries personal data (a citizen's petition, ID scan): never stored by any cache, the browser's
     * included, so that it does not outlive the session on a shared computer.
     */
    public Response downloadPersonal(StoredFile file) {
        return download(file, "no-store");
    }

    private Response download(StoredFile file, String caching) {
        AttachmentEntity attachment = file.attachment();
        String ascii = attachment.fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(attachment.fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), attachment.contentType)
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("Content-Length", attachment.sizeBytes)
                .header("Cache-Control", caching)
                .header("X-Content-Type-Options", "nosniff")
                .tag(vn.danvan.platform.etag.EntityTags.header(attachment.version))
                .build();
    }

}
