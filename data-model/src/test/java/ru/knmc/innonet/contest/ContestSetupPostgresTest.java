package ru.knmc.innonet.contest;

import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.TestDatabases;

class ContestSetupPostgresTest extends ContestSetupContract {
    @Override
    Database freshDatabase() {
        return TestDatabases.postgres();
    }
}
