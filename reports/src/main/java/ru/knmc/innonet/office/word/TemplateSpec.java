package ru.knmc.innonet.office.word;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A kind of document the user may restyle through a .docx template: its file name (without
 * {@code .docx}), the placeholders a template of it may hold, those it must hold, and how the built-in
 * template is drawn. Every template holds {@code {{content}}} alone in a paragraph: the document's body
 * goes there.
 *
 * @param name     file name of the template without extension, e.g. {@code agenda}
 * @param titleKey bundle key of the template's Russian name, for messages and the settings screen
 * @param required placeholders a template must contain (besides {@code content})
 * @param optional placeholders a template may contain
 * @param builtIn  draws the built-in template with {@code {{…}}} tokens, around {@link GostDocument#CONTENT}
 */
public record TemplateSpec(String name, String titleKey, Set<String> required, Set<String> optional,
                           Consumer<GostDocument> builtIn) {
    public TemplateSpec {
        Objects.requireNonNull(name, "name");
        required = Set.copyOf(required);
        optional = Set.copyOf(optional);
        Objects.requireNonNull(builtIn, "builtIn");
    }

    /** Every placeholder a template of this kind may hold, {@code content} included. */
    public Set<String> allowed() {
        Set<String> all = new LinkedHashSet<>();
        all.add(GostDocument.CONTENT);
        all.addAll(required);
        all.addAll(optional);
        return all;
    }

    public String fileName() {
        return name + ".docx";
    }

    /** {@code {{name}}}: how a placeholder is written in a template. */
    public static String token(String placeholder) {
        return "{{" + placeholder + "}}";
    }
}
