package ru.knmc.innonet.statistics;

import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.TestDatabases;

class IndicatorSourcesPostgresTest extends IndicatorSourcesContract {
    @Override
    Database freshDatabase() {
        return TestDatabases.postgres();
    }
}
