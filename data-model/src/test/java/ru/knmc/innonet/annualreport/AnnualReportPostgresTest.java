package ru.knmc.innonet.annualreport;

import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.TestDatabases;

class AnnualReportPostgresTest extends AnnualReportContract {
    @Override
    Database freshDatabase() {
        return TestDatabases.postgres();
    }
}
