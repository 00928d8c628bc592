// Two findings, each on its line in every report, and one console line per finding that IDEs turn into a link.
import groovy.json.JsonSlurper

def path = 'src/main/java/demo/Greeter.java'
def log = new File(basedir, 'build.log').text
assert log.contains("[unit 1/1] ${path}: completed, 2 findings")
assert log.contains("${path}:8: [major] name is dereferenced when it is null")
assert log.contains("${path}:14: [minor] Reader is never closed")
assert log.contains('Review: 2 findings (1 major, 1 minor) in 1 unit')
assert log.contains('Quality gate: passed (fail-on: none).')
assert log.contains('BUILD SUCCESS')

def out = new File(basedir, 'target/goose')
def markdown = new File(out, 'report.md').text
assert markdown.contains("[${path}:8](${path})")
assert markdown.contains("[${path}:14](${path})")

def sarif = new JsonSlurper().parse(new File(out, 'goose.sarif'))
assert sarif.version == '2.1.0'
def regions = sarif.runs[0].results.collect {
    def location = it.locations[0].physicalLocation
    "${location.artifactLocation.uri}@${location.region.startLine}".toString()
}
assert regions == ["${path}@8".toString(), "${path}@14".toString()]

def quality = new JsonSlurper().parse(new File(out, 'gl-code-quality-report.json'))
assert quality.collect { "${it.location.path}:${it.location.lines.begin}".toString() } ==
        ["${path}:8".toString(), "${path}:14".toString()]

def checkstyle = new File(out, 'checkstyle-result.xml').text
assert checkstyle.contains('<error line="8" severity="warning" message="name is dereferenced when it is null"')
assert checkstyle.contains('<error line="14" severity="info" message="Reader is never closed"')

def json = new JsonSlurper().parse(new File(out, 'goose-review.json'))
assert json.findings.collect { "${it.path}:${it.line}:${it.severity}".toString() } ==
        ["${path}:8:major".toString(), "${path}:14:minor".toString()]
assert json.gate.passed == true
return true
