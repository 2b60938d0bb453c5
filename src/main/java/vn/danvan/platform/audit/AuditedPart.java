package vn.danvan.platform.audit;

import java.util.Comparator;

/**
 * Rows owned by a record and audited as entities of their own (a reception's citizens): their revisions belong to the
 * record's history. Each field is shown once for all rows, as the rows' values in order joined by {@value #SEPARATOR}
 * under {@code prefix.field} (e.g. {@code citizens.phone}).
 *
 * @param type           the {@code @Audited} entity of the rows
 * @param parentProperty the property of the rows that holds the record's ID
 * @param order          the rows' order (their position)
 * @param prefix         the rows' name in the API
 * @param fields         the fields shown, masked as the record's reads mask them
 */
public record AuditedPart<P>(Class<P> type, String parentProperty, Comparator<P> order, String prefix,
                             AuditedFields<P> fields) {

    public static final String SEPARATOR = "; ";
}
