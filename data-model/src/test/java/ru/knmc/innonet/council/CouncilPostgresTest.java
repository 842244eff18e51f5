package ru.knmc.innonet.council;

import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.TestDatabases;

class CouncilPostgresTest extends CouncilContract {
    @Override
    Database freshDatabase() {
        return TestDatabases.postgres();
    }
}
