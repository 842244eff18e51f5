package ru.knmc.innonet.contest;

import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.TestDatabases;

class ContestSetupH2Test extends ContestSetupContract {
    @Override
    Database freshDatabase() {
        return TestDatabases.h2();
    }
}
