package ru.knmc.innonet.contest;

import ru.knmc.innonet.common.Messages;

/** Education subsystem: expert groups, ranking and the RIPO bank are split by it. */
public enum Subsystem {
    PRESCHOOL, GENERAL, ADDITIONAL;

    public String displayName() {
        return Messages.get("contest.subsystem." + name());
    }
}
