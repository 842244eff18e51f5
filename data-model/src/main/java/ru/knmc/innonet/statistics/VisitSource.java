package ru.knmc.innonet.statistics;

import ru.knmc.innonet.common.Messages;

public enum VisitSource {
    MANUAL, METRICA, GA4;

    public String displayName() {
        return Messages.get("visitSource." + name());
    }
}
