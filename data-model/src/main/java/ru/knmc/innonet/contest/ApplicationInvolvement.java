package ru.knmc.innonet.contest;

import static ru.knmc.innonet.db.jooq.Tables.APPLICATION;
import static ru.knmc.innonet.db.jooq.Tables.APPLICATION_AUTHOR;
import static ru.knmc.innonet.db.jooq.Tables.CONTEST;
import static ru.knmc.innonet.db.jooq.Tables.PERSON;

import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.statistics.IndicatorComputation;
import ru.knmc.innonet.statistics.InvolvedPersons;
import ru.knmc.innonet.statistics.InvolvementSource;

/**
 * Teachers named as authors of the applications to the year's contest: the project contest's for the teachers in
 * innovation projects, the product contest's for those developing innovation products. A contest of academic year
 * 2017–2018 counts for 2017, the year its applications are written. Returned applications do not count. An author
 * counts for their own organization, or for the applicant when the person has none.
 */
public final class ApplicationInvolvement implements InvolvementSource {
    @Override
    public String label() {
        return Messages.get("indicator.source.applications");
    }

    @Override
    public Map<Long, Integer> teachers(DSLContext dsl, int year, IndicatorComputation kind) {
        ContestKind contest = switch (kind) {
            case TEACHERS_IN_PROJECTS -> ContestKind.PROJECT;
            case TEACHERS_IN_PRODUCTS -> ContestKind.PRODUCT;
            default -> null;
        };
        if (contest == null) {
            return Map.of();
        }
        InvolvedPersons persons = new InvolvedPersons();
        dsl.select(DSL.coalesce(PERSON.ORGANIZATION_ID, APPLICATION.ORGANIZATION_ID), PERSON.ID)
                .from(APPLICATION_AUTHOR)
                .join(APPLICATION).on(APPLICATION.ID.eq(APPLICATION_AUTHOR.APPLICATION_ID))
                .join(CONTEST).on(CONTEST.ID.eq(APPLICATION.CONTEST_ID))
                .join(PERSON).on(PERSON.ID.eq(APPLICATION_AUTHOR.PERSON_ID))
                .where(CONTEST.ACADEMIC_YEAR.eq(year).and(CONTEST.CONTEST_KIND.eq(contest.name()))
                        .and(APPLICATION.APP_STATUS.ne(ApplicationStatus.RETURNED.name())))
                .forEach(r -> persons.add(r.value1(), r.value2()));
        return persons.counts();
    }
}
