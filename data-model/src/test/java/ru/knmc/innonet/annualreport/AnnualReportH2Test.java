package ru.knmc.innonet.annualreport;

import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.TestDatabases;

class AnnualReportH2Test extends AnnualReportContract {
    @Override
    Database freshDatabase() {
        return TestDatabases.h2();
    }
}
