package ru.knmc.innonet.registry;

import ru.knmc.innonet.common.Messages;

/** Type of an organization; the code branches on it (overview columns, shares, search words). */
public enum OrgType {
    PRESCHOOL, GENERAL, ADDITIONAL, UNIVERSITY, OTHER;

    public String displayName() {
        return Messages.get("orgType." + name());
    }

    /** The three subsystems of education whose organizations the municipality counts. */
    public boolean isEducational() {
        return this == PRESCHOOL || this == GENERAL || this == ADDITIONAL;
    }
}
