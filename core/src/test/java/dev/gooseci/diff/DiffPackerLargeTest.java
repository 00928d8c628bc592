package dev.gooseci.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Percentage.withPercentage;

import dev.gooseci.provider.TokenEstimator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Large changes: completeness, the budget, determinism, sharding and the sampled token estimate. */
class DiffPackerLargeTest {

    // 1,200 files of 100 changed lines: 120,000 lines; a third tests, a third docs; a few files left out.
    private static final ChangeSet LARGE = withDropped(Changes.large(1_200, 100));

    private static final DiffPacker PACKER =
            new DiffPacker(new FileFilter(ScopeRules.defaults()), DiffTokenCounter.ratio(4.0), 6_000);

    @Test
    void shouldPutEveryFileOfALargeChangeInAUnitOrInNotReviewed() {
        // when
        Packing packing = PACKER.pack(LARGE);

        // then
        Set<String> packed = new HashSet<>();
        packing.units().forEach(unit -> packed.addAll(unit.paths()));
        Set<String> dropped = new HashSet<>();
        packing.notReviewed().forEach(n -> dropped.add(n.path()));
        assertThat(packed).doesNotContainAnyElementsOf(dropped);
        Set<String> all = new HashSet<>(packed);
        all.addAll(dropped);
        assertThat(all).hasSize(LARGE.files().size());
        assertThat(dropped).containsExactlyInAnyOrder("yarn.lock", "vendor/lib.go", "src/Gone.java");
        assertThat(packing.units()).allSatisfy(unit -> assertThat(unit.tokens()).isLessThanOrEqualTo(6_000));
        long lines = packing.units().stream()
                .flatMap(unit -> unit.files().stream())
                .mapToLong(part -> FileFilter.changedLines(part.file()))
                .sum();
        assertThat(lines).isEqualTo(120_000);
    }

    @Test
    void shouldPackTheSameWhateverTheInputOrder() {
        // given
        List<FileChange> shuffled = new ArrayList<>(LARGE.files());
        Collections.shuffle(shuffled, new Random(7));

        // when
        Packing once = PACKER.pack(LARGE);
        Packing again = PACKER.pack(LARGE.withFiles(shuffled));

        // then units are equal; not-reviewed follows diff order, so compare it as a set
        assertThat(again.units()).isEqualTo(once.units());
        assertThat(again.notReviewed()).containsExactlyInAnyOrderElementsOf(once.notReviewed());
    }

    @ParameterizedTest(name = "{0} shards")
    @ValueSource(ints = {1, 2, 3, 7, 500})
    void shouldPutEveryUnitInExactlyOneShard(int n) {
        // given
        Packing packing = PACKER.pack(LARGE);

        // when
        List<ReviewUnit> all = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            int index = k - 1;
            List<ReviewUnit> shard = packing.shard(k, n);
            assertThat(shard)
                    .allSatisfy(unit -> assertThat((unit.number() - 1) % n).isEqualTo(index));
            all.addAll(shard);
        }

        // then
        assertThat(all).containsExactlyInAnyOrderElementsOf(packing.units());
        assertThat(all).doesNotHaveDuplicates();
    }

    @Test
    void shouldRejectAShardOutsideOneToN() {
        Packing packing = PACKER.pack(LARGE);

        assertThatThrownBy(() -> packing.shard(0, 3)).hasMessageContaining("got 0/3");
        assertThatThrownBy(() -> packing.shard(4, 3)).hasMessageContaining("--shard 2/4");
    }

    @Test
    void shouldEstimateSampledTokensWithinTenPercentOfTheExactCountPerUnit() {
        // given a change of 20,000 changed lines, sampled on about a tenth of its text
        TokenEstimator estimator = TokenEstimator.forModel("gpt-4o");
        DiffPacker packer = DiffPacker.forModel(
                new FileFilter(ScopeRules.defaults()), estimator, 8_000, new TokenSampling(0, 100_000));

        // when
        Packing packing = packer.pack(Changes.large(200, 100));

        // then
        assertThat(packing.units()).hasSizeGreaterThan(10);
        assertThat(packing.units()).allSatisfy(unit -> {
            int exact = estimator.count(UnitRenderer.render(unit));
            assertThat((double) unit.tokens()).isCloseTo(exact, withPercentage(10));
        });
    }

    @Test
    void shouldCountExactlyBelowTheSamplingLimit() {
        // given
        TokenEstimator estimator = TokenEstimator.forModel("claude-sonnet-4");
        DiffPacker packer = DiffPacker.forModel(new FileFilter(ScopeRules.defaults()), estimator, 8_000);

        // when
        Packing packing = packer.pack(Changes.large(30, 40));

        // then each file part is counted exactly, so a one-file unit's estimate is the exact count
        assertThat(packing.units())
                .allSatisfy(unit -> assertThat(unit.tokens())
                        .isEqualTo(unit.files().stream()
                                .mapToInt(part -> estimator.count(
                                        UnitRenderer.render(new ReviewUnit(1, List.of(part), 0, false))))
                                .sum()));
    }

    private static ChangeSet withDropped(ChangeSet change) {
        List<FileChange> files = new ArrayList<>(change.files());
        files.add(Changes.modified("yarn.lock", 3));
        files.add(Changes.modified("vendor/lib.go", 3));
        files.add(new FileChange(
                "src/Gone.java", "src/Gone.java", ChangeType.DELETED, 0100644, 0, false, false, "", List.of()));
        return change.withFiles(files);
    }
}
