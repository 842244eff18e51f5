package ru.knmc.innonet.network;

import ru.knmc.innonet.common.Messages;

/** Level of a network member: 1 the centre, 2 a partner («агент сети»), 3 a partner site. */
public enum MemberLevel {
    CENTRE(1), PARTNER(2), ASSOCIATE(3);

    private final int number;

    MemberLevel(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public static MemberLevel of(int number) {
        for (MemberLevel l : values()) {
            if (l.number == number) {
                return l;
            }
        }
        throw new IllegalArgumentException("level " + number);
    }

    public String displayName() {
        return Messages.get("network.level." + name());
    }
}
