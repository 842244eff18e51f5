package ru.knmc.innonet.contest;

import ru.knmc.innonet.common.Messages;

/** Which part of the evaluation a criteria set or a review serves. */
public enum Purpose {
    REMOTE, DEFENSE;

    public String displayName() {
        return Messages.get("contest.purpose." + name());
    }
}
