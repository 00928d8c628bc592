package dev.gooseci.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact prompt text of review units, against recorded fixtures. */
class UnitRendererTest {

    @Test
    void shouldNumberNewLinesAndMarkRemovedOnesWithTheirOldNumber() throws IOException {
        // given a modified file with two hunks and a renamed script with a mode change, CRLF and no final newline
        ChangeSet change = UnifiedDiffParser.parse(fixture("mixed.diff"));
        Packing packing = DiffPacker.withDefaults().pack(change);

        // when
        String rendered = UnitRenderer.render(packing.units().get(0));

        // then
        assertThat(packing.units()).hasSize(1);
        assertThat(rendered).isEqualTo(new String(fixture("mixed.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void shouldNameThePartOfASplitFileAndShowOnlyItsHunks() throws IOException {
        // given the second of three parts of a file: only its own hunk, with the real line numbers
        FileChange whole = Changes.modified("src/Big.java", 2, 2, 2);
        FileChange middle = new FileChange(
                whole.oldPath(),
                whole.newPath(),
                whole.type(),
                whole.oldMode(),
                whole.newMode(),
                false,
                false,
                "",
                List.of(whole.hunks().get(1)));
        ReviewUnit unit = new ReviewUnit(4, List.of(new FilePart(middle, FileKind.SOURCE, 2, 3, 40)), 40, false);

        // when
        String rendered = UnitRenderer.render(unit);

        // then
        assertThat(rendered).isEqualTo(new String(fixture("part.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void shouldRenderAHunkTheSameAloneAsInsideItsUnit() throws IOException {
        // given
        ChangeSet change = UnifiedDiffParser.parse(fixture("mixed.diff"));
        FileChange cart = change.files().get(0);
        ReviewUnit unit = new ReviewUnit(1, List.of(new FilePart(cart, FileKind.SOURCE, 1, 1, 0)), 0, false);

        // when
        String pieces = UnitRenderer.header(cart, 1, 1)
                + UnitRenderer.hunk(cart.hunks().get(0))
                + UnitRenderer.hunk(cart.hunks().get(1));

        // then the packer's per-hunk estimates add up to what the unit shows
        assertThat(UnitRenderer.render(unit)).isEqualTo(pieces);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = UnitRendererTest.class.getResourceAsStream("UnitRendererTest/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return in.readAllBytes();
        }
    }
}
