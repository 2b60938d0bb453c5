package vn.danvan.organization;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.OrganizationDelta;
import vn.danvan.platform.sync.DeltaPage;
import vn.danvan.platform.sync.DeltaReader;
import vn.danvan.platform.sync.SyncRemovalMapper;
import vn.danvan.platform.time.AppClock;

import java.time.LocalDate;

/** A page of the organisations sync, as the contract shows it. */
@ApplicationScoped
class OrganizationDeltas {

    private final DeltaReader reader;
    private final OrganizationSync collection;
    private final OrganizationMapper mapper;
    private final SyncRemovalMapper removals;
    private final AppClock clock;

    OrganizationDeltas(DeltaReader reader, OrganizationSync collection, OrganizationMapper mapper,
                       SyncRemovalMapper removals, AppClock clock) {
        this.reader = reader;
        this.collection = collection;
        this.mapper = mapper;
        this.removals = removals;
        this.clock = clock;
    }

    OrganizationDelta page(String deltaToken, String pageToken, Integer pageSize) {
        DeltaPage<OrganizationEntity> page = reader.read(collection, deltaToken, pageToken, pageSize);
        LocalDate today = clock.today();
        return new OrganizationDelta()
                .changed(page.changed().stream().map(o -> mapper.toApi(o, today)).toList())
                .removed(removals.toApi(page.removed()))
                .nextPageToken(page.nextPageToken())
                .deltaToken(page.deltaToken());
    }
}
