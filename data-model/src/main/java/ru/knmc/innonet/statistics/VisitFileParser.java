package ru.knmc.innonet.statistics;

import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Reads an analytics export into a {@link VisitFile}. The reader lives in the reports module (it needs POI);
 * the demo finds it here so that its Metrica file goes through the same reader as a user's.
 */
public interface VisitFileParser {
    VisitFile read(Path file);

    /** The reader installed on the class path, if any (always in the program; not in data-model's own tests). */
    static Optional<VisitFileParser> installed() {
        return ServiceLoader.load(VisitFileParser.class).findFirst();
    }
}
