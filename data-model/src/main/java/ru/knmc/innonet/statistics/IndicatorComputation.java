package ru.knmc.innonet.statistics;

import ru.knmc.innonet.common.Messages;

/** How an indicator's actual value is computed from the data; MANUAL ones are only entered. */
public enum IndicatorComputation {
    MANUAL, RATING_DECILE_GAP, TEACHERS_IN_PROJECTS, TEACHERS_IN_PRODUCTS;

    public String displayName() {
        return Messages.get("indicatorComputation." + name());
    }
}
