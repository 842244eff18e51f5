package ru.knmc.innonet.home;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * One line of the start page: what needs attention, by when, and where in the program to deal with it.
 *
 * @param date      the deadline or the day it concerns; {@code null} when there is none
 * @param text      a Russian sentence for the user (from the bundle)
 * @param sectionId the window section that deals with it (e.g. {@code council}, {@code contest})
 * @param targetId  the row in that section, when the section can open one; may be {@code null}
 * @param place     where inside the section (a tab, e.g. {@code indicators}); may be {@code null}
 */
public record Reminder(Urgency urgency, LocalDate date, String text, String sectionId, Long targetId, String place) {
    /** Overdue first, then soon, then the rest; earlier dates first within each, undated last. */
    public static final Comparator<Reminder> ORDER = Comparator.comparing(Reminder::urgency)
            .thenComparing(Reminder::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Reminder::text, ru.knmc.innonet.common.Messages.collator());

    public Reminder {
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sectionId, "sectionId");
    }

    public Reminder(Urgency urgency, LocalDate date, String text, String sectionId, Long targetId) {
        this(urgency, date, text, sectionId, targetId, null);
    }
}
