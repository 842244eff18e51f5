package ru.knmc.innonet.cli;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.regex.Pattern;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.statistics.MonthPeriod;

/** The period options of {@code innonet chart}: {@code --from YYYY-MM --to YYYY-MM} or {@code --academic-year 2017}. */
final class ChartPeriodOptions {
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private ChartPeriodOptions() {
    }

    /** The period the options give; refused, naming the option, when they clash, miss a half or are no range of months. */
    static MonthPeriod period(Integer year, String from, String to, String academicYear) {
        if (year != null || (academicYear != null && (from != null || to != null))) {
            throw new UserException("cli.chart.periodTwice");
        }
        if (academicYear != null) {
            int start = AcademicYear.parse(academicYear).map(AcademicYear::startYear)
                    .orElseThrow(() -> new UserException("cli.chart.badAcademicYear", academicYear));
            ChartCommand.checkYear(start);
            return MonthPeriod.academicYear(start);
        }
        if (from == null || to == null) {
            throw new UserException("cli.chart.periodHalf", from != null ? "--from" : "--to", from != null ? "--to" : "--from");
        }
        YearMonth first = month("--from", from);
        YearMonth last = month("--to", to);
        ChartCommand.checkYear(first.getYear());
        ChartCommand.checkYear(last.getYear());
        try {
            return new MonthPeriod(first, last);
        } catch (ValidationException e) {
            throw new UserException("cli.chart.badPeriod", from, to, e.getMessage());
        }
    }

    private static YearMonth month(String option, String text) {
        String s = text.strip();
        try {
            if (MONTH.matcher(s).matches()) {
                return YearMonth.parse(s);
            }
        } catch (DateTimeException e) {
            // a month 13 or 00: refused below like any other text
        }
        throw new UserException("cli.chart.badMonth", option, text);
    }
}
