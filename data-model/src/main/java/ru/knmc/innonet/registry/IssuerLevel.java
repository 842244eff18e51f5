package ru.knmc.innonet.registry;

import ru.knmc.innonet.common.Messages;

/** Federal, regional or local act: the annual report lists the legal basis by level. */
public enum IssuerLevel {
    FEDERAL, REGIONAL, LOCAL;

    public String displayName() {
        return Messages.get("issuerLevel." + name());
    }
}
