package ru.knmc.innonet.contest;

import ru.knmc.innonet.common.Messages;

/** The council's decision on an application; the last two are for sites' reports. */
public enum Decision {
    WINNER, NOT_RECOMMENDED, RETURNED, CONTINUE_STATUS, END_STATUS;

    public String displayName() {
        return Messages.get("contest.decision." + name());
    }
}
