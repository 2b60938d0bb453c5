package vn.danvan.reception.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.danvan.platform.idempotency.IdempotencyReplayed;
import vn.danvan.platform.personaldata.PersonalDataAccessLog;
import vn.danvan.reception.personaldata.PersonalDataPolicy;

import java.util.List;
import java.util.UUID;

/** A replayed answer of a created reception shows its citizens again: it is logged as a read, like the original. */
@ApplicationScoped
class ReceptionReplayLog {

    private final PersonalDataAccessLog accessLog;
    private final ReceptionService receptions;
    private final PersonalDataPolicy policy;

    ReceptionReplayLog(PersonalDataAccessLog accessLog, ReceptionService receptions, PersonalDataPolicy policy) {
        this.accessLog = accessLog;
        this.receptions = receptions;
        this.policy = policy;
    }

    void onReplay(@Observes IdempotencyReplayed replay) {
        if (replay.resourceMethod().getDeclaringClass() != ReceptionResource.class || replay.location() == null
                || !"createReception".equals(replay.resourceMethod().getName())) {
            return;
        }
        String location = replay.location();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        // Logged as the original answer was: when it showed the citizens in clear.
        receptions.findVisible(id).filter(r -> policy.mayReadUnmasked(r.organizationId))
                .ifPresent(r -> accessLog.record(PersonalDataAccessLog.Subject.RECEPTION, List.of(id),
                        PersonalDataAccessLog.Purpose.READ));
    }
}
