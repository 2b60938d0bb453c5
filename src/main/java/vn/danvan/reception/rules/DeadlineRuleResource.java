package vn.danvan.reception.rules;

import vn.danvan.platform.http.Responses;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.danvan.api.DeadlineRulesApi;
import vn.danvan.api.model.DeadlineRule;
import vn.danvan.api.model.DeadlineRuleCreate;
import vn.danvan.api.model.DeadlineRuleList;
import vn.danvan.api.model.ReceptionKind;
import vn.danvan.platform.etag.EntityTags;
import vn.danvan.platform.idempotency.Idempotent;
import vn.danvan.platform.mapping.TimeMappings;
import vn.danvan.platform.security.Roles;

import java.time.LocalDate;

/** /api/v1/deadline-rules — legal time limits as data. */
@Idempotent
public class DeadlineRuleResource implements DeadlineRulesApi {

    private final LegalRules rules;

    @Context
    UriInfo uriInfo;

    DeadlineRuleResource(LegalRules rules) {
        this.rules = rules;
    }

    @Override
    public Response listDeadlineRules(ReceptionKind kind, LocalDate asOf) {
        return Response.ok(new DeadlineRuleList().items(rules.deadlineRules(kind, asOf).stream()
                .map(DeadlineRuleResource::toApi).toList())).build();
    }

    @Override
    @Transactional
    public Response createDeadlineRule(DeadlineRuleCreate request, String idempotencyKey) {
        DeadlineRuleEntity rule = rules.addDeadlineRule(request);
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/deadline-rules").build(), toApi(rule), rule.version);
    }

    static DeadlineRule toApi(DeadlineRuleEntity r) {
        return new DeadlineRule().id(r.id).kind(r.kind).instance(r.instance).complex(r.complex).remoteArea(r.remoteArea)
                .days(r.days).extensionDays(r.extensionDays).maxExtensions(r.maxExtensions)
                .effectiveFrom(r.effectiveFrom).effectiveTo(r.effectiveTo).legalBasis(r.legalBasis)
                .createdAt(TimeMappings.toOffsetDateTime(r.createdAt)).updatedAt(TimeMappings.toOffsetDateTime(r.updatedAt))
                .version(r.version);
    }
}
