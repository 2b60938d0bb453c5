package vn.danvan.organization;

import vn.danvan.platform.sync.DeltaReader;
import vn.danvan.platform.http.Responses;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import vn.danvan.api.OrganizationsApi;
import vn.danvan.api.model.OrganizationDelta;
import vn.danvan.api.model.AdministrativeLevel;
import vn.danvan.api.model.OrganizationCreate;
import vn.danvan.api.model.OrganizationDissolution;
import vn.danvan.api.model.OrganizationList;
import vn.danvan.api.model.OrganizationMove;
import vn.danvan.api.model.OrganizationPage;
import vn.danvan.api.model.OrganizationType;
import vn.danvan.api.model.OrganizationUpdate;
import vn.danvan.platform.error.Messages;
import vn.danvan.platform.idempotency.Idempotent;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.security.Roles;
import vn.danvan.platform.time.AppClock;

import java.time.LocalDate;
import java.util.UUID;

/** /api/v1/organizations — the organisation tree, as the contract's OrganizationsApi defines it. */
@Idempotent
public class OrganizationResource implements OrganizationsApi {

    private final OrganizationService service;
    private final OrganizationQueries queries;
    private final OrganizationImporter importer;
    private final OrganizationHistory history;
    private final OrganizationMapper mapper;
    private final AppClock clock;
    private final DeltaReader deltas;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    OrganizationResource(OrganizationService service, OrganizationQueries queries, OrganizationImporter importer,
                         OrganizationHistory history, OrganizationMapper mapper, AppClock clock,
                         DeltaReader deltas) {
        this.service = service;
        this.queries = queries;
        this.importer = importer;
        this.history = history;
        this.mapper = mapper;
        this.clock = clock;
        this.deltas = deltas;
    }

    @Override
    public Response syncOrganizations(String deltaToken, String pageToken, Integer pageSize) {
        LocalDate today = clock.today();
        return Response.ok(deltas.answer(OrganizationQueries.SYNC, deltaToken, pageToken, pageSize,
                units -> mapper.toApi(units, today), (changed, removed, next, delta) -> new OrganizationDelta()
                        .changed(changed).removed(removed).nextPageToken(next).deltaToken(delta))).build();
    }

    @Override
    public Response listOrganizations(String q, OrganizationType type, AdministrativeLevel level, UUID parentId,
                                      Boolean active, LocalDate asOf, String sort, Integer pageSize, String pageToken) {
        Page<OrganizationEntity> page = queries.list(new OrganizationQuery(q, type, level, parentId, active, asOf), sort,
                PageRequest.of(pageSize, pageToken));
        return Response.ok(toPage(page)).build();
    }

    @Override
    @Transactional
    public Response createOrganization(OrganizationCreate organizationCreate, String idempotencyKey) {
        OrganizationEntity created = service.create(organizationCreate, false);
        return Responses.created(uriInfo.getBaseUriBuilder().path("api/v1/organizations/{id}").build(created.id), mapper.toApi(created, clock.today()), created.version);
    }

    @Override
    @Transactional
    public Response importOrganizations(String body, String idempotencyKey) {
        return Response.ok(importer.importCsv(body, false, Messages.pick(headers.getAcceptableLanguages()))).build();
    }

    @Override
    @Transactional
    public Response importOfficialUnitList(java.io.File body, String idempotencyKey) {
        byte[] file;
        try {
            file = java.nio.file.Files.readAllBytes(body.toPath());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Response.ok(importer.importOfficialList(file, Messages.pick(headers.getAcceptableLanguages()))).build();
    }

    @Override
    public Response getOrganization(UUID organizationId) {
        return single(service.get(organizationId));
    }

    @Override
    @Transactional
    public Response updateOrganization(UUID organizationId, String ifMatch, OrganizationUpdate organizationUpdate) {
        return single(service.update(organizationId, ifMatch, organizationUpdate));
    }

    @Override
    @Transactional
    public Response deleteOrganization(UUID organizationId, String ifMatch) {
        service.delete(organizationId, ifMatch);
        return Response.noContent().build();
    }

    @Override
    public Response listOrganizationChildren(UUID organizationId, Boolean active, LocalDate asOf, String sort,
                                             Integer pageSize, String pageToken) {
        return Response.ok(toPage(queries.children(organizationId, active, asOf, sort,
                PageRequest.of(pageSize, pageToken)))).build();
    }

    @Override
    public Response getOrganizationSubtree(UUID organizationId, Integer depth, LocalDate asOf) {
        return Response.ok(queries.subtree(organizationId, depth == null ? 3 : depth, asOf)).build();
    }

    @Override
    public Response listOrganizationAncestors(UUID organizationId) {
        LocalDate today = clock.today();
        return Response.ok(new OrganizationList().items(queries.ancestors(organizationId).stream()
                .map(o -> mapper.toApi(o, today)).toList())).build();
    }

    @Override
    @Transactional
    public Response moveOrganization(UUID organizationId, OrganizationMove organizationMove, String idempotencyKey,
                                     String ifMatch) {
        return single(service.move(organizationId, ifMatch, organizationMove.getParentId()));
    }

    @Override
    @Transactional
    public Response dissolveOrganization(UUID organizationId, OrganizationDissolution organizationDissolution,
                                         String idempotencyKey, String ifMatch) {
        return single(service.dissolve(organizationId, ifMatch, organizationDissolution));
    }

    @Override
    public Response listOrganizationHistory(UUID organizationId, Integer pageSize, String pageToken) {
        return Response.ok(history.page(organizationId, PageRequest.of(pageSize, pageToken))).build();
    }

    private Response single(OrganizationEntity entity) {
        return Responses.single(mapper.toApi(entity, clock.today()), entity.version);
    }


    private OrganizationPage toPage(Page<OrganizationEntity> page) {
        LocalDate today = clock.today();
        return new OrganizationPage()
                .items(page.items().stream().map(o -> mapper.toApi(o, today)).toList())
                .nextPageToken(page.nextPageToken());
    }
}
