package ru.knmc.innonet.contest;

import static ru.knmc.innonet.db.jooq.Tables.DIRECTION;
import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION;
import static ru.knmc.innonet.db.jooq.Tables.PERSON;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.registry.Person;

/**
 * What the contest's Word documents say, resolved to names: the passport with its authors and
 * supervisor as the seed writes them, the winners for the order's annex, the council for the protocol.
 */
public final class ContestDocumentData {
    private final DSLContext dsl;

    public ContestDocumentData(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An application as its passport prints it. */
    public record PassportView(Application application, String organization, List<String> coapplicants,
                               String direction, List<String> authors, String supervisor) {
    }

    /** A winner as the order's annex lists it. */
    public record WinnerLine(int regNumber, Subsystem subsystem, String organization, String topic, String direction,
                             String supervisor) {
    }

    public PassportView passport(long applicationId) {
        Application a = ApplicationService.find(dsl, applicationId)
                .orElseThrow(() -> new ru.knmc.innonet.common.UserException("contest.application.notFound", applicationId));
        List<Long> orgIds = new ArrayList<>(a.coapplicantIds());
        orgIds.add(a.organizationId());
        Map<Long, String> orgs = fullNames(orgIds);
        List<Long> personIds = new ArrayList<>(a.authorIds());
        if (a.supervisorId() != null) {
            personIds.add(a.supervisorId());
        }
        Map<Long, Person> persons = persons(personIds);
        Map<Long, String> shortOrgs = shortNames(persons.values().stream().map(Person::organizationId)
                .filter(java.util.Objects::nonNull).toList());
        List<String> authors = a.authorIds().stream().map(persons::get).map(p -> authorLine(p, shortOrgs)).toList();
        String supervisor = a.supervisorId() == null ? Messages.get("contest.passport.noSupervisor")
                : supervisorLine(persons.get(a.supervisorId()), shortOrgs);
        return new PassportView(a, orgs.get(a.organizationId()), a.coapplicantIds().stream().map(orgs::get).toList(),
                direction(a.directionId()).orElse(""), authors, supervisor);
    }

    /** «Иванова Наталья Анатольевна, методист МКУ ИМЦ», as the passport's point 2 writes an author. */
    static String authorLine(Person p, Map<Long, String> orgs) {
        StringBuilder b = new StringBuilder(p.fullName());
        String where = p.organizationId() == null ? null : orgs.get(p.organizationId());
        if (p.position() != null && !p.position().isBlank()) {
            b.append(", ").append(p.position());
            if (where != null) {
                b.append(' ').append(where);
            }
        } else if (where != null) {
            b.append(", ").append(where);
        }
        return b.toString();
    }

    static String supervisorLine(Person p, Map<Long, String> orgs) {
        StringBuilder b = new StringBuilder(authorLine(p, orgs));
        for (String s : new String[] {p.academicDegree(), p.academicTitle()}) {
            if (s != null && !s.isBlank()) {
                b.append(", ").append(s);
            }
        }
        return b.toString();
    }

    public List<WinnerLine> winners(long contestId) {
        List<WinnerLine> out = new ArrayList<>();
        for (ApplicationService.Row r : new ApplicationService(dsl).list(contestId)) {
            if (r.decision() != Decision.WINNER) {
                continue;
            }
            Application a = ApplicationService.find(dsl, r.id()).orElseThrow();
            Map<Long, Person> sup = a.supervisorId() == null ? Map.of() : persons(List.of(a.supervisorId()));
            String supervisor = a.supervisorId() == null ? "" : sup.get(a.supervisorId()).nameWithDegree();
            out.add(new WinnerLine(a.regNumber(), a.subsystem(), fullNames(List.of(a.organizationId())).get(a.organizationId()),
                    a.topic(), direction(a.directionId()).orElse(""), supervisor));
        }
        out.sort(java.util.Comparator.comparing(WinnerLine::subsystem).thenComparingInt(WinnerLine::regNumber));
        return out;
    }

    /** The expert council of the contest's year: chair first. */
    public List<Person> council(int academicYear) {
        Optional<ExpertGroup> g = ExpertService.group(dsl, academicYear, null);
        if (g.isEmpty()) {
            return List.of();
        }
        Map<Long, Person> ps = persons(g.get().memberIds());
        List<Person> out = new ArrayList<>();
        if (g.get().chairId() != null && ps.containsKey(g.get().chairId())) {
            out.add(ps.get(g.get().chairId()));
        }
        g.get().memberIds().stream().filter(id -> !id.equals(g.get().chairId())).map(ps::get).forEach(out::add);
        return out;
    }

    public String organizationName(long id) {
        return fullNames(List.of(id)).get(id);
    }

    private Optional<String> direction(Long id) {
        return id == null ? Optional.empty()
                : dsl.select(DIRECTION.TITLE).from(DIRECTION).where(DIRECTION.ID.eq(id)).fetchOptional(DIRECTION.TITLE);
    }

    private Map<Long, String> fullNames(Collection<Long> ids) {
        Map<Long, String> m = new HashMap<>();
        dsl.select(ORGANIZATION.ID, ORGANIZATION.FULL_NAME).from(ORGANIZATION).where(ORGANIZATION.ID.in(ids))
                .forEach(r -> m.put(r.value1(), r.value2()));
        return m;
    }

    private Map<Long, String> shortNames(Collection<Long> ids) {
        Map<Long, String> m = new HashMap<>();
        dsl.select(ORGANIZATION.ID, ORGANIZATION.SHORT_NAME).from(ORGANIZATION).where(ORGANIZATION.ID.in(ids))
                .forEach(r -> m.put(r.value1(), r.value2()));
        return m;
    }

    private Map<Long, Person> persons(Collection<Long> ids) {
        Map<Long, Person> m = new HashMap<>();
        dsl.selectFrom(PERSON).where(PERSON.ID.in(ids)).forEach(r -> m.put(r.getId(), new Person(r.getId(),
                r.getLastName(), r.getFirstName(), r.getMiddleName(), r.getPosition(), r.getOrganizationId(),
                r.getAcademicDegree(), r.getAcademicTitle(), r.getEmail(), r.getPhone(), r.getVersion())));
        return m;
    }

    /** The registry's persons whose full name is {@code fullName}, for reading a passport back. */
    public List<Person> personsNamed(String fullName) {
        String[] parts = fullName.strip().split("\\s+");
        if (parts.length == 0 || parts[0].isEmpty()) {
            return List.of();
        }
        List<Person> out = new ArrayList<>();
        dsl.selectFrom(PERSON).where(PERSON.LAST_NAME.equalIgnoreCase(parts[0])).forEach(r -> {
            Person p = new Person(r.getId(), r.getLastName(), r.getFirstName(), r.getMiddleName(), r.getPosition(),
                    r.getOrganizationId(), r.getAcademicDegree(), r.getAcademicTitle(), r.getEmail(), r.getPhone(),
                    r.getVersion());
            if (p.fullName().equalsIgnoreCase(String.join(" ", parts))) {
                out.add(p);
            }
        });
        return out;
    }
}
