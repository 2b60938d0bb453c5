package vn.danvan.support;

import java.nio.file.Path;

/** Where the tests read the contract: the bundle the build writes (from openapi/api.yaml and its parts) and serves. */
public final class Contract {

    public static final Path BUNDLE = Path.of("target", "openapi", "openapi.yaml");

    private Contract() {
    }
}
