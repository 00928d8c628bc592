package dev.gooseci.testgen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssertionCheckTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            assertEquals(6, pricing.total(2, 3));                              | true
            Assertions.assertEquals("a", name);                                | true
            assertTrue(list.isEmpty());                                        | true
            assertThrows(IllegalArgumentException.class, () -> parse("x"));   | true
            assertThat(total).isEqualTo(6);                                    | true
            assertThat(list).as("names").containsExactly("a");                 | true
            assertThatThrownBy(() -> parse("x")).hasMessage("bad");            | true
            assertThat(total, is(6));                                          | true
            verify(repository).save(order);                                    | true
            helperAsserting(total);                                            | true
            fail("must not get here");                                         | true
            assertTrue(true);                                                  | false
            assertEquals(1, 1);                                                | false
            assertNotNull("text");                                             | false
            assertThat(true).isTrue();                                         | false
            assertThat(total);                                                 | false
            assertThat(total).as("total");                                     | false
            assertDoesNotThrow(() -> parse("1"));                              | false
            pricing.total(2, 3);                                               | false
            System.out.println(pricing.total(2, 3));                           | false
            """)
    void shouldCountOnlyRealAssertions(String body, boolean real) {
        assertThat(AssertionCheck.hasRealAssertion(Snippets.testMethod("", body)))
                .isEqualTo(real);
    }
}
