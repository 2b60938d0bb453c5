package vn.danvan.identity;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import org.junit.jupiter.api.Test;
import vn.danvan.support.ApiTest;
import vn.danvan.support.Contract;
import vn.danvan.support.ContractValidationFilter;
import vn.danvan.support.MariaDbTestResource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Calls every operation of the contract as every role (and anonymously) and checks that each gets
 * exactly what the operation's x-danvan-roles allows: 403 (401 anonymously) when not allowed, and
 * anything else when allowed. The requests carry no usable data (random IDs, empty bodies), so they
 * change nothing. The same table is docs/security.md, which must match.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class PermissionMatrixTest extends ApiTest {

    private static final List<String> ROLES = List.of("SYSTEM_ADMIN", "COORDINATOR", "ORG_ADMIN", "OFFICER", "VIEWER",
            "PORTAL_CLIENT", "FRONT_OFFICER");
    private static final String PUBLIC = "PUBLIC";

    record Call(String method, String path, String operationId, String tag, List<String> allowed, String contentType) {
    }

    @Test
    void everyRoleGetsExactlyWhatTheMatrixAllows() throws Exception {
        String province = createProvince(unique("UBND tỉnh"));
        Map<String, String> tokens = new LinkedHashMap<>();
        // FRONT_OFFICER is granted only to accounts of the Front or a socio-political organisation
        String front = createChild(province, unique("Ủy ban MTTQ Việt Nam tỉnh"), "FATHERLAND_FRONT_COMMITTEE");
        for (String role : ROLES) {
            tokens.put(role, role.equals("SYSTEM_ADMIN") ? adminToken()
                    : tokenFor(role, role.equals("FRONT_OFFICER") ? front : province));
        }
        List<String> failures = new ArrayList<>();
        for (Call call : calls()) {
            for (String role : ROLES) {
                int status = send(call, tokens.get(role));
                boolean allowed = call.allowed().contains(role) || call.allowed().contains(PUBLIC);
                if (allowed ? (status == 401 || status == 403) : status != 403) {
                    failures.add(call.operationId() + " as " + role + ": " + status);
                }
            }
            int anonymous = send(call, null);
            boolean open = call.allowed().contains(PUBLIC);
            if (open ? (anonymous == 401 || anonymous == 403) : anonymous != 401) {
                failures.add(call.operationId() + " anonymously: " + anonymous);
            }
        }
        assertTrue(failures.isEmpty(), "Permission matrix broken:\n" + String.join("\n", failures));
    }

    @Test
    void docsSecurityMdHoldsTheMatrixOfTheContract() throws Exception {
        StringBuilder table = new StringBuilder("| operation | method and path | ")
                .append(String.join(" | ", ROLES)).append(" | anonymous |\n|---|---|")
                .append("---|".repeat(ROLES.size() + 1)).append('\n');
        for (Call call : calls()) {
            table.append("| `").append(call.operationId()).append("` | ").append(call.method()).append(' ')
                    .append(call.path()).append(" |");
            boolean open = call.allowed().contains(PUBLIC);
            for (String role : ROLES) {
                table.append(open || call.allowed().contains(role) ? " ✔ |" : " — |");
            }
            table.append(open ? " ✔ |" : " — |").append('\n');
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "security-matrix.md"), table.toString());
        String doc = Files.readString(Path.of("docs", "security.md"));
        assertTrue(doc.contains(table.toString()),
                "docs/security.md does not hold the current matrix: paste target/security-matrix.md into it");
    }

    static List<Call> calls() {
        OpenAPI spec = new OpenAPIV3Parser().read(Contract.BUNDLE.toString());
        Map<String, Call> sorted = new TreeMap<>();
        for (Map.Entry<String, PathItem> path : spec.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
                Operation operation = entry.getValue();
                Object roles = operation.getExtensions() == null ? null : operation.getExtensions().get("x-danvan-roles");
                assertTrue(roles instanceof List<?>, operation.getOperationId() + " declares no x-danvan-roles");
                @SuppressWarnings("unchecked")
                List<String> allowed = (List<String>) roles;
                var body = operation.getRequestBody();
                if (body != null && body.get$ref() != null) {
                    body = spec.getComponents().getRequestBodies().get(body.get$ref().replace("#/components/requestBodies/", ""));
                }
                String contentType = body == null ? null : body.getContent().keySet().iterator().next();
                boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
                assertEquals(!allowed.contains(PUBLIC), secured,
                        operation.getOperationId() + ": security requirement and x-danvan-roles disagree");
                Call call = new Call(entry.getKey().name(), path.getKey(), operation.getOperationId(),
                        operation.getTags().get(0), allowed, contentType);
                sorted.put(call.tag() + " " + call.path() + " " + call.method(), call);
            }
        }
        return new ArrayList<>(sorted.values());
    }

    private static int send(Call call, String token) {
        RequestSpecification request = given().header(ContractValidationFilter.INVALID_REQUEST, "true")
                .accept("application/json");
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (call.method().equals("PUT") || call.method().equals("DELETE")) {
            request.header("If-Match", "\"0\"");
        }
        if (call.contentType() != null) {
            request.contentType(call.contentType());
            if (call.contentType().contains("json")) {
                request.body("{}");
            } else if (call.contentType().startsWith("application/x-www-form") || call.contentType().startsWith("text/")) {
                request.body("");
            } else {
                request.body(new byte[0]);
            }
        }
        String path = call.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        return request.request(call.method(), path).then().extract().statusCode();
    }
}
