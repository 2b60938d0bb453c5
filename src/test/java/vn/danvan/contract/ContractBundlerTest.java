package vn.danvan.contract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract bundler (openapi/bundler/ContractBundler.java), run as the build runs it: the JDK's source launcher. */
class ContractBundlerTest {

    private static final String ROOT = """
            # notes to authors
            openapi: 3.0.3
            info:
              title: T
              version: 1.0.0
            x-danvan-parts:
              - shared.yaml
              - features/a.yaml
            """;

    private static final String SHARED = """
            # shared
            components:
              schemas:
                Problem:
                  type: object
            """;

    private static final String FEATURE_A = """
            # feature a
            tags:
              - name: A
            paths:
              /a:
                get:
                  # why this answers 200 only
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/Thing'
            components:
              schemas:
                Thing:
                  type: object
                  description: |
                    Kept as written.

                    Two paragraphs.
            """;

    @TempDir
    Path dir;

    @Test
    void partsAreAppendedUnderOneOfEachSectionAsWritten() throws Exception {
        write(ROOT, SHARED, FEATURE_A);

        Result result = bundle();

        assertEquals(0, result.exit(), result.output());
        assertEquals("""
                # The API contract, bundled by openapi/bundler/ContractBundler.java from openapi/api.yaml and its parts.
                # Edit the parts, not this file.
                openapi: 3.0.3
                info:
                  title: T
                  version: 1.0.0
                tags:
                  - name: A
                paths:
                  /a:
                    get:
                      # why this answers 200 only
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema:
                                $ref: '#/components/schemas/Thing'
                components:
                  schemas:
                    Problem:
                      type: object
                    Thing:
                      type: object
                      description: |
                        Kept as written.

                        Two paragraphs.
                """, Files.readString(dir.resolve("out/openapi.yaml")));
    }

    @Test
    void aNameDefinedInTwoPartsIsRefused() throws Exception {
        write(ROOT, SHARED + "    Thing:\n      type: string\n", FEATURE_A);

        Result result = bundle();

        assertEquals(1, result.exit());
        assertTrue(result.output().contains("schemas/Thing is already defined at shared.yaml:6"), result.output());
        assertTrue(Files.notExists(dir.resolve("out/openapi.yaml")));
    }

    @Test
    void aReferenceToNothingIsRefused() throws Exception {
        write(ROOT, SHARED, FEATURE_A.replace("#/components/schemas/Thing", "#/components/schemas/Thng"));

        Result result = bundle();

        assertEquals(1, result.exit());
        assertTrue(result.output().contains("$ref to nothing: #/components/schemas/Thng"), result.output());
    }

    @Test
    void aPartMayNotCarryTheRootsKeys() throws Exception {
        write(ROOT, "info:\n  title: X\n" + SHARED, FEATURE_A);

        Result result = bundle();

        assertEquals(1, result.exit());
        assertTrue(result.output().contains("a part holds only tags, paths and components, not info:"), result.output());
    }

    private void write(String root, String shared, String featureA) throws IOException {
        Files.createDirectories(dir.resolve("features"));
        Files.writeString(dir.resolve("api.yaml"), root);
        Files.writeString(dir.resolve("shared.yaml"), shared);
        Files.writeString(dir.resolve("features/a.yaml"), featureA);
    }

    private record Result(int exit, String output) {
    }

    private Result bundle() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(),
                Path.of("openapi", "bundler", "ContractBundler.java").toAbsolutePath().toString(),
                dir.resolve("api.yaml").toString(), dir.resolve("out/openapi.yaml").toString()))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Result(process.exitValue(), output);
    }
}
