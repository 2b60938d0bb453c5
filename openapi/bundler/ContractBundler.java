import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bundles the contract written in parts (openapi/api.yaml and the parts it lists under {@code x-danvan-parts}) into
 * the one OpenAPI file that is served at /q/openapi, linted and generated from. The parts' text is kept as written
 * (comments, order, quoting): each part's {@code tags}, {@code paths} and {@code components.*} entries are appended,
 * part by part, under the bundle's sections. It refuses a name defined twice and a $ref to nothing.
 *
 * <p>A single-file program (no dependencies), so that Maven and the contract lint run the same code before anything
 * is compiled: {@code java openapi/bundler/ContractBundler.java openapi/api.yaml target/openapi/openapi.yaml}.
 */
public class ContractBundler {

    private static final List<String> COMPONENT_SECTIONS = List.of("securitySchemes", "parameters", "requestBodies",
            "headers", "responses", "examples", "links", "callbacks", "schemas");
    private static final Pattern COMPONENT_SECTION = Pattern.compile("^  (\\w+):\\s*$");
    private static final Pattern PATH_KEY = Pattern.compile("^  (/\\S*):\\s*$");
    private static final Pattern COMPONENT_KEY = Pattern.compile("^    ([\\w.-]+):");
    private static final Pattern TAG_NAME = Pattern.compile("^  - name: (.+?)\\s*$");
    private static final Pattern PART = Pattern.compile("^  - (\\S+)\\s*$");
    private static final Pattern REF = Pattern.compile("#/components/(\\w+)/([\\w.-]+)");

    private final List<String> tags = new ArrayList<>();
    private final List<String> paths = new ArrayList<>();
    private final Map<String, List<String>> components = new LinkedHashMap<>();
    private final Map<String, String> definedIn = new LinkedHashMap<>();
    private final List<String> errors = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Usage: java ContractBundler.java <root api.yaml> <bundle to write>");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        Path bundle = Path.of(args[1]);
        ContractBundler bundler = new ContractBundler();
        String text = bundler.bundle(root);
        if (!bundler.errors.isEmpty()) {
            bundler.errors.forEach(e -> System.err.println("Contract: " + e));
            System.exit(1);
        }
        if (Files.exists(bundle) && Files.readString(bundle, StandardCharsets.UTF_8).equals(text)) {
            return; // unchanged: keep the timestamp, so that nothing downstream regenerates
        }
        Files.createDirectories(bundle.toAbsolutePath().getParent());
        Files.writeString(bundle, text, StandardCharsets.UTF_8);
        System.out.println("Contract bundled into " + bundle + " (" + text.lines().count() + " lines)");
    }

    String bundle(Path root) throws IOException {
        List<String> head = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        boolean inParts = false;
        boolean started = false;
        for (String line : Files.readAllLines(root, StandardCharsets.UTF_8)) {
            if (!started && (line.startsWith("#") || line.isBlank())) {
                continue; // the root's own notes to authors stay out of the bundle
            }
            started = true;
            if (!line.isEmpty() && !line.startsWith(" ") && !line.startsWith("#")) {
                inParts = line.startsWith("x-danvan-parts:");
                if (!inParts && List.of("tags:", "paths:", "components:").contains(line.strip())) {
                    errors.add(root + ": " + line.strip() + " belongs in a part, not in the root");
                }
                if (inParts) {
                    continue;
                }
            }
            if (inParts) {
                Matcher part = PART.matcher(line);
                if (part.matches()) {
                    parts.add(part.group(1));
                } else if (!line.isBlank()) {
                    errors.add(root + ": x-danvan-parts lists file names only: " + line);
                }
                continue;
            }
            head.add(line);
        }
        if (parts.isEmpty()) {
            errors.add(root + ": no x-danvan-parts");
        }
        for (String part : parts) {
            read(root.resolveSibling(part), part);
        }
        List<String> out = new ArrayList<>();
        out.add("# The API contract, bundled by openapi/bundler/ContractBundler.java from openapi/api.yaml and its parts.");
        out.add("# Edit the parts, not this file.");
        out.addAll(head);
        if (!tags.isEmpty()) {
            out.add("tags:");
            out.addAll(tags);
        }
        out.add("paths:");
        out.addAll(paths);
        out.add("components:");
        for (String section : COMPONENT_SECTIONS) {
            List<String> entries = components.get(section);
            if (entries != null) {
                out.add("  " + section + ":");
                out.addAll(entries);
            }
        }
        String text = String.join("\n", out) + "\n";
        checkReferences(text);
        return text;
    }

    private void read(Path file, String name) throws IOException {
        if (!Files.isRegularFile(file)) {
            errors.add("part " + name + " does not exist");
            return;
        }
        List<String> target = null;
        String section = null;
        String componentSection = null;
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            String where = name + ":" + number;
            if (!line.isEmpty() && !line.startsWith(" ")) {
                if (line.startsWith("#")) {
                    continue; // a part's heading comments
                }
                section = line.strip();
                target = switch (section) {
                    case "tags:" -> tags;
                    case "paths:" -> paths;
                    case "components:" -> null;
                    default -> {
                        errors.add(where + ": a part holds only tags, paths and components, not " + section);
                        yield null;
                    }
                };
                continue;
            }
            if ("components:".equals(section)) {
                Matcher sub = COMPONENT_SECTION.matcher(line);
                if (sub.matches()) {
                    if (!COMPONENT_SECTIONS.contains(sub.group(1))) {
                        errors.add(where + ": unknown components section " + sub.group(1));
                    }
                    componentSection = sub.group(1);
                    target = components.computeIfAbsent(componentSection, s -> new ArrayList<>());
                    continue;
                }
                Matcher key = COMPONENT_KEY.matcher(line);
                if (key.find() && componentSection != null) {
                    define(componentSection + "/" + key.group(1), where);
                }
            } else if ("paths:".equals(section)) {
                Matcher key = PATH_KEY.matcher(line);
                if (key.matches()) {
                    define("path " + key.group(1), where);
                }
            } else if ("tags:".equals(section)) {
                Matcher key = TAG_NAME.matcher(line);
                if (key.matches()) {
                    define("tag " + key.group(1), where);
                }
            }
            if (target == null) {
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    errors.add(where + ": line outside any section");
                }
                continue;
            }
            target.add(line);
        }
    }

    private void define(String id, String where) {
        String earlier = definedIn.putIfAbsent(id, where);
        if (earlier != null) {
            errors.add(where + ": " + id + " is already defined at " + earlier);
        }
    }

    private void checkReferences(String text) {
        Set<String> missing = new LinkedHashSet<>();
        Matcher ref = REF.matcher(text);
        while (ref.find()) {
            String id = ref.group(1) + "/" + ref.group(2);
            if (!definedIn.containsKey(id)) {
                missing.add(ref.group());
            }
        }
        missing.forEach(m -> errors.add("$ref to nothing: " + m));
    }
}
