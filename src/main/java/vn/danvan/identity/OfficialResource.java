package vn.danvan.identity;

import jakarta.ws.rs.core.Response;
import vn.danvan.api.OfficialsApi;
import vn.danvan.api.model.OfficialDelta;
import vn.danvan.api.model.OfficialPage;
import vn.danvan.platform.idempotency.Idempotent;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.sync.DeltaReader;

import java.util.UUID;

/** /api/v1/officials — the officials directory and its mobile sync. */
@Idempotent
public class OfficialResource implements OfficialsApi {

    private final OfficialQueries directory;
    private final OfficialMapper mapper;
    private final DeltaReader deltas;

    OfficialResource(OfficialQueries directory, OfficialMapper mapper, DeltaReader deltas) {
        this.directory = directory;
        this.mapper = mapper;
        this.deltas = deltas;
    }

    @Override
    public Response listOfficials(String q, UUID organizationId, Integer pageSize, String pageToken) {
        Page<UserAccount> page = directory.list(q, organizationId, PageRequest.of(pageSize, pageToken));
        return Response.ok(new OfficialPage().items(mapper.toApi(page.items())).nextPageToken(page.nextPageToken()))
                .build();
    }

    @Override
    public Response syncOfficials(String deltaToken, String pageToken, Integer pageSize) {
        return Response.ok(deltas.answer(OfficialQueries.SYNC, deltaToken, pageToken, pageSize, mapper::toApi,
                (changed, removed, next, delta) -> new OfficialDelta().changed(changed).removed(removed)
                        .nextPageToken(next).deltaToken(delta))).build();
    }
}
