package ru.knmc.innonet.registry;

import ru.knmc.innonet.common.Messages;

/** How a status assignment ended, or that it has not. */
public enum Outcome {
    ACTIVE, COMPLETED, ENDED_EARLY, EXTENDED;

    public String displayName() {
        return Messages.get("outcome." + name());
    }
}
