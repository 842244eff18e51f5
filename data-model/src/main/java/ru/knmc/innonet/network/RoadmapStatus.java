package ru.knmc.innonet.network;

import ru.knmc.innonet.common.Messages;

public enum RoadmapStatus {
    PLANNED, DONE, MOVED, CANCELLED;

    public String displayName() {
        return Messages.get("roadmap.status." + name());
    }
}
