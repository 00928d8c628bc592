#!/usr/bin/env bash
# The main job, offline: build a small repository whose last commit adds a SQL injection, and review that commit
# with `goose-ci review`, a recorded model answer standing in for the LLM (examples/replay/review-demo.jsonl).
# Prints the findings as `path:line: [severity] title` and writes every report format. Needs only git and a JDK.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
[ -f "$root/core/target/goose-ci.jar" ] || (cd "$root" && ./mvnw -B -q -DskipTests package)
repo=$(mktemp -d "${TMPDIR:-/tmp}/goose-review-demo.XXXXXX")
git -C "$repo" init -q -b main
git -C "$repo" config user.email demo@example.com
git -C "$repo" config user.name "Goose CI demo"
cp -R "$here/review-demo/base/." "$repo/"
git -C "$repo" add -A && git -C "$repo" commit -q -m "UserDao.exists"
cp -R "$here/review-demo/head/." "$repo/"
git -C "$repo" add -A && git -C "$repo" commit -q -m "UserDao.findName"
echo "Reviewing the last commit of $repo"
"$root/bin/goose-ci" review --base HEAD~1 --replay "$here/replay/review-demo.jsonl" -w "$repo" \
  --output-dir "$repo/goose-report" "$@"
