package ru.knmc.innonet.registry;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.app.Services;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.Messages;

/** The infrastructure overview of an academic year for a municipality, built in the background. */
public final class OverviewViewModel {
    private final Services services;
    private final Background background;
    private final ObservableList<AcademicYear> years = FXCollections.observableArrayList();
    private final ObservableList<Municipality> municipalities = FXCollections.observableArrayList();
    private final ObjectProperty<AcademicYear> year = new SimpleObjectProperty<>();
    private final ObjectProperty<Municipality> municipality = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Overview> overview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> error = new ReadOnlyObjectWrapper<>();

    public OverviewViewModel(Services services, Background background) {
        this.services = services;
        this.background = background;
        year.addListener((o, a, b) -> rebuild());
        municipality.addListener((o, a, b) -> rebuild());
    }

    public void load() {
        background.run(() -> new Choices(services.reference().directionYears(), services.reference().municipalities()),
                c -> {
                    years.setAll(c.years());
                    municipalities.setAll(c.municipalities());
                    if (municipality.get() == null) {
                        municipality.set(c.municipalities().stream()
                                .filter(m -> m.name().equals(Messages.get("default.municipality"))).findFirst()
                                .orElse(c.municipalities().isEmpty() ? null : c.municipalities().get(0)));
                    }
                    if (year.get() == null && !c.years().isEmpty()) {
                        AcademicYear current = AcademicYear.current();
                        year.set(c.years().contains(current) ? current : c.years().get(c.years().size() - 1));
                    }
                    rebuild();
                }, f -> error.set(Dialogs.describe(f)));
    }

    private record Choices(List<AcademicYear> years, List<Municipality> municipalities) {
    }

    private void rebuild() {
        AcademicYear y = year.get();
        Municipality m = municipality.get();
        if (y == null || m == null) {
            return;
        }
        background.run(() -> services.overview().overview(y, m), result -> {
            if (y.equals(year.get()) && m.equals(municipality.get())) {
                overview.set(result);
            }
        }, f -> error.set(Dialogs.describe(f)));
    }

    public ObservableList<AcademicYear> years() {
        return years;
    }

    public ObservableList<Municipality> municipalities() {
        return municipalities;
    }

    public ObjectProperty<AcademicYear> yearProperty() {
        return year;
    }

    public ObjectProperty<Municipality> municipalityProperty() {
        return municipality;
    }

    public ReadOnlyObjectProperty<Overview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public Services services() {
        return services;
    }
}
