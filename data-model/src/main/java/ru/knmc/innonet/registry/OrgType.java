package ru.knmc.innonet.registry;

import ru.knmc.innonet.common.Messages;

/** Kind of organization in the registry; the database keeps the constant's name (see ck_organization_type). */
public enum OrgType {
    PRESCHOOL, GENERAL, ADDITIONAL, UNIVERSITY, OTHER;

    /** The Russian name the user reads, from the bundle key {@code orgType.<NAME>}. */
    public String displayName() {
        return Messages.get("orgType." + name());
    }
}
