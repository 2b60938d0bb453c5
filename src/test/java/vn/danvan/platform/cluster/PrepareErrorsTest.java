package vn.danvan.platform.cluster;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.danvan.support.MariaDbTestResource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * An error the server answers to a PREPARE reaches the caller. Connector/J's default fallback (prepare on the client
 * instead) dropped it; on Galera that error can be the news that the transaction was aborted by another node, and
 * the transaction's later writes then committed without its earlier ones (bench/results/galera.md).
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
class PrepareErrorsTest {

    @Inject
    DataSource dataSource;

    @Test
    void anErrorAnsweredToAPrepareIsThrownAtOnceNotDeferredToAClientStatement() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            SQLException thrown = assertThrows(SQLException.class,
                    () -> connection.prepareStatement("SELEC 1 FROM change_sequence").close());
            // 1064: the server's syntax error, answered to the PREPARE itself.
            assertEquals(1064, thrown.getErrorCode());
            try (PreparedStatement fine = connection.prepareStatement("SELECT value FROM change_sequence WHERE stream = ?")) {
                fine.setString(1, "global");
                fine.executeQuery().close();
            }
        }
    }
}
