package ru.knmc.innonet.home;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.knmc.innonet.common.Messages;

/** Collects the reminders of every registered source for the start page, most urgent first. */
public final class StartPage {
    private static final Logger LOG = LoggerFactory.getLogger(StartPage.class);
    private final List<ReminderSource> sources;

    public StartPage(List<ReminderSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /**
     * Every source's reminders, sorted by {@link Reminder#ORDER}. A source that fails does not hide the
     * others: its failure becomes a reminder of its own, and the cause goes to the log.
     */
    public List<Reminder> reminders(LocalDate today) {
        Objects.requireNonNull(today, "today");
        List<Reminder> all = new ArrayList<>();
        for (ReminderSource source : sources) {
            try {
                all.addAll(source.reminders(today));
            } catch (RuntimeException e) {
                LOG.error("Reminder source {} failed", source.getClass().getName(), e);
                all.add(new Reminder(Urgency.INFO, null, Messages.get("home.sourceFailed"), "home", null));
            }
        }
        all.sort(Reminder.ORDER);
        return all;
    }
}
