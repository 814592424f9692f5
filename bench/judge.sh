#!/usr/bin/env bash
# Measures copydesk's rules on articles an editor has judged, so that a desk knows how often a
# rule is right on its own archive before switching it on:
#
#   bench/judge.sh DIR TRUTH.jsonl [-Dcopydesk.<parameter>=value ...]
#
# TRUTH.jsonl has one JSON object a line, one for each finding an editor would act on:
#   {"file": "world/dam.txt", "rule": "promo-link", "line": 12, "uncertain": false}
# with "file" relative to DIR and "line" the 1-based line where the finding starts (for a block
# of leftovers, its first line). "uncertain": true marks a spot where either answer is fine.
#
# Runs the copydesk:judge goal in DIR, as copydesk:check runs there (DIR's pom and its copydesk
# configuration when it has one; otherwise every article under DIR), and prints the findings no
# row accounts for, the rows no finding matched, and per rule: findings, right, wrong,
# uncertain, missed, precision and recall. Further arguments go to that run, e.g.
# -Dcopydesk.disabledRules=date-consistency or -Dcopydesk.ruleDirectories=/path/to/rules.
#
# The plugin is this checkout, built and installed into a local repository of the script's own
# (target/judge/repository), which is read before the user's; the user's still serves every
# other artifact, and the plugin when the script's own repository does not hold it.
#
# Settings (environment): JUDGE_INSTALL=0 to skip building (the plugin last built by this script,
# else the one of this version in the user's local repository); COPYDESK_VERSION (default: this
# checkout's); MAVEN_ARGS (read by Maven itself, e.g. -o to work offline).
set -euo pipefail
if [ $# -lt 2 ] || [ ! -d "$1" ] || [ ! -f "$2" ]; then
  echo "usage: $0 DIR TRUTH.jsonl [-Dcopydesk.<parameter>=value ...]" >&2
  exit 2
fi
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=$(cd "$1" && pwd)
TRUTH=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
shift 2
VERSION=${COPYDESK_VERSION:-$(grep -m1 '^  <version>' "$ROOT/pom.xml" | sed 's:.*<version>\(.*\)</version>.*:\1:')}
WORK=$ROOT/target/judge
mkdir -p "$WORK"
MVN=("$ROOT/mvnw" -B --no-transfer-progress "-Dmaven.repo.local=$WORK/repository"
  "-Dmaven.repo.local.tail=${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}")
if [ "${JUDGE_INSTALL:-1}" != 0 ]; then
  echo "== building copydesk $VERSION from $ROOT" >&2
  "${MVN[@]}" -q -f "$ROOT/pom.xml" install -DskipTests -Dinvoker.skip >&2
fi

LOG=$WORK/judge.log
echo "== judging the articles in $DIR against $TRUTH" >&2
if ! (cd "$DIR" && "${MVN[@]}" "io.github.copydesk:copydesk-maven-plugin:$VERSION:judge" \
    -Dcopydesk.truthFile="$TRUTH" "$@") > "$LOG" 2>&1; then
  cat "$LOG" >&2
  exit 1
fi
# The goal's own lines, without Maven's frame around them.
sed -n '/^\[INFO\] --- .*:judge /,/^\[INFO\] BUILD /p' "$LOG" | sed '1d;$d' \
  | grep -v '^\[INFO\] -*$' | sed 's/^\[INFO\] //'
