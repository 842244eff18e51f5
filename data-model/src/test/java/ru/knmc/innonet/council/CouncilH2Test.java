package ru.knmc.innonet.council;

import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.TestDatabases;

class CouncilH2Test extends CouncilContract {
    @Override
    Database freshDatabase() {
        return TestDatabases.h2();
    }
}
