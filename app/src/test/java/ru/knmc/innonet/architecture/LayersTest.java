package ru.knmc.innonet.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of ARCHITECTURE.md: data-model knows nothing of JavaFX, POI, JFreeChart or our other
 * modules; reports knows no JavaFX; only data-model touches the generated jOOQ classes; view models
 * hold no scene-graph classes. Modules share feature package names, so classes are told apart by the
 * module they were compiled in.
 */
class LayersTest {
    private static JavaClasses dataModel;
    private static JavaClasses reports;
    private static JavaClasses app;
    private static final Set<String> UPPER = new HashSet<>();

    @BeforeAll
    static void importModules() {
        dataModel = new ClassFileImporter().importPath(Path.of("../data-model/target/classes"));
        reports = new ClassFileImporter().importPath(Path.of("../reports/target/classes"));
        app = new ClassFileImporter().importPath(Path.of("target/classes"));
        reports.forEach(c -> UPPER.add(c.getName()));
        app.forEach(c -> UPPER.add(c.getName()));
    }

    @Test
    void everyModuleWasImported() {
        assertThat(dataModel.size()).isGreaterThan(20);
        assertThat(reports.size()).isGreaterThan(0);
        assertThat(app.size()).isGreaterThan(10);
    }

    @Test
    void dataModelImportsNoUiNoOfficeNoCharts() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.apache.poi..", "org.jfree..",
                        "org.controlsfx..")
                .because("data-model is the domain and its persistence; documents and the window build on it")
                .check(dataModel);
    }

    @Test
    void dataModelImportsNoneOfOurOtherModules() {
        noClasses().should().dependOnClassesThat(new DescribedPredicate<JavaClass>("classes of reports or app") {
                    @Override
                    public boolean test(JavaClass c) {
                        return UPPER.contains(c.getName());
                    }
                })
                .because("dependencies point one way: app → reports → data-model")
                .check(dataModel);
    }

    @Test
    void reportsImportNoJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .because("documents are written headless, from the command line too")
                .check(reports);
    }

    @Test
    void onlyDataModelTouchesGeneratedJooqClasses() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("ru.knmc.innonet.db.jooq..")
                .because("queries live in data-model's services; the rest sees domain records")
                .check(reports);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("ru.knmc.innonet.db.jooq..")
                .because("queries live in data-model's services; the rest sees domain records")
                .check(app);
    }

    @Test
    void viewModelsHoldNoSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("a view model is tested without a window (ARCHITECTURE.md, MVVM)")
                .check(app);
    }
}
