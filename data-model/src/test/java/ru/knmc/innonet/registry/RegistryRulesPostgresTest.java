package ru.knmc.innonet.registry;

import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.TestDatabases;

class RegistryRulesPostgresTest extends RegistryRulesContract {
    @Override
    Database freshDatabase() {
        return TestDatabases.postgres();
    }
}
