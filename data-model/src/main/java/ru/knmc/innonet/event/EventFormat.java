package ru.knmc.innonet.event;

import ru.knmc.innonet.common.Messages;

public enum EventFormat {
    IN_PERSON, ONLINE, MIXED;

    public String displayName() {
        return Messages.get("eventFormat." + name());
    }
}
