package io.hindsight.testing.db;

import net.java.ao.test.jdbc.Postgres;

/**
 * For {@code @Jdbc(EmbeddedPostgresJdbc.class)}: the AO test runner on {@link EmbeddedPostgresDatabase}, in the
 * {@code public} schema. The runner instantiates this class once per test class; all instances are equal (same
 * URL, user, password and schema), so the runner shares one entity manager among them.
 */
public final class EmbeddedPostgresJdbc extends Postgres {

    public EmbeddedPostgresJdbc() {
        super(EmbeddedPostgresDatabase.jdbcUrl(), EmbeddedPostgresDatabase.USER, EmbeddedPostgresDatabase.PASSWORD,
                "public");
    }
}
