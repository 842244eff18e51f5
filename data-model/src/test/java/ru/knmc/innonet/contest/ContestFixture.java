package ru.knmc.innonet.contest;

import java.time.LocalDate;
import java.util.List;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.registry.IssuerLevel;
import ru.knmc.innonet.registry.LegalOrder;
import ru.knmc.innonet.registry.Municipality;
import ru.knmc.innonet.registry.OrgType;
import ru.knmc.innonet.registry.Organization;
import ru.knmc.innonet.registry.OrganizationService;
import ru.knmc.innonet.registry.Person;
import ru.knmc.innonet.registry.ReferenceService;

/** A small contest built through the services: organizations, persons, a contest with default criteria. */
final class ContestFixture {
    final Database db;
    final ReferenceService reference;
    final OrganizationService organizations;
    final ContestService contests;
    final CriteriaService criteria;
    final ApplicationService applications;
    final ExpertService experts;
    final ReviewService reviews;
    final Municipality krasnodar;
    final LegalOrder order1441;
    final Contest contest;
    private int orgNumber = 100;

    ContestFixture(Database db) {
        this.db = db;
        reference = new ReferenceService(db.dsl());
        organizations = new OrganizationService(db.dsl());
        contests = new ContestService(db.dsl());
        criteria = new CriteriaService(db.dsl());
        applications = new ApplicationService(db.dsl());
        experts = new ExpertService(db.dsl());
        reviews = new ReviewService(db.dsl());
        krasnodar = reference.saveMunicipality(new Municipality(null, "Краснодар", "Краснодарский край", 0));
        order1441 = reference.saveOrder(new LegalOrder(null, "1441", LocalDate.of(2017, 9, 1),
                "Департамент образования", IssuerLevel.LOCAL, "О проведении XVI конкурса инновационных проектов", null, 0));
        contest = contests.save(Contest.announce("XVI", 2017, ContestKind.PROJECT, "конкурс инновационных проектов",
                order1441.id()));
        criteria.installDefaults(contest.id());
    }

    Organization school() {
        String n = String.valueOf(++orgNumber);
        return organizations.save(new Organization(null, OrgType.GENERAL, "МБОУ", "СОШ", n, null,
                "муниципальное бюджетное общеобразовательное учреждение СОШ № " + n, "МБОУ СОШ № " + n,
                krasnodar.id(), null, null, null, null, null, false, 0));
    }

    Person person(String lastName, Organization at) {
        return organizations.savePerson(new Person(null, lastName, "Анна", "Петровна", "эксперт", at == null ? null : at.id(),
                null, null, null, null, 0));
    }

    Application accepted(Organization applicant, Subsystem subsystem, String topic) {
        Application a = applications.save(Application.submitted(contest.id(), applicant.id(), subsystem, null, null,
                List.of(), List.of(), Passport.ofTopic(topic), List.of(), LocalDate.of(2017, 10, 1)));
        return applications.save(ApplicationService.withStatus(a, ApplicationStatus.ACCEPTED, null));
    }

    ExpertGroup group(Subsystem subsystem, Person... members) {
        return experts.save(new ExpertGroup(null, 2017, subsystem, members[0].id(),
                java.util.Arrays.stream(members).map(Person::id).toList(), 0));
    }

    CriteriaSet remote() {
        return criteria.set(contest.id(), Purpose.REMOTE).orElseThrow();
    }

    /** Scores every criterion of the remote set of {@code reviewId}: {@code scores[i]} for criterion i. */
    ScoreSheet score(long reviewId, int... scores) {
        ScoreSheet s = reviews.sheet(reviewId);
        List<Criterion> cs = remote().criteria();
        for (int i = 0; i < scores.length; i++) {
            s = s.withScore(cs.get(i).id(), scores[i]);
        }
        return reviews.save(s.withText(null, Conclusion.RECOMMEND, true));
    }
}
