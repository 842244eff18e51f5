package ru.knmc.innonet.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverviewOrderTest {
    @Test
    void organizationsInACellSortByTheirNumberNotByTheirDigits() {
        List<String> names = new ArrayList<>(List.of("МБДОУ ДС № 100", "МБДОУ ДС № 31", "МБДОУ ДС № 9",
                "МБОУ гимназия № 23", "МБДОУ ДС «Сказка»", "МБОУ гимназия № 3"));
        names.sort(OverviewService.NATURAL);
        // named ones («Сказка») come before numbered ones of the same kind, as «« » sorts before «№»
        assertThat(names).containsExactly("МБДОУ ДС «Сказка»", "МБДОУ ДС № 9", "МБДОУ ДС № 31",
                "МБДОУ ДС № 100", "МБОУ гимназия № 3", "МБОУ гимназия № 23");
    }
}
