package io.gloss.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import jakarta.persistence.Entity;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The directions dependencies may take, so the package loop cannot come back: features depend on
 * more basic features only, and within a feature a request goes resource → service → entity. The
 * README's code map draws the same picture.
 */
@AnalyzeClasses(packages = "io.gloss", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

    /** Each package, and the packages it may use: nothing else, and never one above it. */
    @ArchTest
    static final ArchRule featuresDependOnMoreBasicOnesOnly = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("ops").definedBy("io.gloss.ops..")
            .layer("demo").definedBy("io.gloss.demo..")
            .layer("render").definedBy("io.gloss.render..")
            .layer("listupdate").definedBy("io.gloss.listupdate..")
            .layer("webannotation").definedBy("io.gloss.webannotation..")
            .layer("archive").definedBy("io.gloss.archive..")
            .layer("compliance").definedBy("io.gloss.compliance..")
            .layer("annotation").definedBy("io.gloss.annotation..")
            .layer("article").definedBy("io.gloss.article..")
            .layer("publication").definedBy("io.gloss.publication..")
            .layer("registry").definedBy("io.gloss.registry..")
            .layer("access").definedBy("io.gloss.access..")
            .layer("detect").definedBy("io.gloss.detect..")
            .layer("anchoring").definedBy("io.gloss.anchoring..")
            .layer("audit").definedBy("io.gloss.audit..")
            .layer("http").definedBy("io.gloss.http..")
            .layer("basics").definedBy("io.gloss")
            .whereLayer("ops").mayOnlyAccessLayers("demo", "basics")
            .whereLayer("demo").mayOnlyAccessLayers("compliance", "annotation", "article", "publication", "registry",
                    "anchoring", "audit", "http", "basics")
            .whereLayer("render").mayOnlyAccessLayers("compliance", "annotation", "article", "publication", "registry",
                    "access", "detect", "anchoring", "http", "basics")
            .whereLayer("listupdate").mayOnlyAccessLayers("compliance", "registry", "publication", "access", "http", "basics")
            .whereLayer("archive").mayOnlyAccessLayers("webannotation", "annotation", "article", "publication", "access", "audit",
                    "http", "basics")
            .whereLayer("webannotation").mayOnlyAccessLayers("annotation", "article", "publication", "access", "anchoring", "http",
                    "basics")
            .whereLayer("compliance").mayOnlyAccessLayers("annotation", "article", "publication", "registry", "access",
                    "detect", "http", "basics")
            .whereLayer("annotation").mayOnlyAccessLayers("article", "publication", "registry", "access", "anchoring",
                    "audit", "http", "basics")
            .whereLayer("article").mayOnlyAccessLayers("publication", "access", "http", "basics")
            .whereLayer("publication").mayOnlyAccessLayers("access", "http", "basics")
            .whereLayer("registry").mayOnlyAccessLayers("access", "detect", "audit", "http", "basics")
            .whereLayer("access").mayOnlyAccessLayers("http", "basics")
            .whereLayer("detect").mayOnlyAccessLayers("basics")
            .whereLayer("anchoring").mayNotAccessAnyLayer()
            .whereLayer("audit").mayNotAccessAnyLayer()
            .whereLayer("http").mayOnlyAccessLayers("basics")
            .whereLayer("basics").mayNotAccessAnyLayer();

    @ArchTest
    static final ArchRule noPackageLoop = slices().matching("io.gloss.(*)..").should().beFreeOfCycles();

    /** Detection is plain Java over Lucene: it runs, and is tested, without Quarkus, Jakarta or a database. */
    @ArchTest
    static final ArchRule detectionIsPlainJava = classes().that().resideInAPackage("io.gloss.detect..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.gloss.detect..", "io.gloss", "java..",
                    "org.apache.lucene..");

    /** Nothing calls a resource: resources are the way in, and only requests reach them. */
    @ArchTest
    static final ArchRule resourcesAreTheWayIn = noClasses().should().dependOnClassesThat()
            .haveSimpleNameEndingWith("Resource").because("what a resource does belongs in its service");

    /** Entities are data: they never call the services or resources that use them. */
    @ArchTest
    static final ArchRule entitiesCallNoService = noClasses().that().areAnnotatedWith(Entity.class)
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Service")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Resource");
}
