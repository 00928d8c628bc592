package dev.gooseci.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The parser over small hand-written {@code git diff} texts, one row per feature of the format. */
class UnifiedDiffParserTest {

    static Stream<Arguments> diffs() {
        return Stream.of(
                Arguments.of("modified file, two hunks, section text", """
                        diff --git a/src/A.java b/src/A.java
                        index 1111111..2222222 100644
                        --- a/src/A.java
                        +++ b/src/A.java
                        @@ -1,3 +1,3 @@ package a;
                         one
                        -two
                        +TWO
                         three
                        @@ -10,2 +10,3 @@ class A {
                         ten
                        +ten and a half
                         eleven
                        """, """
                        MODIFIED src/A.java -> src/A.java 100644/100644
                        @@ -1,3 +1,3 @@ package a;
                        C1/1 one
                        R2 two
                        A2 TWO
                        C3/3 three
                        @@ -10,2 +10,3 @@ class A {
                        C10/10 ten
                        A11 ten and a half
                        C11/12 eleven"""),
                Arguments.of("new file", """
                        diff --git a/n.txt b/n.txt
                        new file mode 100755
                        index 0000000..3333333
                        --- /dev/null
                        +++ b/n.txt
                        @@ -0,0 +1,2 @@
                        +#!/bin/sh
                        +echo hi
                        """, """
                        ADDED n.txt -> n.txt 0/100755
                        @@ -0,0 +1,2 @@
                        A1 #!/bin/sh
                        A2 echo hi"""),
                Arguments.of("deleted file", """
                        diff --git a/old.txt b/old.txt
                        deleted file mode 100644
                        index 4444444..0000000
                        --- a/old.txt
                        +++ /dev/null
                        @@ -1 +0,0 @@
                        -gone
                        """, """
                        DELETED old.txt -> old.txt 100644/0
                        @@ -1,1 +0,0 @@
                        R1 gone"""),
                Arguments.of("empty new file: headers only", """
                        diff --git a/empty b/empty
                        new file mode 100644
                        index 0000000..e69de29
                        """, "ADDED empty -> empty 0/100644"),
                Arguments.of("rename with edits", """
                        diff --git a/a/Old.java b/b/New.java
                        similarity index 80%
                        rename from a/Old.java
                        rename to b/New.java
                        index 5555555..6666666 100644
                        --- a/a/Old.java
                        +++ b/b/New.java
                        @@ -1,2 +1,2 @@
                        -class Old {}
                        +class New {}
                         // end
                        """, """
                        RENAMED a/Old.java -> b/New.java 100644/100644
                        @@ -1,2 +1,2 @@
                        R1 class Old {}
                        A1 class New {}
                        C2/2 // end"""),
                Arguments.of("pure rename: no hunks, no modes", """
                        diff --git a/x y.txt b/z w.txt
                        similarity index 100%
                        rename from x y.txt
                        rename to z w.txt
                        """, "RENAMED x y.txt -> z w.txt 0/0"),
                Arguments.of("copy", """
                        diff --git a/orig.txt b/copy.txt
                        similarity index 90%
                        copy from orig.txt
                        copy to copy.txt
                        index 7777777..8888888 100644
                        --- a/orig.txt
                        +++ b/copy.txt
                        @@ -1 +1,2 @@
                         same
                        +more
                        """, """
                        COPIED orig.txt -> copy.txt 100644/100644
                        @@ -1,1 +1,2 @@
                        C1/1 same
                        A2 more"""),
                Arguments.of("mode-only change", """
                        diff --git a/run.sh b/run.sh
                        old mode 100644
                        new mode 100755
                        """, "MODIFIED run.sh -> run.sh 100644/100755"),
                Arguments.of("mode change with edits", """
                        diff --git a/run.sh b/run.sh
                        old mode 100644
                        new mode 100755
                        index 1111111..2222222
                        --- a/run.sh
                        +++ b/run.sh
                        @@ -1 +1 @@
                        -echo a
                        +echo b
                        """, """
                        MODIFIED run.sh -> run.sh 100644/100755
                        @@ -1,1 +1,1 @@
                        R1 echo a
                        A1 echo b"""),
                Arguments.of("binary, git's wording", """
                        diff --git a/logo.png b/logo.png
                        index 1111111..2222222 100644
                        Binary files a/logo.png and b/logo.png differ
                        """, "MODIFIED logo.png -> logo.png 100644/100644 binary"),
                Arguments.of("binary, JGit's wording, new file", """
                        diff --git a/logo.png b/logo.png
                        new file mode 100644
                        index 0000000..2222222
                        Binary files differ
                        """, "ADDED logo.png -> logo.png 0/100644 binary"),
                Arguments.of(
                        "binary, JGit's wording, deleted file after ---/+++",
                        """
                        diff --git a/b.bin b/b.bin
                        deleted file mode 100644
                        index 31bfded..0000000
                        --- a/b.bin
                        +++ /dev/null
                        Binary files differ
                        """,
                        "DELETED b.bin -> b.bin 100644/0 binary"),
                Arguments.of("GIT binary patch, then a text file", """
                        diff --git a/bin.dat b/bin.dat
                        index 1111111..2222222 100644
                        GIT binary patch
                        literal 12
                        TcmZQzU}RuoWMpJwWMl*Y00962

                        literal 0
                        HcmV?d00001

                        diff --git a/t.txt b/t.txt
                        index 3333333..4444444 100644
                        --- a/t.txt
                        +++ b/t.txt
                        @@ -1 +1 @@
                        -x
                        +y
                        """, """
                        MODIFIED bin.dat -> bin.dat 100644/100644 binary
                        MODIFIED t.txt -> t.txt 100644/100644
                        @@ -1,1 +1,1 @@
                        R1 x
                        A1 y"""),
                Arguments.of("no newline at end, old and new", """
                        diff --git a/f b/f
                        index 1111111..2222222 100644
                        --- a/f
                        +++ b/f
                        @@ -1,2 +1,3 @@
                         a
                        -b
                        \\ No newline at end of file
                        +b
                        +c
                        \\ No newline at end of file
                        """, """
                        MODIFIED f -> f 100644/100644
                        @@ -1,2 +1,3 @@
                        C1/1 a
                        R2 b$
                        A2 b
                        A3 c$"""),
                Arguments.of(
                        "CRLF content keeps the \\r",
                        "diff --git a/w.txt b/w.txt\n"
                                + "index 1111111..2222222 100644\n--- a/w.txt\n+++ b/w.txt\n"
                                + "@@ -1,2 +1,2 @@\n one\r\n-two\r\n+TWO\r\n",
                        """
                        MODIFIED w.txt -> w.txt 100644/100644
                        @@ -1,2 +1,2 @@
                        C1/1 one\\r
                        R2 two\\r
                        A2 TWO\\r"""),
                Arguments.of("submodule update", """
                        diff --git a/lib/sub b/lib/sub
                        index 1111111..2222222 160000
                        --- a/lib/sub
                        +++ b/lib/sub
                        @@ -1 +1 @@
                        -Subproject commit 1111111111111111111111111111111111111111
                        +Subproject commit 2222222222222222222222222222222222222222
                        """, "MODIFIED lib/sub -> lib/sub 160000/160000 submodule"),
                Arguments.of("submodule added", """
                        diff --git a/lib/sub b/lib/sub
                        new file mode 160000
                        index 0000000..2222222
                        --- /dev/null
                        +++ b/lib/sub
                        @@ -0,0 +1 @@
                        +Subproject commit 2222222222222222222222222222222222222222
                        """, "ADDED lib/sub -> lib/sub 0/160000 submodule"),
                Arguments.of(
                        "quoted paths with octal UTF-8 escapes and a tab",
                        """
                        diff --git "a/t\\303\\251st.txt" "b/t\\303\\251st\\tx.txt"
                        similarity index 100%
                        rename from "t\\303\\251st.txt"
                        rename to "t\\303\\251st\\tx.txt"
                        """,
                        "RENAMED t\u00e9st.txt -> t\u00e9st\tx.txt 0/0"),
                Arguments.of("path with spaces", """
                        diff --git a/my dir/a b.txt b/my dir/a b.txt
                        index 1111111..2222222 100644
                        --- a/my dir/a b.txt
                        +++ b/my dir/a b.txt
                        @@ -1 +1 @@
                        -a
                        +b
                        """, """
                        MODIFIED my dir/a b.txt -> my dir/a b.txt 100644/100644
                        @@ -1,1 +1,1 @@
                        R1 a
                        A1 b"""),
                Arguments.of("git show: the commit message before the diff is ignored", """
                        commit 0123456789abcdef0123456789abcdef01234567
                        Author: A <a@example.com>

                            --- not a header
                            +++ nor this

                        diff --git a/f b/f
                        index 1111111..2222222 100644
                        --- a/f
                        +++ b/f
                        @@ -1 +1 @@
                        -a
                        +b
                        """, """
                        MODIFIED f -> f 100644/100644
                        @@ -1,1 +1,1 @@
                        R1 a
                        A1 b"""),
                Arguments.of("plain diff -u with dates", """
                        --- old/f.txt\t2024-01-01 00:00:00
                        +++ new/f.txt\t2024-01-02 00:00:00
                        @@ -1 +1 @@
                        -a
                        +b
                        """, """
                        MODIFIED old/f.txt -> new/f.txt 0/0
                        @@ -1,1 +1,1 @@
                        R1 a
                        A1 b"""),
                Arguments.of("empty diff", "", ""),
                Arguments.of("blank lines only", "\n\n", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diffs")
    void shouldParseEveryFeatureOfGitDiffText(String name, String diff, String expected) {
        // given a hand-written diff
        // when
        ChangeSet change = UnifiedDiffParser.parse(diff);

        // then
        assertThat(String.join("\n", Describe.files(change))).isEqualTo(expected);
        assertThat(change.isEmpty()).isEqualTo(expected.isEmpty());
    }
}
