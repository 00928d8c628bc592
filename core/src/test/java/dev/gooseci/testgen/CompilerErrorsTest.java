package dev.gooseci.testgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CompilerErrorsTest {

    @Test
    void shouldReadEachErrorOnceWithItsDetails() throws IOException {
        String output;
        try (InputStream in = getClass().getResourceAsStream("CompilerErrorsTest/maven-3.9.txt")) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(CompilerErrors.parse(output))
                .containsExactly(
                        new CompilerError(
                                "/tmp/p/src/test/java/com/x/BrokenTest.java",
                                2,
                                44,
                                "cannot find symbol; symbol: method missing(); location: class com.x.Pricing"),
                        new CompilerError(
                                "/tmp/p/src/test/java/com/x/OtherTest.java",
                                7,
                                0,
                                "class, interface, enum, or record expected"));
    }
}
