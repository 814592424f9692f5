#!/usr/bin/env bash
# Runs the plugin under Maven 3.8, 3.9 and 4 and checks that what programs read from it reaches
# them intact:
#   - the `github` format's workflow commands: lines on the process's standard output that start
#     with `::error`, `::warning` or `::notice` (where the GitHub runner looks for them), the same
#     lines under every Maven, and the job summary appended to $GITHUB_STEP_SUMMARY;
#   - the dry-run patch of `copydesk:fix`: the `patchFile` file, which `git apply --check` takes
#     for a CRLF, a CR-only and a byte-order-mark article, and the patch on standard output under
#     -q, which must be the same bytes.
# Each Maven runs in batch mode (-B) and with colours forced on (-Dstyle.color=always).
#
# Maven 3.9 is ./mvnw, Maven 4 ./mvnw4 (.mvn/wrapper/maven4.properties), Maven 3.8 the `mvn` on the
# PATH when it is a 3.8 (or MAVEN38, a command); a Maven that is not there is reported as skipped.
# The plugin is built and installed into a local repository of this script's own (skip with
# MAVEN_VERSIONS_INSTALL=0), which each Maven reads as a file repository beside the user's local
# repository; artifacts found in neither (Maven 3.8 asks for one more) come from the usual remote
# repositories. Settings: MAVEN_VERSIONS_DIR (work folder, default target/maven-versions).
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK=${MAVEN_VERSIONS_DIR:-$ROOT/target/maven-versions}
REPO=$WORK/repository
USER_REPO=${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}
VERSION=$(grep -m1 '^  <version>' pom.xml | sed 's:.*<version>\(.*\)</version>.*:\1:')
PLUGIN="io.github.copydesk:copydesk-maven-plugin:$VERSION"
mkdir -p "$WORK"

if [ "${MAVEN_VERSIONS_INSTALL:-1}" != 0 ]; then
  echo "== building and installing copydesk $VERSION into $REPO"
  "$ROOT/mvnw" -B -q install -DskipTests -Dinvoker.skip -Dmaven.repo.local="$REPO" \
    -Dmaven.repo.local.tail="$USER_REPO" || { echo "the build failed" >&2; exit 1; }
fi

# Both repositories are folders on this machine, whose files have no checksum files beside them.
cat > "$WORK/settings.xml" <<EOF
<settings>
  <profiles>
    <profile>
      <id>copydesk-under-test</id>
      <repositories>
        <repository><id>copydesk-under-test</id><url>file://$REPO</url>
          <snapshots><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></snapshots></repository>
        <repository><id>user-local</id><url>file://$USER_REPO</url>
          <releases><checksumPolicy>ignore</checksumPolicy></releases></repository>
      </repositories>
      <pluginRepositories>
        <pluginRepository><id>copydesk-under-test</id><url>file://$REPO</url>
          <snapshots><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></snapshots></pluginRepository>
        <pluginRepository><id>user-local</id><url>file://$USER_REPO</url>
          <releases><checksumPolicy>ignore</checksumPolicy></releases></pluginRepository>
      </pluginRepositories>
    </profile>
  </profiles>
  <activeProfiles><activeProfile>copydesk-under-test</activeProfile></activeProfiles>
</settings>
EOF

# A newsroom folder: articles with leftovers fix removes, in three kinds of line ends.
PROJECT=$WORK/project
make_project() {
  rm -rf "$PROJECT"
  mkdir -p "$PROJECT/.mvn" "$PROJECT/content"
  local body='Harbour city opens new ferry line\n\nThe harbour authority on Friday opened a ferry line to three islands.\n\n🔗\n\n"We will run six crossings a day," the harbour master said.\n\nRead more: Island schools plan later start\n\nSOURCE: AA\n'
  printf "$body" | sed 's/$/\r/' > "$PROJECT/content/crlf.txt"
  printf "$body" | tr '\n' '\r' > "$PROJECT/content/cr-only.txt"
  { printf '\357\273\277'; printf "$body"; } > "$PROJECT/content/bom.txt"
  cat > "$PROJECT/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.github.copydesk.check</groupId>
  <artifactId>maven-versions</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
</project>
EOF
}

# The Mavens to run, as "name command".
mavens=()
maven38=${MAVEN38:-}
if [ -z "$maven38" ] && command -v mvn > /dev/null 2>&1 && mvn -B -v 2>/dev/null | grep 'Apache Maven 3\.8\.' > /dev/null; then
  maven38=mvn
fi
[ -n "$maven38" ] && mavens+=("3.8|$maven38")
mavens+=("3.9|$ROOT/mvnw" "4|$ROOT/mvnw4")

failures=0
rows=()
check() {
  local name=$1 what=$2 ok=$3 note=$4
  rows+=("| $name | $what | $([ "$ok" = 1 ] && echo ok || echo FAILED) | $note |")
  [ "$ok" = 1 ] || failures=$((failures + 1))
}

reference_annotations=""
reference_patch=""
for entry in "${mavens[@]}"; do
  name=${entry%%|*}
  command=${entry#*|}
  version_line=$($command -B -v 2>/dev/null | grep -m1 'Apache Maven' | sed 's/\x1b\[[0-9;]*m//g')
  for mode in batch colour; do
    label="$name ($mode)"
    flags=(-B)
    [ "$mode" = colour ] && flags=(-Dstyle.color=always)
    out=$WORK/maven-$name-$mode
    rm -rf "$out"
    mkdir -p "$out"
    mvn_run() {
      (cd "$PROJECT" && $command "${flags[@]}" -s "$WORK/settings.xml" -Dmaven.repo.local="$out/repository" "$@")
    }
    echo "== $label: $version_line"

    # The github format: workflow commands on standard output, the summary in its file.
    make_project
    GITHUB_STEP_SUMMARY=$out/summary.md mvn_run "$PLUGIN:check" -Dcopydesk.outputFormats=github \
      -Dcopydesk.failOnViolation=false > "$out/check.out" 2> "$out/check.err"
    grep -a '::\(error\|warning\|notice\) ' "$out/check.out" > "$out/annotation-lines" || true
    grep -a '^::\(error\|warning\|notice\) file=content/[^,]*,line=[0-9]*,col=[0-9]*,endLine=[0-9]*,endColumn=[0-9]*,title=copydesk \[[a-z-]*\]::' \
      "$out/check.out" > "$out/annotations" || true
    found=$(wc -l < "$out/annotation-lines")
    intact=$(wc -l < "$out/annotations")
    [ -z "$reference_annotations" ] && reference_annotations=$out/annotations
    same=0
    [ "$found" -gt 0 ] && [ "$found" = "$intact" ] && cmp -s "$out/annotations" "$reference_annotations" && same=1
    check "$label" "annotations at line starts" "$same" "$intact of $found lines intact"
    summary=0
    grep -q '^## copydesk' "$out/summary.md" 2> /dev/null && summary=1
    check "$label" "job summary in \$GITHUB_STEP_SUMMARY" "$summary" "$(wc -l < "$out/summary.md" 2> /dev/null || echo 0) lines"

    # The dry-run patch in patchFile: git takes it, and it is the same under every Maven.
    make_project
    mvn_run "$PLUGIN:fix" -Dcopydesk.dryRun -Dcopydesk.patchFile=target/fix.patch > "$out/fix.out" 2> "$out/fix.err"
    cp "$PROJECT/target/fix.patch" "$out/fix.patch" 2> /dev/null || : > "$out/fix.patch"
    rm -rf "$PROJECT/target"
    applies=0
    (cd "$PROJECT" && GIT_CEILING_DIRECTORIES=$WORK git -c core.autocrlf=false apply --check "$out/fix.patch") \
      > "$out/git-apply.log" 2>&1 && [ -s "$out/fix.patch" ] && applies=1
    [ -z "$reference_patch" ] && reference_patch=$out/fix.patch
    cmp -s "$out/fix.patch" "$reference_patch" || applies=0
    check "$label" "patchFile: git apply --check" "$applies" "$(grep -c '^--- a/' "$out/fix.patch") files, $(wc -c < "$out/fix.patch") bytes"

    # The dry-run patch on standard output under -q: the same bytes as the file. Maven 3.8 writes
    # a colour reset (ESC[0m) of its own before and after everything, even under -B, so there only
    # patchFile gives the patch alone; that is reported, not counted as a failure.
    mvn_run -q "$PLUGIN:fix" -Dcopydesk.dryRun > "$out/fix-q.out" 2> "$out/fix-q.err"
    if cmp -s "$out/fix-q.out" "$out/fix.patch"; then
      check "$label" "dry run on standard output (-q)" 1 "the patch alone, $(wc -c < "$out/fix-q.out") bytes"
    elif [ "$name" = 3.8 ] && sed 's/\x1b\[0m//g' "$out/fix-q.out" | cmp -s - "$out/fix.patch"; then
      rows+=("| $label | dry run on standard output (-q) | not the patch alone | Maven's ESC[0m before and after it; use patchFile |")
    else
      check "$label" "dry run on standard output (-q)" 0 "$(wc -c < "$out/fix-q.out") bytes"
    fi
  done
done
[ -n "$maven38" ] || rows+=("| 3.8 | - | skipped | no Maven 3.8 on the PATH and MAVEN38 unset |")

echo
echo "| Maven | what | result | note |"
echo "| --- | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
echo
echo "Logs: $WORK/maven-*"
[ "$failures" = 0 ]
