package ru.knmc.innonet.registry;

import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.ValidationException;

/** Whole numbers typed into the reference screens, checked before anything reaches the database. */
final class ReferenceInput {
    private ReferenceInput() {
    }

    /**
     * The integer in {@code text}, between {@code min} and {@code max}; otherwise a message naming the
     * field (its label under {@code labelKey}) and the allowed range.
     */
    static int integer(String field, String labelKey, String text, int min, int max) {
        String label = Messages.get(labelKey);
        if (text == null || text.isBlank()) {
            throw new ValidationException(field, "validation.required", label);
        }
        int value;
        try {
            value = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "reference.validation.integer", label, text.strip());
        }
        if (value < min || value > max) {
            throw new ValidationException(field, "reference.validation.range", label, min, max);
        }
        return value;
    }
}
