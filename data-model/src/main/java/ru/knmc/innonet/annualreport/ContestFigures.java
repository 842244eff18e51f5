package ru.knmc.innonet.annualreport;

import static ru.knmc.innonet.db.jooq.Tables.APPLICATION;
import static ru.knmc.innonet.db.jooq.Tables.CONTEST;
import static ru.knmc.innonet.db.jooq.Tables.CONTEST_STAGE;
import static ru.knmc.innonet.db.jooq.Tables.REVIEW;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.contest.ContestKind;
import ru.knmc.innonet.contest.Purpose;
import ru.knmc.innonet.contest.StageKind;

/**
 * §8: the contests of the academic year starting in the report's year (issue 4's data; the XVI contest runs
 * in the autumn of 2017): applications, remote expertises held (an application with at least one expert's
 * sheet scored counts once), expert sheets, and the expert groups' sessions of public defence (a defence
 * stage dated up to the year's end; one per subsystem).
 */
final class ContestFigures {
    private final DSLContext dsl;

    ContestFigures(DSLContext dsl) {
        this.dsl = dsl;
    }

    void addTo(int year, Map<String, String> figures, Map<Integer, List<ReportBlock>> blocks, List<Gap> gaps) {
        AcademicYear academic = new AcademicYear(year);
        LocalDate end = LocalDate.of(year, 12, 31);
        var applications = DSL.select(DSL.count()).from(APPLICATION).where(APPLICATION.CONTEST_ID.eq(CONTEST.ID)).asField("apps");
        var examined = DSL.select(DSL.countDistinct(REVIEW.APPLICATION_ID)).from(REVIEW).join(APPLICATION)
                .on(APPLICATION.ID.eq(REVIEW.APPLICATION_ID)).where(APPLICATION.CONTEST_ID.eq(CONTEST.ID))
                .and(REVIEW.PURPOSE.eq(Purpose.REMOTE.name())).and(REVIEW.SCORED_AT.isNotNull()).asField("examined");
        var sheets = DSL.select(DSL.count()).from(REVIEW).join(APPLICATION).on(APPLICATION.ID.eq(REVIEW.APPLICATION_ID))
                .where(APPLICATION.CONTEST_ID.eq(CONTEST.ID)).and(REVIEW.SCORED_AT.isNotNull()).asField("sheets");
        var defenses = DSL.select(DSL.count()).from(CONTEST_STAGE).where(CONTEST_STAGE.CONTEST_ID.eq(CONTEST.ID))
                .and(CONTEST_STAGE.STAGE_KIND.eq(StageKind.DEFENSE.name())).and(CONTEST_STAGE.END_DATE.le(end)).asField("defenses");
        var contests = dsl.select(CONTEST.ROMAN_NUMBER, CONTEST.CONTEST_KIND, applications, examined, sheets, defenses)
                .from(CONTEST).where(CONTEST.ACADEMIC_YEAR.eq(year)).orderBy(CONTEST.CONTEST_KIND, CONTEST.ID).fetch();
        int expertises = 0;
        int sessions = 0;
        int reviews = 0;
        int applied = 0;
        String project = null;
        List<List<Object>> rows = new ArrayList<>();
        for (var c : contests) {
            ContestKind kind = ContestKind.valueOf(c.value2());
            int a = ((Number) c.value3()).intValue();
            int x = ((Number) c.value4()).intValue();
            int s = ((Number) c.value5()).intValue();
            int d = ((Number) c.value6()).intValue();
            applied += a;
            expertises += x;
            reviews += s;
            sessions += d;
            if (kind == ContestKind.PROJECT && project == null) {
                project = c.value1();
            }
            rows.add(List.of(Messages.get("annualReport.contest.name", c.value1(), kind.displayName()), a, x, s, d));
        }
        if (project == null) {
            gaps.add(new Gap(Messages.get("annualReport.gap.contest", academic), ReportDataService.CONTESTS));
        } else {
            figures.put(Placeholders.CONTEST, project);
        }
        figures.put(Placeholders.CONTEST + ".applications", Integer.toString(applied));
        figures.put(Placeholders.CONTEST + ".expertises", Integer.toString(expertises));
        figures.put(Placeholders.CONTEST + ".reviews", Integer.toString(reviews));
        figures.put(Placeholders.CONTEST + ".defenses", Integer.toString(sessions));
        if (!rows.isEmpty()) {
            blocks.computeIfAbsent(8, k -> new ArrayList<>()).add(new ReportBlock.Table(Messages.get("annualReport.sheet.contests"),
                    Messages.get("annualReport.table.contests", academic), List.of(Messages.get("annualReport.col.contest"),
                    Messages.get("annualReport.col.applications"), Messages.get("annualReport.col.expertises"),
                    Messages.get("annualReport.col.reviews"), Messages.get("annualReport.col.defenses")), rows));
        }
    }
}
