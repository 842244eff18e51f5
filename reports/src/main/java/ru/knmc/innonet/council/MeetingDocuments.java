package ru.knmc.innonet.council;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.office.word.DocumentTemplates;
import ru.knmc.innonet.office.word.GostDocument;
import ru.knmc.innonet.office.word.GostDocument.Span;
import ru.knmc.innonet.office.word.Templates;
import ru.knmc.innonet.office.word.Typography;
import ru.knmc.innonet.registry.Person;

/**
 * The agenda and the protocol of a council meeting in Word, on the centre's templates: the approval
 * block, signatures and the body's name come from the template the user may replace.
 */
public final class MeetingDocuments {
    /** Above this many members present the protocol says «N человек (список прилагается)». */
    static final int LIST_LIMIT = 15;

    private MeetingDocuments() {
    }

    /** «Е.Н. Сорокина», with a non-breaking space: how a name stands under a signature. */
    public static String signatureName(Person p) {
        if (p == null) {
            return "";
        }
        String initials = initial(p.firstName()) + initial(p.middleName());
        return initials.isEmpty() ? p.lastName() : initials + Typography.NBSP + p.lastName();
    }

    private static String initial(String s) {
        return s == null || s.isBlank() ? "" : s.strip().charAt(0) + ".";
    }

    private static String speaker(Person p) {
        return Typography.nbsp(MeetingPaper.speaker(p));
    }

    public static void agenda(MeetingPaper p, DocumentTemplates templates, Path out) {
        Person chair = p.chair();
        String position = chair == null || chair.position() == null || chair.position().isBlank()
                ? Messages.get("agenda.chairOf") : Messages.get("doc.agenda.chairPosition", chair.position());
        try (GostDocument d = templates.open(Templates.AGENDA, Map.of(Templates.APPROVER_POSITION, position,
                Templates.APPROVER_NAME, signatureName(chair), Templates.ORGANIZATION, Messages.get("doc.council.organization")))) {
            d.emptyLine();
            d.title(Messages.get("agenda.title"));
            d.centered(Messages.get("doc.agenda.of"), true);
            d.emptyLine();
            d.plain(Messages.get("doc.agenda.date", Typography.longDate(p.date())));
            if (p.time() != null) {
                d.plain(Messages.get("doc.agenda.time", Typography.time(p.time())));
            }
            if (p.place() != null && !p.place().isBlank()) {
                d.plain(Messages.get("doc.agenda.place", Typography.nbsp(p.place())));
            }
            d.emptyLine();
            for (MeetingPaper.Item item : p.items()) {
                d.numbered(item.number() + ".", Typography.nbsp(item.title()));
                List<String> who = item.speakers().stream().map(MeetingDocuments::speaker).toList();
                if (!who.isEmpty()) {
                    d.paragraph(Span.italic(Messages.get(who.size() == 1 ? "doc.agenda.speaker" : "doc.agenda.speakers",
                            String.join("; ", who)))).setAlignment(ParagraphAlignment.LEFT);
                }
                if (item.minutes() != null) {
                    d.paragraph(Span.italic(Messages.get("agenda.minutes", item.minutes()))).setAlignment(ParagraphAlignment.LEFT);
                }
            }
            d.save(out);
        }
    }

    public static void protocol(MeetingPaper p, DocumentTemplates templates, Path out) {
        try (GostDocument d = templates.open(Templates.PROTOCOL, Map.of(Templates.CHAIR, signatureName(p.chair()),
                Templates.SECRETARY, signatureName(p.secretary()), Templates.ORGANIZATION, Messages.get("doc.council.organization")))) {
            d.centered(Messages.get("doc.council.body"), true);
            d.emptyLine();
            d.title(Messages.get("doc.protocol.title"));
            d.plain(Typography.nbsp(Messages.get("doc.protocol.dateNumber", Typography.longDate(p.date()), p.number())));
            if (p.place() != null && !p.place().isBlank()) {
                d.plain(Typography.nbsp(p.place()));
            }
            d.emptyLine();
            if (p.chair() != null) {
                d.labelled(Messages.get("doc.protocol.chair"), Typography.nbsp(p.chair().shortName()));
            }
            if (p.secretary() != null) {
                d.labelled(Messages.get("doc.protocol.secretary"), Typography.nbsp(p.secretary().shortName()));
            }
            if (!p.present().isEmpty()) {
                d.labelled(Messages.get("doc.protocol.present"), present(p.present()));
            }
            if (!p.absent().isEmpty()) {
                d.labelled(Messages.get("doc.protocol.absent"), names(p.absent()));
            }
            if (!p.guests().isEmpty()) {
                d.labelled(Messages.get("doc.protocol.guests"), String.join(", ",
                        p.guests().stream().map(MeetingDocuments::speaker).toList()));
            }
            d.emptyLine();
            d.centered(Messages.get("doc.protocol.agenda"), true);
            for (MeetingPaper.Item item : p.items()) {
                List<String> who = item.speakers().stream().map(s -> Typography.nbsp(s.shortName())).toList();
                d.numbered(item.number() + ".", Typography.nbsp(item.title())
                        + (who.isEmpty() ? "" : " " + Messages.get("doc.protocol.speakers", String.join(", ", who))));
            }
            for (MeetingPaper.Item item : p.items()) {
                d.emptyLine();
                d.heading(1, item.number() + ". " + Typography.nbsp(item.title()));
                if (item.heard() != null || (item.heardText() != null && !item.heardText().isBlank())) {
                    d.labelled(Messages.get("doc.protocol.heard"), heard(item));
                }
                if (!item.remarks().isEmpty()) {
                    d.labelled(Messages.get("doc.protocol.spoke"), "");
                    for (MeetingPaper.Spoken s : item.remarks()) {
                        d.paragraph(Typography.nbsp(s.person().shortName()) + " \u2013 " + s.gist());
                    }
                }
                if (!item.points().isEmpty()) {
                    d.labelled(Messages.get("doc.protocol.decided"), "");
                    for (MeetingPaper.Point point : item.points()) {
                        d.numbered(point.number() + ".", Typography.nbsp(point.text()) + responsibility(point));
                    }
                }
            }
            d.save(out);
        }
    }

    private static String heard(MeetingPaper.Item item) {
        String who = item.heard() == null ? "" : Typography.nbsp(MeetingPaper.speaker(item.heard()));
        String what = item.heardText() == null || item.heardText().isBlank() ? "" : item.heardText().strip();
        return who.isEmpty() ? what : what.isEmpty() ? who : who + " \u2013 " + what;
    }

    private static String responsibility(MeetingPaper.Point point) {
        List<String> parts = new ArrayList<>();
        if (point.responsible() != null && !point.responsible().isBlank()) {
            parts.add(Messages.get("doc.protocol.responsible", Typography.nbsp(point.responsible())));
        }
        if (point.dueDate() != null) {
            parts.add(Messages.get("doc.protocol.due", Typography.shortDate(point.dueDate())));
        }
        if (parts.isEmpty()) {
            return "";
        }
        String text = " " + String.join("; ", parts);
        return text.endsWith(".") ? text : text + "."; // «…Кравченко О.И.» ends its sentence already
    }

    static String present(List<Person> present) {
        if (present.size() > LIST_LIMIT) {
            return Messages.get("doc.protocol.presentCount", present.size(),
                    Messages.plural(present.size(), Messages.get("doc.person.one"), Messages.get("doc.person.few"), Messages.get("doc.person.many")));
        }
        return names(present);
    }

    private static String names(List<Person> persons) {
        return String.join(", ", persons.stream().map(p -> Typography.nbsp(p.shortName())).toList());
    }
}
