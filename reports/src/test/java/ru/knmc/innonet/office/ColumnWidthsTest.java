package ru.knmc.innonet.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ColumnWidthsTest {
    @Test
    void widthsFollowTheLongestLineWithinBounds() {
        ColumnWidths w = new ColumnWidths(3, 6, 60);
        w.measure(0, "ab");
        w.measure(1, "x".repeat(100));
        w.measure(2, LocalDate.of(2018, 1, 1));
        w.measureHeader(0, "Полное наименование");
        assertThat(w.chars(0)).isEqualTo("наименование".length());
        assertThat(w.chars(1)).isEqualTo(60);
        assertThat(w.overflows(1)).isTrue();
        assertThat(w.chars(2)).isEqualTo(10);
        assertThat(w.overflows(2)).isFalse();
    }

    @Test
    void linesWrapAtWordsBreakLongWordsAndKeepLineBreaks() {
        assertThat(ColumnWidths.lines("один два три", 20)).isEqualTo(1);
        assertThat(ColumnWidths.lines("один два три", 8)).isEqualTo(2);
        assertThat(ColumnWidths.lines("x".repeat(25), 10)).isEqualTo(3);
        assertThat(ColumnWidths.lines("a\nb\nc", 10)).isEqualTo(3);
        assertThat(ColumnWidths.lines("", 10)).isEqualTo(1);
    }
}
