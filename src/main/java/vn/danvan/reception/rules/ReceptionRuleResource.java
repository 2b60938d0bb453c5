package vn.danvan.reception.rules;

import vn.danvan.platform.audit.RecordHistories;
import vn.danvan.platform.paging.PageRequest;
import java.util.UUID;
import vn.danvan.platform.http.Responses;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.danvan.api.ReceptionRulesApi;
import vn.danvan.api.model.ReceptionRuleCreate;
import vn.danvan.api.model.ReceptionRuleList;
import vn.danvan.platform.etag.EntityTags;
import vn.danvan.platform.idempotency.Idempotent;
import vn.danvan.platform.security.Roles;

/** /api/v1/reception-rules — reception rules as data with effective dates. */
@Idempotent
public class ReceptionRuleResource implements ReceptionRulesApi {

    private final LegalRules rules;
    private final RuleMapper mapper;
    private final RuleHistories.Receptions history;
    private final RecordHistories histories;

    @Context
    UriInfo uriInfo;

    ReceptionRuleResource(LegalRules rules, RuleMapper mapper,
                          RuleHistories.Receptions history, RecordHistories histories) {
        this.history = history;
        this.histories = histories;
        this.rules = rules;
        this.mapper = mapper;
    }

    @Override
    public Response listReceptionRules() {
        return Response.ok(new ReceptionRuleList().items(rules.receptionRules().stream()
                .map(mapper::toApi).toList())).build();
    }

    @Override
    @Transactional
    public Response createReceptionRule(ReceptionRuleCreate request, String idempotencyKey) {
        ReceptionRuleEntity rule = rules.addReceptionRule(request);
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/reception-rules").build(), mapper.toApi(rule), rule.version);
    }

    @Override
    public Response listReceptionRuleHistory(UUID ruleId, Integer pageSize, String pageToken) {
        return Response.ok(histories.page(history, ruleId, PageRequest.of(pageSize, pageToken))).build();
    }
}
