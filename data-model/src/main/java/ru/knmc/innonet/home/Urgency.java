package ru.knmc.innonet.home;

/** How soon a reminder needs attention; the start page lists the most urgent first. */
public enum Urgency {
    /** The date has passed and the thing is not done. */
    OVERDUE,
    /** Due within the next days. */
    SOON,
    /** Worth knowing, no deadline pressing. */
    INFO
}
