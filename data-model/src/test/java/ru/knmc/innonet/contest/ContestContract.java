package ru.knmc.innonet.contest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import ru.knmc.innonet.db.Database;

/** What the contest's contracts share: a fresh database per test (H2 or PostgreSQL, by the subclass) with a contest. */
abstract class ContestContract {
    ContestFixture f;

    abstract Database freshDatabase();

    @BeforeEach
    void setUp() {
        f = new ContestFixture(freshDatabase());
    }

    @AfterEach
    void tearDown() {
        f.db.close();
    }
}
