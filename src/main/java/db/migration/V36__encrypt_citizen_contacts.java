package db.migration;

import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.danvan.platform.crypto.PersonalDataCipher;
import vn.danvan.platform.crypto.PersonalDataKey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Citizens' addresses and phones encrypted at rest, like their ID numbers (Luật Bảo vệ dữ liệu cá nhân 91/2025): new
 * columns, every existing row encrypted with the personal-data key in batches of 1,000, then the clear columns
 * dropped. In Java because SQL cannot encrypt with the service's key; each batch is a short statement, so a large
 * book does not run into a socket timeout.
 */
public class V36__encrypt_citizen_contacts extends BaseJavaMigration {

    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE reception_citizen ADD COLUMN address_enc VARBINARY(2048) NULL AFTER full_name,"
                    + " ADD COLUMN phone_enc VARBINARY(128) NULL AFTER address_enc");
        }
        if (hasClearValues(connection)) {
            encrypt(connection, new PersonalDataCipher(PersonalDataKey.read(ConfigProvider.getConfig())));
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE reception_citizen DROP COLUMN address, DROP COLUMN phone");
        }
    }

    private static boolean hasClearValues(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet rs = query.executeQuery("SELECT 1 FROM reception_citizen WHERE address IS NOT NULL"
                     + " OR phone IS NOT NULL LIMIT 1")) {
            return rs.next();
        }
    }

    private record Row(byte[] id, String address, String phone) {
    }

    private static void encrypt(Connection connection, PersonalDataCipher cipher) throws SQLException {
        byte[] after = new byte[16];
        while (true) {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id, address, phone FROM reception_citizen"
                    + " WHERE id > ? AND (address IS NOT NULL OR phone IS NOT NULL) ORDER BY id LIMIT " + BATCH)) {
                select.setBytes(1, after);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Row(rs.getBytes(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            if (rows.isEmpty()) {
                return;
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE reception_citizen SET address_enc = ?, phone_enc = ? WHERE id = ?")) {
                for (Row row : rows) {
                    update.setBytes(1, row.address() == null ? null : cipher.encrypt(row.address()));
                    update.setBytes(2, row.phone() == null ? null : cipher.encrypt(row.phone()));
                    update.setBytes(3, row.id());
                    update.addBatch();
                }
                update.executeBatch();
            }
            after = rows.get(rows.size() - 1).id();
        }
    }
}
