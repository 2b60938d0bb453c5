package vn.danvan;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The house rules of the code (ARCHITECTURE.md), as tests: what may depend on what, where persistence and plain JDBC
 * may appear, and that every endpoint takes its edge from the contract. The generated API ({@code vn.danvan.api}) is
 * not ours to check.
 */
class ArchitectureTest {

    private static final List<String> FEATURES = List.of("organization", "identity", "directive", "task",
            "notification", "mobilization", "reception", "webhook", "engagement", "evaluation", "democracy", "report");

    /** The documented direction: a feature may use the platform and these features, nothing else. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("organization", Set.of()),
            Map.entry("identity", Set.of("organization")),
            Map.entry("directive", Set.of("organization")),
            Map.entry("notification", Set.of("organization")),
            Map.entry("mobilization", Set.of("organization")),
            Map.entry("reception", Set.of("organization")),
            Map.entry("task", Set.of("organization", "identity", "directive", "notification")),
            Map.entry("webhook", Set.of("identity")),
            Map.entry("engagement", Set.of("organization", "identity", "reception", "task")),
            Map.entry("evaluation", Set.of("organization", "task")),
            Map.entry("democracy", Set.of("organization")),
            Map.entry("report", Set.of("organization", "notification")));

    private static JavaClasses classes;

    @BeforeAll
    static void importMainCode() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/vn/danvan/api/"))
                .importPackages("vn.danvan", "db.migration");
    }

    @Test
    void thePlatformUsesNoFeature() {
        noClasses().that().resideInAPackage("vn.danvan.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES.stream().map(f -> "vn.danvan." + f + "..")
                        .toArray(String[]::new))
                .check(classes);
    }

    @Test
    void featuresDependOnEachOtherOnlyInTheDocumentedDirection() {
        for (String feature : FEATURES) {
            String[] forbidden = FEATURES.stream().filter(f -> !f.equals(feature) && !ALLOWED.get(feature).contains(f))
                    .map(f -> "vn.danvan." + f + "..").toArray(String[]::new);
            if (forbidden.length > 0) {
                noClasses().that().resideInAPackage("vn.danvan." + feature + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                        .because(feature + " may use only " + ALLOWED.get(feature) + " besides the platform")
                        .check(classes);
            }
        }
    }

    @Test
    void noCyclesBetweenTheSubPackagesOfAFeatureOrOfThePlatform() {
        for (String area : List.of("platform", "organization", "identity", "directive", "task", "notification",
                "mobilization", "reception", "webhook", "engagement", "evaluation", "democracy", "report")) {
            // Features without sub-packages have nothing to check.
            slices().matching("vn.danvan." + area + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true)
                    .check(classes);
        }
        slices().matching("vn.danvan.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void resourcesTouchNeitherPersistenceNorJdbc() {
        classes().that(implementTheGeneratedApi())
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("jakarta.persistence..", "javax.sql..",
                        "java.sql..", "org.hibernate..", "io.quarkus.hibernate..")
                .check(classes);
    }

    @Test
    void plainJdbcLivesInTheSqlPackagesOfFeaturesAndInThePlatform() {
        noClasses().that().resideInAPackage("vn.danvan..")
                .and().resideOutsideOfPackages("vn.danvan..sql..", "vn.danvan.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .because("plain JDBC is kept for measured hot paths, in a sql sub-package of its feature")
                .check(classes);
    }

    @Test
    void persistenceGoesThroughRepositoriesNotActiveRecords() {
        // One style (ARCHITECTURE.md, "Persistence"): plain JPA entities, loaded and saved through a repository or an
        // injected EntityManager; no entity carries Panache's static active-record methods, no class the static facade.
        noClasses().that().resideInAPackage("vn.danvan..")
                .should().beAssignableTo("io.quarkus.hibernate.orm.panache.PanacheEntityBase")
                .orShould().beAssignableTo("io.quarkus.hibernate.orm.panache.PanacheEntity")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.quarkus.hibernate.orm.panache.Panache")
                .because("entities are plain JPA classes used through a …Repository or an injected EntityManager")
                .check(classes);
    }

    @Test
    void everyResourceTakesItsEdgeFromTheContract() {
        classes().that(implementTheGeneratedApi())
                .should().beAnnotatedWith("vn.danvan.platform.idempotency.Idempotent")
                .andShould().haveSimpleNameEndingWith("Resource")
                .check(classes);
        // Roles come from the contract (x-danvan-roles on the generated interfaces), never from a hand-written copy.
        noClasses().that().resideInAPackage("vn.danvan..")
                .should().beAnnotatedWith("jakarta.annotation.security.RolesAllowed")
                .orShould().beAnnotatedWith("jakarta.annotation.security.PermitAll")
                .check(classes);
        classes().should(haveNoMethodAnnotatedWithRoles()).check(classes);
    }

    @Test
    void resourcesAnswerThroughTheSharedResponses() {
        // 200 + ETag, 201 + Location + ETag: one helper (platform/http/Responses), not a hand-built header per resource.
        noClasses().that(implementTheGeneratedApi())
                .should().callMethod("vn.danvan.platform.etag.EntityTags", "header", "long")
                .check(classes);
    }

    @Test
    void namesSayOneThingOnce() {
        // One word per kind of class (ARCHITECTURE.md, "Names"): reads are …Queries or …Repository.
        noClasses().that().resideInAPackage("vn.danvan..")
                .should().haveSimpleNameEndingWith("Directory").orShould().haveSimpleNameEndingWith("Catalog")
                .orShould().haveSimpleNameEndingWith("Lookup").orShould().haveSimpleNameEndingWith("Finder")
                .check(classes);
        Map<String, List<String>> byName = new java.util.TreeMap<>();
        classes.stream().filter(type -> type.getPackageName().startsWith("vn.danvan") && type.getEnclosingClass().isEmpty())
                .forEach(type -> byName.computeIfAbsent(type.getSimpleName(), n -> new java.util.ArrayList<>())
                        .add(type.getPackageName()));
        byName.values().removeIf(packages -> packages.size() < 2);
        org.junit.jupiter.api.Assertions.assertEquals(Map.of(), byName, "top-level classes sharing a name");
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> implementTheGeneratedApi() {
        return com.tngtech.archunit.base.DescribedPredicate.describe("implement a generated API interface",
                type -> type.getAllRawInterfaces().stream().anyMatch(i -> i.getPackageName().equals("vn.danvan.api")
                        && i.getSimpleName().endsWith("Api")));
    }

    private static ArchCondition<JavaClass> haveNoMethodAnnotatedWithRoles() {
        return new ArchCondition<>("have no method annotated with @RolesAllowed, @PermitAll or @DenyAll") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                type.getMethods().forEach(method -> {
                    for (String annotation : List.of("jakarta.annotation.security.RolesAllowed",
                            "jakarta.annotation.security.PermitAll", "jakarta.annotation.security.DenyAll")) {
                        if (method.isAnnotatedWith(annotation)) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                    + " copies roles the contract states"));
                        }
                    }
                });
            }
        };
    }
}
