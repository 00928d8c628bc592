package dev.gooseci.policy;

/**
 * What a whole command line contains anywhere (substitutions included), to name the attack when a shell reads code
 * it cannot see: a download ({@code curl .. | sh}) or decoded text ({@code base64 -d | sh}).
 */
record ScriptFacts(boolean downloads, boolean decodes) {

    static ScriptFacts of(ShellScript script) {
        boolean[] found = new boolean[2];
        scan(script, found);
        return new ScriptFacts(found[0], found[1]);
    }

    ScriptFacts or(ScriptFacts other) {
        return new ScriptFacts(downloads || other.downloads, decodes || other.decodes);
    }

    /** The reason for running code from {@code source} ("pipes into sh", "runs the script of bash -c") unseen. */
    String unseenCode(String what) {
        if (downloads) {
            return what + " runs a downloaded script (like curl | sh), which is refused";
        }
        if (decodes) {
            return what + " runs decoded text (like base64 -d | sh); obfuscated commands are refused";
        }
        return what + " runs code that is only known at run time, which cannot be checked";
    }

    private static void scan(ShellScript script, boolean[] found) {
        for (ShellCommand command : script.commands()) {
            String previous = "";
            for (ShellWord word : command.words()) {
                String name = word.basename();
                String text = word.text();
                found[0] |= ShellPatterns.DOWNLOADERS.contains(name);
                found[1] |= decoder(previous, text);
                previous = name;
                for (ShellScript substitution : word.substitutions()) {
                    scan(substitution, found);
                }
            }
            for (ShellRedirect redirect : command.redirects()) {
                for (ShellScript substitution : redirect.target().substitutions()) {
                    scan(substitution, found);
                }
            }
        }
    }

    private static boolean decoder(String previous, String text) {
        boolean decodeFlag = text.equals("-d") || text.equals("--decode") || text.equals("-D") || text.equals("-r");
        return (decodeFlag
                        && (previous.startsWith("base")
                                || previous.equals("xxd")
                                || previous.equals("openssl")
                                || previous.equals("enc")))
                || text.equals("uudecode")
                || text.equals("rev")
                || (previous.equals("printf") && text.matches(".*\\\\(x[0-9a-fA-F]|[0-7]{3}).*"));
    }
}
