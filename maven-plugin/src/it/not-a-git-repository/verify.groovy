// Bad input fails the build with the core's message, which says what to do, and no stack trace of a crash.
def log = new File(basedir, 'build.log').text
assert log.contains('is not inside a git repository: run from a git checkout')
assert log.contains('BUILD FAILURE')
assert !log.contains('crashed')
return true
