package vn.danvan.reception.record;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.Reception;
import vn.danvan.reception.personaldata.PersonalDataAccessLog;
import vn.danvan.reception.personaldata.PersonalDataPolicy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Shows records to the caller: decides per record whether its personal data is in clear, and logs every
 * record shown in clear. Every path that returns records goes through here.
 */
@ApplicationScoped
public class ReceptionViews {

    private final ReceptionMapper mapper;
    private final PersonalDataPolicy policy;
    private final PersonalDataAccessLog log;
    private final ReceptionQueries queries;

    ReceptionViews(ReceptionMapper mapper, PersonalDataPolicy policy, PersonalDataAccessLog log, ReceptionQueries queries) {
        this.mapper = mapper;
        this.policy = policy;
        this.log = log;
        this.queries = queries;
    }

    public Reception one(ReceptionEntity entity) {
        return many(List.of(entity), PersonalDataAccessLog.Purpose.READ).get(0);
    }

    public List<Reception> many(List<ReceptionEntity> entities, PersonalDataAccessLog.Purpose purpose) {
        List<UUID> ids = entities.stream().map(e -> e.id).toList();
        Map<UUID, UUID> cases = queries.caseIds(ids);
        ReceptionLinkedRows linked = queries.linkedRows(ids);
        List<UUID> unmaskedIds = new ArrayList<>();
        List<Reception> result = new ArrayList<>();
        java.util.function.Predicate<UUID> clear = policy.forCaller();
        for (ReceptionEntity entity : entities) {
            boolean unmasked = clear.test(entity.organizationId);
            if (unmasked) {
                unmaskedIds.add(entity.id);
            }
            result.add(mapper.toApi(entity, unmasked, cases.get(entity.id), linked.officialsOf(entity.id),
                    linked.citizensOf(entity.id)));
        }
        log.record(unmaskedIds, purpose);
        return result;
    }
}
