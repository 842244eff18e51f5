package ru.knmc.innonet.contest;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.home.Reminder;
import ru.knmc.innonet.home.ReminderSource;
import ru.knmc.innonet.home.Urgency;

/** The start page's contest lines: stages not marked done whose deadline is past or within two weeks. */
public final class ContestReminders implements ReminderSource {
    static final int SOON_DAYS = 14;
    public static final String SECTION = "contest";
    private final DSLContext dsl;

    public ContestReminders(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Reminder> reminders(LocalDate today) {
        return new ContestService(dsl).dueStages(today, SOON_DAYS).stream().map(d -> {
            ContestStage s = d.stage();
            String stage = s.subsystem() == null ? s.kind().displayName()
                    : Messages.get("contest.reminder.stageSubsystem", s.kind().displayName(), s.subsystem().displayName());
            String text = Messages.get(d.overdue() ? "contest.reminder.overdue" : "contest.reminder.soon", stage,
                    d.contest().romanNumber(), d.contest().year().toString(), Dates.format(s.end()));
            return new Reminder(d.overdue() ? Urgency.OVERDUE : Urgency.SOON, s.end(), text, SECTION, d.contest().id());
        }).toList();
    }
}
