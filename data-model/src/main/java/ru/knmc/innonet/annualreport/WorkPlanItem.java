package ru.knmc.innonet.annualreport;

import ru.knmc.innonet.common.AcademicYear;

/** An activity of the site's work plan for an academic year: what, when, with what result, who. */
public record WorkPlanItem(Long id, AcademicYear year, ActivityKind kind, int sortOrder, String content, String period,
                           String expectedResult, String responsible, int version) {
    public WorkPlanItem {
        content = content == null ? "" : content.strip();
        period = period == null ? "" : period.strip();
        expectedResult = expectedResult == null ? "" : expectedResult.strip();
        responsible = responsible == null ? "" : responsible.strip();
    }
}
