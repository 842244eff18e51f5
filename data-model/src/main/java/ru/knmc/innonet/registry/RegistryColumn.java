package ru.knmc.innonet.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import ru.knmc.innonet.common.Messages;

/**
 * The columns of the registry table. The window and the Excel export both read values here, so the
 * exported file holds exactly what the table shows. A value is a String, a LocalDate or an Integer.
 */
public enum RegistryColumn {
    SHORT_NAME(true, (e, d) -> e.organization().shortName()),
    TYPE(true, (e, d) -> e.organization().type().displayName()),
    NUMBER(true, (e, d) -> numberValue(e.organization().number())),
    MUNICIPALITY(true, (e, d) -> e.municipality()),
    STATUSES(true, (e, d) -> e.statusNamesOn(d)),
    STATUS_START(false, (e, d) -> e.mainStatusOn(d).map(StatusBrief::startDate).orElse(null)),
    STATUS_END(false, (e, d) -> e.mainStatusOn(d).map(StatusBrief::endDate).orElse(null)),
    PROJECT_TOPIC(true, (e, d) -> e.topicsOn(d)),
    DIRECTION(false, (e, d) -> e.directionsOn(d)),
    SUPERVISOR(true, (e, d) -> e.supervisorsOn(d)),
    ORDER(false, (e, d) -> e.mainStatusOn(d).map(StatusBrief::orderReference).orElse("")),
    HEAD(false, (e, d) -> nullToEmpty(e.organization().headName())),
    ADDRESS(false, (e, d) -> nullToEmpty(e.organization().address())),
    PHONE(false, (e, d) -> nullToEmpty(e.organization().phone())),
    EMAIL(false, (e, d) -> nullToEmpty(e.organization().email())),
    WEBSITE(false, (e, d) -> nullToEmpty(e.organization().website())),
    FULL_NAME(false, (e, d) -> e.organization().fullName()),
    LEGAL_FORM(false, (e, d) -> nullToEmpty(e.organization().legalForm())),
    ARCHIVED(false, (e, d) -> e.organization().archived() ? Messages.get("common.yes") : "");

    private final boolean shownByDefault;
    private final BiFunction<RegistryEntry, LocalDate, Object> value;

    RegistryColumn(boolean shownByDefault, BiFunction<RegistryEntry, LocalDate, Object> value) {
        this.shownByDefault = shownByDefault;
        this.value = value;
    }

    public String title() {
        return Messages.get("registry.column." + name());
    }

    public boolean shownByDefault() {
        return shownByDefault;
    }

    /** The cell: statuses and their details as in force on {@code date} (latest per kind when null). */
    public Object value(RegistryEntry entry, LocalDate date) {
        return value.apply(entry, date);
    }

    public static List<RegistryColumn> defaults() {
        return java.util.Arrays.stream(values()).filter(RegistryColumn::shownByDefault).toList();
    }

    /** Numbers sort as numbers («9» before «23») where they are plain. */
    private static Object numberValue(String number) {
        if (number == null) {
            return null;
        }
        return number.matches("\\d{1,9}") ? (Object) Integer.valueOf(number) : number;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
