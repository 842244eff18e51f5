package ru.knmc.innonet.event;

import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.TestDatabases;

class OutletIssuesH2Test extends OutletIssuesContract {
    @Override
    Database freshDatabase() {
        return TestDatabases.h2();
    }
}
