package ru.knmc.innonet.contest;

import ru.knmc.innonet.common.Messages;

/** Why an expert may not score an application. */
public enum ConflictKind {
    WORKS_AT_APPLICANT, WORKS_AT_COAPPLICANT, SUPERVISOR, AUTHOR, NETWORK, DECLARED;

    public String displayName() {
        return Messages.get("contest.conflictKind." + name());
    }
}
