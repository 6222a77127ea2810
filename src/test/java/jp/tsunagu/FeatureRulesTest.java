package jp.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The feature rules find a new package by themselves: nobody has to add it to a list for it to be checked. */
class FeatureRulesTest {

    private static final String ROOT = "jp.tsunagu.archfixture";
    private final JavaClasses fixture = new ClassFileImporter().importPackages(ROOT);
    private final FeatureRules rules = FeatureRules.of(fixture, ROOT, "security");

    @Test
    void a_package_nobody_listed_is_a_feature_as_soon_as_it_has_a_class() {
        assertThat(rules.features()).containsExactly("alpha", "base", "brandnew");
    }

    @Test
    void the_base_reaching_into_the_new_feature_is_reported() {
        EvaluationResult result = rules.baseKnowsNoFeature().evaluate(fixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("Kernel").contains("brandnew.Fresh"));
    }

    @Test
    void the_new_feature_using_another_features_screen_is_reported() {
        EvaluationResult result = rules.viewsStayInTheirFeature().evaluate(fixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("brandnew.Fresh").contains("AlphaView"));
    }
}
