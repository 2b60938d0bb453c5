package vn.danvan.organization;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.security.Units;
import vn.danvan.platform.sync.DeltaCollection;

import java.util.Map;

/** Organisations in the mobile sync: the units within the caller's reach. */
@ApplicationScoped
class OrganizationSync implements DeltaCollection<OrganizationEntity> {

    @Override
    public String name() {
        return "organizations";
    }

    @Override
    public Class<OrganizationEntity> type() {
        return OrganizationEntity.class;
    }

    @Override
    public String visibleTo(Units units, Map<String, Object> params, String param) {
        // A deleted unit is no longer among the live units of a scope: its tombstone reaches those who reach its parent.
        return "(" + units.condition("e.id", params, param) + " or (e.deletedAt is not null and "
                + units.condition("e.parentId", params, param + "p") + "))";
    }
}
