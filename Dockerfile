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

FROM eclipse-temurin:17-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends git \
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
