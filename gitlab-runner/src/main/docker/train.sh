#!/bin/sh
# Trains the AppCDS archive at image build time: a dry run of a push pipeline over a two-commit repository loads the
# classes a real job loads (settings, git, the planner, the tools), and the JVM dumps them at exit.
set -eu
repo=$(mktemp -d)
cd "$repo"
git init -q -b main
git config user.email train@goose.invalid
git config user.name train
mkdir -p src/main/java/demo
printf 'package demo;\n\nclass A {\n}\n' > src/main/java/demo/A.java
git add . && git commit -qm first
before=$(git rev-parse HEAD)
printf 'package demo;\n\nclass A {\n    int a() {\n        return 1;\n    }\n}\n' > src/main/java/demo/A.java
git commit -qam second
CI_PROJECT_DIR="$repo" CI_COMMIT_SHA=$(git rev-parse HEAD) CI_COMMIT_BEFORE_SHA="$before" CI_PIPELINE_SOURCE=push \
  GITLAB_CI=true GOOSE_DRY_RUN=true GOOSE_OUTPUT_DIR="$repo/out" \
  java -Xlog:cds=off -Xlog:cds+dynamic=off -XX:ArchiveClassesAtExit=/opt/goose/goose-gitlab-runner.jsa -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -cp /opt/goose/goose-gitlab-runner.jar dev.gooseci.gitlabci.GitLabReviewMain
rm -rf "$repo"
