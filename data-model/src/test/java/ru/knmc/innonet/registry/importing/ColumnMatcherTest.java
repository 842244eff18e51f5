package ru.knmc.innonet.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnMatcherTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Наименование|FULL_NAME", "Полное наименование ОО|FULL_NAME", "НАИМЕНОВАНИЕ  ОО|FULL_NAME",
        "Наименование ОО:|FULL_NAME", "Краткое наименование|SHORT_NAME", "Тип|ORG_TYPE", "Тип ОО|ORG_TYPE",
        "Тип ОО (ДОО, ОО, УДО)|ORG_TYPE", "№|NUMBER", "Номер|NUMBER", "Муниципальное образование|MUNICIPALITY",
        "Район|MUNICIPALITY", "МО|MUNICIPALITY", "Адрес|ADDRESS", "Руководитель|HEAD", "ФИО руководителя|HEAD",
        "Директор|HEAD", "Заведующий|HEAD", "Телефон|PHONE", "E-mail|EMAIL", "e-mail|EMAIL", "Эл. почта|EMAIL",
        "Эл.почта|EMAIL", "Сайт|WEBSITE", "Статус|STATUS", "Тема проекта|PROJECT_TOPIC",
        "Тема инновационного проекта|PROJECT_TOPIC", "Направление|DIRECTION", "Приказ|ORDER", "Дата приказа|ORDER_DATE",
        "Срок|PERIOD", "Период|PERIOD", "Срок реализации|PERIOD", "Начало|START_DATE", "Окончание|END_DATE",
        "Научный руководитель|SUPERVISOR", "Сокращённое наименование|SHORT_NAME", "Сокращенное наименование|SHORT_NAME"})
    void recognisesHeader(String header, ImportField field) {
        assertThat(ColumnMatcher.fieldOf(header)).contains(field);
    }

    @Test
    void matchesColumnsAndListsUnknownOnes() {
        ColumnMapping m = ColumnMatcher.match(List.of("№ п/п", "Наименование ОО", "Тип", "", "Примечание", "Статус"));
        assertThat(m.column(ImportField.FULL_NAME)).hasValue(1);
        assertThat(m.column(ImportField.ORG_TYPE)).hasValue(2);
        assertThat(m.column(ImportField.STATUS)).hasValue(5);
        assertThat(m.has(ImportField.NUMBER)).isFalse();
        assertThat(m.unknownColumns()).containsExactly("№ п/п", "Примечание");
        assertThat(m.hasName()).isTrue();
        assertThat(m.hasStatusColumns()).isTrue();
    }

    @Test
    void firstOfTwoColumnsForOneFieldWins() {
        ColumnMapping m = ColumnMatcher.match(List.of("Наименование", "Полное наименование ОО"));
        assertThat(m.column(ImportField.FULL_NAME)).hasValue(0);
        assertThat(m.unknownColumns()).containsExactly("Полное наименование ОО");
    }

    @Test
    void mappingIsImmutableAndCorrectable() {
        ColumnMapping m = ColumnMatcher.match(List.of("Юрлицо (полностью)", "Примечание"));
        assertThat(m.hasName()).isFalse();
        ColumnMapping corrected = m.with(ImportField.FULL_NAME, 0);
        assertThat(corrected.hasName()).isTrue();
        assertThat(m.hasName()).isFalse();
        assertThat(corrected.header(ImportField.FULL_NAME)).contains("Юрлицо (полностью)");
        // The column moves to the new field; the old field loses it.
        ColumnMapping moved = corrected.with(ImportField.SHORT_NAME, 0);
        assertThat(moved.has(ImportField.FULL_NAME)).isFalse();
        assertThat(moved.without(ImportField.SHORT_NAME).columns()).isEmpty();
        assertThatThrownBy(() -> m.with(ImportField.PHONE, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsKnownHeaders() {
        assertThat(ColumnMatcher.countKnown(List.of("Реестр МИП на 2018 год", "", ""))).isZero();
        assertThat(ColumnMatcher.countKnown(List.of("№", "Наименование", "Статус", "Прочее"))).isEqualTo(3);
    }
}
