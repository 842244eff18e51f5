package ru.knmc.innonet.network;

import ru.knmc.innonet.common.Messages;

/** The four ways a network comes about (seed 000, «Варианты сетевого объединения»). */
public enum FormationVariant {
    /** 1. proposed by an organization after the contest of projects */
    CONTEST,
    /** 2. organized under a municipal network innovation site (МСИП) */
    MSIP,
    /** 3. a working network of МИП transformed to the municipal requirements */
    TRANSFORMED,
    /** 4. formed of working МИП by the directions the council agreed */
    DIRECTIONS;

    public String displayName() {
        return Messages.get("network.variant." + name());
    }
}
