package vn.danvan.engagement.dialogue;

import jakarta.ws.rs.core.Response;
import vn.danvan.api.PublicDialoguesApi;
import vn.danvan.api.model.PublicDialoguePage;
import vn.danvan.platform.idempotency.Idempotent;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;

import java.util.UUID;

/** /api/v1/public/dialogues — announced sessions and their results, for the portal; no account, no personal data. */
@Idempotent
public class PublicDialogueResource implements PublicDialoguesApi {

    private final DialogueService service;
    private final DialogueMapper mapper;

    PublicDialogueResource(DialogueService service, DialogueMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @Override
    public Response listPublicDialogues(UUID organizationId, Integer pageSize, String pageToken) {
        Page<DialogueEntity> page = service.announced(organizationId, PageRequest.of(pageSize, pageToken));
        return Response.ok(new PublicDialoguePage().items(mapper.toPublic(page.items()))
                .nextPageToken(page.nextPageToken())).build();
    }
}
