package cn.jixiao.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The validation engine and the exchange format stay plain Java: fast, and testable on their own. */
@AnalyzeClasses(packages = "cn.jixiao", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule validationHasNoSpring = noClasses()
            .that().resideInAnyPackage("cn.jixiao.validation..", "cn.jixiao.form.document..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.camunda..",
                    "org.apache.ibatis..", "jakarta.servlet..");

    @ArchTest
    static final ArchRule validationDoesNotReachIntoTheApplication = noClasses()
            .that().resideInAnyPackage("cn.jixiao.validation..", "cn.jixiao.form.document..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.jixiao.form", "cn.jixiao.workflow..",
                    "cn.jixiao.inbox..", "cn.jixiao.security..", "cn.jixiao.org..", "cn.jixiao.settings..");
}
