package ru.knmc.innonet.contest;

import java.util.function.Supplier;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Window;
import ru.knmc.innonet.common.Messages;

/** The contest's set-up tabs: the contest and its stages, the criteria, the expert groups, the assignment. */
final class ContestSetupTabs {
    private ContestSetupTabs() {
    }

    /** Adds the tabs; the returned action opens «Настройка» on a new contest's form (the header's «Новый конкурс…»). */
    static Runnable add(TabPane tabs, ContestViewModel vm, Supplier<Window> owner) {
        ContestSetupViewModel setup = new ContestSetupViewModel(vm.dsl(), vm.background(), vm);
        // In the order of the work: set-up, criteria and experts before the applications, the assignment after them.
        Tab applications = tabs.getTabs().get(0);
        ContestSetupPane setupPane = new ContestSetupPane(setup, owner);
        Tab setupTab = tab("contest.tab.setup", "tab-setup", setupPane.build());
        tabs.getTabs().add(0, setupTab);
        tabs.getTabs().add(1, tab("contest.tab.criteria", "tab-criteria",
                new CriteriaSetEditor(new CriteriaViewModel(vm), owner).build()));
        tabs.getTabs().add(2, tab("contest.tab.experts", "tab-experts",
                new ExpertGroupsPane(new ExpertGroupsViewModel(vm), owner).build()));
        AssignmentViewModel assignment = new AssignmentViewModel(vm);
        Tab assignTab = tab("contest.tab.assignment", "tab-assignment", new AssignmentPane(assignment, owner).build());
        // Conflicts follow the registry: shown again, the tab computes them anew.
        assignTab.selectedProperty().addListener((o, a, shown) -> {
            if (shown) {
                assignment.load();
            }
        });
        tabs.getTabs().add(tabs.getTabs().indexOf(applications) + 1, assignTab);
        tabs.getSelectionModel().select(applications); // the daily work opens first
        return () -> {
            tabs.getSelectionModel().select(setupTab);
            setupPane.newContest();
        };
    }

    /** A tab of the contest screen with an id, so that its header can be found (the header carries the tab's id). */
    static Tab tab(String key, String id, javafx.scene.Node content) {
        Tab t = new Tab(Messages.get(key), content);
        t.setId(id);
        return t;
    }
}
