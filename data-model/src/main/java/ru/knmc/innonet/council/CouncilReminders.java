package ru.knmc.innonet.council;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.home.Reminder;
import ru.knmc.innonet.home.ReminderSource;
import ru.knmc.innonet.home.Urgency;

/** For the start page: overdue council decisions, decisions due within two weeks, the next meetings. */
public final class CouncilReminders implements ReminderSource {
    static final int SOON_DAYS = 14;
    private final DSLContext dsl;

    public CouncilReminders(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Reminder> reminders(LocalDate today) {
        List<Reminder> result = new ArrayList<>();
        DecisionRegister register = new DecisionRegister(dsl, java.time.Clock.systemDefaultZone());
        for (DecisionRow r : register.find(new DecisionFilter(null, DecisionFilter.State.OPEN, null, null), today)) {
            if (r.dueDate() == null) {
                continue;
            }
            String text = Messages.get(r.responsible().isEmpty() ? "home.council.decision" : "home.council.decisionWho",
                    r.point(), r.meetingNumber(), Dates.format(r.meetingDate()), r.text(), r.responsible());
            if (!r.responsible().isEmpty() && !text.endsWith(".")) {
                text += "."; // initials «С.Ю.» end the sentence already
            }
            if (r.overdueOn(today)) {
                result.add(new Reminder(Urgency.OVERDUE, r.dueDate(), text, "council", r.meetingId()));
            } else if (!r.dueDate().isAfter(today.plusDays(SOON_DAYS))) {
                result.add(new Reminder(Urgency.SOON, r.dueDate(), text, "council", r.meetingId()));
            }
        }
        for (MeetingSummary m : new MeetingService(dsl).list()) {
            if (m.status() == MeetingStatus.PLANNED && !m.date().isBefore(today) && !m.date().isAfter(today.plusDays(SOON_DAYS))) {
                result.add(new Reminder(Urgency.SOON, m.date(), Messages.get("home.council.meeting", m.number(), Dates.format(m.date())),
                        "council", m.id()));
            }
        }
        return result;
    }
}
