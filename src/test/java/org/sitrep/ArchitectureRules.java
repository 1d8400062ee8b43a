package org.sitrep;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The package rules of docs/architecture.md, as ArchUnit rules over a root package. The root is a
 * parameter so that a test can show the rules failing on a deliberately bad set of classes.
 *
 * <p>Everything under {@code org.sitrep.internal} is internal ({@link #INTERNAL}); the table's keys are
 * sub-packages of the root, so {@code "internal.nlp"} is {@code org.sitrep.internal.nlp}.
 */
final class ArchitectureRules {

  /** "" is the root package itself (the facade); the others are sub-packages with their own sub-packages. */
  static final String FACADE = "";

  /** Who may use whom, by sub-package of the root: the "may use" column of docs/architecture.md. */
  static final Map<String, Set<String>> MAY_USE = table();

  /** Sub-packages that are not API: a host must not need them, and the API must not expose them. */
  static final List<String> INTERNAL = List.of("internal");

  /** Sub-packages (and the facade) whose public types are the library's API. */
  static final List<String> API = List.of(FACADE, "claim", "json", "testing", "spark");

  /** The extractor SPI, by sub-package: what a host's extractor implements and reads, and nothing else. */
  static final List<String> SPI = List.of("nlp", "extract");

  private static Map<String, Set<String>> table() {
    Map<String, Set<String>> t = new LinkedHashMap<>();
    t.put(FACADE, Set.of("nlp", "claim", "extract", "json", "internal.nlp", "internal.extract", "internal.geo"));
    t.put("nlp", Set.of());
    t.put("claim", Set.of());
    t.put("extract", Set.of("nlp", "claim"));
    t.put("json", Set.of("claim"));
    t.put("cli", Set.of(FACADE, "claim", "json", "internal.eval", "internal.render", "internal.nlp"));
    t.put("spark", Set.of(FACADE, "claim", "json"));
    t.put("testing", Set.of(FACADE, "claim"));
    t.put("internal.nlp", Set.of("nlp", "internal.lexicon"));
    t.put("internal.lexicon", Set.of());
    t.put("internal.extract", Set.of("nlp", "claim", "extract", "internal.nlp", "internal.geo", "internal.lexicon"));
    t.put("internal.geo", Set.of("internal.lexicon"));
    t.put("internal.eval", Set.of("claim", "json"));
    t.put("internal.render", Set.of(FACADE, "claim"));
    return t;
  }

  private ArchitectureRules() {}

  /** Every rule, for classes under {@code root} ("org.sitrep"). */
  static List<ArchRule> all(String root) {
    List<ArchRule> rules = new ArrayList<>(packageRows(root));
    rules.add(onlyIn(root, "internal.nlp", "CoreNLP", "edu.stanford.nlp.."));
    rules.add(onlyIn(root, "spark", "Spark", "org.apache.spark..", "scala.."));
    rules.add(onlyIn(root, "cli", "picocli", "picocli.."));
    rules.add(onlyIn(root, "testing", "AssertJ (an optional dependency)", "org.assertj.."));
    rules.add(noClasses().that().resideInAPackage(root + "..")
        .should().dependOnClassesThat().resideInAPackage("org.slf4j.simple..")
        .as("library code logs through the SLF4J API only, never a binding").allowEmptyShould(true));
    rules.add(cliOnlyThroughTheQuoteBaseline(root));
    rules.add(classes().that().resideInAPackage(pkg(root, "cli")).and().arePublic()
        .should().haveSimpleName("Main")
        .as("the command line's only public class is its entry point, Main").allowEmptyShould(true));
    rules.add(apiExposesNoInternalType(root));
    rules.add(spiUsesOnlyTheClaimModel(root));
    return rules;
  }

  /** One rule per row of the table: a package uses nothing of ours that its row does not name. */
  static List<ArchRule> packageRows(String root) {
    List<ArchRule> rules = new ArrayList<>();
    for (Map.Entry<String, Set<String>> row : MAY_USE.entrySet()) {
      Set<String> forbidden = new LinkedHashSet<>(MAY_USE.keySet());
      forbidden.remove(row.getKey());
      forbidden.removeAll(row.getValue());
      String[] packages = forbidden.stream().map(p -> pkg(root, p)).toArray(String[]::new);
      rules.add(noClasses().that().resideInAPackage(pkg(root, row.getKey()))
          .should().dependOnClassesThat().resideInAnyPackage(packages)
          .as(name(root, row.getKey()) + " uses only " + (row.getValue().isEmpty() ? "nothing else of ours"
              : String.join(", ", row.getValue().stream().sorted().map(p -> name(root, p)).toList())))
          .allowEmptyShould(true));
    }
    return rules;
  }

  /** {@code library}'s classes are used in sub-package {@code home} only. */
  static ArchRule onlyIn(String root, String home, String library, String... libraryPackages) {
    return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(pkg(root, home))
        .should().dependOnClassesThat().resideInAnyPackage(libraryPackages)
        .as(library + " is used in " + name(root, home) + " only").allowEmptyShould(true);
  }

  /** The command line reaches into nlp for CoreNLP's quote baseline (evaluate --baseline) and nothing else. */
  static ArchRule cliOnlyThroughTheQuoteBaseline(String root) {
    return noClasses().that().resideInAPackage(pkg(root, "cli"))
        .should().dependOnClassesThat(DescribedPredicate.describe(
            "are in " + name(root, "internal.nlp") + " but not its CoreNlpQuoteBaseline",
            (JavaClass c) -> c.getPackageName().equals(root + ".internal.nlp")
                && !c.getName().startsWith(root + ".internal.nlp.CoreNlpQuoteBaseline")))
        .as(name(root, "cli") + " uses " + name(root, "internal.nlp") + " for the CoreNLP quote baseline only")
        .allowEmptyShould(true);
  }

  /** No public member of a public API or SPI type names an internal type in its signature. */
  static ArchRule apiExposesNoInternalType(String root) {
    return members().that().areDeclaredInClassesThat(DescribedPredicate.describe(
            "are in the API or the extractor SPI", (JavaClass c) -> isApi(root, c) || isSpi(root, c)))
        .and().areDeclaredInClassesThat().arePublic()
        .and().arePublic()
        .should(new ArchCondition<JavaMember>("name no type of the internal packages " + INTERNAL + " in their signature") {
          @Override
          public void check(JavaMember member, ConditionEvents events) {
            Set<JavaClass> involved = new LinkedHashSet<>();
            if (member instanceof JavaCodeUnit unit) {
              involved.addAll(unit.getReturnType().getAllInvolvedRawTypes());
              unit.getParameterTypes().forEach(t -> involved.addAll(t.getAllInvolvedRawTypes()));
            } else if (member instanceof JavaField field) {
              involved.addAll(field.getType().getAllInvolvedRawTypes());
            }
            for (JavaClass type : involved) {
              if (isInternal(root, type)) {
                events.add(SimpleConditionEvent.violated(member,
                    member.getFullName() + " exposes internal type " + type.getName()));
              }
            }
          }
        })
        .as("the API (" + String.join(", ", API.stream().map(p -> name(root, p)).toList())
            + ") and the extractor SPI expose no internal type")
        .allowEmptyShould(true);
  }

  /** The SPI depends on nothing of ours but the claim model and itself: a host's extractor needs nothing internal. */
  static ArchRule spiUsesOnlyTheClaimModel(String root) {
    return noClasses().that(DescribedPredicate.describe(
            "are the extractor SPI", (JavaClass c) -> isSpi(root, c)))
        .should().dependOnClassesThat(DescribedPredicate.describe(
            "are ours but neither the SPI nor " + name(root, "claim"),
            (JavaClass c) -> c.getPackageName().startsWith(root + ".") && !isSpi(root, c)
                && !c.getPackageName().equals(root + ".claim")))
        .as("the extractor SPI uses only " + name(root, "claim") + " and itself")
        .allowEmptyShould(true);
  }

  static boolean isInternal(String root, JavaClass type) {
    return INTERNAL.stream().anyMatch(p -> type.getPackageName().equals(root + "." + p)
        || type.getPackageName().startsWith(root + "." + p + "."));
  }

  static boolean isApi(String root, JavaClass type) {
    return API.stream().anyMatch(p -> type.getPackageName().equals(p.isEmpty() ? root : root + "." + p));
  }

  /** A type of the {@link #SPI} packages (their sub-packages, if any, are not SPI). */
  static boolean isSpi(String root, JavaClass type) {
    return SPI.stream().anyMatch(p -> type.getPackageName().equals(root + "." + p));
  }

  /** ArchUnit's package pattern for a sub-package and its sub-packages; the facade is the root alone. */
  static String pkg(String root, String sub) {
    return sub.isEmpty() ? root : root + "." + sub + "..";
  }

  private static String name(String root, String sub) {
    return sub.isEmpty() ? root : root + "." + sub;
  }
}
