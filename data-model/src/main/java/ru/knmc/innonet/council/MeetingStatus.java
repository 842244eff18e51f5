package ru.knmc.innonet.council;

import ru.knmc.innonet.common.Messages;

public enum MeetingStatus {
    PLANNED, HELD;

    public String displayName() {
        return Messages.get("meeting.status." + name());
    }
}
