package vn.danvan.platform.statistics;

import java.util.List;
import java.util.UUID;

/**
 * The organisations among some units whose "Dân vận khéo" models are published on the portal: the open data names
 * them. The mobilization feature answers it, so that open data needs no dependency on it.
 */
public interface PublishedOrganizations {

    List<UUID> withPublishedModels(List<UUID> unitIds);
}
