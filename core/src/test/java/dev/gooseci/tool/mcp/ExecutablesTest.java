package dev.gooseci.tool.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutablesTest {

    @TempDir
    Path dir;

    @Test
    void shouldLookUpABareNameOnTheServersPath() throws Exception {
        // given
        Path server = Files.createFile(
                dir.resolve("my-server"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));

        // when
        String resolved = Executables.resolve("ext", "my-server", Map.of("PATH", "/nonexistent:" + dir));

        // then
        assertThat(resolved).isEqualTo(server.toString());
    }

    @Test
    void shouldNameTheCommandAndThePathWhenItIsMissing() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Executables.resolve("ext", "my-server", Map.of("PATH", dir.toString())))
                .withMessage("command 'my-server' of MCP extension ext is not on the PATH it gets (" + dir
                        + "); install it, or give its full path as cmd");
    }

    @Test
    void shouldRejectAPathThatIsNotExecutable() throws Exception {
        // given
        Path notes = Files.writeString(dir.resolve("notes.txt"), "text");

        // then
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Executables.resolve("ext", notes.toString(), Map.of()))
                .withMessageContaining("does not exist or is not executable; check its cmd");
    }
}
