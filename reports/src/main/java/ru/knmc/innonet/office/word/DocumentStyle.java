package ru.knmc.innonet.office.word;

import java.util.List;
import java.util.Objects;

/**
 * What of a document's look the user may choose in the settings: the font family. The rest is fixed by
 * ГОСТ Р 7.0.97-2025 (sizes, margins, indents) and lives in {@link GostDocument}.
 */
public record DocumentStyle(String fontFamily) {
    public static final String TIMES = "Times New Roman";
    public static final String PT_ASTRA = "PT Astra Serif";
    public static final DocumentStyle DEFAULT = new DocumentStyle(TIMES);

    public DocumentStyle {
        Objects.requireNonNull(fontFamily, "fontFamily");
        if (fontFamily.isBlank()) {
            fontFamily = TIMES;
        }
        fontFamily = fontFamily.strip();
    }

    /** The fonts offered in the settings; the user may type another installed one. */
    public static List<String> offered() {
        return List.of(TIMES, PT_ASTRA);
    }
}
