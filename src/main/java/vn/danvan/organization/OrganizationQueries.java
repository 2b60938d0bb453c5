package vn.danvan.organization;

import vn.danvan.platform.sync.DeltaCollection;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.OrganizationTreeNode;
import vn.danvan.platform.paging.ListQuery;
import vn.danvan.platform.text.SearchedText;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.paging.SortKey;
import vn.danvan.platform.paging.Sorting;
import vn.danvan.platform.security.Scope;
import vn.danvan.platform.security.ScopeProvider;
import vn.danvan.platform.time.AppClock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads of the organisation tree: lists, children, ancestors and subtrees. */
@ApplicationScoped
public class OrganizationQueries {

    /**
     * Organisations in the mobile sync: the units within the caller's reach. A deleted unit is no longer among the live
     * units of a scope, so its tombstone reaches those who reach its parent.
     */
    static final DeltaCollection<OrganizationEntity> SYNC = new DeltaCollection<>("organizations",
            OrganizationEntity.class, (units, params, param) -> "(" + units.condition("e.id", params, param)
                    + " or (e.deletedAt is not null and " + units.condition("e.parentId", params, param + "p") + "))");


    static final Sorting<OrganizationEntity> SORTING = new Sorting<>(List.of(
            new SortKey<>("name", "e.name", String.class, o -> o.name),
            new SortKey<>("officialCode", "coalesce(e.officialCode, '')", String.class,
                    o -> o.officialCode == null ? "" : o.officialCode),
            new SortKey<>("createdAt", "e.createdAt", Instant.class, o -> o.createdAt),
            new SortKey<>("updatedAt", "e.updatedAt", Instant.class, o -> o.updatedAt)),
            "e.id", o -> o.id, "name");

    /** Each level of the path adds "/" and 32 hex digits. */
    private static final int PATH_SEGMENT = 33;

    private final OrganizationRepository repository;
    private final OrganizationService service;
    private final OrganizationMapper mapper;
    private final AppClock clock;
    private final ScopeProvider scopes;

    OrganizationQueries(OrganizationRepository repository, OrganizationService service, OrganizationMapper mapper,
                        AppClock clock, ScopeProvider scopes) {
        this.repository = repository;
        this.service = service;
        this.mapper = mapper;
        this.clock = clock;
        this.scopes = scopes;
    }

    /** What {@code q} searches: the names through their FULLTEXT index (V85), the official code from its start. */
    static final SearchedText SEARCHED = SearchedText.indexed("e.name", "e.shortName").orCodeStartingWith("e.officialCode");

    public Page<OrganizationEntity> list(OrganizationQuery query, String sort, PageRequest page) {
        Scope scope = scopes.current();
        return validity(ListQuery.of(OrganizationEntity.class)
                        .where("e.treePath like :value", scope.unrestricted() ? null : scope.likePattern())
                        .matches(query.q(), SEARCHED)
                        .equal("e.type", query.type())
                        .equal("e.level", query.level())
                        .equal("e.parentId", query.parentId()),
                query.active(), query.asOf())
                .page(repository.getEntityManager(), SORTING.parse(sort), page);
    }

    /** Units valid on a day, or those active (the default) or no longer active today. */
    private ListQuery<OrganizationEntity> validity(ListQuery<OrganizationEntity> list, Boolean active, LocalDate asOf) {
        if (asOf != null) {
            return list.where("(e.validFrom is null or e.validFrom <= :value) and (e.validTo is null or e.validTo >= :value)",
                    asOf);
        }
        return active == null || active ? list.where("(e.validTo is null or e.validTo >= :value)", clock.today())
                : list.where("e.validTo < :value", clock.today());
    }

    public Page<OrganizationEntity> children(UUID id, Boolean active, LocalDate asOf, String sort, PageRequest page) {
        service.get(id);
        return list(new OrganizationQuery(null, null, null, id, active, asOf), sort, page);
    }

    /** Root first, down to the direct parent. */
    public List<OrganizationEntity> ancestors(UUID id) {
        OrganizationEntity unit = service.get(id);
        List<String> segments = Arrays.stream(unit.treePath.split("/")).filter(s -> !s.isEmpty()).toList();
        List<UUID> ids = segments.subList(0, segments.size() - 1).stream().map(OrganizationQueries::uuid).toList();
        Map<UUID, OrganizationEntity> found = repository.byIds(ids).stream()
                .collect(Collectors.toMap(o -> o.id, Function.identity()));
        Scope scope = scopes.current();
        return ids.stream().map(found::get).filter(o -> o != null && scope.contains(o.treePath)).toList();
    }

    public OrganizationTreeNode subtree(UUID id, int depth, LocalDate asOf) {
        OrganizationEntity root = service.get(id);
        LocalDate today = clock.today();
        int maxPathLength = root.treePath.length() + depth * PATH_SEGMENT;
        Map<UUID, OrganizationTreeNode> nodes = new LinkedHashMap<>();
        OrganizationTreeNode top = mapper.toTreeNode(root, today).children(new ArrayList<>());
        nodes.put(root.id, top);
        for (OrganizationEntity unit : repository.subtree(root, maxPathLength)) {
            if (unit.id.equals(root.id)) {
                continue;
            }
            boolean visible = asOf != null ? unit.isActiveOn(asOf) : unit.isActive(today);
            OrganizationTreeNode parent = nodes.get(unit.parentId);
            if (!visible || parent == null) {
                continue;
            }
            OrganizationTreeNode node = mapper.toTreeNode(unit, today).children(new ArrayList<>());
            parent.getChildren().add(node);
            nodes.put(unit.id, node);
        }
        return top;
    }

    private static UUID uuid(String hex) {
        return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20));
    }
}
