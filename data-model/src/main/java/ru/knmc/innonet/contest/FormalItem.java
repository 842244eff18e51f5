package ru.knmc.innonet.contest;

import ru.knmc.innonet.common.Messages;

/** The items of the formal check of an application. */
public enum FormalItem {
    IN_TIME, PASSPORT_COMPLETE, DIRECTION_MATCHES, SUPERVISOR_AGREEMENT, COAPPLICANT_AGREEMENTS, FORMAT;

    public String displayName() {
        return Messages.get("contest.formalItem." + name());
    }
}
