package ru.knmc.innonet.event;

import ru.knmc.innonet.common.Messages;

public enum EventLevel {
    MUNICIPAL, REGIONAL, INTERREGIONAL, FEDERAL, INTERNATIONAL;

    public String displayName() {
        return Messages.get("eventLevel." + name());
    }
}
