package ru.knmc.innonet.council;

import java.util.regex.Pattern;
import ru.knmc.innonet.common.InputVocabulary;

/** Agenda titles begin «О …» or «Об …», as the centre writes them. */
@InputVocabulary
public final class AgendaTitles {
    private static final Pattern ABOUT = Pattern.compile("^(О|Об|Обо)\\s+\\S.*", Pattern.DOTALL);

    private AgendaTitles() {
    }

    public static boolean startsProperly(String title) {
        return title != null && ABOUT.matcher(title.strip()).matches();
    }
}
