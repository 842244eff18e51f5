package ru.knmc.innonet.statistics;

import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.TestDatabases;

class EventsStatisticsH2Test extends EventsStatisticsContract {
    @Override
    Database freshDatabase() {
        return TestDatabases.h2();
    }
}
