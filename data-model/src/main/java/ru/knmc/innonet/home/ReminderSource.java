package ru.knmc.innonet.home;

import java.time.LocalDate;
import java.util.List;

/** A feature's contribution to the start page: overdue decisions, contest deadlines… */
@FunctionalInterface
public interface ReminderSource {

    /** What needs attention as of {@code today}; runs off the FX thread, may query the database. */
    List<Reminder> reminders(LocalDate today);
}
