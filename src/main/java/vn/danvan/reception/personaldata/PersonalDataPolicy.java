package vn.danvan.reception.personaldata;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.security.CurrentCaller;
import vn.danvan.platform.security.Roles;

import java.util.Optional;
import java.util.UUID;

/**
 * Who sees a citizen's address, phone and ID number unmasked: coordinators (in their scope) and the
 * officers of the receiving organisation itself. Everyone else in scope sees them masked; public
 * outputs never carry them.
 */
@ApplicationScoped
public class PersonalDataPolicy {

    private final CurrentCaller caller;
    private final OrganizationTreeQueries directory;

    PersonalDataPolicy(CurrentCaller caller, OrganizationTreeQueries directory) {
        this.caller = caller;
        this.directory = directory;
    }

    public boolean mayReadUnmasked(UUID receivingOrganizationId) {
        return forCaller().test(receivingOrganizationId);
    }

    /** The decision for the current caller, resolved once: which receiving units' data they see in clear. */
    public java.util.function.Predicate<UUID> forCaller() {
        if (caller.hasRole(Roles.COORDINATOR)) {
            return org -> true;
        }
        if (!caller.hasRole(Roles.OFFICER)) {
            return org -> false;
        }
        Optional<UUID> own = callerOrganization();
        return org -> own.isPresent() && own.get().equals(org);
    }

    /** The caller's own unit (a token may name it by ID or, from the provincial sign-on, by official code). */
    public Optional<UUID> callerOrganization() {
        return caller.organizationReference().flatMap(directory::idOf);
    }
}
