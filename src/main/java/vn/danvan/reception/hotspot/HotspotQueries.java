package vn.danvan.reception.hotspot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.api.model.Hotspot;
import vn.danvan.api.model.HotspotList;
import vn.danvan.api.model.ReceptionDomain;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.organization.ScopeNarrowing;
import vn.danvan.platform.persistence.UuidBytes;
import vn.danvan.reception.ReceptionConfig;
import vn.danvan.platform.security.Scope;
import vn.danvan.platform.security.ScopeProvider;
import vn.danvan.platform.time.AppClock;
import vn.danvan.reception.casefile.AcceptanceOverdue;
import vn.danvan.reception.rules.LegalRules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Hot spots: places (the commune concerned) and subjects (the domain) where flagged records pile
 * up in a sliding window. One grouped query over the window (served by a covering index) gives the counts; a second
 * one the newest few records of each hot spot as samples. All the contributing records are a page of the reception
 * list away ({@code receptionsLink}): the answer stays small however many records a hot spot gathers.
 */
@ApplicationScoped
public class HotspotQueries {

    private static final String FLAGGED = "(r.flagMass = true or r.flagLevelSkipping = true or r.flagRepeated = true"
            + " or r.flagProlonged = true)";
    /** The contract's maxItems of sampleReceptionIds. */
    static final int SAMPLES_PER_HOTSPOT = 5;
    /** The most flagged places and subjects first; beyond this many the thresholds are too low to act on. */
    private static final int MAX_HOTSPOTS = 100;

    private final EntityManager em;
    private final ScopeProvider scopes;
    private final ScopeNarrowing narrowing;
    private final OrganizationTreeQueries directory;
    private final AppClock clock;
    private final ReceptionConfig config;
    private final LegalRules rules;

    HotspotQueries(EntityManager em, ScopeProvider scopes, ScopeNarrowing narrowing,
                    OrganizationTreeQueries directory, AppClock clock, ReceptionConfig config, LegalRules rules) {
        this.rules = rules;
        this.em = em;
        this.scopes = scopes;
        this.narrowing = narrowing;
        this.directory = directory;
        this.clock = clock;
        this.config = config;
    }

    public HotspotList find(UUID organizationId, LocalDate asOf, Integer windowDays, Integer minFlagged, Integer minMass) {
        Scope scope = narrowing.narrow(scopes.current(), organizationId, "organizationId",
                "reception.organization-not-found");
        LocalDate to = asOf == null ? clock.today() : asOf;
        LocalDate from = to.minusDays((windowDays == null ? config.hotspotWindowDays() : windowDays) - 1L);
        int flaggedThreshold = minFlagged == null ? config.hotspotMinFlagged() : minFlagged;
        int massThreshold = minMass == null ? config.hotspotMinMass() : minMass;
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        String where = " where r.deletedAt is null and r.receivedOn between :from and :to and r.concernedCommuneId is not null and "
                + FLAGGED + " and " + directory.withinScopeJpql("r.organizationId", scope, params, "units");
        var grouped = em.createQuery("select r.concernedCommuneId, r.domain, count(r),"
                        + " sum(case when r.flagMass = true then 1 else 0 end), sum(case when r.flagLevelSkipping = true then 1 else 0 end),"
                        + " sum(case when r.flagRepeated = true then 1 else 0 end), sum(case when r.flagProlonged = true then 1 else 0 end),"
                        + " sum(r.peopleCount), min(r.receivedOn), max(r.receivedOn) from ReceptionEntity r" + where
                        + " group by r.concernedCommuneId, r.domain"
                        + " having count(r) >= :minFlagged or sum(case when r.flagMass = true then 1 else 0 end) >= :minMass"
                        + " order by count(r) desc, r.concernedCommuneId, r.domain", Object[].class)
                .setParameter("minFlagged", (long) flaggedThreshold).setParameter("minMass", (long) massThreshold);
        params.forEach(grouped::setParameter);
        Map<String, Hotspot> hotspots = new LinkedHashMap<>();
        for (Object[] row : grouped.setMaxResults(MAX_HOTSPOTS).getResultList()) {
            Hotspot h = new Hotspot().communeId((UUID) row[0]).domain((ReceptionDomain) row[1])
                    .flaggedCount(number(row[2])).massCount(number(row[3])).levelSkippingCount(number(row[4]))
                    .repeatedCount(number(row[5])).prolongedCount(number(row[6])).peopleCount(number(row[7]))
                    .acceptanceOverdueCount(0)
                    .firstReceivedOn((LocalDate) row[8]).lastReceivedOn((LocalDate) row[9])
                    .sampleReceptionIds(new ArrayList<>())
                    .receptionsLink(link(organizationId, (UUID) row[0], (ReceptionDomain) row[1], from, to));
            hotspots.put(key(h.getCommuneId(), h.getDomain()), h);
        }
        if (!hotspots.isEmpty()) {
            attachSamples(hotspots, from, to, (List<?>) params.get("units"));
            countOverdueAcceptances(hotspots, from, to, scope);
            Map<UUID, String> communeNames = directory.names(hotspots.values().stream().map(Hotspot::getCommuneId).distinct().toList());
            hotspots.values().forEach(h -> h.communeName(communeNames.get(h.getCommuneId())));
        }
        return new HotspotList().windowFrom(from).windowTo(to).minFlaggedRecords(flaggedThreshold)
                .minMassRecords(massThreshold).items(new ArrayList<>(hotspots.values()));
    }

    /**
     * The newest few flagged records of each hot spot, numbered per place and subject by the database. It reads the
     * same rows as the grouped query, from the same covering index (the record ID is part of every secondary index):
     * naming the hot spots' communes instead would let the database read their records of every year.
     */
    private void attachSamples(Map<String, Hotspot> hotspots, LocalDate from, LocalDate to, List<?> units) {
        Map<String, Object> params = new HashMap<>();
        if (units != null) {
            // The grouped query's list of units, as BINARY(16) for this native query.
            params.put("units", units.stream().map(id -> UuidBytes.of((UUID) id)).toList());
        }
        params.put("from", from);
        params.put("to", to);
        var query = em.createNativeQuery("SELECT id, concerned_commune_id, domain FROM (SELECT id, concerned_commune_id, domain,"
                + " ROW_NUMBER() OVER (PARTITION BY concerned_commune_id, domain ORDER BY received_on DESC, id) AS n"
                + " FROM reception WHERE deleted_at IS NULL AND received_on BETWEEN :from AND :to"
                + " AND concerned_commune_id IS NOT NULL"
                + " AND (flag_mass OR flag_level_skipping OR flag_repeated OR flag_prolonged)"
                + (units == null ? "" : " AND organization_id IN (:units)") + ") numbered"
                + " WHERE n <= " + SAMPLES_PER_HOTSPOT + " ORDER BY n");
        params.forEach(query::setParameter);
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            Hotspot h = hotspots.get(key(uuid((byte[]) r[1]), ReceptionDomain.fromValue((String) r[2])));
            if (h != null) {
                h.getSampleReceptionIds().add(uuid((byte[]) r[0]));
            }
        }
    }

    /**
     * Cases opened from the window's records of each hot spot's place and subject (flagged or not) that are overdue for
     * acceptance today: few rows (cases still RECEIVED), joined to their records for the place.
     */
    private void countOverdueAcceptances(Map<String, Hotspot> hotspots, LocalDate from, LocalDate to, Scope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        String overdue = AcceptanceOverdue.condition("c", rules.acceptanceLimits(), clock.today(), params, true);
        var counts = em.createQuery("select r.concernedCommuneId, r.domain, count(c) from CaseEntity c, ReceptionEntity r"
                + " where c.receptionId = r.id and c.deletedAt is null and r.deletedAt is null"
                + " and r.receivedOn between :from and :to and r.concernedCommuneId is not null and " + overdue
                + " and " + directory.withinScopeJpql("r.organizationId", scope, params, "units")
                + " group by r.concernedCommuneId, r.domain", Object[].class);
        params.forEach(counts::setParameter);
        for (Object[] row : counts.getResultList()) {
            Hotspot h = hotspots.get(key((UUID) row[0], (ReceptionDomain) row[1]));
            if (h != null) {
                h.acceptanceOverdueCount(number(row[2]));
            }
        }
    }

    /** The reception list that pages through all the hot spot's records (in the caller's scope). */
    private static String link(UUID organizationId, UUID commune, ReceptionDomain domain, LocalDate from, LocalDate to) {
        return "/api/v1/receptions?" + (organizationId == null ? "" : "organizationId=" + organizationId + "&")
                + "communeId=" + commune + "&domain=" + domain + "&from=" + from + "&to=" + to
                + "&flag=MASS&flag=REPEATED&flag=LEVEL_SKIPPING&flag=PROLONGED";
    }

    private static UUID uuid(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    private static String key(UUID commune, ReceptionDomain domain) {
        return commune + "|" + domain;
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
