package io.ordertrail.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.ejb.MessageDriven;
import jakarta.persistence.EntityManager;

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
}
