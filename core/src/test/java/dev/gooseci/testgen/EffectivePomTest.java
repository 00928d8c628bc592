package dev.gooseci.testgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the direct build carries over from an effective POM, and what sends it back to Maven. */
class EffectivePomTest {
    static final String JUPITER =
            "/r/org/junit/platform/junit-platform-commons/1.14.4/junit-platform-commons-1.14.4.jar:"
                    + "/r/org/junit/jupiter/junit-jupiter-api/5.14.4/junit-jupiter-api-5.14.4.jar";

    static final String PLATFORM = "/r/junit-platform-commons-1.14.4.jar";

    @TempDir
    Path dir;

    @Test
    void shouldCarryTheArgLinePropertiesAndEnvironmentOver() throws Exception {
        DirectSetup setup = read(
                pom(
                        "<argLine>-Xmx1g -Dfrom.property=1</argLine><maven.compiler.release>17</maven.compiler.release>",
                        """
                        <argLine>@{argLine} @{jacocoArgs} "-Dquoted=a b"</argLine>
                        <systemPropertyVariables><mode>test</mode></systemPropertyVariables>
                        <environmentVariables><TZ>UTC</TZ></environmentVariables>
                        """),
                JUPITER);

        assertThat(setup.unsupported()).isEmpty();
        assertThat(setup.jvmArgs())
                .containsExactly("-ea", "-Xmx1g", "-Dfrom.property=1", "-Dquoted=a b", "-Dmode=test");
        assertThat(setup.environment()).isEqualTo(Map.of("TZ", "UTC"));
        assertThat(setup.platformVersion()).contains("1.14.4");
        assertThat(setup.compilerOptions()).containsSubsequence("--release", "17");
        assertThat(setup.testClasses()).isEqualTo(Path.of("/p/target/test-classes"));
    }

    @Test
    void shouldUseSourceAndTargetWithoutARelease() throws Exception {
        DirectSetup setup = read(
                pom(
                        "<maven.compiler.source>11</maven.compiler.source><maven.compiler.target>11</maven.compiler.target>"
                                + "<project.build.sourceEncoding>ISO-8859-1</project.build.sourceEncoding>",
                        ""),
                JUPITER);

        assertThat(setup.compilerOptions())
                .containsExactly("-g", "-nowarn", "-source", "11", "-target", "11", "-encoding", "ISO-8859-1");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "<includes><include>**/*Spec.java</include></includes> | | sets <includes>",
                "<properties><configurationParameters>x=1</configurationParameters></properties> | | sets <properties>",
                "<workingDirectory>/elsewhere</workingDirectory> | | sets <workingDirectory>",
                " | /r/junit/junit/4.13.2/junit-4.13.2.jar | no JUnit Platform",
                " | /r/org/testng/testng/7.10.2/testng-7.10.2.jar:" + PLATFORM + " | TestNG",
            })
    void shouldSendWhatItCannotCarryOverBackToMaven(String surefire, String classpath, String reason) throws Exception {
        DirectSetup setup = read(pom("", surefire == null ? "" : surefire), classpath == null ? JUPITER : classpath);

        assertThat(setup.usable()).isFalse();
        assertThat(String.join("; ", setup.unsupported())).contains(reason);
    }

    @Test
    void shouldSendACompilerPluginWithProcessorPathsBackToMaven() throws Exception {
        String pom = pom("", "").replace("</plugins>", """
                <plugin><artifactId>maven-compiler-plugin</artifactId><configuration>
                <annotationProcessorPaths><path><artifactId>lombok</artifactId></path></annotationProcessorPaths>
                </configuration></plugin></plugins>""");

        DirectSetup setup = read(pom, JUPITER);

        assertThat(setup.unsupported()).singleElement().asString().contains("<annotationProcessorPaths>");
    }

    @Test
    void shouldSplitAnArgLineLikeAShell() {
        assertThat(ArgLine.split("  -Da=1 '-Db=two words' \"-Dc=\" -Xss1m "))
                .isEqualTo(List.of("-Da=1", "-Db=two words", "-Dc=", "-Xss1m"));
    }

    private DirectSetup read(String pom, String classpath) throws Exception {
        Path pomFile = dir.resolve("effective-pom.xml");
        Path classpathFile = dir.resolve("classpath.txt");
        Files.writeString(pomFile, pom);
        Files.writeString(classpathFile, classpath);
        return EffectivePom.read(pomFile, classpathFile);
    }

    private static String pom(String properties, String surefire) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <properties>%s</properties>
                  <build>
                    <sourceDirectory>/p/src/main/java</sourceDirectory>
                    <testSourceDirectory>/p/src/test/java</testSourceDirectory>
                    <outputDirectory>/p/target/classes</outputDirectory>
                    <testOutputDirectory>/p/target/test-classes</testOutputDirectory>
                    <plugins>
                      <plugin>
                        <artifactId>maven-surefire-plugin</artifactId>
                        <executions><execution><id>default-test</id><configuration>%s</configuration></execution>
                        </executions>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(properties, surefire);
    }
}
