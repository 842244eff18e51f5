package ru.knmc.innonet.network;

import java.time.LocalDate;
import ru.knmc.innonet.common.Messages;

/**
 * One of the centre's twelve tasks (seed 002) for a network and year: computed from the data where the
 * data can tell ({@code byHand} false), ticked by hand with a date where it cannot.
 */
public record TaskState(int number, boolean byHand, boolean done, String detail, LocalDate markedOn) {

    public String title() {
        return Messages.get("network.task." + number);
    }

    public String shortTitle() {
        return Messages.get("network.task.short." + number);
    }
}
