package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import vn.mttq.thidua.shared.SearchText;

/**
 * The search key of each agency that had other names (V28), folded as the application folds it — lower case, no
 * diacritics, đ as d — so that a search by an old name finds it. Agencies without former names keep their key.
 */
public class V29__Agency_search_keys_with_former_names extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement select = context.getConnection().createStatement();
             ResultSet rows = select.executeQuery(
                     "select id, name, short_name, former_names from agency where former_names is not null");
             PreparedStatement update = context.getConnection().prepareStatement(
                     "update agency set search_key = ? where id = ?")) {
            while (rows.next()) {
                update.setString(1, SearchText.key(rows.getString("name"), rows.getString("short_name"),
                        rows.getString("former_names")));
                update.setLong(2, rows.getLong("id"));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
