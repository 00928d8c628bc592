package dev.gooseci.tool.developer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadTailBufferTest {
    @ParameterizedTest(name = "cap {0}, chunks of {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            8  | 1  | 0123456789  | '0123\\n[… 2 bytes of output cut …]\\n6789'
            8  | 3  | 0123456789  | '0123\\n[… 2 bytes of output cut …]\\n6789'
            8  | 10 | 0123456789  | '0123\\n[… 2 bytes of output cut …]\\n6789'
            10 | 4  | 0123456789  | 0123456789
            20 | 4  | 0123456789  | 0123456789
            4  | 5  | abcdefghijklmnop | 'ab\\n[… 12 bytes of output cut …]\\nop'
            """)
    void shouldKeepHeadAndTail(int cap, int chunk, String input, String expected) {
        // given
        HeadTailBuffer buffer = new HeadTailBuffer(cap);
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);

        // when
        for (int i = 0; i < bytes.length; i += chunk) {
            buffer.write(bytes, i, Math.min(chunk, bytes.length - i));
        }

        // then
        assertThat(buffer.text()).isEqualTo(expected.replace("\\n", "\n"));
    }
}
