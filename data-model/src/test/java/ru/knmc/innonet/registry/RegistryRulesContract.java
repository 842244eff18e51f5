package ru.knmc.innonet.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.knmc.innonet.common.ConcurrentEditException;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.db.Database;

/** Every registry rule, run on H2 and on PostgreSQL by the two subclasses. */
abstract class RegistryRulesContract {
    private RegistryFixture f;

    abstract Database freshDatabase();

    @BeforeEach
    void setUp() {
        f = new RegistryFixture(freshDatabase());
    }

    @AfterEach
    void tearDown() {
        f.db.close();
    }

    @Test
    void statusKindsAreSeededByTheMigration() {
        assertThat(f.reference.statusKinds()).extracting(StatusKind::shortName)
                .contains("МИП", "МСИП", "КИП", "ФИП", "ЛСВ", "КРЦ", "МРЦ", "Кандидат МСИП");
    }

    @Test
    void endBeforeStartIsRefusedNamingTheField() {
        Organization o = f.school("23");
        var a = f.assignment(o, f.mip, LocalDate.of(2018, 9, 1), LocalDate.of(2018, 1, 1), f.order1394);
        assertThatThrownBy(() -> f.statuses.save(a))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Окончание")
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("endDate"));
        assertThat(f.statuses.history(o.id())).isEmpty();
    }

    @Test
    void statusWithoutOrderIsRefused() {
        Organization o = f.school("23");
        var a = f.assignment(o, f.mip, LocalDate.of(2017, 9, 1), LocalDate.of(2020, 8, 31), null);
        assertThatThrownBy(() -> f.statuses.save(a))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Приказ")
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("orderId"));
    }

    @Test
    void numberIsUniqueWithinTypeAndMunicipality() {
        f.school("23");
        assertThatThrownBy(() -> f.school("23"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Номер").hasMessageContaining("23").hasMessageContaining("Краснодар");
        // the same number in another type is another organization
        Organization kindergarten = f.organizations.save(new Organization(null, OrgType.PRESCHOOL, "МБДОУ", "детский сад",
                "23", null, "детский сад № 23", "МБДОУ д/с № 23", f.krasnodar.id(), null, null, null, null, null, false, 0));
        assertThat(kindergarten.id()).isNotNull();
        // and in another municipality too
        Municipality novoross = f.reference.saveMunicipality(new Municipality(null, "Новороссийск", "Краснодарский край", 0));
        Organization other = f.organizations.save(new Organization(null, OrgType.GENERAL, "МБОУ", "СОШ", "23", null,
                "СОШ № 23", "МБОУ СОШ № 23", novoross.id(), null, null, null, null, null, false, 0));
        assertThat(other.id()).isNotNull();
    }

    @Test
    void overlappingAssignmentsOfOneKindAreRefusedButOtherKindsAndAdjacentPeriodsAreFine() {
        Organization o = f.school("23");
        f.statuses.save(f.assignment(o, f.mip, LocalDate.of(2017, 9, 1), LocalDate.of(2019, 8, 31), f.order1394));
        assertThatThrownBy(() -> f.statuses.save(
                f.assignment(o, f.mip, LocalDate.of(2019, 1, 1), LocalDate.of(2021, 8, 31), f.order1121)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("МИП").hasMessageContaining("01.09.2017").hasMessageContaining("31.08.2019");
        f.statuses.save(f.assignment(o, f.msip, LocalDate.of(2018, 9, 1), LocalDate.of(2021, 8, 31), f.order1121));
        f.statuses.save(f.assignment(o, f.mip, LocalDate.of(2019, 9, 1), null, f.order1121));
        assertThat(f.statuses.history(o.id())).hasSize(3);
        // an open-ended one overlaps everything after it
        assertThatThrownBy(() -> f.statuses.save(
                f.assignment(o, f.mip, LocalDate.of(2030, 1, 1), LocalDate.of(2031, 1, 1), f.order1121)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("бессрочно");
    }

    @Test
    void extendKeepsHistoryAndEndRecordsOutcome() {
        Organization o = f.school("23");
        var first = f.statuses.save(f.assignment(o, f.mip, LocalDate.of(2017, 9, 1), LocalDate.of(2019, 8, 31), f.order1394));
        var continued = f.statuses.extend(first, LocalDate.of(2020, 8, 31), f.order1121.id());
        assertThat(continued.startDate()).isEqualTo(LocalDate.of(2019, 9, 1));
        assertThat(continued.orderId()).isEqualTo(f.order1121.id());
        assertThat(f.statuses.find(first.id()).orElseThrow().outcome()).isEqualTo(Outcome.EXTENDED);
        var ended = f.statuses.end(continued, LocalDate.of(2020, 3, 1), Outcome.ENDED_EARLY, f.order1121.id());
        assertThat(ended.outcome()).isEqualTo(Outcome.ENDED_EARLY);
        assertThat(ended.endDate()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(f.statuses.history(o.id())).hasSize(2);
        assertThatThrownBy(() -> f.statuses.extend(f.statuses.find(continued.id()).orElseThrow(),
                LocalDate.of(2019, 1, 1), f.order1121.id())).isInstanceOf(ValidationException.class);
    }

    @Test
    void aMistakenAssignmentIsCorrectedOrDeletedButNeverOverAnotherEditorsChange() {
        Organization o = f.school("23");
        var a = f.statuses.save(f.assignment(o, f.mip, LocalDate.of(2017, 9, 1), LocalDate.of(2019, 8, 31), f.order1394));
        var corrected = f.statuses.save(new StatusAssignment(a.id(), a.organizationId(), a.statusKindId(), "Исправленная тема",
                a.directionId(), a.startDate(), a.endDate(), a.orderId(), null, null, a.outcome(), null, a.version()));
        assertThat(corrected.projectTopic()).isEqualTo("Исправленная тема");
        assertThat(f.statuses.history(o.id())).hasSize(1);
        assertThatThrownBy(() -> f.statuses.delete(a)).isInstanceOf(ConcurrentEditException.class);
        assertThat(f.statuses.history(o.id())).hasSize(1);
        f.statuses.delete(corrected);
        assertThat(f.statuses.history(o.id())).isEmpty();
    }

    @Test
    void twoEditorsOfOneOrganizationNeverOverwriteEachOtherSilently() {
        Organization o = f.school("23");
        Organization a = f.organizations.find(o.id()).orElseThrow();
        Organization b = f.organizations.find(o.id()).orElseThrow();
        f.organizations.setArchived(a, true);
        assertThatThrownBy(() -> f.organizations.save(b)).isInstanceOf(ConcurrentEditException.class);
        assertThat(f.organizations.find(o.id()).orElseThrow().archived()).isTrue();
    }

    @Test
    void invalidEmailIsRefusedNamingTheField() {
        Organization o = f.school("23");
        Organization bad = new Organization(o.id(), o.type(), o.legalForm(), o.kindName(), o.number(), o.ownName(),
                o.fullName(), o.shortName(), o.municipalityId(), null, null, null, "school23@", null, false, o.version());
        assertThatThrownBy(() -> f.organizations.save(bad)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Электронная почта");
    }

    @Test
    void registryLoadsWithStatusesAndSearchFindsByNumberKindAndTopic() {
        Organization o = f.school("23");
        f.school("48");
        f.statuses.save(new StatusAssignment(null, o.id(), f.mip.id(), "Ранняя профориентация школьников", null,
                LocalDate.of(2017, 9, 1), LocalDate.of(2019, 8, 31), f.order1394.id(), null, null, Outcome.ACTIVE, null, 0));
        var entries = new RegistryQueryService(f.db.dsl()).load();
        assertThat(entries).hasSize(2);
        for (String q : new String[] {"23", "СОШ 23", "гимназия №23", "профориентация", "Краснодар 23"}) {
            assertThat(new RegistryFilter(q, null, null, null, null, null, false).apply(entries))
                    .as(q).extracting(e -> e.organization().number()).containsExactly("23");
        }
        assertThat(new RegistryFilter("", null, null, f.mip.id(), null, LocalDate.of(2018, 1, 1), false).apply(entries))
                .hasSize(1);
        assertThat(new RegistryFilter("", null, null, f.mip.id(), null, LocalDate.of(2020, 1, 1), false).apply(entries))
                .isEmpty();
    }

    @Test
    void directionsAreCopiedIntoAnEmptyYearOnly() {
        var y2018 = new ru.knmc.innonet.common.AcademicYear(2018);
        f.reference.saveDirection(new Direction(null, y2018, Audience.ALL, "Профориентация", 1, f.order1121.id(), 0));
        f.reference.saveDirection(new Direction(null, y2018, Audience.PRESCHOOL, "Ранняя помощь", 2, null, 0));
        assertThat(f.reference.copyDirections(y2018, y2018.next())).isEqualTo(2);
        assertThat(f.reference.directions(y2018.next())).extracting(Direction::title, Direction::orderId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Профориентация", f.order1121.id()),
                        org.assertj.core.groups.Tuple.tuple("Ранняя помощь", null));
        assertThatThrownBy(() -> f.reference.copyDirections(y2018, y2018.next()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("2019–2020");
        assertThat(f.reference.directions(y2018.next())).hasSize(2);
    }
}
