package vn.danvan.contract;

import org.junit.jupiter.api.Test;
import vn.danvan.support.Contract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The breaking-change guard (see {@link ContractCompatibility} and ARCHITECTURE.md, "The contract"): the bundle must
 * not break clients of the last released contract in openapi/released/ unless the break is recorded with a version
 * bump, a changelog entry and a deprecation period. The other tests prove the guard on the two breaks that landed
 * unnoticed in 0.1.0 (small fixture contracts in src/test/resources/contract-compatibility).
 */
class ContractCompatibilityTest {

    private static final Path RELEASED = Path.of("openapi", "released");
    private static final Path CHANGELOG = Path.of("openapi", "CHANGELOG.md");
    private static final Pattern RELEASE_FILE = Pattern.compile("openapi-(\\d+\\.\\d+\\.\\d+)\\.yaml");

    @Test
    void theContractKeepsClientsOfTheReleasedOneWorkingOrRecordsTheBreak() throws IOException {
        Path released = latestRelease();
        String releasedYaml = Files.readString(released);
        Matcher name = RELEASE_FILE.matcher(released.getFileName().toString());
        assertTrue(name.matches());
        assertEquals(name.group(1), ContractCompatibility.version(releasedYaml),
                released + " must hold the contract of the version in its name");

        var comparison = ContractCompatibility.compare(releasedYaml, Files.readString(Contract.BUNDLE));
        List<String> problems = ContractCompatibility.problems(comparison, Files.readString(CHANGELOG));
        assertTrue(problems.isEmpty(), () -> "The contract breaks clients of the released " + released.getFileName()
                + " without recording it (see ARCHITECTURE.md, \"The contract\", releasing):\n- "
                + String.join("\n- ", problems) + "\n\nBreaking changes found:\n- "
                + String.join("\n- ", comparison.breaks().stream().map(Object::toString).toList())
                + "\n\nopenapi-diff's report:\n" + comparison.report());
    }

    @Test
    void theReleasedVersionHasItsChangelogSection() throws IOException {
        String version = ContractCompatibility.version(Files.readString(latestRelease()));
        assertTrue(Files.readString(CHANGELOG).lines().anyMatch(l -> l.startsWith("## " + version)),
                "openapi/CHANGELOG.md has no section for the released " + version);
    }

    @Test
    void catchesTheRemovedRequiredFieldOfTheHotspots() {
        var comparison = compare("hotspots-released.yaml", "hotspots-changed.yaml", "0.1.0");

        assertTrue(comparison.breaking());
        assertTrue(comparison.breaks().stream().anyMatch(b -> b.operation().equals("GET /api/v1/hotspots")
                        && b.what().contains("`items[].receptions` removed") && b.removal() && !b.deprecatedBefore()),
                comparison.breaks()::toString);
        List<String> problems = ContractCompatibility.problems(comparison, "# Changelog\n");
        assertTrue(problems.stream().anyMatch(p -> p.contains("bumped to a new minor version")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("`GET /api/v1/hotspots`")), problems::toString);
    }

    @Test
    void catchesTheFlagParameterBecomingAnArray() {
        var comparison = compare("receptions-released.yaml", "receptions-changed.yaml", "0.1.0");

        assertTrue(comparison.breaks().stream().anyMatch(b -> b.operation().equals("GET /api/v1/receptions")
                        && b.what().contains("query parameter `flag`") && b.what().contains("array")),
                comparison.breaks()::toString);
        assertFalse(ContractCompatibility.problems(comparison, "# Changelog\n").isEmpty());
    }

    @Test
    void aBreakRecordedWithAMinorBumpAndAChangelogEntryPasses() {
        var comparison = compare("receptions-released.yaml", "receptions-changed.yaml", "0.2.0");
        String changelog = """
                # Changelog

                ## 0.2.0 — 2026-12-07

                ### Breaking
                - `GET /api/v1/receptions`: the query parameter `flag` takes several flags (an array).

                ## 0.1.0
                """;

        assertEquals(List.of(), ContractCompatibility.problems(comparison, changelog));
    }

    @Test
    void aPatchBumpIsNotEnoughForABreak() {
        var comparison = compare("receptions-released.yaml", "receptions-changed.yaml", "0.1.1");
        String changelog = "## 0.1.1\n\n### Breaking\n- `GET /api/v1/receptions`: `flag` is an array.\n";

        assertEquals(List.of("breaking changes need info.version bumped to a new minor version (released: 0.1.0, now: "
                + "0.1.1)"), ContractCompatibility.problems(comparison, changelog));
    }

    @Test
    void aChangelogEntryMustNameTheBrokenOperation() {
        var comparison = compare("receptions-released.yaml", "receptions-changed.yaml", "0.2.0");
        String changelog = "## 0.2.0\n\n### Breaking\n- `GET /api/v1/hotspots`: something else.\n\n### Added\n"
                + "- `GET /api/v1/receptions`: listed under Added, not Breaking.\n";

        List<String> problems = ContractCompatibility.problems(comparison, changelog);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("not in the changelog's Breaking list for 0.2.0: `GET /api/v1/receptions`"));
    }

    @Test
    void removingAFieldThatWasNotDeprecatedNeedsADeprecationPeriod() {
        var comparison = compare("hotspots-released.yaml", "hotspots-changed.yaml", "0.2.0");
        String changelog = "## 0.2.0\n\n### Breaking\n- `GET /api/v1/hotspots`: `receptions` replaced.\n";

        List<String> problems = ContractCompatibility.problems(comparison, changelog);
        assertTrue(problems.stream().allMatch(p -> p.startsWith("removed without a deprecation period")), problems::toString);
        assertFalse(problems.isEmpty());

        String explained = "## 0.2.0\n\n### Breaking\n- `GET /api/v1/hotspots`: `receptions` replaced by "
                + "`sampleReceptionIds` and `receptionsLink`; no deprecation period: answers were too large to keep.\n";
        assertEquals(List.of(), ContractCompatibility.problems(comparison, explained));
    }

    @Test
    void removingAFieldDeprecatedInTheReleaseNeedsOnlyTheBumpAndTheEntry() {
        String released = fixture("hotspots-released.yaml").replace(
                "          description: The contributing records, newest first (at most 50).",
                "          deprecated: true\n          description: The contributing records, newest first (at most 50).")
                .replace("required: [communeId, flaggedCount, receptions]", "required: [communeId, flaggedCount]");
        String current = fixture("hotspots-changed.yaml").replace("version: 0.1.0", "version: 0.2.0");
        var comparison = ContractCompatibility.compare(released, current);
        String changelog = "## 0.2.0\n\n### Breaking\n- `GET /api/v1/hotspots`: `receptions` (deprecated in 0.1.0) "
                + "removed.\n";

        assertTrue(comparison.breaks().stream().anyMatch(b -> b.removal() && b.deprecatedBefore()),
                comparison.breaks()::toString);
        assertEquals(List.of(), ContractCompatibility.problems(comparison, changelog));
    }

    @Test
    void compatibleChangesNeedNoBump() {
        String released = fixture("receptions-released.yaml");
        String current = released.replace("        - name: pageSize\n", """
                        - name: q
                          in: query
                          schema:
                            type: string
                            maxLength: 200
                        - name: pageSize
                """);
        var comparison = ContractCompatibility.compare(released, current);

        assertFalse(comparison.breaking(), comparison.breaks()::toString);
        assertEquals(List.of(), ContractCompatibility.problems(comparison, ""));
    }

    @Test
    void anErrorAnswerNoLongerDeclaredIsNoBreakButASuccessAnswerIs() {
        String current = fixture("receptions-released.yaml");
        String released = current.replace("      responses:\n", "      responses:\n        '412':\n"
                + "          description: Never given by a list.\n");
        var comparison = ContractCompatibility.compare(released, current);
        assertFalse(comparison.breaking(), comparison.breaks()::toString);

        var removed = ContractCompatibility.compare(current, current.replace("'200':", "'204':"));
        assertTrue(removed.breaks().stream().anyMatch(b -> b.what().equals("response 200 removed")),
                removed.breaks()::toString);
    }

    @Test
    void aNewRequiredRequestFieldAndARemovedEnumValueAreBreaks() {
        String released = """
                openapi: 3.0.3
                info: {title: t, version: 1.4.0}
                paths:
                  /things:
                    post:
                      requestBody:
                        required: true
                        content:
                          application/json:
                            schema:
                              type: object
                              required: [name]
                              properties:
                                name: {type: string, maxLength: 10}
                                kind: {type: string, enum: [A, B]}
                      responses:
                        '204': {description: done}
                """;
        String current = released.replace("required: [name]", "required: [name, kind]")
                .replace("enum: [A, B]", "enum: [A]").replace("version: 1.4.0", "version: 1.5.0");
        var comparison = ContractCompatibility.compare(released, current);

        assertTrue(comparison.breaks().stream().anyMatch(b -> b.what().contains("newly required")),
                comparison.breaks()::toString);
        assertTrue(comparison.breaks().stream().anyMatch(b -> b.what().contains("enum values")),
                comparison.breaks()::toString);
        assertTrue(ContractCompatibility.problems(comparison, "## 1.5.0\n### Breaking\n- `POST /things`: kind.\n")
                .contains("breaking changes need info.version bumped to a new major version (released: 1.4.0, now: "
                        + "1.5.0)"));
    }

    private static ContractCompatibility.Comparison compare(String released, String current, String currentVersion) {
        return ContractCompatibility.compare(fixture(released),
                fixture(current).replace("version: 0.1.0", "version: " + currentVersion));
    }

    private static String fixture(String name) {
        try (InputStream in = ContractCompatibilityTest.class.getResourceAsStream("/contract-compatibility/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("fixture " + name, e);
        }
    }

    /** The newest openapi-X.Y.Z.yaml in openapi/released/. */
    static Path latestRelease() throws IOException {
        try (Stream<Path> files = Files.list(RELEASED)) {
            return files.filter(f -> RELEASE_FILE.matcher(f.getFileName().toString()).matches())
                    .max(Comparator.comparing(f -> {
                        Matcher m = RELEASE_FILE.matcher(f.getFileName().toString());
                        m.matches();
                        int[] v = ContractCompatibility.parse(m.group(1));
                        return v[0] * 1_000_000L + v[1] * 1_000L + v[2];
                    }))
                    .orElseThrow(() -> new IllegalStateException("no released contract in " + RELEASED));
        }
    }
}
