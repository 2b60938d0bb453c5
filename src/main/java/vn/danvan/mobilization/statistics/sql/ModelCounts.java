package vn.danvan.mobilization.statistics.sql;

import vn.danvan.platform.persistence.UuidBytes;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.MobilizationPhase;

import javax.sql.DataSource;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Statistics of a province (or of all provinces) from the counts that the database's triggers keep
 * (migration V22): a few hundred summary rows per province instead of every model. Plain JDBC on one
 * connection: these are the hottest reads of the statistics, and they need neither entities nor a
 * transaction (docs/performance.md).
 */
@ApplicationScoped
public class ModelCounts {

    private final DataSource dataSource;

    ModelCounts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One group of models: its dimensions (enum values as names), how many, and how many are replications. */
    public record Group(String field, String kind, String level, String status, int year, int count, int replications) {
    }

    /** An organisation's models: how many, how many recognised, how many are replications. */
    public record OrganizationCount(UUID organizationId, int count, int recognized, int replications) {
    }

    /**
     * What the counts say: the groups, the number of distinct originals replicated, and the organisations with the
     * most models (most first).
     */
    public record Counts(List<Group> groups, int replicatedModels, List<OrganizationCount> byOrganization) {
    }

    /** @param provinceId the province, or {@code null} for all */
    public Counts statistics(UUID provinceId, MobilizationPhase phase, Integer year, int organizationLimit) {
        Filters filters = new Filters(provinceId, phase, year);
        try (Connection connection = dataSource.getConnection()) {
            List<Group> groups = new ArrayList<>();
            try (PreparedStatement statement = filters.prepare(connection, "select field, kind, level, status,"
                    + " registration_year, models, replications from mobilization_count_province where models <> 0");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    groups.add(new Group(rows.getString("field"), rows.getString("kind"), rows.getString("level"),
                            rows.getString("status"), rows.getInt("registration_year"), rows.getInt("models"),
                            rows.getInt("replications")));
                }
            }
            int replicatedModels;
            try (PreparedStatement statement = filters.prepare(connection, "select count(distinct original_id)"
                    + " as originals from mobilization_count_original where replications > 0");
                 ResultSet rows = statement.executeQuery()) {
                rows.next();
                replicatedModels = rows.getInt("originals");
            }
            String top = phase == null && year == null
                    ? filters.sql("select organization_id, models as total, recognized, replications"
                    + " from mobilization_count_organization where models > 0") + " order by models desc, organization_id"
                    : filters.sql("select organization_id, sum(models) as total, sum(recognized) as recognized,"
                    + " sum(replications) as replications from mobilization_count_organization_year where 1 = 1")
                    + " group by organization_id having total > 0 order by total desc, organization_id";
            List<OrganizationCount> byOrganization = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(top + " limit ?")) {
                int next = filters.bind(statement);
                statement.setInt(next, organizationLimit);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        byOrganization.add(new OrganizationCount(uuid(rows.getBytes("organization_id")),
                                rows.getInt("total"), rows.getInt("recognized"), rows.getInt("replications")));
                    }
                }
            }
            return new Counts(groups, replicatedModels, byOrganization);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the model counts failed", e);
        }
    }

    /** The optional filters, appended to a statement's where clause and bound in the same order. */
    private record Filters(UUID provinceId, MobilizationPhase phase, Integer year) {

        String sql(String base) {
            StringBuilder where = new StringBuilder(base);
            if (provinceId != null) {
                where.append(" and province_id = ?");
            }
            if (phase != null) {
                where.append(" and phase = ?");
            }
            if (year != null) {
                where.append(" and registration_year = ?");
            }
            return where.toString();
        }

        PreparedStatement prepare(Connection connection, String base) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql(base));
            bind(statement);
            return statement;
        }

        /** @return the index of the next parameter */
        int bind(PreparedStatement statement) throws SQLException {
            int index = 1;
            if (provinceId != null) {
                statement.setBytes(index++, UuidBytes.of(provinceId));
            }
            if (phase != null) {
                statement.setString(index++, phase.name());
            }
            if (year != null) {
                statement.setInt(index++, year);
            }
            return index;
        }
    }


    private static UUID uuid(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
