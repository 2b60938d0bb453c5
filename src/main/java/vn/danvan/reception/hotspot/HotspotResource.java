package vn.danvan.reception.hotspot;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import vn.danvan.api.HotspotsApi;
import vn.danvan.api.model.Hotspot;
import vn.danvan.api.model.HotspotList;
import vn.danvan.api.model.HotspotReception;
import vn.danvan.api.model.ReceptionDomain;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.platform.config.DanvanConfig;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.security.Roles;
import vn.danvan.platform.security.Scope;
import vn.danvan.platform.security.ScopeProvider;
import vn.danvan.platform.time.AppClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * /api/v1/hotspots — places (the commune concerned) and subjects (the domain) where flagged records pile
 * up in a sliding window. One grouped query over the window (served by a covering index), then the
 * contributing records of the hot spots only.
 */
public class HotspotResource implements HotspotsApi {

    private static final String FLAGGED = "(r.flagMass = true or r.flagLevelSkipping = true or r.flagRepeated = true"
            + " or r.flagProlonged = true)";
    private static final int MAX_RECORDS_PER_HOTSPOT = 50;
    /** The most flagged places and subjects first; beyond this many the thresholds are too low to act on. */
    private static final int MAX_HOTSPOTS = 100;

    private final EntityManager em;
    private final ScopeProvider scopes;
    private final OrganizationDirectory directory;
    private final AppClock clock;
    private final DanvanConfig config;

    HotspotResource(EntityManager em, ScopeProvider scopes, OrganizationDirectory directory,
                    AppClock clock, DanvanConfig config) {
        this.em = em;
        this.scopes = scopes;
        this.directory = directory;
        this.clock = clock;
        this.config = config;
    }

    @Override
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.COORDINATOR})
    public Response listHotspots(UUID organizationId, LocalDate asOf, Integer windowDays) {
        Scope scope = scopes.current();
        String subtree = scope.unrestricted() ? null : scope.likePattern();
        if (organizationId != null) {
            subtree = directory.treePath(organizationId).filter(scope::contains).map(p -> p + "%")
                    .orElseThrow(() -> ApiException.notFound("entity.organization", organizationId));
        }
        LocalDate to = asOf == null ? clock.today() : asOf;
        LocalDate from = to.minusDays((windowDays == null ? config.reception().hotspotWindowDays() : windowDays) - 1L);
        int minFlagged = config.reception().hotspotMinFlagged();
        int minMass = config.reception().hotspotMinMass();
        String where = " where r.deletedAt is null and r.receivedOn between :from and :to and r.concernedCommuneId is not null and "
                + FLAGGED + (subtree == null ? "" : " and r.organizationId in (" + OrganizationDirectory.subtreeIdsJpql("subtree") + ")");
        var grouped = em.createQuery("select r.concernedCommuneId, r.domain, count(r),"
                        + " sum(case when r.flagMass = true then 1 else 0 end), sum(case when r.flagLevelSkipping = true then 1 else 0 end),"
                        + " sum(case when r.flagRepeated = true then 1 else 0 end), sum(case when r.flagProlonged = true then 1 else 0 end),"
                        + " sum(r.peopleCount), min(r.receivedOn), max(r.receivedOn) from ReceptionEntity r" + where
                        + " group by r.concernedCommuneId, r.domain"
                        + " having count(r) >= :minFlagged or sum(case when r.flagMass = true then 1 else 0 end) >= :minMass"
                        + " order by count(r) desc", Object[].class)
                .setParameter("from", from).setParameter("to", to)
                .setParameter("minFlagged", (long) minFlagged).setParameter("minMass", (long) minMass);
        if (subtree != null) {
            grouped.setParameter("subtree", subtree);
        }
        Map<String, Hotspot> hotspots = new LinkedHashMap<>();
        for (Object[] row : grouped.setMaxResults(MAX_HOTSPOTS).getResultList()) {
            Hotspot h = new Hotspot().communeId((UUID) row[0]).domain((ReceptionDomain) row[1])
                    .flaggedCount(number(row[2])).massCount(number(row[3])).levelSkippingCount(number(row[4]))
                    .repeatedCount(number(row[5])).prolongedCount(number(row[6])).peopleCount(number(row[7]))
                    .firstReceivedOn((LocalDate) row[8]).lastReceivedOn((LocalDate) row[9]).receptions(new ArrayList<>());
            hotspots.put(key(h.getCommuneId(), h.getDomain()), h);
        }
        if (!hotspots.isEmpty()) {
            attachRecords(hotspots, where, from, to, subtree);
            Map<UUID, String> communeNames = directory.names(hotspots.values().stream().map(Hotspot::getCommuneId).distinct().toList());
            hotspots.values().forEach(h -> h.communeName(communeNames.get(h.getCommuneId())));
        }
        return Response.ok(new HotspotList().windowFrom(from).windowTo(to).minFlaggedRecords(minFlagged)
                .minMassRecords(minMass).items(new ArrayList<>(hotspots.values()))).build();
    }

    /** The contributing records, read as plain columns (no entities): newest first, at most 50 per hot spot. */
    private void attachRecords(Map<String, Hotspot> hotspots, String where, LocalDate from, LocalDate to, String subtree) {
        List<UUID> communes = hotspots.values().stream().map(Hotspot::getCommuneId).distinct().toList();
        var query = em.createQuery("select r.id, r.organizationId, r.receivedOn, r.kind, r.peopleCount, r.concernedCommuneId,"
                        + " r.domain, r.flagMass, r.flagLevelSkipping, r.flagRepeated, r.flagProlonged, r.flagComplex"
                        + " from ReceptionEntity r" + where + " and r.concernedCommuneId in :communes"
                        + " order by r.receivedOn desc, r.id", Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("communes", communes);
        if (subtree != null) {
            query.setParameter("subtree", subtree);
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Object[] r : query.getResultList()) {
            String key = key((UUID) r[5], (ReceptionDomain) r[6]);
            Hotspot h = hotspots.get(key);
            if (h == null || counts.merge(key, 1, Integer::sum) > MAX_RECORDS_PER_HOTSPOT) {
                continue;
            }
            h.getReceptions().add(new HotspotReception().id((UUID) r[0]).organizationId((UUID) r[1])
                    .receivedOn((LocalDate) r[2]).kind((vn.danvan.api.model.ReceptionKind) r[3]).peopleCount((Integer) r[4])
                    .flags(new vn.danvan.api.model.ReceptionFlags().mass((Boolean) r[7]).levelSkipping((Boolean) r[8])
                            .repeated((Boolean) r[9]).prolonged((Boolean) r[10]).complex((Boolean) r[11])));
        }
    }

    private static String key(UUID commune, ReceptionDomain domain) {
        return commune + "|" + domain;
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
