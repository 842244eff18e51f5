package ru.knmc.innonet.annualreport;

import ru.knmc.innonet.common.Messages;

/** The kinds of activity the site's work plan is grouped by (seed 002). */
public enum ActivityKind {
    DIAGNOSTIC, PRACTICAL, METHODICAL, TRANSLATIONAL;

    /** «Диагностическая деятельность». */
    public String displayName() {
        return Messages.get("workPlan.kind." + name());
    }
}
