package ru.knmc.innonet.event;

import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.TestDatabases;

class OutletIssuesPostgresTest extends OutletIssuesContract {
    @Override
    Database freshDatabase() {
        return TestDatabases.postgres();
    }
}
