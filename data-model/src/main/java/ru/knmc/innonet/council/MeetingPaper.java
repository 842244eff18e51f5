package ru.knmc.innonet.council;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import ru.knmc.innonet.registry.Person;

/**
 * A meeting with every name resolved: what the agenda, the protocol and the print preview show. Built
 * from a meeting as it stands, saved or not, so the preview follows every change at once.
 */
public record MeetingPaper(int number, LocalDate date, LocalTime time, String place, Person chair, Person secretary,
                           List<Person> present, List<Person> absent, List<Person> guests, List<Item> items) {

    /** «Фамилия И.О., должность» — how a speaker stands under an agenda item. */
    public static String speaker(Person p) {
        return p.position() == null || p.position().isBlank() ? p.shortName() : p.shortName() + ", " + p.position();
    }

    public record Item(int number, String title, Integer minutes, String materials, List<Person> speakers, Person heard,
                       String heardText, List<Spoken> remarks, List<Point> points) {
    }

    public record Spoken(Person person, String gist) {
    }

    public record Point(String number, String text, String responsible, LocalDate dueDate) {
    }

    /** Builds the paper; {@code persons} and {@code organizations} resolve ids (an unknown id is skipped). */
    public static MeetingPaper of(Meeting m, Optional<Composition> composition, Function<Long, Person> persons,
                                  Map<Long, String> organizations) {
        Person chair = composition.flatMap(c -> c.first(CouncilRole.CHAIR)).map(c -> persons.apply(c.personId())).orElse(null);
        Person secretary = composition.flatMap(c -> c.first(CouncilRole.SECRETARY)).map(c -> persons.apply(c.personId())).orElse(null);
        List<Person> present = new ArrayList<>();
        List<Person> absent = new ArrayList<>();
        List<Person> guests = new ArrayList<>();
        for (Attendee a : m.attendance()) {
            Person p = persons.apply(a.personId());
            if (p == null) {
                continue;
            }
            if (a.guest()) {
                guests.add(p);
            } else if (a.present()) {
                present.add(p);
            } else {
                absent.add(p);
            }
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < m.items().size(); i++) {
            AgendaItem it = m.items().get(i);
            int no = i + 1;
            List<Person> speakers = it.speakerIds().stream().map(persons).filter(p -> p != null).toList();
            List<Spoken> remarks = it.remarks().stream().map(r -> new Spoken(persons.apply(r.personId()), r.gist()))
                    .filter(s -> s.person() != null).toList();
            List<Point> points = new ArrayList<>();
            for (int p = 0; p < it.decisions().size(); p++) {
                DecisionPoint d = it.decisions().get(p);
                List<String> who = new ArrayList<>();
                if (d.responsiblePersonId() != null && persons.apply(d.responsiblePersonId()) != null) {
                    who.add(persons.apply(d.responsiblePersonId()).shortName());
                }
                if (d.responsibleOrgId() != null && organizations.containsKey(d.responsibleOrgId())) {
                    who.add(organizations.get(d.responsibleOrgId()));
                }
                points.add(new Point(no + "." + (p + 1), d.text(), String.join(", ", who), d.dueDate()));
            }
            items.add(new Item(no, it.title(), it.durationMinutes(), it.materials(), speakers,
                    it.heardPersonId() == null ? null : persons.apply(it.heardPersonId()), it.heardText(), remarks, points));
        }
        return new MeetingPaper(m.number(), m.date(), m.time(), m.place(), chair, secretary, present, absent, guests, items);
    }
}
