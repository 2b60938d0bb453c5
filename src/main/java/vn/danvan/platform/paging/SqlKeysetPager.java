package vn.danvan.platform.paging;

import vn.danvan.platform.persistence.SqlParameters;
import vn.danvan.platform.persistence.SqlRow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The same cursor paging as {@link KeysetPager}, and the same page tokens, over plain SQL and JDBC: for the
 * busiest lists, whose rows are read straight into what the API returns, without entities and their loading.
 * The sort keys' expressions are column names of the paged table.
 */
public final class SqlKeysetPager {

    /** Reads the current row of the result set, by column name. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(SqlRow row) throws SQLException;
    }

    /**
     * The rows of a page, as {@code outer} shapes the page's query.
     *
     * @param select "select COLUMNS from TABLE where FILTERS", every sort key among the columns. Sub-queries in the
     *               select list are evaluated for the page's rows only (MySQL and MariaDB evaluate the select list
     *               after the limit), so a row's linked values can come with it.
     * @param params the values of the {@code ?} in {@code select}, in order
     * @param filters a canonical text of the filters, bound into the page token
     */
    public static <T> Page<T> page(Connection connection, String select, List<Object> params, String filters, SortSpec<T> sort, PageRequest request, RowReader<T> reader) {
        String fingerprint = PageTokens.fingerprint(filters, sort);
        List<Object> all = new ArrayList<>(params);
        StringBuilder sql = new StringBuilder(select);
        if (request.pageToken() != null) {
            Object[] last = PageTokens.decode(request.pageToken(), fingerprint, sort);
            sql.append(" and ").append(KeysetPager.keysetCondition(sort, i -> {
                all.add(last[i]);
                return "?";
            }));
        }
        sql.append(" order by ").append(sort.orderByClause()).append(" limit ").append(request.pageSize() + 1);
        List<T> rows = new ArrayList<>(request.pageSize() + 1);
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            SqlParameters.bind(statement, all);
            try (ResultSet result = statement.executeQuery()) {
                SqlRow row = SqlRow.of(result);
                while (result.next()) {
                    rows.add(reader.read(row));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read a page", e);
        }
        if (rows.size() <= request.pageSize()) {
            return new Page<>(rows, null);
        }
        List<T> page = List.copyOf(rows.subList(0, request.pageSize()));
        return new Page<>(page, PageTokens.encode(fingerprint, sort, page.get(page.size() - 1)));
    }

    private SqlKeysetPager() {
    }
}
