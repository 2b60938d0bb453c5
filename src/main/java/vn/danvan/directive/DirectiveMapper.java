package vn.danvan.directive;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.Directive;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.mapping.TimeMappings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Directive rows to the contract's Directive, with the issuing units' names looked up in one query. */
@ApplicationScoped
public class DirectiveMapper {

    private final OrganizationTreeQueries organizations;

    DirectiveMapper(OrganizationTreeQueries organizations) {
        this.organizations = organizations;
    }

    public Directive toApi(DirectiveEntity entity) {
        return toApi(List.of(entity)).get(0);
    }

    public List<Directive> toApi(List<DirectiveEntity> entities) {
        Map<UUID, String> names = organizations.names(entities.stream().map(e -> e.issuerOrganizationId)
                .filter(Objects::nonNull).toList());
        List<Directive> result = new ArrayList<>();
        for (DirectiveEntity e : entities) {
            result.add(new Directive()
                    .id(e.id)
                    .type(e.type)
                    .issuerOrganizationId(e.issuerOrganizationId)
                    .issuerOrganizationName(e.issuerOrganizationId == null ? null : names.get(e.issuerOrganizationId))
                    .externalIssuer(e.externalIssuer)
                    .numberSymbol(e.numberSymbol)
                    .issueDate(e.issueDate)
                    .year(e.issueYear)
                    .subject(e.subject)
                    .signerName(e.signerName)
                    .signerPosition(e.signerPosition)
                    .recipientOrganizationIds(new ArrayList<>(e.recipientOrganizationIds))
                    .legalBasisIds(new ArrayList<>(e.legalBasisIds))
                    .summary(e.summary)
                    .status(e.status)
                    .replacedByDirectiveId(e.replacedByDirectiveId)
                    .statusNote(e.statusNote)
                    .createdAt(TimeMappings.toOffsetDateTime(e.createdAt))
                    .updatedAt(TimeMappings.toOffsetDateTime(e.updatedAt))
                    .version(e.version));
        }
        return result;
    }
}
