package ru.knmc.innonet.contest;

import static ru.knmc.innonet.db.jooq.Tables.APPLICATION;
import static ru.knmc.innonet.db.jooq.Tables.REVIEW;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.home.Reminder;
import ru.knmc.innonet.home.ReminderSource;
import ru.knmc.innonet.home.Urgency;

/**
 * The start page's line for an expert who became conflicted after being assigned (a new workplace, an
 * organization that joined a network with the applicant, an author added…): conflicts are computed from
 * the registry as it stands today, for the contests with applications not yet decided.
 */
public final class ConflictReminders implements ReminderSource {
    private final DSLContext dsl;
    private final NetworkLinks networks;

    public ConflictReminders(DSLContext dsl, NetworkLinks networks) {
        this.dsl = dsl;
        this.networks = networks;
    }

    @Override
    public List<Reminder> reminders(LocalDate today) {
        List<Long> open = dsl.selectDistinct(APPLICATION.CONTEST_ID).from(APPLICATION).join(REVIEW)
                .on(REVIEW.APPLICATION_ID.eq(APPLICATION.ID))
                .where(APPLICATION.APP_STATUS.ne(ApplicationStatus.DECIDED.name())).fetch(APPLICATION.CONTEST_ID);
        List<Reminder> out = new ArrayList<>();
        ContestService contests = new ContestService(dsl);
        AssignmentService assignment = new AssignmentService(dsl, networks);
        for (long contestId : open) {
            Contest c = contests.get(contestId);
            for (AssignmentService.Assignment a : assignment.assignments(contestId)) {
                if (a.flagged()) {
                    out.add(new Reminder(Urgency.OVERDUE, null, Messages.get("contest.conflict.reminder", a.expert(),
                            a.regNumber(), c.romanNumber(), c.year().toString(),
                            a.conflicts().stream().map(Conflict::describe).collect(Collectors.joining("; "))),
                            ContestReminders.SECTION, contestId));
                }
            }
        }
        return out;
    }
}
