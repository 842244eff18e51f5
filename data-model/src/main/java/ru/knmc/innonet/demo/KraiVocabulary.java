package ru.knmc.innonet.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.function.ToIntFunction;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.registry.Audience;
import ru.knmc.innonet.registry.OrgType;

/**
 * The krai generator's vocabulary: municipalities, kinds of organization, names, positions, topics.
 * It lives in resource files under {@code demo/krai/} so that the Java code holds no Russian text and
 * the lists can grow without touching it.
 */
final class KraiVocabulary {
    record Place(String name, boolean city, int weight) {
    }

    record OrgKind(OrgType type, String kindName, String abbreviation, String fullKind, List<String> legalForms,
                   boolean numbered, int weight) {
    }

    record University(String municipality, String legalForm, String shortName, String fullName, int weight) {
    }

    record Position(OrgType type, String name, boolean head, int weight) {
    }

    record Direction(Audience audience, String title) {
    }

    private static final DemoFiles FILES = DemoFiles.classpath("demo/krai");

    final List<Place> places = new ArrayList<>();
    final List<OrgKind> kinds = new ArrayList<>();
    final Map<String, Map<OrgType, String>> legalForms = new java.util.HashMap<>();
    final List<University> universities = new ArrayList<>();
    final List<Position> positions = new ArrayList<>();
    final List<String[]> surnames = new ArrayList<>();
    final List<String> maleNames = new ArrayList<>();
    final List<String> femaleNames = new ArrayList<>();
    final List<String[]> patronymics = new ArrayList<>();
    final List<Direction> directions = new ArrayList<>();
    final Map<String, List<String[]>> topicParts = new java.util.HashMap<>();
    final List<String> ownNames;
    final List<String> streets;
    private final Properties texts = new Properties();

    private KraiVocabulary() {
        for (DemoCsv.Row r : csv("municipalities.csv")) {
            places.add(new Place(r.required("name"), "city".equals(r.get("kind")), r.integer("weight")));
        }
        for (DemoCsv.Row r : csv("org_kinds.csv")) {
            kinds.add(new OrgKind(r.enumValue("org_type", OrgType.class), r.required("kind_name"), r.required("abbreviation"),
                    r.required("full_kind"), Arrays.asList(r.required("legal_forms").split(",")),
                    Boolean.parseBoolean(r.get("numbered")), r.integer("weight")));
        }
        for (DemoCsv.Row r : csv("legal_forms.csv")) {
            Map<OrgType, String> byType = new EnumMap<>(OrgType.class);
            for (OrgType t : OrgType.values()) {
                if (r.get(t.name()) != null) {
                    byType.put(t, r.get(t.name()));
                }
            }
            legalForms.put(r.required("abbreviation"), byType);
        }
        for (DemoCsv.Row r : csv("universities.csv")) {
            universities.add(new University(r.required("municipality"), r.required("legal_form"), r.required("short_name"),
                    r.required("full_name"), r.integer("weight")));
        }
        for (DemoCsv.Row r : csv("positions.csv")) {
            positions.add(new Position(r.enumValue("org_type", OrgType.class), r.required("position"),
                    Boolean.parseBoolean(r.get("head")), r.integer("weight")));
        }
        for (DemoCsv.Row r : csv("surnames.csv")) {
            surnames.add(new String[] {r.required("male"), r.required("female")});
        }
        for (DemoCsv.Row r : csv("first_names.csv")) {
            ("M".equals(r.get("sex")) ? maleNames : femaleNames).add(r.required("name"));
        }
        for (DemoCsv.Row r : csv("patronymics.csv")) {
            patronymics.add(new String[] {r.required("male"), r.required("female")});
        }
        for (DemoCsv.Row r : csv("directions.csv")) {
            directions.add(new Direction(r.enumValue("audience", Audience.class), r.required("title")));
        }
        for (DemoCsv.Row r : csv("topics.csv")) {
            topicParts.computeIfAbsent(r.required("part"), k -> new ArrayList<>())
                    .add(new String[] {r.required("audience"), r.required("text")});
        }
        ownNames = lines("own_names.txt");
        streets = lines("streets.txt");
        try (Reader r = FILES.open("krai.properties")) {
            texts.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static KraiVocabulary load() {
        return new KraiVocabulary();
    }

    private static List<DemoCsv.Row> csv(String name) {
        return DemoCsv.read(FILES, name).rows;
    }

    private static List<String> lines(String name) {
        try (BufferedReader r = new BufferedReader(FILES.open(name))) {
            return r.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text of {@code krai.properties} with its arguments (strings: numbers must not get grouping spaces). */
    String text(String key, String... args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("krai.properties lacks " + key);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Messages.RUSSIAN).format(args);
    }

    List<String> list(String key) {
        return Arrays.asList(text(key).split(","));
    }

    /** «Иванова Мария Петровна» as {last, first, middle}; {@code female} picks the forms. */
    String[] person(Random rnd, boolean female) {
        String[] surname = surnames.get(rnd.nextInt(surnames.size()));
        String first = (female ? femaleNames : maleNames).get(rnd.nextInt((female ? femaleNames : maleNames).size()));
        String[] patronymic = patronymics.get(rnd.nextInt(patronymics.size()));
        return new String[] {surname[female ? 1 : 0], first, patronymic[female ? 1 : 0]};
    }

    /** A project topic for an organization of {@code type}: action, object, context. */
    String topic(Random rnd, OrgType type) {
        return pick(rnd, topicParts.get("action"), type) + " " + pick(rnd, topicParts.get("object"), type) + " "
                + pick(rnd, topicParts.get("context"), type);
    }

    private static String pick(Random rnd, List<String[]> parts, OrgType type) {
        List<String[]> fit = parts.stream().filter(p -> p[0].equals("ALL") || p[0].equals(type.name())).toList();
        return fit.get(rnd.nextInt(fit.size()))[1];
    }

    static <T> T weighted(Random rnd, List<T> items, ToIntFunction<T> weight) {
        int total = items.stream().mapToInt(weight).sum();
        int x = rnd.nextInt(total);
        for (T t : items) {
            x -= weight.applyAsInt(t);
            if (x < 0) {
                return t;
            }
        }
        throw new IllegalStateException("weights changed while picking");
    }
}
