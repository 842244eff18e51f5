package ru.knmc.innonet.council;

import java.time.LocalDate;

/** What the register shows: words in the text or the responsible, a state, meetings between two dates. */
public record DecisionFilter(String words, State state, LocalDate from, LocalDate to) {
    public enum State { ALL, OPEN, OVERDUE, DONE }

    public static DecisionFilter all() {
        return new DecisionFilter(null, State.ALL, null, null);
    }

    boolean accepts(DecisionRow r, LocalDate today) {
        boolean stateOk = switch (state == null ? State.ALL : state) {
            case ALL -> true;
            case OPEN -> r.open();
            case OVERDUE -> r.overdueOn(today);
            case DONE -> !r.open();
        };
        if (!stateOk || (from != null && r.meetingDate().isBefore(from)) || (to != null && r.meetingDate().isAfter(to))) {
            return false;
        }
        if (words == null || words.isBlank()) {
            return true;
        }
        String w = words.strip().toLowerCase(java.util.Locale.ROOT);
        return (r.text() + " " + r.responsible() + " " + r.itemTitle()).toLowerCase(java.util.Locale.ROOT).contains(w);
    }
}
