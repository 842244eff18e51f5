package ru.knmc.innonet.registry.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which column of the file holds which field. Immutable, so that the window can offer the user a corrected
 * copy ({@link #with}, {@link #without}) and re-run the parser without surprises.
 */
public final class ColumnMapping {
    private final List<String> headers;
    private final Map<ImportField, Integer> columns;

    private ColumnMapping(List<String> headers, Map<ImportField, Integer> columns) {
        this.headers = List.copyOf(headers);
        EnumMap<ImportField, Integer> copy = new EnumMap<>(ImportField.class);
        copy.putAll(columns);
        this.columns = Collections.unmodifiableMap(copy);
    }

    public static ColumnMapping of(List<String> headers, Map<ImportField, Integer> columns) {
        columns.values().forEach(i -> checkIndex(headers, i));
        return new ColumnMapping(headers, columns);
    }

    public static ColumnMapping empty(List<String> headers) {
        return new ColumnMapping(headers, Map.of());
    }

    /** A copy with {@code field} read from {@code columnIndex}; a field that held that column loses it. */
    public ColumnMapping with(ImportField field, int columnIndex) {
        checkIndex(headers, columnIndex);
        EnumMap<ImportField, Integer> copy = new EnumMap<>(ImportField.class);
        columns.forEach((f, i) -> {
            if (i != columnIndex) {
                copy.put(f, i);
            }
        });
        copy.put(field, columnIndex);
        return new ColumnMapping(headers, copy);
    }

    public ColumnMapping without(ImportField field) {
        EnumMap<ImportField, Integer> copy = new EnumMap<>(ImportField.class);
        copy.putAll(columns);
        copy.remove(field);
        return new ColumnMapping(headers, copy);
    }

    public List<String> headers() {
        return headers;
    }

    public Map<ImportField, Integer> columns() {
        return columns;
    }

    public boolean has(ImportField field) {
        return columns.containsKey(field);
    }

    public OptionalInt column(ImportField field) {
        Integer i = columns.get(field);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** The header of the field's column as written in the file, for messages. */
    public Optional<String> header(ImportField field) {
        Integer i = columns.get(field);
        return i == null ? Optional.empty() : Optional.of(headers.get(i));
    }

    /** The cell of {@code field} in {@code row}, "" when the field is not mapped. */
    public String cell(RawRow row, ImportField field) {
        Integer i = columns.get(field);
        return i == null ? "" : row.cell(i);
    }

    /** Non-empty headers that no field reads: shown to the user, never fatal. */
    public List<String> unknownColumns() {
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (!headers.get(i).isBlank() && !columns.containsValue(i)) {
                unknown.add(headers.get(i));
            }
        }
        return unknown;
    }

    /** A name is the one thing every row needs: FULL_NAME or SHORT_NAME. */
    public boolean hasName() {
        return has(ImportField.FULL_NAME) || has(ImportField.SHORT_NAME);
    }

    public boolean hasStatusColumns() {
        return columns.keySet().stream().anyMatch(ImportField::isStatusField);
    }

    private static void checkIndex(List<String> headers, int index) {
        if (index < 0 || index >= headers.size()) {
            throw new IllegalArgumentException("column " + index + " outside 0.." + (headers.size() - 1));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnMapping m && headers.equals(m.headers) && columns.equals(m.columns);
    }

    @Override
    public int hashCode() {
        return headers.hashCode() * 31 + columns.hashCode();
    }

    @Override
    public String toString() {
        return "ColumnMapping" + columns;
    }
}
