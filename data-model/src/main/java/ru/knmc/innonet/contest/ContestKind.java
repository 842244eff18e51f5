package ru.knmc.innonet.contest;

import ru.knmc.innonet.common.Messages;

/** What a contest evaluates: new projects, sites' products, sites' reports or RIPO-bank materials. */
public enum ContestKind {
    PROJECT, PRODUCT, REPORT, RIPO;

    public String displayName() {
        return Messages.get("contest.contestKind." + name());
    }
}
