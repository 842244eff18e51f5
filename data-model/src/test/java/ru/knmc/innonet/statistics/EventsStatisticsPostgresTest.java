package ru.knmc.innonet.statistics;

import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.TestDatabases;

class EventsStatisticsPostgresTest extends EventsStatisticsContract {
    @Override
    Database freshDatabase() {
        return TestDatabases.postgres();
    }
}
