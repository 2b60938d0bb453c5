package vn.danvan.platform.security;

import java.util.Optional;
import java.util.UUID;

/**
 * Implemented by the organisation feature: the materialised tree path of a unit and of its root
 * (the province), so that the platform can compute scopes without knowing the feature.
 */
public interface OrganizationPaths {

    Optional<String> treePath(UUID organizationId);

    Optional<String> rootPath(UUID organizationId);

    /** An organisation named by its ID or, in tokens of an external identity provider, its official code. */
    Optional<UUID> resolve(String idOrOfficialCode);
}
