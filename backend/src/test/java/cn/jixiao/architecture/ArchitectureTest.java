package cn.jixiao.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package structure of docs/architecture.md, enforced on the compiled classes. */
@AnalyzeClasses(packages = "cn.jixiao", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Each top-level package is a feature; the arrows between them go one way only. */
    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("cn.jixiao.(*)..").should().beFreeOfCycles();

    /** The validation engine and the exchange format stay plain Java: fast, and testable on their own. */
    @ArchTest
    static final ArchRule validationHasNoSpring = noClasses()
            .that().resideInAnyPackage("cn.jixiao.validation..", "cn.jixiao.document..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.camunda..",
                    "org.apache.ibatis..", "jakarta.servlet..");

    /** The document kernel depends on nothing else of jixiao; validation only on it. */
    @ArchTest
    static final ArchRule documentIsTheKernel = noClasses()
            .that().resideInAPackage("cn.jixiao.document..")
            .should().dependOnClassesThat(resideInAPackage("cn.jixiao..")
                    .and(not(resideInAPackage("cn.jixiao.document.."))));

    @ArchTest
    static final ArchRule validationDependsOnlyOnTheDocument = noClasses()
            .that().resideInAPackage("cn.jixiao.validation..")
            .should().dependOnClassesThat(resideInAPackage("cn.jixiao..")
                    .and(not(resideInAnyPackage("cn.jixiao.validation..", "cn.jixiao.document.."))));

    /** A step learns who acts from its StepContext (a transient process variable), not from its thread. */
    @ArchTest
    static final ArchRule stepsDoNotUseThreadLocals = noClasses()
            .that().resideInAPackage("cn.jixiao.workflow..")
            .should().dependOnClassesThat().areAssignableTo(ThreadLocal.class);

    /** What the delegates run refuses in domain terms (StepRejected); the web layer turns that into HTTP. */
    @ArchTest
    static final ArchRule delegatesKnowNoHttp = noClasses()
            .that().haveFullyQualifiedName("cn.jixiao.workflow.FormSteps")
            .or().haveFullyQualifiedName("cn.jixiao.workflow.ProcessDelegates")
            .should().dependOnClassesThat().resideInAnyPackage("cn.jixiao.web..", "org.springframework.http..");
}
