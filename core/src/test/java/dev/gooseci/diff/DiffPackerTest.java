package dev.gooseci.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Priority order, budgets, splitting at hunk boundaries and first-fit placement, counting one token per rendered line
 * so that sizes are easy to read: a file costs 1 (its header) plus, per hunk, 1 (the {@code @@} line) + its lines.
 */
class DiffPackerTest {

    static final TokenCounter LINES =
            text -> (int) text.chars().filter(c -> c == '\n').count();

    // Tokens: App 8 (two hunks: 4 + 3), Util 5, Io 3 (source); AppTest 4 (test); pom.xml 3 (config); README.md 3.
    private static final ChangeSet MIXED = new ChangeSet(
            "b",
            "h",
            List.of(
                    Changes.modified("README.md", 1),
                    Changes.modified("src/main/Io.java", 1),
                    Changes.modified("src/test/AppTest.java", 2),
                    Changes.modified("src/main/App.java", 3, 2),
                    Changes.modified("pom.xml", 1),
                    Changes.modified("src/main/Util.java", 3)));

    static Stream<Arguments> budgets() {
        return Stream.of(
                Arguments.of(100, "App.java Util.java Io.java AppTest.java pom.xml README.md"),
                Arguments.of(12, "App.java Io.java | Util.java AppTest.java pom.xml | README.md"),
                Arguments.of(10, "App.java | Util.java Io.java | AppTest.java pom.xml README.md"),
                Arguments.of(8, "App.java | Util.java Io.java | AppTest.java pom.xml | README.md"),
                Arguments.of(
                        5, "App.java(1/2) | App.java(2/2) | Util.java | Io.java | AppTest.java | pom.xml | README.md"),
                Arguments.of(
                        4,
                        "App.java(1/2)! | App.java(2/2) | Util.java! | Io.java | AppTest.java | pom.xml | README.md"));
    }

    @ParameterizedTest(name = "budget {0}: {1}")
    @MethodSource("budgets")
    void shouldPackSourceThenTestsThenConfigThenDocsLargestFirstUnderTheBudget(int budget, String expected) {
        // when
        Packing packing = packer(budget).pack(MIXED);

        // then
        assertThat(describe(packing)).isEqualTo(expected);
        assertThat(packing.units())
                .allSatisfy(unit -> assertThat(unit.overBudget() || unit.tokens() <= budget)
                        .as("unit %s has %s tokens", unit.number(), unit.tokens())
                        .isTrue());
        assertThat(packing.units())
                .extracting(ReviewUnit::number)
                .containsExactlyElementsOf(Stream.iterate(1, n -> n + 1)
                        .limit(packing.units().size())
                        .toList());
    }

    @Test
    void shouldSplitALargeFileAtHunkBoundariesKeepingEveryHunkOnce() {
        // given 5 hunks of 4 tokens each (1 + 3 lines) and a header of 1: 21 tokens
        FileChange big = Changes.modified("src/Big.java", 3, 3, 3, 3, 3);

        // when
        Packing packing = packer(9).pack(new ChangeSet("b", "h", List.of(big)));

        // then two hunks per part (1 + 4 + 4 = 9), the last part one hunk
        assertThat(describe(packing)).isEqualTo("Big.java(1/3) | Big.java(2/3) | Big.java(3/3)");
        assertThat(packing.units()).extracting(ReviewUnit::tokens).containsExactly(9, 9, 5);
        List<Hunk> hunks = new ArrayList<>();
        packing.units().forEach(unit -> hunks.addAll(unit.files().get(0).file().hunks()));
        assertThat(hunks).containsExactlyElementsOf(big.hunks());
    }

    @Test
    void shouldGiveAHunkOverTheBudgetAUnitOfItsOwnAndFlagIt() {
        // given a 2-line hunk, a 20-line hunk and a 2-line hunk (4, 22 and 4 tokens with the header), budget 11
        FileChange big = Changes.modified("src/Big.java", 2, 20, 2);
        FileChange small = Changes.modified("src/Small.java", 1);

        // when
        Packing packing = packer(11).pack(new ChangeSet("b", "h", List.of(small, big)));

        // then the big hunk is alone; the parts around it share a unit with the small file
        assertThat(describe(packing)).isEqualTo("Big.java(1/3) Big.java(3/3) Small.java | Big.java(2/3)!");
        assertThat(packing.units().get(1).tokens()).isEqualTo(22);
        assertThat(packing.units().get(1).files().get(0).file().hunks())
                .containsExactly(big.hunks().get(1));
    }

    @Test
    void shouldKeepTheNotReviewedFilesWithThePacking() {
        // given
        FileChange lock = Changes.modified("yarn.lock", 1);
        FileChange app = Changes.modified("src/App.java", 1);

        // when
        Packing packing = packer(100).pack(new ChangeSet("b", "h", List.of(lock, app)));

        // then
        assertThat(describe(packing)).isEqualTo("App.java");
        assertThat(packing.notReviewed())
                .containsExactly(new NotReviewed("yarn.lock", NotReviewed.Reason.LOCK_FILE, "matches 'yarn.lock'"));
    }

    @Test
    void shouldPackNothingForAnEmptyChange() {
        // when
        Packing packing = packer(100).pack(ChangeSet.empty("b", "h"));

        // then
        assertThat(packing.isEmpty()).isTrue();
        assertThat(packing.notReviewed()).isEmpty();
        assertThat(packing.tokens()).isZero();
    }

    static DiffPacker packer(int budget) {
        return new DiffPacker(new FileFilter(ScopeRules.defaults()), LINES, budget);
    }

    /** Units as {@code name name | name}: a split file's part as {@code (p/n)}, an over-budget unit with {@code !}. */
    static String describe(Packing packing) {
        return packing.units().stream()
                .map(unit -> unit.files().stream()
                                .map(part ->
                                        name(part) + (part.split() ? "(" + part.part() + "/" + part.parts() + ")" : ""))
                                .collect(Collectors.joining(" "))
                        + (unit.overBudget() ? "!" : ""))
                .collect(Collectors.joining(" | "));
    }

    private static String name(FilePart part) {
        return part.path().substring(part.path().lastIndexOf('/') + 1);
    }
}
