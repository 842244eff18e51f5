package ru.knmc.innonet.registry;

import java.util.regex.Pattern;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.ValidationException;

/** Field checks shared by the services, each failing with a message that names the field. */
@ru.knmc.innonet.common.InputVocabulary
public final class Fields {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^[0-9+()\\-\\s,.доб]{5,}$");
    private static final Pattern WEBSITE = Pattern.compile("^(https?://)?[\\p{L}0-9.-]+\\.[\\p{L}]{2,}(/\\S*)?$");

    private Fields() {
    }

    /** The field's Russian label, from the bundle key {@code field.<entity>.<name>}. */
    public static String label(String entity, String field) {
        return Messages.get("field." + entity + "." + field);
    }

    public static String required(String entity, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "validation.required", label(entity, field));
        }
        return value.strip();
    }

    public static <T> T required(String entity, String field, T value) {
        if (value == null) {
            throw new ValidationException(field, "validation.required", label(entity, field));
        }
        return value;
    }

    public static String maxLength(String entity, String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new ValidationException(field, "validation.tooLong", label(entity, field), max);
        }
        return value;
    }

    /** The problem with an e-mail, or null when it is empty or fine; used while typing too. */
    public static String emailProblem(String value) {
        return value == null || value.isBlank() || EMAIL.matcher(value.strip()).matches()
                ? null : Messages.get("validation.email", label("organization", "email"));
    }

    public static String phoneProblem(String value) {
        return value == null || value.isBlank() || PHONE.matcher(value.strip()).matches()
                ? null : Messages.get("validation.phone", label("organization", "phone"));
    }

    public static String websiteProblem(String value) {
        return value == null || value.isBlank() || WEBSITE.matcher(value.strip()).matches()
                ? null : Messages.get("validation.website", label("organization", "website"));
    }

    public static String numberProblem(String value) {
        return value == null || value.isBlank() || value.strip().matches("[0-9]{1,6}[\\p{L}]?(/[0-9]{1,3})?")
                ? null : Messages.get("validation.number", label("organization", "number"));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
