package ru.knmc.innonet.demo;

import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.TestDatabases;

class DemoLoaderPostgresTest extends DemoLoaderContract {
    @Override
    Database freshDatabase() {
        return TestDatabases.postgres();
    }
}
