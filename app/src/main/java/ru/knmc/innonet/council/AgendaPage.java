package ru.knmc.innonet.council;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.registry.Person;

/**
 * The agenda as a printed page: what the preview shows and what JavaFX prints. The same text as the
 * Word agenda: approval block, title, date, time and place, numbered items with their speakers.
 */
final class AgendaPage {
    /** A4 at 72 dpi. */
    static final double WIDTH = 595;
    static final double HEIGHT = 842;
    private static final String SERIF = "Liberation Serif";
    private static final double TEXT_WIDTH = WIDTH - 85 - 28;

    private AgendaPage() {
    }

    static VBox build(MeetingPaper p) {
        VBox page = new VBox(4);
        page.setId("agenda-page");
        page.setPadding(new Insets(57, 28, 57, 85));
        page.setPrefWidth(WIDTH);
        page.setMinHeight(HEIGHT);
        page.setMaxWidth(WIDTH);
        page.setStyle("-fx-background-color: white; -fx-border-color: #c8c8c8;");
        if (p == null) {
            return page;
        }
        VBox approval = new VBox(2);
        approval.setAlignment(Pos.TOP_LEFT);
        approval.setPadding(new Insets(0, 0, 14, 250));
        approval.setMaxWidth(TEXT_WIDTH);
        approval.getChildren().add(text(Messages.get("agenda.approve"), 12, true));
        Person chair = p.chair();
        approval.getChildren().add(text(Messages.get("agenda.chairOf"), 12, false));
        if (chair != null && chair.position() != null) {
            approval.getChildren().add(text(chair.position(), 12, false));
        }
        approval.getChildren().add(text("_____________ " + (chair == null ? "" : initialsFirst(chair)), 12, false));
        approval.getChildren().add(text(Messages.get("agenda.dateLine"), 12, false));
        page.getChildren().add(approval);
        Label title = text(Messages.get("agenda.title"), 13, true);
        title.setMaxWidth(TEXT_WIDTH);
        title.setPrefWidth(TEXT_WIDTH);
        title.setAlignment(Pos.CENTER);
        Label subtitle = text(Messages.get("agenda.subtitle"), 12, true);
        subtitle.setMaxWidth(TEXT_WIDTH);
        subtitle.setPrefWidth(TEXT_WIDTH);
        subtitle.setAlignment(Pos.CENTER);
        page.getChildren().addAll(title, subtitle);
        page.getChildren().add(text(Messages.get("agenda.when", Dates.format(p.date()),
                p.time() == null ? "" : p.time().toString(), p.place() == null ? "" : p.place()), 12, false));
        Region gap = new Region();
        gap.setMinHeight(8);
        page.getChildren().add(gap);
        for (MeetingPaper.Item item : p.items()) {
            Label head = text(item.number() + ". " + item.title(), 12, false);
            head.setId("agenda-page-item-" + item.number());
            page.getChildren().add(head);
            for (Person s : item.speakers()) {
                Label sp = text(Messages.get("agenda.speaker", MeetingPaper.speaker(s)), 11, false);
                sp.setPadding(new Insets(0, 0, 0, 20));
                page.getChildren().add(sp);
            }
            if (item.minutes() != null) {
                Label min = text(Messages.get("agenda.minutes", item.minutes()), 11, false);
                min.setPadding(new Insets(0, 0, 4, 20));
                page.getChildren().add(min);
            }
        }
        return page;
    }

    /** «И.О. Фамилия», as a signature is written. */
    static String initialsFirst(Person p) {
        String initials = (p.firstName() == null || p.firstName().isBlank() ? "" : p.firstName().charAt(0) + ".")
                + (p.middleName() == null || p.middleName().isBlank() ? "" : p.middleName().charAt(0) + ".");
        return initials.isEmpty() ? p.lastName() : initials + "\u00a0" + p.lastName();
    }

    private static Label text(String s, double size, boolean bold) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMaxWidth(TEXT_WIDTH);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setTextAlignment(TextAlignment.LEFT);
        l.setFont(Font.font(SERIF, bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
        l.setStyle("-fx-text-fill: black;");
        return l;
    }
}
