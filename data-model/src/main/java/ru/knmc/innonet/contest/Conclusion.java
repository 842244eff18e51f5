package ru.knmc.innonet.contest;

import ru.knmc.innonet.common.Messages;

/** An expert's conclusion on an application. */
public enum Conclusion {
    RECOMMEND, NOT_RECOMMEND;

    public String displayName() {
        return Messages.get("contest.conclusion." + name());
    }
}
