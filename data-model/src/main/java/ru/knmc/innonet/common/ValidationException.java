package ru.knmc.innonet.common;

/** A broken rule on one field of a record; {@code field} is the record's field name in code. */
public class ValidationException extends UserException {
    private final String field;

    public ValidationException(String field, String key, Object... args) {
        super(key, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
