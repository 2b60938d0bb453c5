package vn.danvan.platform.security;

import java.util.Optional;

/**
 * Implemented by the organisation feature: the materialised tree path of a live unit, so that the
 * platform can compute scopes without knowing the feature.
 */
public interface OrganizationPaths {

    /**
     * The tree path of a unit named by its ID or, in tokens of an external identity provider, by its
     * official code; empty when there is no such live unit. One lookup.
     */
    Optional<String> treePath(String idOrOfficialCode);
}
