package ru.knmc.innonet.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION;
import static ru.knmc.innonet.db.jooq.Tables.PERSON;
import static ru.knmc.innonet.db.jooq.Tables.STATUS_ASSIGNMENT;

import org.junit.jupiter.api.Test;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.TestDatabases;

/** The shared-server case: the same generator on a real PostgreSQL (the rules are checked on H2 in {@link KraiGeneratorTest}). */
class KraiGeneratorPostgresTest {
    @Test
    void generatesOnPostgres() {
        KraiGenerator.Scale scale = KraiGenerator.Scale.krai().divide(40);
        try (Database db = TestDatabases.postgres()) {
            KraiGenerator.Summary s = KraiGenerator.generate(db, scale, ProgressListener.NONE);
            assertThat(db.dsl().fetchCount(ORGANIZATION)).isEqualTo(scale.organizations()).isEqualTo(s.organizations());
            assertThat(db.dsl().fetchCount(PERSON)).isEqualTo(scale.persons());
            assertThat(db.dsl().fetchCount(STATUS_ASSIGNMENT)).isEqualTo(scale.assignments());
        }
    }
}
