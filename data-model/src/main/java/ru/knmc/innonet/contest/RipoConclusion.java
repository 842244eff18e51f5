package ru.knmc.innonet.contest;

import ru.knmc.innonet.common.Messages;

/** The expert conclusion on a RIPO-bank material. */
public enum RipoConclusion {
    POSITIVE, NEGATIVE;

    public String displayName() {
        return Messages.get("contest.ripoConclusion." + name());
    }
}
