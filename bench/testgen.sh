#!/usr/bin/env bash
# Benchmark for issue #7: the time to validate ONE candidate test, per round (dev.gooseci.bench.TestgenBench):
#   direct: the path goose-ci uses (DirectJUnitBuild): javac in goose-ci's JVM on the changed candidate, then one forked
#           JUnit Platform console run of the candidate method with the JaCoCo agent; no Maven after the set-up;
#   warm:   the previous path (MavenBuild): incremental test-compile, then surefire:test -Dtest=Class#method with the
#           agent;
#   full:   a whole `mvn clean test` with the agent per candidate (qodo-cover's way: rerun the build, read coverage).
# It builds the same sample project as TestGeneratorITest in a temporary directory, offline (-o), so run the tests
# once first to fill ~/.m2. Usage: bench/testgen.sh [rounds] [suite]
#   rounds: default 5; prints each round and the medians
#   suite:  extra existing test classes (5 tests each, plus a production class each) that stand for the project's own
#           test suite, which a full build reruns for every candidate; 0 is exactly the integration-test project
set -euo pipefail
rounds=${1:-5}
suite=${2:-0}
root=$(cd "$(dirname "$0")/.." && pwd)
jar="$root/bench/target/goose-bench.jar"
[ -f "$jar" ] || (cd "$root" && ./mvnw -B -q -DskipTests package)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
agent=$(ls ~/.m2/repository/org/jacoco/org.jacoco.agent/0.8.14/org.jacoco.agent-0.8.14-runtime.jar)
export MAVEN_OPTS="${MAVEN_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC}"
mkdir -p "$dir/src/main/java/com/example/shop" "$dir/src/test/java/com/example/shop"
cat > "$dir/pom.xml" <<'POM'
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId><artifactId>shop</artifactId><version>1.0</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
    <dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId><version>5.14.4</version><scope>test</scope></dependency>
  </dependencies>
  <build><plugins>
    <plugin><artifactId>maven-clean-plugin</artifactId><version>3.5.0</version></plugin>
    <plugin><artifactId>maven-resources-plugin</artifactId><version>3.5.0</version></plugin>
    <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.16.0</version></plugin>
    <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.6.1</version></plugin>
  </plugins></build>
</project>
POM
cat > "$dir/src/main/java/com/example/shop/Pricing.java" <<'JAVA'
package com.example.shop;

public class Pricing {
    public int total(int unitPrice, int quantity) {
        return unitPrice * quantity;
    }

    public int discounted(int unitPrice, int quantity) {
        int total = total(unitPrice, quantity);
        if (quantity >= 10) {
            return total - total / 10;
        }
        return total;
    }
}
JAVA
cat > "$dir/src/test/java/com/example/shop/PricingTest.java" <<'JAVA'
package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PricingTest {
    @Test
    void shouldMultiply() {
        assertEquals(6, new Pricing().total(2, 3));
    }
}
JAVA
cat > "$dir/src/test/java/com/example/shop/PricingGooseCandidateTest.java" <<'JAVA'
package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PricingGooseCandidateTest {
    @Test
    void discountsTenOrMore() {
        assertEquals(90, new Pricing().discounted(10, 10));
    }
}
JAVA
for n in $(seq "$suite"); do
  cat > "$dir/src/main/java/com/example/shop/Part$n.java" <<JAVA
package com.example.shop;

public class Part$n {
    public int weight(int units) {
        return units * $n + (units > 100 ? 1 : 0);
    }
}
JAVA
  {
    echo "package com.example.shop;"
    echo "import static org.junit.jupiter.api.Assertions.assertEquals;"
    echo "import org.junit.jupiter.api.Test;"
    echo "class Part${n}Test {"
    for t in 1 2 3 4 5; do
      echo "    @Test void weighs$t() { assertEquals($t * $n, new Part$n().weight($t)); }"
    done
    echo "}"
  } > "$dir/src/test/java/com/example/shop/Part${n}Test.java"
done
cd "$dir"
mvn -B -q -o test-compile >/dev/null   # warm the project once, as goose-ci does before its first candidate
echo "load before: $(uptime)"
java -cp "$jar" dev.gooseci.bench.TestgenBench "$dir" "$rounds" "$agent"
echo "load after: $(uptime)"
