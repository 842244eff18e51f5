package ru.knmc.innonet.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkupTest {
    @Test
    void linesAreParagraphsAndListItems() {
        List<Markup.Block> b = Markup.parse("Первый абзац.\n\n- пункт\n— ещё пункт\n1) раз\n2. два\n");
        assertThat(b).extracting(Markup.Block::kind).containsExactly(Markup.Kind.PARAGRAPH, Markup.Kind.BULLET,
                Markup.Kind.BULLET, Markup.Kind.NUMBERED, Markup.Kind.NUMBERED);
        assertThat(b.get(3).number()).isEqualTo("1)");
        assertThat(FilledText.text(b.get(4))).isEqualTo("два");
    }

    @Test
    void boldItalicAndPlaceholders() {
        List<Markup.Inline> in = Markup.parse("Статус **МСИП {{msip}}** и *курсив*, 2 * 3 \\*").get(0).inlines();
        assertThat(in).containsExactly(new Markup.Inline("Статус ", false, false, false),
                new Markup.Inline("МСИП ", false, true, false), new Markup.Inline("msip", true, true, false),
                new Markup.Inline(" и ", false, false, false), new Markup.Inline("курсив", false, false, true),
                new Markup.Inline(", 2 * 3 *", false, false, false));
        assertThat(Markup.placeholders("a {{ year }} b {{x}}")).containsExactly("year", "x");
    }
}
