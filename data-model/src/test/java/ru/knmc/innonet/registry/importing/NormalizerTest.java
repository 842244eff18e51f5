package ru.knmc.innonet.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.knmc.innonet.registry.OrgType;

class NormalizerTest {

    @Test
    void textTrimsAndCollapsesSpacesAndNbsp() {
        assertThat(Normalizer.text("  МБОУ\u00A0\u00A0СОШ \n № 23\t")).isEqualTo("МБОУ СОШ № 23");
        assertThat(Normalizer.text(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"№23|23", "№ 23|23", "23.0|23", " 23 |23", "23|23", "23а|23а", "12/1|12/1"})
    void numberCell(String cell, String expected) {
        assertThat(Normalizer.number(cell)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "двадцать три", "23 24", "?"})
    void numberCellNotANumber(String cell) {
        assertThat(Normalizer.number(cell)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"МБОУ СОШ № 23|23", "МАДОУ детский сад №5 «Солнышко»|5", "МБОУ гимназия № 36|36",
        "МБДОУ д/с № 12а|12а"})
    void numberFromName(String name, String expected) {
        assertThat(Normalizer.numberFromName(name)).contains(expected);
    }

    @Test
    void noNumberInNameWithoutSign() {
        assertThat(Normalizer.numberFromName("МБОУ ДО ДДТ «Родник»")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"г. Краснодар", "город Краснодар", "г.Краснодар", "МО г. Краснодар",
        "муниципальное образование город Краснодар", " Краснодар ", "МО город Краснодар", "городской округ Краснодар"})
    void municipalityOfKrasnodar(String cell) {
        assertThat(Normalizer.municipality(cell)).isEqualTo("Краснодар");
    }

    @Test
    void municipalityDistrictKeepsItsWord() {
        assertThat(Normalizer.municipality("муниципальное образование Выселковский район")).isEqualTo("Выселковский район");
        assertThat(Normalizer.municipality("МО Выселковский район")).isEqualTo("Выселковский район");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ДОО|PRESCHOOL", "ДОУ|PRESCHOOL", "детский сад|PRESCHOOL", "Дошкольная|PRESCHOOL",
        "СОШ|GENERAL", "школа|GENERAL", "гимназия|GENERAL", "лицей|GENERAL", "ОО|GENERAL", "Общеобразовательная|GENERAL",
        "УДО|ADDITIONAL", "ДО|ADDITIONAL", "ДДТ|ADDITIONAL", "ЦДО|ADDITIONAL", "Дополнительного образования|ADDITIONAL",
        "вуз|UNIVERSITY", "ВУЗ|UNIVERSITY", "университет|UNIVERSITY", "другая|OTHER", "OTHER|OTHER"})
    void orgTypeFromTypeCell(String cell, OrgType expected) {
        assertThat(Normalizer.orgType(cell)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "МБДОУ детский сад № 5|PRESCHOOL", "МАДОУ ЦРР – д/с № 33|PRESCHOOL",
        "Муниципальное автономное дошкольное образовательное учреждение № 101|PRESCHOOL",
        "МБОУ СОШ № 23|GENERAL", "МАОУ гимназия № 36|GENERAL", "МБОУ лицей № 48|GENERAL", "МБОУ № 7|GENERAL",
        "МБУ ДО ДДТ «Родник»|ADDITIONAL", "МАУ ДО ЦДО «Малая академия»|ADDITIONAL", "МБУ ДО ДШИ № 3|ADDITIONAL",
        "МБОУ ДО «Спортивная школа № 2»|ADDITIONAL",
        "ФГБОУ ВО «Кубанский государственный университет»|UNIVERSITY", "КубГУ|UNIVERSITY",
        "Краснодарский краевой музей|OTHER", "МКУ КНМЦ|OTHER", "Библиотека им. Пушкина|OTHER"})
    void orgTypeFromName(String name, OrgType expected) {
        assertThat(Normalizer.orgTypeFromName(name)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Солнышко", "Иванов И. И.", "до 3 лет"})
    void orgTypeUnknown(String name) {
        assertThat(Normalizer.orgTypeFromName(name)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "МБОУ СОШ № 23|МБОУ", "МАОУ гимназия № 36|МАОУ", "МБДОУ детский сад № 5|МБДОУ", "МАДОУ ЦРР – д/с № 33|МАДОУ",
        "МБУ ДО ДДТ «Родник»|МБУ ДО", "МАУ  ДО ЦДО|МАУ ДО", "ГБОУ ДПО ИРО Краснодарского края|ГБОУ ДПО",
        "ФГБОУ ВО «КубГУ»|ФГБОУ ВО", "НДОУ «Детский сад № 3 ОАО РЖД»|НДОУ", "МКУ КНМЦ|МКУ",
        "Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная школа № 23|МБОУ",
        "муниципальное автономное дошкольное образовательное учреждение детский сад № 5|МАДОУ",
        "Муниципальное бюджетное учреждение дополнительного образования «Дом детского творчества»|МБУ ДО",
        "Федеральное государственное бюджетное образовательное учреждение высшего образования «КубГУ»|ФГБОУ ВО"})
    void legalForm(String name, String expected) {
        assertThat(Normalizer.legalForm(name)).contains(expected);
    }

    @Test
    void noLegalFormInPlainName() {
        assertThat(Normalizer.legalForm("Детский сад Солнышко")).isEmpty();
        assertThat(Normalizer.legalForm("МОБУ-нет")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная школа № 23|СОШ",
        "МАОУ гимназия № 36|гимназия", "МБДОУ детский сад № 5|детский сад", "МАДОУ д/с № 5|детский сад",
        "МБУ ДО дом детского творчества|ДДТ", "МАОУ лицей № 4|лицей", "МБОУ прогимназия № 1|прогимназия"})
    void kind(String name, String expected) {
        assertThat(Normalizer.kind(name)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"МАДОУ детский сад № 5 «Солнышко»|Солнышко", "МБУ ДО ДДТ \"Родник\"|Родник",
        "МАДОУ «Детский сад № 5 «Радуга»»|Радуга"})
    void ownName(String name, String expected) {
        assertThat(Normalizer.ownName(name)).contains(expected);
    }

    @Test
    void noOwnNameWhenQuotesHoldAKindWithNumber() {
        assertThat(Normalizer.ownName("МАОУ «Лицей № 48»")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"22.08.2017|2017-08-22", "1.9.18|2018-09-01", "2017-08-22|2017-08-22",
        "22 августа 2017 г.|2017-08-22", "1 марта 2018 года|2018-03-01", "3 мая 2019|2019-05-03", "42969|2017-08-22",
        "42969.0|2017-08-22", "22.08.2017 г.|2017-08-22", "22/08/2017|2017-08-22", "2017-08-22 00:00:00|2017-08-22",
        "31.12.99|1999-12-31"})
    void date(String cell, LocalDate expected) {
        assertThat(Normalizer.date(cell)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "31.02.2017", "22.13.2017", "вчера", "2017", "123", "22 авгуся 2017", "22.08.2017 и 23.08.2017"})
    void dateNotUnderstood(String cell) {
        assertThat(Normalizer.date(cell)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"№ 1394 от 22.08.2017|1394|2017-08-22", "1394 от 22.08.2017 г.|1394|2017-08-22",
        "от 22.08.2017 № 1394|1394|2017-08-22", "№1394 от 22 августа 2017 г.|1394|2017-08-22",
        "Приказ № 01-05/1394 от 22.08.2017|01-05/1394|2017-08-22",
        "приказ от 22.08.2017 № 1394 «О присвоении статуса МИП»|1394|2017-08-22", "1394-р от 2017-08-22|1394-р|2017-08-22"})
    void orderWithDate(String cell, String number, LocalDate date) {
        assertThat(Normalizer.order(cell)).contains(new OrderRef(number, date));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1394|1394", "№ 1394|1394", "№1394|1394"})
    void orderNumberAlone(String cell, String number) {
        assertThat(Normalizer.order(cell)).contains(new OrderRef(number, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "от 22.08.2017", "№ 1394 от 31.02.2017", "приказ будет позже", "1394 1395"})
    void orderNotUnderstood(String cell) {
        assertThat(Normalizer.order(cell)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2018–2021|2018-09-01|2021-08-31", "2018-2021|2018-09-01|2021-08-31",
        "2018 - 2021 гг.|2018-09-01|2021-08-31", "2018—2021 г.г.|2018-09-01|2021-08-31", "2018-19|2018-09-01|2019-08-31",
        "2018/2019 уч. г.|2018-09-01|2019-08-31", "с 2018 по 2021 годы|2018-09-01|2021-08-31",
        "01.09.2018 - 31.08.2021|2018-09-01|2021-08-31", "01.09.2018–31.08.2021|2018-09-01|2021-08-31",
        "с 01.09.2018 по 31.08.2021|2018-09-01|2021-08-31", "01.09.2018 г. - 31.08.2021 г.|2018-09-01|2021-08-31",
        "2021-2018|2021-09-01|2018-08-31"})
    void period(String cell, LocalDate start, LocalDate end) {
        assertThat(Normalizer.period(cell)).contains(new Period(start, end));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2018 — ???", "три года", "2018", "01.09.2018", "01.09.2018 - 31.02.2021",
        "01.09.2018, 01.09.2019, 31.08.2021", "2018-2021 и далее"})
    void periodNotUnderstood(String cell) {
        assertThat(Normalizer.period(cell)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"МИП|MIP", "мип|MIP", "МСИП|MSIP", "муниципальная инновационная площадка|MIP",
        "Муниципальная сетевая инновационная площадка|MSIP", "КИП|KIP", "краевая инновационная площадка|KIP",
        "ФИП|FIP", "Федеральная инновационная площадка|FIP", "пилотная площадка|PILOT", "Пилотная площадка ФГОС ДО|PILOT",
        "партнёрская площадка|PARTNER", "Партнерская площадка|PARTNER", "КРЦ|KRC", "краевой ресурсный центр|KRC",
        "МРЦ|MRC", "ЛСВ|LSV", "лидер сетевого взаимодействия|LSV", "стажировочная площадка|INTERN",
        "площадка передового педагогического опыта|PPO", "кандидат на статус МСИП|MSIP_CANDIDATE",
        "Кандидат МСИП|MSIP_CANDIDATE", "МИП (2018)|MIP", "mip|MIP"})
    void statusCode(String cell, String code) {
        assertThat(Normalizer.statusCode(cell)).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "площадка", "отличник", "МИПТ"})
    void statusNotUnderstood(String cell) {
        assertThat(Normalizer.statusCode(cell)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"school23@kubannet.ru", "dou5@mail.ru; info@dou5.ru", "сош23@школа.рф", "mailto:a.b-c@x.org"})
    void validEmail(String cell) {
        assertThat(Normalizer.isValidEmail(cell)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "school23kubannet.ru", "school23@", "@mail.ru", "a@b", "нет"})
    void invalidEmail(String cell) {
        assertThat(Normalizer.isValidEmail(cell)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"МБОУ СОШ № 23|МБОУ  \"СОШ №23\"", "МБОУ СОШ № 23|мбоу сош №23.",
        "МАДОУ детский сад «Ёлочка»|МАДОУ Детский сад \"Елочка\"", "МБУ ДО ДДТ «Родник»|МБУ ДО ДДТ Родник"})
    void nameKeySame(String a, String b) {
        assertThat(Normalizer.nameKey(a)).isEqualTo(Normalizer.nameKey(b));
    }

    @Test
    void nameKeyKeepsLegalFormAndNumber() {
        assertThat(Normalizer.nameKey("МБОУ СОШ № 23")).isEqualTo("мбоу сош №23")
                .isNotEqualTo(Normalizer.nameKey("МАОУ СОШ № 23"))
                .isNotEqualTo(Normalizer.nameKey("МБОУ СОШ № 2"));
    }
}
