package ru.knmc.innonet.contest;

import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.TestDatabases;

class ContestApplicationsPostgresTest extends ContestApplicationsContract {
    @Override
    Database freshDatabase() {
        return TestDatabases.postgres();
    }
}
