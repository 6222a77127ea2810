package jp.tsunagu;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import jp.tsunagu.base.ui.Embeddable;

/**
 * The package-by-feature rules, for whatever features the classes hold: a feature is a package right below
 * the root, found in the classes, never listed by hand, so a new package is checked the day it appears.
 *
 * <p>{@code base} is the shared kernel every feature may use; its {@code base.ui} shell (main layout, home
 * redirect) shows who is logged in, its one edge into a feature ({@code shellMayUse}).
 */
final class FeatureRules {

    private final String root;
    private final SortedSet<String> features;
    private final String shellMayUse;

    private FeatureRules(String root, SortedSet<String> features, String shellMayUse) {
        this.root = root;
        this.features = features;
        this.shellMayUse = shellMayUse;
    }

    static FeatureRules of(JavaClasses classes, String root, String shellMayUse) {
        SortedSet<String> found = new TreeSet<>();
        for (JavaClass c : classes) {
            String pkg = c.getPackageName();
            if (pkg.startsWith(root + ".")) {
                String rest = pkg.substring(root.length() + 1);
                int dot = rest.indexOf('.');
                found.add(dot < 0 ? rest : rest.substring(0, dot));
            }
        }
        return new FeatureRules(root, found, shellMayUse);
    }

    SortedSet<String> features() {
        return features;
    }

    /** Features depend on each other one way only. */
    ArchRule noCycles() {
        return slices().matching(root + ".(*)..")
                .should()
                .beFreeOfCycles()
                .ignoreDependency(resideInAPackage(root + ".base.ui"), resideInAPackage(root + "." + shellMayUse));
    }

    /** The shared base knows no feature (its shell only the one that says who is logged in). */
    ArchRule baseKnowsNoFeature() {
        String[] others =
                packagesOf(features.stream().filter(f -> !f.equals("base")).toList());
        String[] othersButShell = packagesOf(features.stream()
                .filter(f -> !f.equals("base") && !f.equals(shellMayUse))
                .toList());
        return CompositeArchRule.of(noClasses()
                        .that()
                        .resideInAPackage(root + ".base")
                        .or()
                        .resideInAPackage(root + ".base.i18n")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(others))
                .and(noClasses()
                        .that()
                        .resideInAPackage(root + ".base.ui..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(othersButShell)
                        .allowEmptyShould(true));
    }

    /**
     * A feature's screens ({@code <feature>.ui}) are opened by routes, never used by another feature, but for a
     * part marked {@link Embeddable}.
     */
    ArchRule viewsStayInTheirFeature() {
        List<String> withViews =
                features.stream().filter(f -> !f.equals("base")).toList();
        ArchRule rule = null;
        for (String feature : withViews) {
            ArchRule one = classes()
                    .that()
                    .resideInAPackage(root + "." + feature + ".ui..")
                    .and()
                    .areNotAnnotatedWith(Embeddable.class)
                    .should()
                    .onlyBeAccessed()
                    .byAnyPackage(root + "." + feature + "..")
                    .allowEmptyShould(true);
            rule = rule == null ? CompositeArchRule.of(one) : ((CompositeArchRule) rule).and(one);
        }
        return rule;
    }

    /** Every feature writes to the audit log, so the audit log must not know any of them. */
    ArchRule auditKnowsNoFeature() {
        return noClasses()
                .that()
                .resideInAPackage(root + ".audit..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(packagesOf(features.stream()
                        .filter(f -> !f.equals("audit") && !f.equals("base"))
                        .toList()));
    }

    private String[] packagesOf(List<String> names) {
        return names.stream().map(f -> root + "." + f + "..").toArray(String[]::new);
    }
}
