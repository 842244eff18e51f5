package ru.knmc.innonet.statistics;

import java.time.YearMonth;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.ValidationException;

/**
 * The period of the charts that have one: the chosen year as a calendar or an academic year, or a custom range of
 * months «с [месяц год] по [месяц год]»; a broken range is a message under the fields, and no chart is built.
 */
public final class ChartPeriodModel {
    /** The ways the window offers to choose a chart's period. */
    public enum Choice {
        CALENDAR_YEAR, ACADEMIC_YEAR, CUSTOM;

        public String displayName() {
            return Messages.get("statistics.period." + name());
        }
    }

    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(Choice.CALENDAR_YEAR);
    private final ObjectProperty<Integer> fromMonth = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> fromYear = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> toMonth = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> toYear = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();

    /** Calls {@code changed} whenever the choice or a month of the range changes. */
    void onChange(Runnable changed) {
        ChangeListener<Object> l = (o, a, b) -> changed.run();
        choice.addListener(l);
        fromMonth.addListener(l);
        fromYear.addListener(l);
        toMonth.addListener(l);
        toYear.addListener(l);
    }

    /**
     * The months a chart of {@code year} covers; null, with the message under the fields set, when the custom range is
     * incomplete, backward or too long.
     */
    MonthPeriod period(int year) {
        try {
            MonthPeriod p = switch (choice.get() == null ? Choice.CALENDAR_YEAR : choice.get()) {
                case CALENDAR_YEAR -> MonthPeriod.calendarYear(year);
                case ACADEMIC_YEAR -> MonthPeriod.academicYear(year);
                case CUSTOM -> new MonthPeriod(month(fromYear.get(), fromMonth.get()), month(toYear.get(), toMonth.get()));
            };
            error.set(null);
            return p;
        } catch (ValidationException e) {
            error.set(e.getMessage());
            return null;
        }
    }

    private static YearMonth month(Integer year, Integer month) {
        return year == null || month == null ? null : YearMonth.of(year, month);
    }

    /** A custom range starts as the year's academic year, the period the centre most often asks for besides the calendar one. */
    void startCustomRange(int year) {
        if (fromMonth.get() == null || fromYear.get() == null || toMonth.get() == null || toYear.get() == null) {
            fromMonth.set(9);
            fromYear.set(year);
            toMonth.set(8);
            toYear.set(year + 1);
        }
    }

    void clearError() {
        error.set(null);
    }

    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    public ObjectProperty<Integer> fromMonthProperty() {
        return fromMonth;
    }

    public ObjectProperty<Integer> fromYearProperty() {
        return fromYear;
    }

    public ObjectProperty<Integer> toMonthProperty() {
        return toMonth;
    }

    public ObjectProperty<Integer> toYearProperty() {
        return toYear;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
