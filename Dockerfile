# The GitHub Action's image (action.yml: runs.image). The runner builds it with this folder, the repository root,
# as the context.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY core core
COPY bench bench
COPY github-action github-action
RUN ./mvnw -B -q -pl github-action -am package -DskipTests

# One image for both modes. generate-tests compiles and runs the project's tests, so the runtime is a JDK with Maven
# (projects without ./mvnw use mvn), as gitlab-runner/Dockerfile's tests target: about 250 MB more than a JRE-only
# image, which the review alone would need; one image keeps action.yml to one runs.image and one build per run.
FROM eclipse-temurin:17-jdk
RUN apt-get update \
    && apt-get install -y --no-install-recommends git maven ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && git config --system --add safe.directory '*'
# GitHub-hosted runners own the mounted workspace as uid 1001.
RUN useradd --uid 1001 --create-home goose
WORKDIR /app
COPY --from=build /src/github-action/target/goose-github-action.jar /app/goose-github-action.jar
# AppCDS: a training run (an event the action skips, which loads the startup path) records the loaded classes.
RUN GITHUB_EVENT_NAME=cds_training java -XX:ArchiveClassesAtExit=/app/goose.jsa \
        -cp /app/goose-github-action.jar dev.gooseci.action.ActionMain \
    && chmod a+r /app/goose.jsa
USER goose
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/goose.jsa", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", "/app/goose-github-action.jar", "dev.gooseci.action.ActionMain"]
