package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notifications written before V40 kept only a Vietnamese title, with dates as the code printed them (2026-06-10)
 * rather than as Vietnamese documents write them (10/06/2026), and in Vietnamese for every reader. Each such title is
 * read back into the message key and arguments the service writes today (so that English readers get English), with
 * its dates in the Vietnamese form; a title of no known form only has its dates rewritten. Each changed notification
 * takes a new change number, so that the phones' offline copies get the new text. In Java because the two databases'
 * REGEXP_REPLACE differ, and the arguments are JSON.
 */
public class V61__notification_titles_vietnamese_dates extends BaseJavaMigration {

    private static final int BATCH = 1000;
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    /** The titles the service wrote before V40, as pattern → message key (groups: the arguments, in order). */
    private static final List<Form> FORMS = List.of(
            new Form("Nhiệm vụ mới: (.*)", "notification.task-assigned"),
            new Form("Nhiệm vụ phối hợp: (.*)", "notification.task-coordinating"),
            new Form("Có báo cáo chờ nghiệm thu: (.*)", "notification.task-reported"),
            new Form("Nhiệm vụ đã được nghiệm thu: (.*)", "notification.task-accepted"),
            new Form("Báo cáo bị trả lại: (.*)", "notification.task-returned"),
            new Form("Nhiệm vụ đã bị hủy: (.*)", "notification.task-cancelled"),
            new Form("Đề nghị gia hạn đến (\\d{4}-\\d{2}-\\d{2}): (.*)", "notification.extension-requested"),
            new Form("Đồng ý gia hạn đến (\\d{4}-\\d{2}-\\d{2}): (.*)", "notification.extension-approved"),
            new Form("Không đồng ý gia hạn: (.*)", "notification.extension-refused"),
            new Form("Nhiệm vụ sắp đến hạn \\((\\d{4}-\\d{2}-\\d{2})\\): (.*)", "notification.due-soon"),
            new Form("Nhiệm vụ quá hạn \\(hạn (\\d{4}-\\d{2}-\\d{2})\\): (.*)", "notification.overdue"));

    private record Form(Pattern pattern, String key) {
        Form(String regex, String key) {
            this(Pattern.compile(regex, Pattern.DOTALL), key);
        }
    }

    /** The new text of a legacy title: its title with Vietnamese dates, and the key and JSON arguments if known. */
    record Converted(String title, String messageKey, String messageArgs) {
    }

    static Converted convert(String title) {
        String rewritten = vietnameseDates(title);
        for (Form form : FORMS) {
            Matcher matcher = form.pattern().matcher(title);
            if (matcher.matches()) {
                StringBuilder args = new StringBuilder("[");
                for (int group = 1; group <= matcher.groupCount(); group++) {
                    String value = matcher.group(group);
                    args.append(group == 1 ? "" : ",").append(json(group < matcher.groupCount() ? vietnameseDates(value) : value));
                }
                return new Converted(rewritten, form.key(), args.append(']').toString());
            }
        }
        return new Converted(rewritten, null, null);
    }

    static String vietnameseDates(String text) {
        return ISO_DATE.matcher(text).replaceAll("$3/$2/$1");
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private record Row(byte[] id, String title) {
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        byte[] after = new byte[16];
        while (true) {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id, title FROM notification"
                    + " WHERE id > ? AND message_key IS NULL ORDER BY id LIMIT " + BATCH)) {
                select.setBytes(1, after);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Row(rs.getBytes(1), rs.getString(2)));
                    }
                }
            }
            if (rows.isEmpty()) {
                return;
            }
            for (Row row : rows) {
                Converted converted = convert(row.title());
                if (!converted.title().equals(row.title()) || converted.messageKey() != null) {
                    update(connection, row.id(), converted);
                }
            }
            after = rows.get(rows.size() - 1).id();
        }
    }

    private static void update(Connection connection, byte[] id, Converted converted) throws SQLException {
        try (Statement next = connection.createStatement()) {
            next.executeUpdate("UPDATE change_sequence SET value = LAST_INSERT_ID(value + 1) WHERE stream = 'global'");
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE notification SET title = ?, message_key = ?,"
                + " message_args = ?, change_seq = LAST_INSERT_ID(), version = version + 1 WHERE id = ?")) {
            update.setString(1, converted.title());
            update.setString(2, converted.messageKey());
            update.setString(3, converted.messageArgs());
            update.setBytes(4, id);
            update.executeUpdate();
        }
    }
}
