package vn.danvan.reception.rules;

import vn.danvan.platform.audit.RecordHistories;
import vn.danvan.platform.paging.PageRequest;
import java.util.UUID;
import vn.danvan.platform.sync.DeltaReader;
import vn.danvan.platform.http.Responses;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.danvan.api.model.DeadlineRuleDelta;
import vn.danvan.api.DeadlineRulesApi;
import vn.danvan.api.model.DeadlineRuleCreate;
import vn.danvan.api.model.DeadlineRuleList;
import vn.danvan.api.model.ReceptionKind;
import vn.danvan.platform.etag.EntityTags;
import vn.danvan.platform.idempotency.Idempotent;
import vn.danvan.platform.security.Roles;

import java.time.LocalDate;

/** /api/v1/deadline-rules — legal time limits as data. */
@Idempotent
public class DeadlineRuleResource implements DeadlineRulesApi {

    private final DeltaReader deltas;
    private final LegalRules rules;
    private final RuleMapper mapper;
    private final RuleHistories.Deadlines history;
    private final RecordHistories histories;

    @Context
    UriInfo uriInfo;

    DeadlineRuleResource(LegalRules rules, RuleMapper mapper, DeltaReader deltas,
                         RuleHistories.Deadlines history, RecordHistories histories) {
        this.history = history;
        this.histories = histories;
        this.deltas = deltas;
        this.rules = rules;
        this.mapper = mapper;
    }

    @Override
    public Response listDeadlineRules(ReceptionKind kind, LocalDate asOf) {
        return Response.ok(new DeadlineRuleList().items(rules.deadlineRules(kind, asOf).stream()
                .map(mapper::toApi).toList())).build();
    }

    @Override
    @Transactional
    public Response createDeadlineRule(DeadlineRuleCreate request, String idempotencyKey) {
        DeadlineRuleEntity rule = rules.addDeadlineRule(request);
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/deadline-rules").build(), mapper.toApi(rule), rule.version);
    }

    @Override
    public Response syncDeadlineRules(String deltaToken, String pageToken, Integer pageSize) {
        return Response.ok(deltas.answer(LegalRules.SYNC, deltaToken, pageToken, pageSize,
                rules -> rules.stream().map(mapper::toApi).toList(), (changed, removed, next, delta) -> new DeadlineRuleDelta()
                        .changed(changed).removed(removed).nextPageToken(next).deltaToken(delta))).build();
    }

    @Override
    public Response listDeadlineRuleHistory(UUID ruleId, Integer pageSize, String pageToken) {
        return Response.ok(histories.page(history, ruleId, PageRequest.of(pageSize, pageToken))).build();
    }
}
