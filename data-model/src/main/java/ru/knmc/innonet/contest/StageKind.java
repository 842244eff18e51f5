package ru.knmc.innonet.contest;

import ru.knmc.innonet.common.Messages;

/** A stage of a contest, in the order they run. */
public enum StageKind {
    RECEPTION, FORMAL_CHECK, REMOTE_REVIEW, DEFENSE, RESULTS;

    public String displayName() {
        return Messages.get("contest.stageKind." + name());
    }
}
