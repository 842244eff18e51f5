package ru.knmc.innonet.council;

import ru.knmc.innonet.common.Messages;

public enum CouncilRole {
    CHAIR, DEPUTY, SECRETARY, MEMBER;

    public String displayName() {
        return Messages.get("council.role." + name());
    }
}
