package vn.danvan.reception.hotspot;

import jakarta.ws.rs.core.Response;
import vn.danvan.api.HotspotsApi;
import vn.danvan.platform.idempotency.Idempotent;

import java.time.LocalDate;
import java.util.UUID;

/** /api/v1/hotspots — điểm nóng: places and subjects where flagged records pile up (see HotspotQueries). */
@Idempotent
public class HotspotResource implements HotspotsApi {

    private final HotspotQueries hotspots;

    HotspotResource(HotspotQueries hotspots) {
        this.hotspots = hotspots;
    }

    @Override
    public Response listHotspots(UUID organizationId, LocalDate asOf, Integer windowDays, Integer minFlagged,
                                 Integer minMass) {
        return Response.ok(hotspots.find(organizationId, asOf, windowDays, minFlagged, minMass)).build();
    }
}
