package ru.knmc.innonet.network;

import ru.knmc.innonet.common.Messages;

/** The form of interaction of a network (seed 000, «Формы взаимодействия»). */
public enum InteractionForm {
    SITE, LABORATORY, WORKSHOP, TUTOR;

    public String displayName() {
        return Messages.get("network.form." + name());
    }
}
