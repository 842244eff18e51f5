package ru.knmc.innonet.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.db.TestDatabases;
import ru.knmc.innonet.office.word.DocumentTemplates;
import ru.knmc.innonet.registry.Organization;
import ru.knmc.innonet.registry.Person;

/** The contest's Word documents, read back with POI; the passport also read back by the importer. */
class ContestDocumentsTest {
    private ContestFixture f;
    private ContestDocuments docs;
    private ContestDocumentData data;
    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        f = new ContestFixture(TestDatabases.h2());
        docs = new ContestDocuments(DocumentTemplates.builtIn());
        data = new ContestDocumentData(f.db.dsl());
    }

    @AfterEach
    void tearDown() {
        f.db.close();
    }

    private Application fullApplication() {
        Organization school = f.school();
        Person author = f.organizations.savePerson(new Person(null, "Иванова", "Наталья", "Анатольевна", "методист",
                school.id(), null, null, null, null, 0));
        Person supervisor = f.organizations.savePerson(new Person(null, "Белова", "Ирина", "Викторовна", "профессор",
                null, "д.п.н.", "профессор", null, null, 0));
        Passport p = new Passport("Совершенствование инновационной инфраструктуры межмуниципального взаимодействия",
                "Внедрение инновационной деятельности", "· разработка рекомендаций,\n· организация вебинаров",
                "Идея проекта", "Федеральный закон от 29.12.2012 № 273-ФЗ", "Показатели проекта «Современная школа»",
                "Новизна", "Практическая значимость", "Перспективы", "Проведение вебинаров", "Методический вебинар",
                "нет статуса", "Специалисты МКУ ИМЦ");
        List<PassportStage> stages = List.of(
                new PassportStage("Вводный.", "Сентябрь-декабрь 2021г.", "Проведение вебинаров", "Начало работы"),
                new PassportStage("Конференция «Инновационный поиск»", "Январь-март 2022г.", "Подготовка конференции",
                        "Участие организаций"));
        return f.applications.save(Application.submitted(f.contest.id(), school.id(), Subsystem.GENERAL, null,
                supervisor.id(), List.of(author.id()), List.of(), p, stages, LocalDate.of(2017, 10, 1)));
    }

    private static String text(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            return x.getText().replace('\u00A0', ' ');
        }
    }

    @Test
    void passportGoesToWordInTheSeedsLayoutAndComesBack() throws Exception {
        Application a = fullApplication();
        Path file = dir.resolve("passport.docx");
        docs.passport(data.passport(a.id()), file);
        String text = text(file);
        assertThat(text).contains("Паспорт инновационного проекта (программы)")
                .contains("Авторы представляемого опыта").contains("Иванова Наталья Анатольевна, методист МБОУ СОШ № 101")
                .contains("Белова Ирина Викторовна, профессор, д.п.н., профессор").contains("I этап:").contains("II этап:")
                .contains("Конечный результат");
        try (InputStream in = Files.newInputStream(file); XWPFDocument d = new XWPFDocument(in)) {
            XWPFTable t = d.getTables().get(0);
            assertThat(t.getRow(0).isRepeatHeader()).isTrue();
            assertThat(t.getRows()).hasSize(1 + 16 + 2 * 4);
        }
        PassportReader.Imported back = PassportReader.read(file);
        assertThat(back.passport()).isEqualTo(a.passport());
        assertThat(back.stages()).isEqualTo(a.stages());
        assertThat(back.authorNames()).containsExactly("Иванова Наталья Анатольевна, методист МБОУ СОШ № 101");
        assertThat(PassportReader.personName(back.authorNames().get(0))).isEqualTo("Иванова Наталья Анатольевна");
        assertThat(data.personsNamed("Иванова Наталья Анатольевна")).singleElement()
                .satisfies(p -> assertThat(p.id()).isEqualTo(a.authorIds().get(0)));
        assertThat(PassportReader.personName(back.supervisorName())).isEqualTo("Белова Ирина Викторовна");
    }

    @Test
    void aPassportAsApplicantsWriteItWithoutHeaderAndWithoutSupervisorIsRead() throws Exception {
        Path file = dir.resolve("seed.docx");
        try (XWPFDocument d = new XWPFDocument()) {
            d.createParagraph().createRun().setText("Паспорт инновационного проекта (программы)*");
            XWPFTable t = d.createTable(1, 3);
            fill(t.getRow(0), "1", "Наименование инновационного проекта (программы) (тема)",
                    "«Совершенствование инновационной инфраструктуры межмуниципального взаимодействия».");
            fill(t.createRow(), "2", "Авторы представляемого опыта",
                    "Иванова Наталья Анатольевна, методист МКУ ИМЦ Выселковского р-на,");
            fill(t.createRow(), "3", "Научный руководитель (если есть). Научная степень, звание", "нет");
            fill(t.createRow(), "11", "Механизм реализации инновации", "");
            fill(t.createRow(), "11.1", "I этап:", "Вводный.");
            fill(t.createRow(), "11.1.1", "Сроки", "Сентябрь-декабрь 2021г.");
            fill(t.createRow(), "11.1.3", "Полученный результат", "Начало работы");
            fill(t.createRow(), "16", "Ресурсное обеспечение инновации:", "Специалисты МКУ ИМЦ Выселковского района");
            try (OutputStream os = Files.newOutputStream(file)) {
                d.write(os);
            }
        }
        PassportReader.Imported i = PassportReader.read(file);
        assertThat(i.passport().topic()).isEqualTo("Совершенствование инновационной инфраструктуры межмуниципального взаимодействия");
        assertThat(i.supervisorName()).isNull();
        assertThat(i.authorNames()).containsExactly("Иванова Наталья Анатольевна, методист МКУ ИМЦ Выселковского р-на");
        assertThat(i.stages()).containsExactly(new PassportStage("Вводный.", "Сентябрь-декабрь 2021г.", null, "Начало работы"));
        assertThat(i.passport().resources()).isEqualTo("Специалисты МКУ ИМЦ Выселковского района");
    }

    private static void fill(org.apache.poi.xwpf.usermodel.XWPFTableRow row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            row.getCell(i).setText(cells[i]);
        }
    }

    @Test
    void aWordFileWithoutAPassportIsRefusedNamingTheFile() throws Exception {
        Path file = dir.resolve("letter.docx");
        try (XWPFDocument d = new XWPFDocument(); OutputStream os = Files.newOutputStream(file)) {
            d.createParagraph().createRun().setText("Письмо");
            d.write(os);
        }
        assertThatThrownBy(() -> PassportReader.read(file)).isInstanceOf(UserException.class)
                .hasMessageContaining("letter.docx").hasMessageContaining("таблица паспорта");
        Files.writeString(dir.resolve("bad.docx"), "не Word");
        assertThatThrownBy(() -> PassportReader.read(dir.resolve("bad.docx"))).isInstanceOf(UserException.class)
                .hasMessageContaining("bad.docx");
    }

    @Test
    void returnLetterListsTheReasons() throws Exception {
        Application a = fullApplication();
        Application returned = f.applications.formalCheck(a, List.of(new FormalCheck(FormalItem.IN_TIME, true, null),
                new FormalCheck(FormalItem.SUPERVISOR_AGREEMENT, false, "нет письма-согласия научного руководителя")));
        Path file = dir.resolve("letter.docx");
        String reasonLine = FormalItem.SUPERVISOR_AGREEMENT.displayName() + ": нет письма-согласия научного руководителя.";
        docs.returnLetter(f.contest, data.passport(returned.id()), f.applications.checks(returned.id()),
                LocalDate.of(2017, 10, 27), file);
        assertThat(text(file)).contains("О возврате заявки на доработку").contains("Заявка № 1")
                .contains(reasonLine).contains("до 27 октября 2017 г.")
                .doesNotContain("Заявка подана в срок");
    }

    @Test
    void protocolAndDraftOrderNameTheWinners() throws Exception {
        Application a = fullApplication();
        f.applications.save(ApplicationService.withStatus(f.applications.get(a.id()), ApplicationStatus.ACCEPTED, null));
        new DecisionService(f.db.dsl()).decide(a.id(), Decision.WINNER, null);
        Contest c = f.contests.get(f.contest.id());
        Path protocol = dir.resolve("protocol.docx");
        docs.councilProtocol(c, new ResultsService(f.db.dsl()).results(c.id()), List.of(), LocalDate.of(2017, 12, 22),
                protocol);
        assertThat(text(protocol)).contains("Протокол заседания экспертного совета XVI конкурса")
                .contains("22 декабря 2017 г.").contains("Победитель");
        Path order = dir.resolve("order.docx");
        docs.draftOrder(c, f.order1441, data.winners(c.id()), LocalDate.of(2018, 9, 1), LocalDate.of(2021, 8, 31), order);
        String text = text(order);
        assertThat(text).contains("О присвоении статуса муниципальной инновационной площадки")
                .contains("от 01.09.2017 № 1441").contains("с 01.09.2018 по 31.08.2021")
                .contains("муниципальное бюджетное общеобразовательное учреждение СОШ № 101")
                .contains("Совершенствование инновационной инфраструктуры").contains("Белова И.В., д.п.н.")
                .contains("А.С. Некрасов");
        try (InputStream in = Files.newInputStream(order); XWPFDocument d = new XWPFDocument(in)) {
            XWPFTable annex = d.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().contains("п/п"))
                    .findFirst().orElseThrow();
            assertThat(annex.getRow(0).isRepeatHeader()).isTrue();
            assertThat(annex.getRows().stream().map(r -> r.getCell(0).getText()).collect(Collectors.toList()))
                    .contains("Общее образование", "1.");
            // the signature closes the order; the annex follows it, from a new page
            List<IBodyElement> body = d.getBodyElements();
            int signature = indexOf(body, e -> e instanceof XWPFTable t && t.getText().contains("Некрасов"));
            int annexHead = indexOf(body, e -> e instanceof XWPFParagraph p
                    && p.getText().startsWith("Приложение") && p.getText().contains("к приказу"));
            assertThat(signature).isPositive().isLessThan(annexHead);
            assertThat(annexHead).isLessThan(body.indexOf(annex));
            assertThat(body.subList(signature, annexHead).stream().anyMatch(e -> e instanceof XWPFParagraph p
                    && p.isPageBreak())).isTrue();
        }
    }

    private static int indexOf(List<IBodyElement> body, java.util.function.Predicate<IBodyElement> test) {
        for (int i = 0; i < body.size(); i++) {
            if (test.test(body.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
