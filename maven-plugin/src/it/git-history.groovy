// Gives an IT project its git history, with the git command line (no extra downloads): a first commit of the project
// as cloned, tagged "base", then a second commit that copies the files under head/ over the tree. The goal then
// reviews base..HEAD, which is exactly the head/ files. Each IT's prebuild.groovy evaluates this file.
import java.nio.file.Files
import java.nio.file.StandardCopyOption

def git = { List<String> args ->
    def command = ['git', '-c', 'user.name=Goose IT', '-c', 'user.email=it@goose.invalid',
                   '-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null'] + args
    def process = command.execute(null, basedir)
    def out = new StringBuilder()
    def err = new StringBuilder()
    process.waitForProcessOutput(out, err)
    if (process.exitValue() != 0) {
        throw new IllegalStateException("${command.join(' ')} failed in ${basedir}: ${err}${out}")
    }
}

new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
git(['init', '-q', '-b', 'main'])
git(['add', '-A'])
git(['commit', '-q', '-m', 'base'])
git(['tag', 'base'])
def head = new File(basedir, 'head').toPath()
Files.walk(head).filter { Files.isRegularFile(it) }.forEach { file ->
    def target = basedir.toPath().resolve(head.relativize(file).toString())
    Files.createDirectories(target.parent)
    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING)
}
git(['add', '-A', 'src'])
git(['commit', '-q', '-m', 'change under review'])
return true
