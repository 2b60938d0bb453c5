package vn.danvan.reception.record;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.reception.ReceptionConfig;
import vn.danvan.platform.crypto.PersonalDataCipher;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.http.RateLimiter;
import vn.danvan.platform.security.CurrentCaller;
import vn.danvan.platform.security.Roles;
import vn.danvan.reception.personaldata.IdNumbers;
import vn.danvan.reception.personaldata.PersonalDataPolicy;

import java.util.UUID;

/**
 * A search of the book by ID number confirms whether a citizen has come, so it is a read of personal data: allowed only
 * to those who see ID numbers in clear (coordinators, and officers within their own unit's records), throttled per
 * caller, and logged by the list with the number's keyed hash.
 */
@ApplicationScoped
class IdNumberSearches {

    /** What a permitted search may reach and how it is logged. */
    record Permit(byte[] subjectHash, UUID onlyOrganization) {
    }

    private final CurrentCaller caller;
    private final PersonalDataPolicy policy;
    private final PersonalDataCipher cipher;
    private final RateLimiter limiter;
    private final ReceptionConfig settings;

    IdNumberSearches(CurrentCaller caller, PersonalDataPolicy policy, PersonalDataCipher cipher, RateLimiter limiter,
                     ReceptionConfig config) {
        this.caller = caller;
        this.policy = policy;
        this.cipher = cipher;
        this.limiter = limiter;
        this.settings = config;
    }

    Permit permit(String idNumber) {
        UUID onlyOrganization = null;
        if (!caller.hasRole(Roles.COORDINATOR)) {
            if (!caller.hasRole(Roles.OFFICER)) {
                throw new ApiException(ProblemType.FORBIDDEN, "reception.id-search-needs-personal-data");
            }
            onlyOrganization = policy.callerOrganization().orElseThrow(() ->
                    new ApiException(ProblemType.FORBIDDEN, "reception.id-search-needs-personal-data"));
        }
        long wait = limiter.hit("id-number-searches:" + caller.id(), settings.idNumberSearchesPerCaller(),
                settings.idNumberSearchWindow());
        if (wait > 0) {
            throw new ApiException(ProblemType.TOO_MANY_REQUESTS, "reception.too-many-id-searches", wait).retryAfter(wait);
        }
        return new Permit(cipher.hash(IdNumbers.normalise(idNumber)), onlyOrganization);
    }
}
