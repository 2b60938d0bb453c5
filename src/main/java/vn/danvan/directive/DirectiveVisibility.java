package vn.danvan.directive;

import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.security.Scope;

import java.util.Map;

/**
 * Which directives a scope sees: drafts only where their keeping unit is in scope; issued (and
 * superseded, revoked) ones also where they are addressed to a unit in scope, and central documents
 * everywhere, since every unit implements them.
 */
final class DirectiveVisibility {

    private DirectiveVisibility() {
    }

    /** A JPQL condition on {@code e}, adding its parameters to {@code params}. */
    static String condition(Scope scope, OrganizationTreeQueries organizations, Map<String, Object> params) {
        if (scope.unrestricted()) {
            return "1 = 1";
        }
        return "(" + organizations.withinScopeJpql("e.ownerOrganizationId", scope, params, "scopeOwner")
                + " or (e.status <> vn.danvan.api.model.DirectiveStatus.DRAFT and (e.externalIssuer is not null"
                + " or exists (select r from DirectiveEntity d join d.recipientOrganizationIds r where d.id = e.id"
                + " and " + organizations.withinScopeJpql("r", scope, params, "scopeRecipient") + "))))";
    }
}
