package ru.knmc.innonet.registry;

import ru.knmc.innonet.common.Messages;

public enum StatusLevel {
    MUNICIPAL, REGIONAL, INTERREGIONAL, FEDERAL;

    public String displayName() {
        return Messages.get("statusLevel." + name());
    }
}
