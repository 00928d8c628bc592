package dev.gooseci.bench;

import dev.gooseci.policy.EnvFilter;
import dev.gooseci.testgen.DirectJUnitBuild;
import dev.gooseci.testgen.TestRun;
import dev.gooseci.testgen.TestSelection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The cost of validating one candidate test (issue #7), per round on the project {@code bench/testgen.sh} writes:
 * <ul>
 *   <li>direct: {@link DirectJUnitBuild} as goose-ci uses it, after its one Maven set-up: javac in this JVM on the
 *       changed candidate, then one forked JUnit run of the candidate method with the JaCoCo agent;
 *   <li>warm Maven: incremental {@code mvn test-compile}, then {@code mvn surefire:test -Dtest=Class#method} with the
 *       agent (the previous path, {@code MavenBuild});
 *   <li>full: {@code mvn clean test} with the agent (qodo-cover's way: rerun the whole build per candidate).
 * </ul>
 * The three alternate within each round so that the machine's load hits them alike. Usage: {@code TestgenBench
 * <project> <rounds> <jacoco-agent-jar>}.
 */
public final class TestgenBench {
    private static final String CANDIDATE = "src/test/java/com/example/shop/PricingGooseCandidateTest.java";
    private static final String CLASS = "com.example.shop.PricingGooseCandidateTest";

    private TestgenBench() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).toAbsolutePath();
        int rounds = Integer.parseInt(args[1]);
        String agent = args[2];
        DirectJUnitBuild build =
                new DirectJUnitBuild(dir, new EnvFilter().filter(System.getenv()), Duration.ofMinutes(5));
        if (!build.compile().succeeded() || !build.direct()) {
            throw new IllegalStateException("the bench project did not set up for direct runs; see the log above");
        }
        Path candidate = dir.resolve(CANDIDATE);
        String source = Files.readString(candidate);
        List<Double> direct = new ArrayList<>();
        List<Double> directRun = new ArrayList<>();
        List<Double> warm = new ArrayList<>();
        List<Double> full = new ArrayList<>();
        for (int i = 1; i <= rounds; i++) {
            Files.writeString(candidate, source + "// round " + i + "\n");
            long t0 = System.nanoTime();
            boolean compiled = build.compile().succeeded();
            long t1 = System.nanoTime();
            TestRun run = build.run(
                    TestSelection.of(CLASS, List.of("discountsTenOrMore")).measured());
            long t2 = System.nanoTime();
            if (!compiled || !run.passed() || run.coverage().isEmpty()) {
                throw new IllegalStateException("the direct path failed in round " + i + ": " + run);
            }
            Files.writeString(candidate, source + "// maven round " + i + "\n");
            long t3 = System.nanoTime();
            mvn(dir, "test-compile");
            mvn(
                    dir,
                    "surefire:test",
                    "-Dtest=" + CLASS + "#discountsTenOrMore",
                    "-Dsurefire.failIfNoSpecifiedTests=false",
                    "-Dmaven.surefire.debug=-javaagent:" + agent + "=destfile=" + dir + "/target/warm-" + i
                            + ".exec,append=false");
            long t4 = System.nanoTime();
            mvn(
                    dir,
                    "clean",
                    "test",
                    "-Dmaven.surefire.debug=-javaagent:" + agent + "=destfile=" + dir + "/full-" + i
                            + ".exec,append=false");
            long t5 = System.nanoTime();
            direct.add(seconds(t2 - t0));
            directRun.add(seconds(t2 - t1));
            warm.add(seconds(t4 - t3));
            full.add(seconds(t5 - t4));
            System.out.printf(
                    "round %d: direct %.2f s (javac %.2f s, run %.2f s), warm Maven %.2f s, full clean test %.2f s%n",
                    i, direct.get(i - 1), seconds(t1 - t0), directRun.get(i - 1), warm.get(i - 1), full.get(i - 1));
        }
        double d = median(direct);
        double f = median(full);
        System.out.printf(
                "median: direct %.2f s (run alone %.2f s), warm Maven %.2f s, full %.2f s%n",
                d, median(directRun), median(warm), f);
        System.out.printf(
                "speed-up per candidate against the full build: direct %.2fx, warm Maven %.2fx%n",
                f / d, f / median(warm));
    }

    private static void mvn(Path dir, String... goals) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-q", "-o"));
        command.addAll(List.of(goals));
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("mvn " + String.join(" ", goals) + " failed in " + dir);
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
