package ru.knmc.innonet.statistics;

import ru.knmc.innonet.common.Messages;

/** The audience a visit figure counts: everybody, or the readers of one subsystem's pages. */
public enum Segment {
    ALL, PRESCHOOL, GENERAL, ADDITIONAL;

    public String displayName() {
        return Messages.get("segment." + name());
    }
}
