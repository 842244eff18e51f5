package ru.knmc.innonet.registry;

import ru.knmc.innonet.common.Messages;

/** Whom a direction of innovation activity is approved for. */
public enum Audience {
    ALL, PRESCHOOL, GENERAL, ADDITIONAL;

    public String displayName() {
        return Messages.get("audience." + name());
    }

    public boolean covers(OrgType type) {
        return this == ALL || name().equals(type.name());
    }
}
