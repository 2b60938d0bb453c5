package vn.danvan.mobilization.model;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.MobilizationLineage;
import vn.danvan.api.model.MobilizationLineageNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The replication lineage (cây nhân rộng) of a model: up to the oldest original the caller may see,
 * then down level by level (one query per level) through the replications the caller may see.
 */
@ApplicationScoped
public class ReplicationLineage {

    /** Generations followed at most; the create and update checks keep lineages acyclic and far shorter. */
    private static final int MAX_DEPTH = 200;

    private final ModelAccess access;
    private final ModelRepository repository;
    private final ModelMapper mapper;

    ReplicationLineage(ModelAccess access, ModelRepository repository, ModelMapper mapper) {
        this.access = access;
        this.repository = repository;
        this.mapper = mapper;
    }

    public MobilizationLineage of(UUID id) {
        MobilizationModelEntity root = access.get(id);
        for (int depth = 0; root.replicationOfId != null && depth < MAX_DEPTH; depth++) {
            MobilizationModelEntity original = repository.findLive(root.replicationOfId)
                    .filter(access::isVisibleOrPublished).orElse(null);
            if (original == null) {
                break;
            }
            root = original;
        }
        Map<UUID, MobilizationLineageNode> nodes = new LinkedHashMap<>();
        MobilizationLineageNode top = mapper.toNode(root);
        nodes.put(root.id, top);
        Set<UUID> seen = new HashSet<>(nodes.keySet());
        List<UUID> generation = List.of(root.id);
        for (int depth = 0; !generation.isEmpty() && depth < MAX_DEPTH; depth++) {
            List<UUID> next = new ArrayList<>();
            for (MobilizationModelEntity child : repository.replicationsOf(generation)) {
                MobilizationLineageNode parent = nodes.get(child.replicationOfId);
                parent.setReplicationCount(parent.getReplicationCount() + 1);
                if (!seen.add(child.id) || !access.isVisibleOrPublished(child)) {
                    continue;
                }
                MobilizationLineageNode node = mapper.toNode(child);
                parent.getReplications().add(node);
                nodes.put(child.id, node);
                next.add(child.id);
            }
            generation = next;
        }
        return new MobilizationLineage().modelId(id).root(top);
    }
}
