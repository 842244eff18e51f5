package ru.knmc.innonet.council;

import java.time.LocalDate;

/** A decision in the register across meetings; {@code links} names what it changed in the registry. */
public record DecisionRow(long id, long meetingId, int meetingNumber, LocalDate meetingDate, String point,
                          String itemTitle, String text, String responsible, LocalDate dueDate, LocalDate doneOn,
                          String links) {

    public boolean overdueOn(LocalDate today) {
        return doneOn == null && dueDate != null && dueDate.isBefore(today);
    }

    public boolean open() {
        return doneOn == null;
    }
}
