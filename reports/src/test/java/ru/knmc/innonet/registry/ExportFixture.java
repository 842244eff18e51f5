package ru.knmc.innonet.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.DatabaseLocation;

/** A small registry in a fresh in-memory H2, built through the services as the window would. */
final class ExportFixture implements AutoCloseable {
    static final AcademicYear YEAR = new AcademicYear(2017);
    static final String LONG_TOPIC = "Формирование функциональной грамотности обучающихся через проектную и "
            + "исследовательскую деятельность в сетевом взаимодействии образовательных организаций";

    final Database db = Database.open(DatabaseLocation.inMemory("export" + System.nanoTime()));
    final ReferenceService reference = new ReferenceService(db.dsl());
    final OrganizationService organizations = new OrganizationService(db.dsl());
    final StatusService statuses = new StatusService(db.dsl());
    final Municipality krasnodar = reference.saveMunicipality(new Municipality(null, "Краснодар", "Краснодарский край", 0));
    final LegalOrder order = reference.saveOrder(new LegalOrder(null, "1394", LocalDate.of(2017, 8, 22),
            "Департамент образования", IssuerLevel.LOCAL, "О формировании инновационной инфраструктуры", null, 0));
    final StatusKind mip = reference.statusKindByCode("MIP").orElseThrow();
    final StatusKind msip = reference.statusKindByCode("MSIP").orElseThrow();
    final StatusKind kip = reference.statusKindByCode("KIP").orElseThrow();
    final Direction digital = reference.saveDirection(new Direction(null, YEAR, Audience.ALL,
            "Цифровая образовательная среда", 1, order.id(), 0));
    final Direction inclusion = reference.saveDirection(new Direction(null, YEAR, Audience.ALL,
            "Инклюзивное образование детей с ограниченными возможностями здоровья: модели сетевого взаимодействия", 2,
            order.id(), 0));
    final Person supervisor = organizations.savePerson(new Person(null, "Иванова", "Ирина", "Петровна", null, null,
            "к.п.н.", null, null, null, 0));
    final List<Organization> created = new ArrayList<>();

    ExportFixture() {
        Organization g23 = org(OrgType.GENERAL, "МБОУ", "гимназия", "23");
        Organization s5 = org(OrgType.GENERAL, "МБОУ", "СОШ", "5");
        Organization s7 = org(OrgType.GENERAL, "МБОУ", "СОШ", "7");
        Organization d101 = org(OrgType.PRESCHOOL, "МБДОУ", "д/с", "101");
        Organization cdt = org(OrgType.ADDITIONAL, "МБУ ДО", "ЦДТ", "12/1");
        Organization old = organizations.setArchived(org(OrgType.GENERAL, "МБОУ", "СОШ", "99"), true);
        status(g23, mip, LONG_TOPIC, digital, LocalDate.of(2017, 9, 1), LocalDate.of(2020, 8, 31), true);
        status(g23, kip, "Краевой проект", null, LocalDate.of(2016, 1, 1), null, false);
        status(s5, mip, "Робототехника", digital, LocalDate.of(2017, 9, 1), LocalDate.of(2019, 12, 31), false);
        status(s5, msip, "Инклюзия в школе", inclusion, LocalDate.of(2018, 1, 1), LocalDate.of(2021, 8, 31), true);
        status(s7, mip, "Старый проект", digital, LocalDate.of(2014, 9, 1), LocalDate.of(2016, 8, 31), false);
        status(d101, msip, "Инклюзия в детском саду", inclusion, LocalDate.of(2017, 9, 1), LocalDate.of(2020, 8, 31), false);
        status(cdt, mip, "Техническое творчество", digital, LocalDate.of(2018, 3, 1), LocalDate.of(2021, 8, 31), true);
        status(old, mip, "Архивный проект", digital, LocalDate.of(2017, 9, 1), LocalDate.of(2018, 8, 31), false);
        for (int y : new int[] {2017, 2018}) {
            reference.saveTotal(krasnodar.id(), y, OrgType.PRESCHOOL, 180);
            reference.saveTotal(krasnodar.id(), y, OrgType.GENERAL, 90);
            reference.saveTotal(krasnodar.id(), y, OrgType.ADDITIONAL, 10);
        }
    }

    private Organization org(OrgType type, String form, String kind, String number) {
        String shortName = form + " " + kind + " № " + number;
        Organization o = organizations.save(new Organization(null, type, form, kind, number, null,
                "муниципальное учреждение " + kind + " № " + number, shortName, krasnodar.id(),
                "г. Краснодар, ул. Красная, " + number, "Петров П.П.", "+7 861 000-00-" + created.size(),
                null, null, false, 0));
        created.add(o);
        return o;
    }

    private void status(Organization o, StatusKind kind, String topic, Direction d, LocalDate start, LocalDate end,
                        boolean supervised) {
        statuses.save(new StatusAssignment(null, o.id(), kind.id(), topic, d == null ? null : d.id(), start, end,
                order.id(), null, supervised ? supervisor.id() : null, Outcome.ACTIVE, null, 0));
    }

    List<RegistryEntry> load() {
        return new RegistryQueryService(db.dsl()).load();
    }

    Overview overview() {
        return new OverviewService(reference, new RegistryQueryService(db.dsl())).overview(YEAR, krasnodar);
    }

    @Override
    public void close() {
        db.close();
    }
}
