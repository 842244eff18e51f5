package ru.knmc.innonet.network;

import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.TestDatabases;

class NetworkRulesH2Test extends NetworkRulesContract {
    @Override
    Database freshDatabase() {
        return TestDatabases.h2();
    }
}
