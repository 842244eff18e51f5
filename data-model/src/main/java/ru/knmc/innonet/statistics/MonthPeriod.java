package ru.knmc.innonet.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.ValidationException;

/**
 * A chart's period of whole months, {@code from} to {@code to} inclusive: a calendar year, an academic year
 * (September–August) or any range of up to {@link #MAX_MONTHS} months. Figures dated by day or month are counted in it.
 */
public record MonthPeriod(YearMonth from, YearMonth to) {
    /** Three academic years: enough for a project's whole term, short enough to read month by month. */
    public static final int MAX_MONTHS = 36;

    public MonthPeriod {
        if (from == null || to == null) {
            throw new ValidationException("period", "validation.period.required");
        }
        if (to.isBefore(from)) {
            throw new ValidationException("period", "validation.period.order", name(from), name(to));
        }
        long months = from.until(to, ChronoUnit.MONTHS) + 1;
        if (months > MAX_MONTHS) {
            throw new ValidationException("period", "validation.period.tooLong", months, MAX_MONTHS);
        }
    }

    public static MonthPeriod calendarYear(int year) {
        return new MonthPeriod(YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    /** The academic year that starts in September of {@code startYear}. */
    public static MonthPeriod academicYear(int startYear) {
        AcademicYear a = new AcademicYear(startYear);
        return new MonthPeriod(YearMonth.from(a.start()), YearMonth.from(a.end()));
    }

    public LocalDate start() {
        return from.atDay(1);
    }

    public LocalDate end() {
        return to.atEndOfMonth();
    }

    /** Every month of the period, in order. */
    public List<YearMonth> months() {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }

    public boolean isCalendarYear() {
        return from.getMonthValue() == 1 && to.getMonthValue() == 12 && from.getYear() == to.getYear();
    }

    public boolean isAcademicYear() {
        return from.getMonthValue() == 9 && to.getMonthValue() == 8 && to.getYear() == from.getYear() + 1;
    }

    /** Whether the months need their year to be told apart («сент. 2017»), or their name alone will do. */
    public boolean withinOneYear() {
        return from.getYear() == to.getYear();
    }

    /** The period in Russian: «2017 год», «2017–2018 учебный год (сентябрь 2017 — август 2018)», «сентябрь 2017 — май 2018». */
    public String label() {
        if (isCalendarYear()) {
            return Messages.get("period.calendarYear", from.getYear());
        }
        if (isAcademicYear()) {
            return Messages.get("period.academicYear", new AcademicYear(from.getYear()).toString(), name(from), name(to));
        }
        return from.equals(to) ? name(from) : Messages.get("period.range", name(from), name(to));
    }

    /** «сентябрь 2017». */
    public static String name(YearMonth m) {
        return Messages.get("period.month", m.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Messages.RUSSIAN), m.getYear());
    }

    /** The month's short name, with its year when the period spans more than one («окт.», «сент. 2017»). */
    public String shortName(YearMonth m) {
        String month = m.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, Messages.RUSSIAN);
        return withinOneYear() ? month : Messages.get("period.month", month, m.getYear());
    }
}
