// Three proposed methods: one fails, one asserts nothing, one is proven. Only the proven one lands, in
// PricingGooseTest, the funnel is printed and written, the candidate file is gone and the build passes.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('Funnel: proposed 3 -> compiled 3 -> passed 2 -> stable 2 -> new coverage 2 -> kept 1')
assert log.contains('kept com.example.shop.PricingGooseCandidateTest#discountsTenOrMore: lines')
assert log.contains('rejected com.example.shop.PricingGooseCandidateTest#failsOnAWrongExpectation at gate passes_alone: fails when run alone')
assert log.contains('rejected com.example.shop.PricingGooseCandidateTest#assertsNothing at gate asserts: has no real assertion')
assert log.contains('wrote src/test/java/com/example/shop/PricingGooseTest.java')
assert log.contains('BUILD SUCCESS')

def landed = new File(basedir, 'src/test/java/com/example/shop/PricingGooseTest.java').text
assert landed.contains('class PricingGooseTest')
assert landed.contains('void discountsTenOrMore()')
assert !landed.contains('failsOnAWrongExpectation')
assert !landed.contains('assertsNothing')
assert !new File(basedir, 'src/test/java/com/example/shop/PricingGooseCandidateTest.java').exists()

def json = new JsonSlurper().parse(new File(basedir, 'target/goose-ci/goose-tests.json'))
assert json.funnel == [proposed: 3, compiled: 3, passed: 2, stable: 2, new_coverage: 2, kept: 1]
assert new File(basedir, 'target/goose-ci/goose-tests.md').text.contains('```mermaid')
return true
