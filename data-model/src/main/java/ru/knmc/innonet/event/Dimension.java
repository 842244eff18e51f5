package ru.knmc.innonet.event;

import ru.knmc.innonet.common.Messages;

/** The breakdown an entered participant count belongs to; breakdowns are independent, never summed together. */
public enum Dimension {
    CATEGORY, MUNICIPALITY, ORGANIZATION;

    public String displayName() {
        return Messages.get("participantDimension." + name());
    }
}
