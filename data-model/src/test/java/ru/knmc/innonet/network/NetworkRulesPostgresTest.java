package ru.knmc.innonet.network;

import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.TestDatabases;

class NetworkRulesPostgresTest extends NetworkRulesContract {
    @Override
    Database freshDatabase() {
        return TestDatabases.postgres();
    }
}
