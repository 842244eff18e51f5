package ru.knmc.innonet.event;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.knmc.innonet.common.InputVocabulary;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.registry.importing.RawRow;
import ru.knmc.innonet.registry.importing.RawTable;
import ru.knmc.innonet.registry.importing.TableReader;

/**
 * Reads a named participant list (.xlsx, .xls, .csv) with the list import's reader: columns Фамилия, Имя,
 * Отчество (or one ФИО column), Организация, Должность, Муниципалитет, optionally Категория.
 */
@InputVocabulary
public final class ParticipantListReader {
    private static final List<String> FULL_NAME = List.of("фио", "ф.и.о.", "фамилия имя отчество", "участник");
    private static final List<String> LAST = List.of("фамилия");
    private static final List<String> FIRST = List.of("имя");
    private static final List<String> MIDDLE = List.of("отчество");
    private static final List<String> ORG = List.of("организация", "оо", "образовательная организация", "место работы",
            "учреждение");
    private static final List<String> POSITION = List.of("должность");
    private static final List<String> MUNICIPALITY = List.of("муниципалитет", "муниципальное образование", "район",
            "город", "территория", "мо");
    private static final List<String> CATEGORY = List.of("категория", "категория участника");

    public record Result(RawTable table, List<ParticipantDraft> drafts) {
    }

    public Result read(Path file) {
        RawTable t = new TableReader().read(file);
        List<String> h = t.headers().stream().map(ParticipantListReader::norm).toList();
        int full = find(h, FULL_NAME);
        int last = find(h, LAST);
        if (full < 0 && last < 0) {
            throw new UserException("participants.error.noNameColumn", t.fileName(), String.join(", ", t.headers()));
        }
        int first = find(h, FIRST);
        int middle = find(h, MIDDLE);
        int org = find(h, ORG);
        int pos = find(h, POSITION);
        int mun = find(h, MUNICIPALITY);
        int cat = find(h, CATEGORY);
        List<ParticipantDraft> out = new ArrayList<>();
        for (RawRow r : t.rows()) {
            String l = r.cell(last);
            String f = r.cell(first);
            String m = r.cell(middle);
            if (last < 0) {
                String[] parts = r.cell(full).strip().split("\\s+", 3);
                l = parts[0];
                f = parts.length > 1 ? parts[1] : "";
                m = parts.length > 2 ? parts[2] : "";
            }
            out.add(new ParticipantDraft(r.rowNumber(), l, f, m, r.cell(org), r.cell(pos), r.cell(mun), r.cell(cat)));
        }
        return new Result(t, out);
    }

    private static int find(List<String> headers, List<String> names) {
        for (int i = 0; i < headers.size(); i++) {
            if (names.contains(headers.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u0451', '\u0435').replaceAll("\\s+", " ").strip();
    }
}
