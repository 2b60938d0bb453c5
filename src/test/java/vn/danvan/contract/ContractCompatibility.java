package vn.danvan.contract;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The breaking-change guard: compares the contract as it is now with the last released one (openapi/released/) and
 * tells which changes would break a client built against the release, and whether each is recorded as the release
 * procedure asks (ARCHITECTURE.md, "The contract"):
 * <ul>
 *   <li>{@code info.version} bumped per semantic versioning: a new major version, or for 0.x a new minor version;</li>
 *   <li>an entry under {@code ## <new version>} in openapi/CHANGELOG.md, in its {@code ### Breaking} list, naming each
 *       broken operation as {@code `METHOD /path`};</li>
 *   <li>a deprecation period for removals: an operation, parameter or field may only be removed when the released
 *       contract already marked it {@code deprecated: true}, unless its changelog line says {@code no deprecation
 *       period} and why.</li>
 * </ul>
 * openapi-diff (openapi-diff-core) decides what is incompatible: removed or renamed operations and parameters, removed
 * enum values in requests, new required request fields or parameters, removed required response fields, type changes
 * (a single value becoming an array), narrower limits. On top of it, because this server refuses unknown fields and
 * query parameters (400), any removed request field or parameter counts as breaking, and so does any removed response
 * field (a client may read it). An error answer (4xx, 5xx) that is no longer declared is not a break: no client depends
 * on an error the server never gives.
 */
final class ContractCompatibility {

    /** One change that breaks clients of the released contract. */
    record Break(String operation, String what, boolean removal, boolean deprecatedBefore) {
        @Override
        public String toString() {
            return "`" + operation + "`: " + what + (removal && !deprecatedBefore ? " (was not deprecated)" : "");
        }
    }

    /** What changed between the released contract and the current one. */
    record Comparison(String releasedVersion, String currentVersion, List<Break> breaks, String report) {
        boolean breaking() {
            return !breaks.isEmpty();
        }
    }

    private ContractCompatibility() {
    }

    static Comparison compare(String releasedYaml, String currentYaml) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(releasedYaml, currentYaml);
        Map<String, Break> breaks = new LinkedHashMap<>();
        for (Endpoint missing : diff.getMissingEndpoints()) {
            add(breaks, new Break(operation(missing.getMethod().name(), missing.getPathUrl()), "operation removed", true,
                    deprecated(missing.getOperation().getDeprecated())));
        }
        for (ChangedOperation changed : diff.getChangedOperations()) {
            String operation = operation(changed.getHttpMethod().name(), changed.getPathUrl());
            List<Break> found = new ArrayList<>();
            if (changed.getOperationId() != null && changed.getOperationId().isIncompatible()) {
                found.add(new Break(operation, "operationId changed (generated method names change)", false, false));
            }
            if (changed.getParameters() != null) {
                for (Parameter missing : changed.getParameters().getMissing()) {
                    found.add(new Break(operation, missing.getIn() + " parameter `" + missing.getName() + "` removed",
                            true, deprecated(missing.getDeprecated())));
                }
                for (Parameter added : changed.getParameters().getIncreased()) {
                    if (Boolean.TRUE.equals(added.getRequired())) {
                        found.add(new Break(operation, "new required " + added.getIn() + " parameter `" + added.getName()
                                + "`", false, false));
                    }
                }
                for (ChangedParameter parameter : changed.getParameters().getChanged()) {
                    if (parameter.isIncompatible()) {
                        found.add(new Break(operation, parameter.getIn() + " parameter `" + parameter.getName() + "` "
                                + describe(parameter.getSchema()), false, false));
                    }
                }
            }
            if (changed.getRequestBody() != null && changed.getRequestBody().getContent() != null) {
                walkContent(changed.getRequestBody().getContent(), operation, "request body", true, found);
            }
            ChangedApiResponse responses = changed.getApiResponses();
            boolean otherwiseIncompatible = changed.getOperationId() != null && changed.getOperationId().isIncompatible()
                    || changed.getParameters() != null && changed.getParameters().isIncompatible()
                    || changed.getRequestBody() != null && changed.getRequestBody().isIncompatible()
                    || changed.getSecurityRequirements() != null && changed.getSecurityRequirements().isIncompatible();
            if (responses != null) {
                // An error answer no longer declared (the server never gave it) breaks no client; a success answer does.
                for (String missing : responses.getMissing().keySet()) {
                    if (!missing.startsWith("4") && !missing.startsWith("5")) {
                        found.add(new Break(operation, "response " + missing + " removed", true, false));
                    }
                }
                otherwiseIncompatible |= responses.getChanged().values().stream().anyMatch(ChangedResponse::isIncompatible);
                for (Map.Entry<String, ChangedResponse> response : responses.getChanged().entrySet()) {
                    if (response.getValue().getContent() != null) {
                        walkContent(response.getValue().getContent(), operation, response.getKey() + " response", false,
                                found);
                    }
                }
            }
            if (found.isEmpty() && otherwiseIncompatible) {
                found.add(new Break(operation, "incompatible change (see the report)", false, false));
            }
            found.forEach(b -> add(breaks, b));
        }
        return new Comparison(diff.getOldSpecOpenApi().getInfo().getVersion(),
                diff.getNewSpecOpenApi().getInfo().getVersion(), List.copyOf(breaks.values()), render(diff));
    }

    /**
     * What is wrong with how the current contract records its breaks: an empty list when nothing breaks, or when every
     * break comes with the version bump, the changelog entry and the deprecation period it needs.
     */
    static List<String> problems(Comparison comparison, String changelog) {
        List<String> problems = new ArrayList<>();
        int[] released = parse(comparison.releasedVersion());
        int[] current = parse(comparison.currentVersion());
        if (compare(current, released) < 0) {
            problems.add("info.version " + comparison.currentVersion() + " is older than the released "
                    + comparison.releasedVersion());
        }
        if (!comparison.breaking()) {
            return problems;
        }
        boolean bumped = released[0] == 0
                ? current[0] > 0 || current[1] > released[1]
                : current[0] > released[0];
        if (!bumped) {
            problems.add("breaking changes need info.version bumped to a new " + (released[0] == 0 ? "minor" : "major")
                    + " version (released: " + comparison.releasedVersion() + ", now: " + comparison.currentVersion()
                    + ")");
        }
        String breaking = breakingSection(changelog, comparison.currentVersion());
        if (breaking == null) {
            problems.add("openapi/CHANGELOG.md has no \"## " + comparison.currentVersion()
                    + "\" section with a \"### Breaking\" list");
            breaking = "";
        }
        for (Break b : comparison.breaks()) {
            List<String> lines = breaking.lines().filter(l -> l.contains("`" + b.operation() + "`")).toList();
            if (lines.isEmpty()) {
                problems.add("not in the changelog's Breaking list for " + comparison.currentVersion() + ": " + b);
            } else if (b.removal() && !b.deprecatedBefore()
                    && lines.stream().noneMatch(l -> l.toLowerCase(java.util.Locale.ROOT).contains("no deprecation period"))) {
                problems.add("removed without a deprecation period (mark it deprecated in a release first, or say "
                        + "\"no deprecation period\" and why in its changelog line): " + b);
            }
        }
        return problems;
    }

    /** The {@code ### Breaking} list of the changelog's section for this version, or null. */
    static String breakingSection(String changelog, String version) {
        Matcher section = Pattern.compile("(?m)^## " + Pattern.quote(version) + "\\b.*$").matcher(changelog);
        if (!section.find()) {
            return null;
        }
        String rest = changelog.substring(section.end());
        Matcher next = Pattern.compile("(?m)^## ").matcher(rest);
        String body = next.find() ? rest.substring(0, next.start()) : rest;
        Matcher breaking = Pattern.compile("(?m)^### Breaking\\s*$").matcher(body);
        if (!breaking.find()) {
            return null;
        }
        String list = body.substring(breaking.end());
        Matcher nextSub = Pattern.compile("(?m)^### ").matcher(list);
        return nextSub.find() ? list.substring(0, nextSub.start()) : list;
    }

    /** info.version of a contract. */
    static String version(String yaml) {
        var parsed = new OpenAPIV3Parser().readContents(yaml).getOpenAPI();
        if (parsed == null || parsed.getInfo() == null || parsed.getInfo().getVersion() == null) {
            throw new IllegalArgumentException("no info.version");
        }
        return parsed.getInfo().getVersion();
    }

    static int[] parse(String version) {
        if (!version.matches("\\d+\\.\\d+\\.\\d+")) {
            throw new IllegalArgumentException("info.version " + version + " is not X.Y.Z");
        }
        String[] parts = version.split("\\.");
        return new int[]{Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
    }

    static int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    private static void walkContent(ChangedContent content, String operation, String where, boolean request,
                                    List<Break> found) {
        for (String missing : content.getMissing().keySet()) {
            if (request) {
                found.add(new Break(operation, where + " no longer accepts " + missing, false, false));
            } else {
                found.add(new Break(operation, where + " no longer given as " + missing, false, false));
            }
        }
        for (Map.Entry<String, ChangedMediaType> media : content.getChanged().entrySet()) {
            ChangedSchema schema = media.getValue().getSchema();
            if (schema != null) {
                walkSchema(schema, operation, where + " " + media.getKey(), "", request, found);
            }
        }
    }

    private static void walkSchema(ChangedSchema schema, String operation, String where, String path, boolean request,
                                   List<Break> found) {
        String field = path.isEmpty() ? "" : "`" + path + "` ";
        int before = found.size();
        for (Map.Entry<String, Schema<?>> missing : schema.getMissingProperties().entrySet()) {
            found.add(new Break(operation, where + " field `" + join(path, missing.getKey()) + "` removed", true,
                    deprecated(missing.getValue().getDeprecated())));
        }
        if (schema.isChangedType()) {
            found.add(new Break(operation, where + " " + field + "type changed from " + typeOf(schema.getOldSchema())
                    + " to " + typeOf(schema.getNewSchema()), false, false));
        }
        if (schema.getRequired() != null && schema.getRequired().isIncompatible()) {
            List<String> names = request ? schema.getRequired().getIncreased() : schema.getRequired().getMissing();
            found.add(new Break(operation, where + " " + field + (request ? "newly required: " : "no longer required: ")
                    + names, false, false));
        }
        if (schema.getEnumeration() != null && schema.getEnumeration().isIncompatible()) {
            found.add(new Break(operation, where + " " + field + "enum values " + (request
                    ? "removed: " + schema.getEnumeration().getMissing()
                    : "added: " + schema.getEnumeration().getIncreased()), false, false));
        }
        for (Map.Entry<String, ChangedSchema> property : schema.getChangedProperties().entrySet()) {
            walkSchema(property.getValue(), operation, where, join(path, property.getKey()), request, found);
        }
        if (schema.getItems() != null) {
            walkSchema(schema.getItems(), operation, where, path + "[]", request, found);
        }
        if (found.size() == before && schema.isIncompatible()) {
            found.add(new Break(operation, where + " " + field + describe(schema), false, false));
        }
    }

    private static String describe(ChangedSchema schema) {
        if (schema == null) {
            return "changed incompatibly";
        }
        if (schema.isChangedType()) {
            return "type changed from " + typeOf(schema.getOldSchema()) + " to " + typeOf(schema.getNewSchema());
        }
        List<String> what = new ArrayList<>();
        if (schema.getEnumeration() != null && schema.getEnumeration().isIncompatible()) {
            what.add("enum values changed (removed " + schema.getEnumeration().getMissing() + ", added "
                    + schema.getEnumeration().getIncreased() + ")");
        }
        if (schema.getMaxLength() != null && schema.getMaxLength().isIncompatible()) {
            what.add("maxLength changed");
        }
        if (schema.getNumericRange() != null && schema.getNumericRange().isIncompatible()) {
            what.add("numeric range changed");
        }
        if (schema.getPattern() != null && schema.getPattern().isIncompatible()) {
            what.add("pattern changed");
        }
        if (schema.getItems() != null && schema.getItems().isIncompatible()) {
            what.add("items: " + describe(schema.getItems()));
        }
        return what.isEmpty() ? "changed incompatibly" : String.join(", ", what);
    }

    private static String typeOf(Schema<?> schema) {
        if (schema == null) {
            return "nothing";
        }
        if (schema.get$ref() != null) {
            return schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
        }
        if ("array".equals(schema.getType()) && schema.getItems() != null) {
            return "array of " + typeOf(schema.getItems());
        }
        String type = Objects.requireNonNullElse(schema.getType(), "object");
        return schema.getFormat() == null ? type : type + " (" + schema.getFormat() + ")";
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String operation(String method, String path) {
        return method.toUpperCase(java.util.Locale.ROOT) + " " + path;
    }

    private static boolean deprecated(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }

    private static void add(Map<String, Break> breaks, Break b) {
        breaks.putIfAbsent(b.operation() + " " + b.what(), b);
    }

    private static String render(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (Exception e) {
            return "(no report: " + e + ")";
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
