package vn.danvan.reception.rules;

import vn.danvan.platform.http.Responses;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.danvan.api.ReceptionRulesApi;
import vn.danvan.api.model.ReceptionRule;
import vn.danvan.api.model.ReceptionRuleCreate;
import vn.danvan.api.model.ReceptionRuleList;
import vn.danvan.platform.etag.EntityTags;
import vn.danvan.platform.idempotency.Idempotent;
import vn.danvan.platform.mapping.TimeMappings;
import vn.danvan.platform.security.Roles;

/** /api/v1/reception-rules — reception rules as data with effective dates. */
@Idempotent
public class ReceptionRuleResource implements ReceptionRulesApi {

    private final LegalRules rules;

    @Context
    UriInfo uriInfo;

    ReceptionRuleResource(LegalRules rules) {
        this.rules = rules;
    }

    @Override
    public Response listReceptionRules() {
        return Response.ok(new ReceptionRuleList().items(rules.receptionRules().stream()
                .map(ReceptionRuleResource::toApi).toList())).build();
    }

    @Override
    @Transactional
    public Response createReceptionRule(ReceptionRuleCreate request, String idempotencyKey) {
        ReceptionRuleEntity rule = rules.addReceptionRule(request);
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/reception-rules").build(), toApi(rule), rule.version);
    }

    static ReceptionRule toApi(ReceptionRuleEntity r) {
        return new ReceptionRule().id(r.id).code(r.code).parameter(r.parameter).effectiveFrom(r.effectiveFrom)
                .effectiveTo(r.effectiveTo).legalBasis(r.legalBasis)
                .createdAt(TimeMappings.toOffsetDateTime(r.createdAt)).updatedAt(TimeMappings.toOffsetDateTime(r.updatedAt))
                .version(r.version);
    }
}
