package ru.knmc.innonet.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search box: every word must match. A number matches the organization's number («23», «№23»);
 * a word naming a kind of organization («СОШ», «гимназия», «д/с», «ДДТ») matches its type, so «СОШ 23»
 * and «гимназия №23» both find гимназия № 23; any other word matches names, topics and supervisors.
 */
@ru.knmc.innonet.common.InputVocabulary
public final class RegistrySearch {
    private static final Pattern TOKEN = Pattern.compile("[0-9]+[\\p{L}]?|[\\p{L}/\\-]+");
    /** Input vocabulary of kinds of organization, as specialists type them. */
    private static final Map<String, OrgType> KIND_WORDS = Map.ofEntries(
            Map.entry("сош", OrgType.GENERAL), Map.entry("оош", OrgType.GENERAL), Map.entry("школа", OrgType.GENERAL),
            Map.entry("гимназия", OrgType.GENERAL), Map.entry("лицей", OrgType.GENERAL), Map.entry("оо", OrgType.GENERAL),
            Map.entry("мбоу", OrgType.GENERAL), Map.entry("маоу", OrgType.GENERAL), Map.entry("нош", OrgType.GENERAL),
            Map.entry("доу", OrgType.PRESCHOOL), Map.entry("доо", OrgType.PRESCHOOL), Map.entry("мбдоу", OrgType.PRESCHOOL),
            Map.entry("мадоу", OrgType.PRESCHOOL), Map.entry("д/с", OrgType.PRESCHOOL), Map.entry("дс", OrgType.PRESCHOOL),
            Map.entry("сад", OrgType.PRESCHOOL), Map.entry("детсад", OrgType.PRESCHOOL), Map.entry("црр", OrgType.PRESCHOOL),
            Map.entry("удо", OrgType.ADDITIONAL), Map.entry("ддт", OrgType.ADDITIONAL), Map.entry("цдо", OrgType.ADDITIONAL),
            Map.entry("дши", OrgType.ADDITIONAL), Map.entry("цтр", OrgType.ADDITIONAL), Map.entry("ддю", OrgType.ADDITIONAL),
            Map.entry("вуз", OrgType.UNIVERSITY), Map.entry("университет", OrgType.UNIVERSITY));

    private final List<String> numbers;
    private final List<OrgType> kinds;
    private final List<String> words;

    private RegistrySearch(List<String> numbers, List<OrgType> kinds, List<String> words) {
        this.numbers = numbers;
        this.kinds = kinds;
        this.words = words;
    }

    public static RegistrySearch parse(String text) {
        List<String> numbers = new ArrayList<>();
        List<OrgType> kinds = new ArrayList<>();
        List<String> words = new ArrayList<>();
        if (text != null) {
            Matcher m = TOKEN.matcher(normalize(text));
            while (m.find()) {
                String token = m.group();
                if (Character.isDigit(token.charAt(0))) {
                    numbers.add(token);
                } else if (KIND_WORDS.containsKey(token)) {
                    kinds.add(KIND_WORDS.get(token));
                } else if (!token.equals("-") && !token.equals("/")) {
                    words.add(token);
                }
            }
        }
        return new RegistrySearch(numbers, kinds, words);
    }

    public boolean isEmpty() {
        return numbers.isEmpty() && kinds.isEmpty() && words.isEmpty();
    }

    public boolean matches(RegistryEntry e) {
        Organization o = e.organization();
        for (String n : numbers) {
            if (o.number() == null || !normalize(o.number()).equals(n)) {
                return false;
            }
        }
        for (OrgType k : kinds) {
            if (o.type() != k) {
                return false;
            }
        }
        for (String w : words) {
            if (!e.searchText().contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Lower case, ё as е, «№» and quotes dropped: the form both the query and the index take. */
    public static String normalize(String s) {
        return s.toLowerCase(Locale.forLanguageTag("ru")).replace('ё', 'е').replace("№", " ")
                .replaceAll("[«»\"'“”„]", " ").replaceAll("\\s+", " ").strip();
    }
}
