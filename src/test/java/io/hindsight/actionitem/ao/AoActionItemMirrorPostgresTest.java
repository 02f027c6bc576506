package io.hindsight.actionitem.ao;

import io.hindsight.testing.db.EmbeddedPostgresDatabase;

/** {@link AoActionItemMirrorContract} on a real PostgreSQL. */
public class AoActionItemMirrorPostgresTest extends AoActionItemMirrorContract {

    @Override
    protected String[] database() {
        return new String[] {EmbeddedPostgresDatabase.jdbcUrl(), EmbeddedPostgresDatabase.USER,
                EmbeddedPostgresDatabase.PASSWORD};
    }
}
