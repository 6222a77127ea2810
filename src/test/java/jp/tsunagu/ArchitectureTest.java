package jp.tsunagu;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holds the package-by-feature layout: features lean one way and keep their internals to themselves. */
class ArchitectureTest {

    private static JavaClasses classes;
    private static FeatureRules rules;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.tsunagu");
        rules = FeatureRules.of(classes, "jp.tsunagu", "security");
    }

    @Test
    void features_are_found_in_the_classes_not_listed_by_hand() {
        assertThat(rules.features()).contains("deal", "pipeline", "base", "audit", "search", "ops");
    }

    @Test
    void features_do_not_depend_on_each_other_in_a_cycle() {
        rules.noCycles().check(classes);
    }

    @Test
    void the_shared_base_depends_on_no_feature() {
        rules.baseKnowsNoFeature().check(classes);
    }

    @Test
    void the_audit_log_depends_on_no_feature() {
        rules.auditKnowsNoFeature().check(classes);
    }

    @Test
    void a_features_views_are_used_by_that_feature_only() {
        rules.viewsStayInTheirFeature().check(classes);
    }

    @Test
    void time_is_read_from_the_injected_clock() {
        // now() without an argument reads the JVM's clock and zone: tests that move the clock would not move it.
        noClasses()
                .should()
                .callMethod(Instant.class, "now")
                .orShould()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(LocalDateTime.class, "now")
                .orShould()
                .callMethod(ZonedDateTime.class, "now")
                .orShould()
                .callMethod(LocalTime.class, "now")
                .check(classes);
    }

    @Test
    void japan_time_is_named_once() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(Application.class.getName())
                .should()
                .callMethod(ZoneId.class, "of", String.class)
                .check(classes);
    }

    @Test
    void views_never_touch_repositories_or_the_process_engine() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("org.camunda..")
                .check(classes);
    }

    @Test
    void only_the_pipeline_speaks_to_the_process_engine() {
        // Others may implement a delegate the BPMN calls (the SLA sweep), not drive the engine.
        noClasses()
                .that()
                .resideOutsideOfPackages("jp.tsunagu.pipeline..", "jp.tsunagu.base", "jp.tsunagu.demo")
                .should()
                .dependOnClassesThat(resideInAPackage("org.camunda.bpm.engine..")
                        .and(not(resideInAPackage("org.camunda.bpm.engine.delegate.."))))
                .check(classes);
    }

    @Test
    void the_deal_does_not_know_the_pipeline_that_moves_it() {
        noClasses()
                .that()
                .resideInAPackage("jp.tsunagu.deal..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jp.tsunagu.pipeline..", "jp.tsunagu.sla..")
                .check(classes);
    }

    @Test
    void the_pipeline_does_not_depend_on_the_sla_that_measures_it() {
        noClasses()
                .that()
                .resideInAPackage("jp.tsunagu.pipeline..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jp.tsunagu.sla..")
                .check(classes);
    }

    @Test
    void repositories_stay_inside_their_feature() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Repository")
                .should()
                .notBePublic()
                .check(classes);
    }
}
