package vn.danvan.reception.rules;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.danvan.api.LegalRulesApi;
import vn.danvan.api.model.LegalRuleCode;
import vn.danvan.api.model.LegalRuleCreate;
import vn.danvan.api.model.LegalRuleList;
import vn.danvan.platform.http.Responses;
import vn.danvan.platform.idempotency.Idempotent;

import java.time.LocalDate;

/** /api/v1/legal-rules — every rule kept as data, with its history of values and effective dates. */
@Idempotent
public class LegalRuleResource implements LegalRulesApi {

    private final LegalRules rules;
    private final RuleMapper mapper;

    @Context
    UriInfo uriInfo;

    LegalRuleResource(LegalRules rules, RuleMapper mapper) {
        this.rules = rules;
        this.mapper = mapper;
    }

    @Override
    public Response listLegalRules(LegalRuleCode code, LocalDate asOf) {
        return Response.ok(new LegalRuleList().items(rules.legalRules(code, asOf).stream()
                .map(mapper::toLegalRule).toList())).build();
    }

    @Override
    @Transactional
    public Response createLegalRule(LegalRuleCreate request, String idempotencyKey) {
        ReceptionRuleEntity rule = rules.addLegalRule(request);
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/legal-rules").queryParam("code", rule.code).build(),
                mapper.toLegalRule(rule), rule.version);
    }
}
