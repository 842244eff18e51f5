package ru.knmc.innonet.home;

import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.app.Dialogs;

/** The start page: every feature's reminders as of today, gathered in the background. */
public final class StartViewModel {
    private final StartPage page;
    private final Background background;
    private final Supplier<LocalDate> today;
    private final ObservableList<Reminder> reminders = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<String> error = new ReadOnlyObjectWrapper<>();
    private long generation;

    public StartViewModel(StartPage page, Background background, Supplier<LocalDate> today) {
        this.page = page;
        this.background = background;
        this.today = today;
    }

    /** Gathers the reminders again; an older answer that arrives late is dropped. */
    public void reload() {
        long mine = ++generation;
        LocalDate date = today.get();
        loading.set(true);
        background.run(() -> page.reminders(date), list -> {
            if (mine == generation) {
                reminders.setAll(list);
                error.set(null);
                loading.set(false);
            }
        }, failure -> {
            if (mine == generation) {
                error.set(Dialogs.describe(failure));
                loading.set(false);
            }
        });
    }

    public LocalDate today() {
        return today.get();
    }

    public ObservableList<Reminder> reminders() {
        return reminders;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> errorProperty() {
        return error.getReadOnlyProperty();
    }
}
