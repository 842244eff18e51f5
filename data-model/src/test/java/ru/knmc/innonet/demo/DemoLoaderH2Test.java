package ru.knmc.innonet.demo;

import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.TestDatabases;

class DemoLoaderH2Test extends DemoLoaderContract {
    @Override
    Database freshDatabase() {
        return TestDatabases.h2();
    }
}
