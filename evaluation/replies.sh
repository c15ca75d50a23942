#!/usr/bin/env bash
# Identity check of a refactoring (evaluation/README.md, "Identity check"):
#   evaluation/replies.sh write DIR [--held-out]   the replies (kind, article, text, options) of every development
#                                              question file into DIR (the held-out sets only with --held-out)
#   evaluation/replies.sh compare BEFORE AFTER   lists every reply that differs; exit 1 when any does
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
jdk_major() { sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -n 1 || true; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(jdk_major "$JAVA_HOME")" -lt 21 ] 2>/dev/null || [ -z "$(jdk_major "$JAVA_HOME")" ]; then
  JAVA_HOME=""   # as ./kck does: the newest JDK 21 or newer under /usr/lib/jvm
  for candidate in /usr/lib/jvm/*; do
    major="$(jdk_major "$candidate")"
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ -x "$candidate/bin/javac" ] \
       && { [ -z "$JAVA_HOME" ] || [ "$major" -gt "$(jdk_major "$JAVA_HOME")" ]; }; then JAVA_HOME="$candidate"; fi
  done
  [ -n "$JAVA_HOME" ] || { echo "replies.sh: no JDK 21 or newer under /usr/lib/jvm" >&2; exit 1; }
fi
export JAVA_HOME
if [ "${1:-}" = write ]; then
  ./mvnw -B -q --no-transfer-progress -DskipTests install -pl evaluation -am >&2
fi
exec "$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Dfile.encoding=UTF-8 \
  -cp "evaluation/target/evaluation-0.1.0-SNAPSHOT.jar:evaluation/target/libs/*" \
  pl.krakow.kck.evaluation.identity.RepliesMain "$@"
