#!/usr/bin/env bash
# Benchmarks copydesk and prints a table:
#   1. builds and installs the plugin (skip with BENCH_INSTALL=0);
#   2. generates a corpus with bench/CorpusGenerator.java (same seed, same bytes, every time);
#   3. whole process: `mvn copydesk:check` over the corpus, cold (no cache), warm (nothing changed;
#      by content, then by metadata),
#      cold with Maven's JVM on the quick compiler alone (MAVEN_OPTS=-XX:TieredStopAtLevel=1, what
#      a user's .mvn/jvm.config can set), each in turn; after a change to one article; of one
#      article alone (files), in turns with Maven alone (the goal skipped); with 1 and 2 threads;
#      Maven start-up included;
#   4. textlint with a comparable promo-word rule on the same files, when npm can install it;
#   5. the engine alone with JMH (bench/jmh), 1 and 2 threads;
#   6. with BENCH_MEMORY=1, 100,000 articles under -Xmx256m.
#
# Settings (environment): BENCH_DIR (work folder, default target/bench), BENCH_TXT / BENCH_MD /
# BENCH_HTML (corpus articles per format, default 10000 / 10000 / 0), BENCH_RUNS (repetitions of
# each whole-process measurement, default 3), BENCH_TEXTLINT_FILES (how many of the corpus files
# textlint checks, default 2000, "all" for every one; the rest is extrapolated), BENCH_JMH=0 to
# skip JMH, JMH_ARGS (extra JMH arguments, e.g. "-prof gc").
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK=${BENCH_DIR:-$ROOT/target/bench}
TXT=${BENCH_TXT:-10000}
MD=${BENCH_MD:-10000}
HTML=${BENCH_HTML:-0}
RUNS=${BENCH_RUNS:-3}
TEXTLINT_FILES=${BENCH_TEXTLINT_FILES:-2000}
# The plugin is installed into a local repository of the benchmark's own, read before the user's
# (which still serves every other artifact), so that no other build installing a plugin of the
# same version in between can change what is measured.
REPO=${BENCH_DIR:-$ROOT/target/bench}/repository
MVN="$ROOT/mvnw -B -Dmaven.repo.local=$REPO -Dmaven.repo.local.tail=${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
VERSION=$(grep -m1 '^  <version>' pom.xml | sed 's:.*<version>\(.*\)</version>.*:\1:')
CORPUS=$WORK/corpus
RESULTS=$WORK/results.txt
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
mkdir -p "$WORK"

row() { printf '| %s | %s | %s |\n' "$1" "$2" "$3" | tee -a "$RESULTS"; }
now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.2f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

if [ "${BENCH_INSTALL:-1}" != 0 ]; then
  echo "== building and installing copydesk $VERSION"
  $MVN -q install -DskipTests -Dinvoker.skip
fi

echo "== generating the corpus in $CORPUS"
rm -rf "$CORPUS"
java bench/CorpusGenerator.java "$CORPUS" "$TXT" "$MD" "$HTML"
CORPUS_FILES=$(find "$CORPUS/content" -type f | wc -l)
CORPUS_MB=$(du -sb "$CORPUS/content" | awk '{ printf "%.1f", $1 / 1e6 }')
cat > "$CORPUS/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.github.copydesk.bench</groupId>
  <artifactId>corpus</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <build>
    <plugins>
      <plugin>
        <groupId>io.github.copydesk</groupId>
        <artifactId>copydesk-maven-plugin</artifactId>
        <version>$VERSION</version>
        <configuration>
          <!-- The corpus has planted faults: report them, do not fail. -->
          <failOnViolation>false</failOnViolation>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
EOF

# One `mvn copydesk:check` over the corpus; prints its wall time in seconds.
check() {
  local log=$1
  shift
  local start end
  start=$(now)
  $MVN -o -f "$CORPUS/pom.xml" "io.github.copydesk:copydesk-maven-plugin:$VERSION:check" "$@" > "$log" 2>&1 \
    || { echo "copydesk:check failed, see $log" >&2; exit 1; }
  end=$(now)
  seconds "$start" "$end"
}

# Maven with no plugin run at all: start-up and the project model; prints its wall time in seconds.
bare() {
  local log=$1
  local start end
  start=$(now)
  $MVN -o -f "$CORPUS/pom.xml" validate > "$log" 2>&1 || { echo "mvn validate failed, see $log" >&2; exit 1; }
  end=$(now)
  seconds "$start" "$end"
}

echo "== whole process: $CORPUS_FILES files, $CORPUS_MB MB"
CACHE=$CORPUS/target/copydesk-cache
cold=()
warm=()
warm_metadata=()
c1=()
for i in $(seq "$RUNS"); do
  rm -f "$CACHE"
  cold+=("$(check "$WORK/cold-$i.log")")
  warm+=("$(check "$WORK/warm-$i.log")")
  warm_metadata+=("$(check "$WORK/warm-metadata-$i.log" -Dcopydesk.cacheStrategy=metadata)")
  rm -f "$CACHE"
  c1+=("$(MAVEN_OPTS="${MAVEN_OPTS:-} -XX:TieredStopAtLevel=1" check "$WORK/cold-c1-$i.log")")
done
COLD=$(printf '%s\n' "${cold[@]}" | median)
WARM=$(printf '%s\n' "${warm[@]}" | median)
WARM_METADATA=$(printf '%s\n' "${warm_metadata[@]}" | median)
C1=$(printf '%s\n' "${c1[@]}" | median)
grep -q "unchanged since the last run" "$WORK/warm-1.log" || { echo "the warm run did not use the cache" >&2; exit 1; }
FINDINGS=$(grep -c '^\[\(ERROR\|WARNING\)\] content/' "$WORK/cold-1.log" || true)

one=$(find "$CORPUS/content" -name '*.txt' | sort | awk 'NR == 1')
# A corpus without wire text (BENCH_TXT=0): its first article of any format.
[ -n "$one" ] || one=$(find "$CORPUS/content" -type f | sort | awk 'NR == 1')
printf '\nA late paragraph added to one article.\n' >> "$one"
ONE_CHANGED=$(check "$WORK/one-changed.log")

# The pre-publish check of one article (`files`) just edited, with the cache the runs before left.
# In turns with it: Maven alone, with no plugin run, and the same command with the goal skipped,
# which still resolves and loads the plugin.
one_article=()
maven_only=()
skipped=()
for i in $(seq "$RUNS"); do
  printf '\nAnother late paragraph, number %s.\n' "$i" >> "$one"
  one_article+=("$(check "$WORK/one-article-$i.log" -Dcopydesk.files="${one#"$CORPUS"/}")")
  maven_only+=("$(bare "$WORK/bare-$i.log")")
  skipped+=("$(check "$WORK/skip-$i.log" -Dcopydesk.skip=true)")
done
ONE_ARTICLE=$(printf '%s\n' "${one_article[@]}" | median)
MAVEN_ONLY=$(printf '%s\n' "${maven_only[@]}" | median)
SKIPPED=$(printf '%s\n' "${skipped[@]}" | median)
grep -q '^\[INFO\] 1 file checked' "$WORK/one-article-1.log" || { echo "the one-article check did not check one file" >&2; exit 1; }

one_thread=()
two_threads=()
for i in $(seq "$RUNS"); do
  rm -f "$CACHE"
  one_thread+=("$(check "$WORK/threads-1-$i.log" -Dcopydesk.threads=1)")
  rm -f "$CACHE"
  two_threads+=("$(check "$WORK/threads-2-$i.log" -Dcopydesk.threads=2)")
done
ONE_THREAD=$(printf '%s\n' "${one_thread[@]}" | median)
TWO_THREADS=$(printf '%s\n' "${two_threads[@]}" | median)

TEXTLINT="not run"
TEXTLINT_NOTE=""
if [ "${BENCH_TEXTLINT:-1}" != 0 ] && command -v npm > /dev/null 2>&1; then
  echo "== textlint"
  TL=$WORK/textlint
  mkdir -p "$TL"
  if [ -x "$TL/node_modules/.bin/textlint" ] \
      || (cd "$TL" && npm init -y > /dev/null && npm install --no-audit --no-fund textlint textlint-rule-ng-word > "$TL/npm.log" 2>&1); then
    # The same promo words copydesk's promo-link rule looks for, as plain forbidden words.
    cat > "$TL/.textlintrc.json" <<'EOF'
{
  "rules": {
    "ng-word": {
      "words": ["Read more", "Read also", "Also read", "Related:", "See also", "Recommended for you",
        "Click here", "Tap here", "Subscribe to our", "Sign up for our", "Download our", "Follow us on",
        "utm_source", "fbclid", "gclid", "🔗", "👉", "➡️"]
    }
  }
}
EOF
    (cd "$CORPUS" && find content -type f \( -name '*.txt' -o -name '*.md' \) | sort) > "$TL/all-files"
    total=$(wc -l < "$TL/all-files")
    if [ "$TEXTLINT_FILES" = all ] || [ "$TEXTLINT_FILES" -ge "$total" ]; then
      cp "$TL/all-files" "$TL/files"
    else
      # Every n-th file, so that both formats are in the sample as in the corpus.
      awk -v n="$((total / TEXTLINT_FILES))" -v max="$TEXTLINT_FILES" 'NR % n == 0 && ++taken <= max' \
        "$TL/all-files" > "$TL/files"
    fi
    sample=$(wc -l < "$TL/files")
    start=$(now)
    (cd "$CORPUS" && xargs -a "$TL/files" "$TL/node_modules/.bin/textlint" --config "$TL/.textlintrc.json" \
        > "$WORK/textlint.log" 2>&1) || true
    end=$(now)
    measured=$(seconds "$start" "$end")
    TEXTLINT=$(awk -v t="$measured" -v s="$sample" -v n="$total" 'BEGIN { printf "%.1f", t * n / s }')
    if [ "$sample" -lt "$total" ]; then
      TEXTLINT_NOTE="measured on $sample of the $total .txt/.md files (${measured} s), scaled to all"
    else
      TEXTLINT_NOTE="all $total .txt/.md files"
    fi
  else
    TEXTLINT="skipped: npm could not install textlint (see $TL/npm.log)"
  fi
elif [ "${BENCH_TEXTLINT:-1}" != 0 ]; then
  TEXTLINT="skipped: npm is not installed"
fi

JMH_1="not run (BENCH_JMH=0)"
JMH_2="not run (BENCH_JMH=0)"
if [ "${BENCH_JMH:-1}" != 0 ]; then
  echo "== JMH: the engine alone"
  JMH_CORPUS=$WORK/jmh-corpus
  rm -rf "$JMH_CORPUS"
  java bench/CorpusGenerator.java "$JMH_CORPUS" 1000 1000 1000
  $MVN -q -f bench/jmh/pom.xml package -Dcopydesk.version="$VERSION"
  $MVN -q -f bench/jmh/pom.xml dependency:build-classpath -Dcopydesk.version="$VERSION" \
    -Dmdep.outputFile="$WORK/jmh.classpath" > /dev/null
  # shellcheck disable=SC2086
  java -cp "bench/jmh/target/classes:$(cat "$WORK/jmh.classpath")" org.openjdk.jmh.Main EngineBenchmark \
    -p corpus="$JMH_CORPUS" -rf csv -rff "$WORK/jmh.csv" ${JMH_ARGS:-} | tee "$WORK/jmh.log"
  # The articleBytes counter, in bytes per second, per thread count.
  jmh_mb() { awk -F, -v t="$1" '{ gsub(/["\r]/, "") } $1 ~ /articleBytes/ && $NF == t { printf "%.1f", $5 / 1e6 }' "$WORK/jmh.csv"; }
  JMH_1="$(jmh_mb 1) MB/s"
  JMH_2="$(jmh_mb 2) MB/s"
fi

MEMORY="not run (BENCH_MEMORY=1)"
if [ "${BENCH_MEMORY:-0}" = 1 ]; then
  echo "== 100,000 articles under -Xmx256m"
  BIG=$WORK/big-corpus
  rm -rf "$BIG"
  java bench/CorpusGenerator.java "$BIG" 50000 50000 0
  cp "$CORPUS/pom.xml" "$BIG/pom.xml"
  start=$(now)
  if MAVEN_OPTS="-Xmx256m" $MVN -o -f "$BIG/pom.xml" "io.github.copydesk:copydesk-maven-plugin:$VERSION:check" \
      -Dcopydesk.logViolationsToConsole=false > "$WORK/memory.log" 2>&1; then
    MEMORY="passed in $(seconds "$start" "$(now)") s: $(grep -o '^\[INFO\] [0-9]* files checked' "$WORK/memory.log" | cut -d' ' -f2-)"
  else
    MEMORY="FAILED, see $WORK/memory.log"
  fi
  grep -q OutOfMemoryError "$WORK/memory.log" && MEMORY="OutOfMemoryError, see $WORK/memory.log"
fi

numeric() { [[ $1 =~ ^[0-9]+(\.[0-9]+)?$ ]]; }
ratio() { if numeric "$1" && numeric "$2"; then awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f%%", 100 * a / b }'; else echo "-"; fi; }
difference() { if numeric "$1" && numeric "$2"; then awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f s", a - b }'; else echo "-"; fi; }
speedup() { if numeric "$1" && numeric "$2"; then awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'; else echo "-"; fi; }

echo
echo "copydesk $VERSION on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')),"
echo "$(java -version 2>&1 | head -1), load average before the runs: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "corpus: $CORPUS_FILES generated articles ($TXT .txt, $MD .md, $HTML .html), $CORPUS_MB MB, $FINDINGS findings"
echo
: > "$RESULTS"
row "measurement" "wall seconds (median of $RUNS)" "note"
row "---" "---" "---"
row "Maven alone (mvn validate, no plugin run)" "$MAVEN_ONLY" "start-up and project model; runs: ${maven_only[*]}"
row "copydesk:check, goal skipped" "$SKIPPED" "Maven, and the plugin resolved and loaded; runs: ${skipped[*]}"
row "copydesk:check, cold (no cache)" "$COLD" "runs: ${cold[*]}"
row "copydesk:check, cold, -XX:TieredStopAtLevel=1" "$C1" "$(ratio "$C1" "$COLD") of cold; runs: ${c1[*]}"
row "copydesk:check, warm (nothing changed)" "$WARM" "$(ratio "$WARM" "$COLD") of cold; $(difference "$WARM" "$MAVEN_ONLY") more than Maven alone; runs: ${warm[*]}"
row "copydesk:check, warm, cacheStrategy=metadata" "$WARM_METADATA" "$(difference "$WARM_METADATA" "$MAVEN_ONLY") more than Maven alone; runs: ${warm_metadata[*]}"
row "copydesk:check, one article changed" "$ONE_CHANGED" "$(ratio "$ONE_CHANGED" "$COLD") of cold"
row "copydesk:check, one edited article (files=...)" "$ONE_ARTICLE" "the pre-publish check, cache present; $(difference "$ONE_ARTICLE" "$MAVEN_ONLY") more than Maven alone; runs: ${one_article[*]}"
row "copydesk:check, 1 thread, no cache" "$ONE_THREAD" "runs: ${one_thread[*]}"
row "copydesk:check, 2 threads, no cache" "$TWO_THREADS" "$(speedup "$ONE_THREAD" "$TWO_THREADS") of 1 thread; runs: ${two_threads[*]}"
row "textlint + ng-word, same .txt/.md files" "$TEXTLINT" "$TEXTLINT_NOTE; copydesk cold is $(speedup "$TEXTLINT" "$COLD") faster"
row "engine (JMH), 1 thread" "$JMH_1" "built-in pack, every format the plugin reads"
row "engine (JMH), 2 threads" "$JMH_2" "$(speedup "${JMH_2% MB/s}" "${JMH_1% MB/s}") of 1 thread"
row "100,000 articles, -Xmx256m" "-" "$MEMORY"
echo
echo "Logs and the table: $WORK"
