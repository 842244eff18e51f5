package ru.knmc.innonet.registry;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.controlsfx.control.textfield.TextFields;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;

/** «Приказы»: newest first, a search box that filters as you type, add and edit through {@link OrderDialog}. */
final class OrdersTab extends ReferenceTab<LegalOrder> {
    private final OrdersViewModel vm;
    private final TextField search = TextFields.createClearableTextField();

    OrdersTab(OrdersViewModel vm) {
        super("reference.tab.orders", "orders-table", "reference.orders.empty");
        this.vm = vm;
        var date = ReferenceTables.<LegalOrder>column("field.order.date", 115, o -> Dates.format(o.date()));
        date.setMinWidth(115);
        // sort the date column by date, not by its dd.MM.yyyy text
        date.setComparator(java.util.Comparator.comparing(s -> java.time.LocalDate.parse(s, Dates.RU)));
        table.getColumns().add(date);
        var number = ReferenceTables.<LegalOrder>column("field.order.number", 125, LegalOrder::number);
        number.setMinWidth(125);
        table.getColumns().add(number);
        table.getColumns().add(ReferenceTables.column("field.order.issuer", 250, LegalOrder::issuer));
        table.getColumns().add(ReferenceTables.column("field.order.issuerLevel", 130, o -> o.issuerLevel().displayName()));
        table.getColumns().add(ReferenceTables.column("field.order.title", 360, LegalOrder::title));
        table.getColumns().add(ReferenceTables.column("field.order.link", 140, LegalOrder::link));
        showItems(vm.shown());

        search.setId("orders-search");
        search.setPromptText(Messages.get("reference.orders.search"));
        search.setPrefColumnCount(30);
        search.textProperty().bindBidirectional(vm.searchProperty());
        Label count = new Label();
        count.setId("orders-row-count");
        count.getStyleClass().add("row-count");
        count.textProperty().bind(vm.rowCountProperty());
        var edit = rowButton("reference.action.edit", "orders-edit", "Enter", this::edit);
        Node bar = ReferenceTables.toolbar(new Node[] {search},
                ReferenceTables.button("reference.action.add", "orders-add", "Ctrl+N", this::add), edit);
        layout(bar, count);
        showErrors(vm.errorProperty());
        vm.load();
    }

    @Override
    void add() {
        OrderDialog.create(window(), vm.reference()).ifPresent(this::saved);
    }

    @Override
    void edit() {
        LegalOrder o = table.getSelectionModel().getSelectedItem();
        if (o != null) {
            OrderDialog.edit(window(), vm.reference(), o).ifPresent(this::saved);
        }
    }

    private void saved(LegalOrder o) {
        vm.saved(o);
        table.getSelectionModel().select(o);
        table.scrollTo(o);
        table.requestFocus();
    }
}
