package ru.knmc.innonet.contest;

import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.TestDatabases;

class ContestApplicationsH2Test extends ContestApplicationsContract {
    @Override
    Database freshDatabase() {
        return TestDatabases.h2();
    }
}
