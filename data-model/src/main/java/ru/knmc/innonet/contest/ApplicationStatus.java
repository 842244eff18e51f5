package ru.knmc.innonet.contest;

import ru.knmc.innonet.common.Messages;

/** Where an application is on its way through the contest. */
public enum ApplicationStatus {
    SUBMITTED, RETURNED, ACCEPTED, DECIDED;

    public String displayName() {
        return Messages.get("contest.applicationStatus." + name());
    }
}
