// The major finding fails the gate: the build fails with the count, the threshold and where the report is, and the
// reports are still written for the reader.
def log = new File(basedir, 'build.log').text
assert log.contains('src/main/java/demo/Greeter.java:8: [major] name is dereferenced when it is null')
assert log.contains('Quality gate: failed (fail-on: major).')
assert log.contains('goose:review: the quality gate failed: 1 finding at or above major; see target')
assert log.contains('report.md')
assert log.contains('BUILD FAILURE')
assert new File(basedir, 'target/goose/report.md').isFile()
assert new File(basedir, 'target/goose/goose-review.json').text.contains('"passed": false')
return true
