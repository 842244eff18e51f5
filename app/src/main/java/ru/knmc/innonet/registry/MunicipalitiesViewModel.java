package ru.knmc.innonet.registry;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;

/**
 * Municipalities and, for the selected one, the number of educational organizations per calendar
 * year and type: the denominators of the infrastructure's shares.
 */
public final class MunicipalitiesViewModel {
    /** The types whose organizations a municipality counts. */
    public static final List<OrgType> TYPES = List.of(OrgType.PRESCHOOL, OrgType.GENERAL, OrgType.ADDITIONAL);

    private final ReferenceService reference;
    private final Background background;
    private final ObservableList<Municipality> municipalities = FXCollections.observableArrayList();
    private final ObjectProperty<Municipality> selected = new SimpleObjectProperty<>();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final Map<Integer, Map<OrgType, Integer>> totals = new HashMap<>();
    private final ReadOnlyStringWrapper totalsMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final AtomicLong sequence = new AtomicLong();

    public MunicipalitiesViewModel(ReferenceService reference, Background background) {
        this.reference = reference;
        this.background = background;
        selected.addListener((o, a, b) -> loadTotals());
    }

    public void load() {
        background.run(reference::municipalities, municipalities::setAll, this::failed);
    }

    private record Totals(List<Integer> years, Map<Integer, Map<OrgType, Integer>> byYear) {
    }

    private void loadTotals() {
        Municipality m = selected.get();
        long ticket = sequence.incrementAndGet();
        totalsMessage.set("");
        if (m == null) {
            totals.clear();
            years.clear();
            return;
        }
        background.run(() -> {
            List<Integer> ys = reference.totalYears(m.id());
            Map<Integer, Map<OrgType, Integer>> byYear = new HashMap<>();
            for (int y : ys) {
                byYear.put(y, reference.totals(m.id(), y));
            }
            return new Totals(ys, byYear);
        }, loaded -> {
            if (ticket == sequence.get()) {
                totals.clear();
                totals.putAll(loaded.byYear());
                years.setAll(loaded.years());
            }
        }, this::failed);
    }

    /** Saves a new ({@code existing} null) or changed municipality; a broken rule throws with its message. */
    public Municipality save(Municipality existing, String name, String region) {
        Municipality saved = reference.saveMunicipality(new Municipality(existing == null ? null : existing.id(), name,
                region, existing == null ? 0 : existing.version()));
        int at = municipalities.indexOf(existing);
        if (at >= 0) {
            municipalities.set(at, saved);
        } else {
            municipalities.add(saved);
        }
        return saved;
    }

    /** The region a new municipality most likely belongs to: the selected one's, or the first one's. */
    public String suggestedRegion() {
        Municipality m = selected.get() != null ? selected.get() : municipalities.isEmpty() ? null : municipalities.get(0);
        return m == null ? "" : m.region();
    }

    /** The total shown in a cell, or null when none was entered. */
    public Integer total(int year, OrgType type) {
        return totals.getOrDefault(year, Map.of()).get(type);
    }

    /**
     * Saves the text typed into a cell of the totals grid. A value that is not a non-negative whole
     * number is refused: the message explains why and nothing is written. Returns whether it was saved.
     */
    public boolean saveTotal(int year, OrgType type, String text) {
        Municipality m = selected.get();
        if (m == null) {
            return false;
        }
        try {
            int value = ReferenceInput.integer("total", "reference.field.total", text, Integer.MIN_VALUE, Integer.MAX_VALUE);
            reference.saveTotal(m.id(), year, type, value);
            totals.computeIfAbsent(year, y -> new EnumMap<>(OrgType.class)).put(type, value);
            totalsMessage.set("");
            return true;
        } catch (UserException e) {
            totalsMessage.set(Messages.get("reference.totals.cell", year, type.displayName(), e.getMessage()));
            return false;
        }
    }

    /** Adds a row for a calendar year; nothing is written until a total is entered in it. */
    public boolean addYear(String text) {
        try {
            int year = ReferenceInput.integer("year", "field.municipality.year", text, 1990, 2100);
            if (years.contains(year)) {
                throw new UserException("reference.totals.yearExists", year);
            }
            int at = 0;
            while (at < years.size() && years.get(at) < year) {
                at++;
            }
            years.add(at, year);
            totalsMessage.set("");
            return true;
        } catch (UserException e) {
            totalsMessage.set(e.getMessage());
            return false;
        }
    }

    /** The year after the latest one entered, or this calendar year when none is. */
    public int suggestedYear() {
        return years.isEmpty() ? LocalDate.now().getYear() : years.get(years.size() - 1) + 1;
    }

    private void failed(Throwable failure) {
        error.set(null);
        error.set(Dialogs.describe(failure));
    }

    public ObservableList<Municipality> municipalities() {
        return municipalities;
    }

    public ObjectProperty<Municipality> selectedProperty() {
        return selected;
    }

    /** The calendar years of the selected municipality's grid, ascending. */
    public ObservableList<Integer> years() {
        return years;
    }

    public ReadOnlyStringProperty totalsMessageProperty() {
        return totalsMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
