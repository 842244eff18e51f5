package ru.knmc.innonet.app;

import java.util.function.BiConsumer;
import java.util.function.IntSupplier;
import javafx.scene.control.ListCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;

/** A list whose rows the user puts in order by dragging one onto the place it should take. */
public final class DragReorder {
    private DragReorder() {
    }

    /**
     * Lets {@code cell} be dragged and dropped on: a drop calls {@code move(from, to)}; a drop below the
     * last row moves to the end ({@code size} is the list's length).
     */
    public static <T> ListCell<T> install(ListCell<T> cell, IntSupplier size, BiConsumer<Integer, Integer> move) {
        cell.setOnDragDetected(e -> {
            if (cell.isEmpty()) {
                return;
            }
            var board = cell.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(String.valueOf(cell.getIndex()));
            board.setContent(content);
            e.consume();
        });
        cell.setOnDragOver(e -> {
            if (e.getGestureSource() != cell && e.getDragboard().hasString()) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        cell.setOnDragDropped(e -> {
            boolean done = false;
            if (e.getDragboard().hasString()) {
                int from = Integer.parseInt(e.getDragboard().getString());
                int to = cell.isEmpty() ? size.getAsInt() - 1 : cell.getIndex();
                move.accept(from, to);
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
        return cell;
    }
}
