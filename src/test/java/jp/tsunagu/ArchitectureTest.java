package jp.tsunagu;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holds the package-by-feature layout: features lean one way and keep their internals to themselves. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.tsunagu");
    }

    @Test
    void features_do_not_depend_on_each_other_in_a_cycle() {
        // The shell (main layout, home redirect) shows who is logged in: its one edge into a feature.
        slices().matching("jp.tsunagu.(*)..")
                .should()
                .beFreeOfCycles()
                .ignoreDependency(resideInAPackage("jp.tsunagu.base.ui"), resideInAPackage("jp.tsunagu.security"))
                .check(classes);
    }

    @Test
    void the_shared_base_depends_on_no_feature() {
        noClasses()
                .that()
                .resideInAnyPackage("jp.tsunagu.base", "jp.tsunagu.base.i18n")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jp.tsunagu.deal..",
                        "jp.tsunagu.pipeline..",
                        "jp.tsunagu.security..",
                        "jp.tsunagu.customer..",
                        "jp.tsunagu.facility..",
                        "jp.tsunagu.sla..",
                        "jp.tsunagu.demo..",
                        "jp.tsunagu.notification..",
                        "jp.tsunagu.crm..",
                        "jp.tsunagu.requirements..",
                        "jp.tsunagu.questions..",
                        "jp.tsunagu.assignment..",
                        "jp.tsunagu.trial..",
                        "jp.tsunagu.delivery..",
                        "jp.tsunagu.wages..",
                        "jp.tsunagu.kpi..",
                        "jp.tsunagu.api..",
                        "jp.tsunagu.audit..",
                        "jp.tsunagu.documents..",
                        "jp.tsunagu.comments..",
                        "jp.tsunagu.search..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("jp.tsunagu.base.ui")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jp.tsunagu.deal..",
                        "jp.tsunagu.pipeline..",
                        "jp.tsunagu.customer..",
                        "jp.tsunagu.facility..",
                        "jp.tsunagu.sla..",
                        "jp.tsunagu.demo..",
                        "jp.tsunagu.notification..",
                        "jp.tsunagu.crm..",
                        "jp.tsunagu.requirements..",
                        "jp.tsunagu.questions..",
                        "jp.tsunagu.assignment..",
                        "jp.tsunagu.trial..",
                        "jp.tsunagu.delivery..",
                        "jp.tsunagu.wages..",
                        "jp.tsunagu.kpi..",
                        "jp.tsunagu.api..",
                        "jp.tsunagu.audit..",
                        "jp.tsunagu.documents..",
                        "jp.tsunagu.comments..",
                        "jp.tsunagu.search..")
                .check(classes);
    }

    @Test
    void the_audit_log_depends_on_no_feature() {
        // Every feature writes to it (logins too), so it must not know any of them.
        noClasses()
                .that()
                .resideInAPackage("jp.tsunagu.audit..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jp.tsunagu.deal..",
                        "jp.tsunagu.pipeline..",
                        "jp.tsunagu.security..",
                        "jp.tsunagu.sla..",
                        "jp.tsunagu.assignment..",
                        "jp.tsunagu.api..")
                .check(classes);
    }

    @Test
    void a_features_views_are_used_by_that_feature_only() {
        for (String feature : new String[] {
            "deal",
            "pipeline",
            "security",
            "customer",
            "facility",
            "sla",
            "notification",
            "assignment",
            "crm",
            "requirements",
            "questions",
            "trial",
            "delivery",
            "wages",
            "kpi"
        }) {
            classes()
                    .that()
                    .resideInAPackage("jp.tsunagu." + feature + ".ui..")
                    .should()
                    .onlyBeAccessed()
                    .byAnyPackage("jp.tsunagu." + feature + "..")
                    .allowEmptyShould(true)
                    .check(classes);
        }
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
