package dev.gooseci.testgen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeterminismCheckTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Thread.sleep(100);                                     | sleeps (Thread.sleep(100))
            TimeUnit.SECONDS.sleep(1);                             | sleeps (TimeUnit.SECONDS.sleep(1))
            sleep(10);                                             | sleeps (sleep(10))
            helperSleeping();                                      | sleeps (Thread.sleep(5))
            long t = System.currentTimeMillis();                   | reads the wall clock (System.currentTimeMillis())
            long t = System.nanoTime();                            | reads the wall clock (System.nanoTime())
            var d = new Date();                                    | reads the wall clock (new Date())
            var i = Instant.now();                                 | reads the wall clock (Instant.now())
            var d = java.time.LocalDate.now();                     | reads the wall clock (java.time.LocalDate.now())
            var d = LocalDateTime.now();                           | reads the wall clock (LocalDateTime.now())
            var c = Clock.systemUTC();                             | reads the wall clock (Clock.systemUTC())
            int r = new Random().nextInt();                        | uses unseeded randomness (new Random())
            double r = Math.random();                              | uses unseeded randomness (Math.random())
            int r = ThreadLocalRandom.current().nextInt();         | uses unseeded randomness (ThreadLocalRandom.current())
            var id = UUID.randomUUID();                            | uses unseeded randomness (UUID.randomUUID())
            var s = new Socket("example.com", 80);                 | uses the network (new Socket("example.com", 80))
            var c = new URL("http://x").openConnection();          | uses the network (new URL("http://x").openConnection())
            var c = HttpClient.newHttpClient();                    | uses the network (HttpClient.newHttpClient())
            var p = Path.of("/etc/passwd");                        | uses the absolute path "/etc/passwd"
            var p = new File("C:\\\\data\\\\in.txt");              | uses the absolute path "C:\\\\data\\\\in.txt"
            """)
    void shouldFindWhatMakesATestDependOnItsSurroundings(String body, String problem) {
        String imports = "import static java.lang.Thread.sleep;";

        assertThat(DeterminismCheck.problems(Snippets.testMethod(imports, body)))
                .containsExactly(problem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            int r = new Random(42).nextInt();
            var d = LocalDate.now(clock);
            var i = Instant.ofEpochSecond(0);
            var d = new Date(0L);
            var s = "a/b".split("/");
            var p = Path.of("target", "out.txt");
            var u = "relative/path";
            var t = Duration.ofMillis(5);
            """)
    void shouldAcceptDeterministicCode(String body) {
        assertThat(DeterminismCheck.problems(Snippets.testMethod("", body))).isEmpty();
    }
}
