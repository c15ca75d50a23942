#!/usr/bin/env bash
# Identity check of a refactoring (evaluation/README.md, "Identity check"):
#   evaluation/replies.sh write DIR [--held-out]   the replies (kind, article, text, options) of every development
#                                              question file into DIR (the held-out sets only with --held-out)
#   evaluation/replies.sh compare BEFORE AFTER   lists every reply that differs; exit 1 when any does
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
if [ "${1:-}" = write ]; then
  ./kck help >/dev/null   # finds the JDK
  ./mvnw -B -q --no-transfer-progress -DskipTests install -pl evaluation -am >&2
fi
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
exec "$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Dfile.encoding=UTF-8 \
  -cp "evaluation/target/evaluation-0.1.0-SNAPSHOT.jar:evaluation/target/libs/*" \
  pl.krakow.kck.evaluation.identity.RepliesMain "$@"
