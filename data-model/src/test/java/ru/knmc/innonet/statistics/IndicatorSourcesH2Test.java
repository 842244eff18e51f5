package ru.knmc.innonet.statistics;

import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.TestDatabases;

class IndicatorSourcesH2Test extends IndicatorSourcesContract {
    @Override
    Database freshDatabase() {
        return TestDatabases.h2();
    }
}
