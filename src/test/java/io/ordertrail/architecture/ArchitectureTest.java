package io.ordertrail.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ejb.MessageDriven;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The architecture of docs/architecture.md, as rules a wrong import breaks: capabilities depend one way, platform is
 * wiring, the domain is free of containers and channels, and pages, resources and listeners go through services.
 */
@AnalyzeClasses(packages = "io.ordertrail", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Jakarta Persistence, but for its annotations and the enums their attributes take. */
    private static final DescribedPredicate<JavaClass> PERSISTENCE_BEYOND_MAPPING = resideInAPackage(
                    "jakarta.persistence..")
            .and(DescribedPredicate.not(JavaClass.Predicates.ANNOTATIONS))
            .and(DescribedPredicate.not(JavaClass.Predicates.ENUMS))
            .as("Jakarta Persistence beyond its mapping annotations");

    @ArchTest
    static final ArchRule capabilitiesDependOneWay = slices().matching("io.ordertrail.(*)..")
            .namingSlices("$1")
            .should()
            .beFreeOfCycles()
            .because("one capability that needs another higher up publishes an event or owns an interface instead");

    @ArchTest
    static final ArchRule platformIsWiringOnly = noClasses()
            .that()
            .resideInAPackage("io.ordertrail.platform..")
            .should()
            .dependOnClassesThat(resideInAPackage("io.ordertrail..")
                    .and(DescribedPredicate.not(resideInAPackage("io.ordertrail.platform.."))))
            .because("platform is wiring that every capability uses, and knows none of them");

    @ArchTest
    static final ArchRule domainKnowsNoOuterLayer = noClasses()
            .that()
            .resideInAPackage("io.ordertrail..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.ordertrail..application..",
                    "io.ordertrail..infrastructure..",
                    "io.ordertrail..web..",
                    "io.ordertrail..api..")
            .because("rules live in the domain, and services, pages and resources use it, not the other way");

    @ArchTest
    static final ArchRule domainKnowsNoContainer = noClasses()
            .that()
            .resideInAPackage("io.ordertrail..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.ejb..", "jakarta.jms..", "jakarta.faces..")
            .orShould()
            .dependOnClassesThat(PERSISTENCE_BEYOND_MAPPING)
            .because("a domain rule is tested without a container and holds whatever channel an order came by");

    @ArchTest
    static final ArchRule pagesResourcesAndListenersGoThroughServices = noClasses()
            .that()
            .resideInAnyPackage("io.ordertrail..web..", "io.ordertrail..api..")
            .or()
            .areAnnotatedWith(MessageDriven.class)
            .should()
            .dependOnClassesThat()
            .areAssignableTo(EntityManager.class)
            .because("application services are the transaction and security boundary");

    @ArchTest
    static final ArchRule jsonProviderLookedUpOnce = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("io.ordertrail.platform.Jsons")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.json.Json")
            .because("jakarta.json.Json looks its provider up on the class path at every call (a measured 5 % of an"
                    + " order's time); io.ordertrail.platform.Jsons looks it up once");

    /**
     * Why a type kept in a session cannot be serialized, or empty when it can: the type itself, what a List or a Map
     * of it holds, and, for our own types, every field they keep, however deep (a serializable record with an entity
     * in it fails at the entity).
     */
    static Optional<String> notSerializable(JavaType type, Set<String> seen) {
        if (type instanceof JavaParameterizedType parameterized) {
            for (JavaType argument : parameterized.getActualTypeArguments()) {
                if (argument instanceof JavaClass || argument instanceof JavaParameterizedType) {
                    Optional<String> inside = notSerializable(argument, seen);
                    if (inside.isPresent()) {
                        return inside;
                    }
                }
            }
        }
        JavaClass raw = type.toErasure();
        while (raw.isArray()) {
            raw = raw.getComponentType();
        }
        if (raw.isPrimitive() || raw.isEnum() || raw.isInterface() || !seen.add(raw.getName())) {
            return Optional.empty(); // an interface: what it holds is checked through its type arguments above
        }
        if (!raw.isAssignableTo(Serializable.class)) {
            return Optional.of(raw.getName());
        }
        if (!raw.getPackageName().startsWith("io.ordertrail")) {
            return Optional.empty();
        }
        for (JavaField kept : raw.getAllFields()) {
            if (!kept.getModifiers().contains(JavaModifier.STATIC)
                    && !kept.getModifiers().contains(JavaModifier.TRANSIENT)
                    && kept.getOwner().getPackageName().startsWith("io.ordertrail")) {
                Optional<String> inside = notSerializable(kept.getType(), seen);
                if (inside.isPresent()) {
                    return Optional.of(kept.getFullName() + " -> " + inside.get());
                }
            }
        }
        return Optional.empty();
    }

    /** What a session or view field keeps that cannot be serialized; empty for what is not serialized at all. */
    static Optional<String> keptAndNotSerializable(JavaField field) {
        if (field.getModifiers().contains(JavaModifier.STATIC)
                || field.getModifiers().contains(JavaModifier.TRANSIENT)
                || field.isAnnotatedWith(Inject.class)) {
            return Optional.empty(); // not serialized, or a proxy the container serializes itself
        }
        return notSerializable(field.getType(), new HashSet<>());
    }

    @ArchTest
    static final ArchRule sessionAndViewStateIsSerializable = fields().that()
            .areDeclaredInClassesThat()
            .areAnnotatedWith(SessionScoped.class)
            .or()
            .areDeclaredInClassesThat()
            .areAnnotatedWith(ViewScoped.class)
            .should(new ArchCondition<JavaField>("be serializable, transient or injected") {
                @Override
                public void check(JavaField field, ConditionEvents events) {
                    keptAndNotSerializable(field)
                            .ifPresent(problem -> events.add(SimpleConditionEvent.violated(
                                    field,
                                    field.getFullName() + " keeps " + problem
                                            + ", which cannot be serialized: keep its id, make it transient, or make"
                                            + " the type serializable")));
                }
            })
            .because("a session must survive its server (issue 22): the data grid serializes it to another");
}
