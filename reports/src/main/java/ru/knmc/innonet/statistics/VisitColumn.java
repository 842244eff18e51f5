package ru.knmc.innonet.statistics;

import java.util.List;
import java.util.Locale;
import ru.knmc.innonet.common.InputVocabulary;

/** The columns of an analytics export this program reads, with the headers Metrica and GA4 give them. */
@InputVocabulary
enum VisitColumn {
    PERIOD("Интервал дат визита", "Дата визита", "Месяц визита", "Неделя визита", "Год визита", "Date", "Дата",
            "Month", "Месяц", "Year month", "Год и месяц", "Nth month"),
    VISITS("Визиты", "Sessions", "Сеансы"),
    VISITORS("Посетители", "Total users", "Users", "Пользователи", "Всего пользователей", "Active users",
            "Активные пользователи"),
    NEW_VISITORS("New users", "Новые пользователи", "Новые посетители"),
    NEW_SHARE("Доля новых посетителей"),
    PAGE_VIEWS("Просмотры", "Views", "Просмотры страниц", "Screen page views", "Просмотры страниц и экранов"),
    BOUNCE("Отказы", "Bounce rate", "Показатель отказов"),
    DEPTH("Глубина просмотра", "Views per session", "Просмотры за сеанс"),
    TIME("Время на сайте", "Average session duration", "Средняя длительность сеанса");

    /** GA4's comment lines «# Start date: 20180101», «# End date: 20181231», in English or Russian. */
    static final List<String> GA_START = List.of("start date", "дата начала");
    static final List<String> GA_END = List.of("end date", "дата окончания");
    static final List<String> TOTAL_ROWS = List.of("итого и средние", "итого", "всего", "total", "totals", "grand total");

    private final List<String> headers;

    VisitColumn(String... headers) {
        this.headers = List.of(headers);
    }

    /** The header the program names when the column is missing: Metrica's for a Russian file, GA4's otherwise. */
    String name(boolean russian) {
        return russian ? headers.get(0) : headers.stream().filter(h -> h.chars().allMatch(c -> c < 128))
                .findFirst().orElse(headers.get(0));
    }

    static VisitColumn match(String header) {
        String h = norm(header);
        for (VisitColumn c : values()) {
            for (String known : c.headers) {
                if (norm(known).equals(h)) {
                    return c;
                }
            }
        }
        return null;
    }

    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u0451', '\u0435').replace('_', ' ').replaceAll("\\s+", " ").strip();
    }
}
