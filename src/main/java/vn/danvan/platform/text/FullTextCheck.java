package vn.danvan.platform.text;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.danvan.platform.config.DanvanConfig;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * At start, chooses how {@code q} is searched ({@link TextSearch#mode()}). The FULLTEXT indexes answer Vietnamese
 * correctly only when the server indexes one-letter words and has no stop words: with InnoDB's defaults (3 and on)
 * "an", "y" or "ủy" are never indexed, so a search for them would find nothing. Both are server start options
 * (innodb_ft_min_token_size is read-only): a server not yet reconfigured keeps the LIKE search, with one warning,
 * and still answers correctly, only slower. {@code danvan.search.full-text=false} keeps LIKE on any server.
 */
@ApplicationScoped
public class FullTextCheck {

    private static final Logger LOG = Logger.getLogger(FullTextCheck.class);

    /** What the server said: its token size and stop-word setting, or null when it has no such variables. */
    record ServerSettings(Long minTokenSize, Boolean stopwords) {
    }

    private final DataSource dataSource;
    private final DanvanConfig config;

    FullTextCheck(DataSource dataSource, DanvanConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.search().fullText()) {
            LOG.info("Text search by LIKE scans: danvan.search.full-text=false");
            TextSearch.use(TextSearch.Mode.LIKE);
            return;
        }
        ServerSettings settings = read();
        TextSearch.Mode mode = choose(settings);
        if (mode == TextSearch.Mode.LIKE) {
            LOG.warnf("Text search falls back to LIKE scans (slow on large tables): the database server needs"
                            + " innodb_ft_min_token_size=1 and innodb_ft_enable_stopword=0 (it has %s and %s);"
                            + " see docs/operations.md, \"Search\"",
                    settings.minTokenSize() == null ? "no such variable" : settings.minTokenSize(),
                    settings.stopwords() == null ? "no such variable" : (settings.stopwords() ? "1" : "0"));
        }
        TextSearch.use(mode);
    }

    /** INDEX only on a server that indexes every syllable: one letter long, no stop words. */
    static TextSearch.Mode choose(ServerSettings settings) {
        boolean ready = settings.minTokenSize() != null && settings.minTokenSize() == 1
                && settings.stopwords() != null && !settings.stopwords();
        return ready ? TextSearch.Mode.INDEX : TextSearch.Mode.LIKE;
    }

    private ServerSettings read() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            return new ServerSettings(variable(statement, "innodb_ft_min_token_size"),
                    flag(variable(statement, "innodb_ft_enable_stopword")));
        } catch (SQLException e) {
            LOG.debug("Could not read the full-text settings", e);
            return new ServerSettings(null, null);
        }
    }

    private static Long variable(Statement statement, String name) {
        try (ResultSet rs = statement.executeQuery("select @@" + name)) {
            return rs.next() ? rs.getLong(1) : null;
        } catch (SQLException e) {
            return null; // a server without InnoDB full-text search
        }
    }

    private static Boolean flag(Long value) {
        return value == null ? null : value != 0;
    }
}
