package dev.gooseci.tool.git;

import java.io.IOException;
import java.time.LocalDate;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** The one-line forms of commits and authors that {@code git_log} and {@code git_blame} share. */
final class CommitLine {
    private CommitLine() {}

    /** {@code a1b2c3d 2024-05-01 (Alice Example) Fix the parser}: short sha, author date, author, subject. */
    static String of(ObjectReader reader, RevCommit commit) throws IOException {
        PersonIdent author = commit.getAuthorIdent();
        return Revisions.abbreviate(reader, commit) + " " + date(author) + " (" + author.getName() + ") "
                + commit.getShortMessage();
    }

    /** The author's calendar date in the author's own time zone, as {@code git log --date=short} prints it. */
    static LocalDate date(PersonIdent person) {
        return person.getWhenAsInstant().atZone(person.getZoneId()).toLocalDate();
    }
}
