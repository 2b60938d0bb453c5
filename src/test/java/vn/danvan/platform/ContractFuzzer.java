package vn.danvan.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import vn.danvan.support.Contract;
import vn.danvan.support.ContractValidationFilter;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static io.restassured.RestAssured.given;

/**
 * Requests generated from the contract, as a client generated from it would send them with a field left null: for
 * every operation that takes a JSON body, its example (or a body built from its schema) with each field in turn set to
 * {@code null}, each array to {@code [null]} and each object to {@code {"x": null}}, sent as a role the operation
 * allows. Collects every answer that is a server error or that the contract does not declare.
 */
final class ContractFuzzer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ContractFuzzer() {
    }

    static List<String> nullEveryField(Map<String, String> tokensByRole) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI spec = new OpenAPIV3Parser().read(Contract.BUNDLE.toString(), null, options);
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : spec.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
                Operation operation = entry.getValue();
                MediaType json = operation.getRequestBody() == null ? null
                        : operation.getRequestBody().getContent().get("application/json");
                if (json == null) {
                    continue;
                }
                JsonNode base = json.getExample() != null ? JSON.valueToTree(json.getExample()) : sample(json.getSchema(), 0);
                String token = tokenFor(operation, tokensByRole);
                String target = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                for (JsonNode variant : variants(base)) {
                    String failure = send(entry.getKey().name(), target, token, variant);
                    if (failure != null) {
                        failures.add(operation.getOperationId() + " " + failure + " with " + variant);
                    }
                }
            }
        }
        return failures;
    }

    private static String tokenFor(Operation operation, Map<String, String> tokensByRole) {
        Object roles = operation.getExtensions() == null ? null : operation.getExtensions().get("x-danvan-roles");
        if (roles instanceof List<?> list) {
            for (Object role : list) {
                if (tokensByRole.containsKey(String.valueOf(role))) {
                    return tokensByRole.get(String.valueOf(role));
                }
            }
        }
        return null;
    }

    private static String send(String method, String path, String token, JsonNode body) {
        RequestSpecification request = given().header(ContractValidationFilter.INVALID_REQUEST, "true")
                .contentType("application/json").accept("application/json").body(body.toString());
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (method.equals("PUT") || method.equals("DELETE")) {
            request.header("If-Match", "\"0\"");
        }
        try {
            Response response = request.request(method, path);
            return response.statusCode() >= 500 ? "answered " + response.statusCode() + ": " + response.asString() : null;
        } catch (AssertionError undeclared) {
            return "answered outside the contract: " + undeclared.getMessage().lines().findFirst().orElse("");
        }
    }

    /** The body with one field at a time replaced by a null, a [null] or a {"x": null}. */
    private static List<JsonNode> variants(JsonNode base) {
        List<JsonNode> variants = new ArrayList<>();
        walk(base, List.of(), pathToField -> {
            JsonNode original = at(base, pathToField);
            variants.add(replaced(base, pathToField, NODES.nullNode()));
            if (original.isArray()) {
                variants.add(replaced(base, pathToField, NODES.arrayNode().add(NODES.nullNode())));
            } else if (original.isObject()) {
                variants.add(replaced(base, pathToField, NODES.objectNode().putNull("x")));
            }
        });
        return variants;
    }

    private static void walk(JsonNode node, List<Object> path, Consumer<List<Object>> visit) {
        if (node.isObject()) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                List<Object> child = append(path, name);
                visit.accept(child);
                walk(node.get(name), child, visit);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            List<Object> child = append(path, 0);
            visit.accept(child);
            walk(node.get(0), child, visit);
        }
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return longer;
    }

    private static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
        }
        return node;
    }

    private static JsonNode replaced(JsonNode base, List<Object> path, JsonNode value) {
        JsonNode copy = base.deepCopy();
        JsonNode parent = at(copy, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
        return copy;
    }

    /** A plausible value of a schema: its example, its first enum value, or a value of its type and format. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static JsonNode sample(Schema schema, int depth) {
        if (schema == null || depth > 6) {
            return NODES.nullNode();
        }
        if (schema.getExample() != null) {
            return JSON.valueToTree(schema.getExample());
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return JSON.valueToTree(schema.getEnum().get(0));
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return sample((Schema) schema.getAllOf().get(0), depth + 1);
        }
        String type = schema.getType() != null ? schema.getType()
                : schema.getTypes() != null && !schema.getTypes().isEmpty() ? (String) schema.getTypes().iterator().next()
                : schema.getProperties() != null ? "object" : "string";
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (schema.getProperties() != null) {
                    ((Map<String, Schema>) schema.getProperties()).forEach((name, property) ->
                            object.set(name, sample(property, depth + 1)));
                }
                return object;
            }
            case "array" -> {
                return NODES.arrayNode().add(sample(schema.getItems(), depth + 1));
            }
            case "integer", "number" -> {
                return NODES.numberNode(schema.getMinimum() != null ? schema.getMinimum().intValue() : 1);
            }
            case "boolean" -> {
                return NODES.booleanNode(false);
            }
            default -> {
                String format = schema.getFormat();
                if ("uuid".equals(format)) {
                    return NODES.textNode(UUID.randomUUID().toString());
                }
                if ("date".equals(format)) {
                    return NODES.textNode("2026-01-15");
                }
                if ("date-time".equals(format)) {
                    return NODES.textNode("2026-01-15T09:00:00+07:00");
                }
                return NODES.textNode("Thử nghiệm");
            }
        }
    }
}
