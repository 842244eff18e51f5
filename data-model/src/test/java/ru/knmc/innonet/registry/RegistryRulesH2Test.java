package ru.knmc.innonet.registry;

import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.TestDatabases;

class RegistryRulesH2Test extends RegistryRulesContract {
    @Override
    Database freshDatabase() {
        return TestDatabases.h2();
    }
}
