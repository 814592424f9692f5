#!/usr/bin/env bash
# Measures the HTML report of a large run and how long headless Chromium takes to open it:
#   1. compiles the plugin's classes (skip with BENCH_COMPILE=0) and asks Maven for their classpath;
#   2. generates a corpus with bench/CorpusGenerator.java (1,200 wire, 500 Markdown and 300 HTML
#      articles by default) and, with bench/HtmlReportBench.java, findings spread over its lines
#      (10,000 by default), then writes the HTML report of that run and prints its size;
#   3. opens the page in headless Chromium, in turns with an empty page (Chromium's own start-up):
#      --dump-dom (parse, script run, DOM written out) and a 1280 px and a 390 px screenshot
#      (layout and paint as well), and the same page with every article open, as "Open all"
#      leaves it; prints each time and the median of BENCH_RUNS turns;
#   4. the time inside the page, without Chromium's start-up: a copy of the page with its security
#      policy removed and a script added that, at the load event, forces layout and writes the time
#      since navigation started into the title, which --dump-dom then shows (folded and all open).
#
# Needs chromium (Debian package) on the PATH, or CHROMIUM naming the browser.
# Settings (environment): BENCH_DIR (work folder, default target/bench-html), BENCH_TXT / BENCH_MD /
# BENCH_HTML (articles per format), BENCH_FINDINGS, BENCH_RUNS (turns, default 5), BENCH_NICE (a
# niceness to run Chromium at, e.g. -10 as root, so that other work on a busy machine weighs less
# on the times).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK=${BENCH_DIR:-$ROOT/target/bench-html}
TXT=${BENCH_TXT:-1200}
MD=${BENCH_MD:-500}
HTML=${BENCH_HTML:-300}
FINDINGS=${BENCH_FINDINGS:-10000}
RUNS=${BENCH_RUNS:-5}
CHROMIUM=${CHROMIUM:-chromium}
if [ -n "${BENCH_NICE:-}" ]; then
  CHROMIUM="nice -n $BENCH_NICE $CHROMIUM"
fi
mkdir -p "$WORK"

if [ "${BENCH_COMPILE:-1}" != 0 ]; then
  echo "== compiling"
  ./mvnw -B -q -o compile
fi
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=runtime
CLASSPATH="$ROOT/target/classes:$(cat "$WORK/classpath.txt")"

echo "== generating $TXT + $MD + $HTML articles and $FINDINGS findings"
rm -rf "$WORK/corpus" "$WORK/out"
java bench/CorpusGenerator.java "$WORK/corpus" "$TXT" "$MD" "$HTML"
java -cp "$CLASSPATH" bench/HtmlReportBench.java "$WORK/corpus" "$FINDINGS" "$WORK/out"
PAGE=$WORK/out/copydesk.html
OPEN=$WORK/out/copydesk-open.html
sed 's/<details id=/<details open id=/' "$PAGE" > "$OPEN"
printf '<!DOCTYPE html><title>empty</title>\n' > "$WORK/out/empty.html"
TIMER="<script>addEventListener('load', function () { var height = document.body.offsetHeight;\
 document.title = 'loaded in ' + Math.round(performance.now()) + ' ms'; });</script></body>"
sed -e '/Content-Security-Policy/d' -e "s|</body>|$TIMER|" "$PAGE" > "$WORK/out/timed.html"
sed -e '/Content-Security-Policy/d' -e "s|</body>|$TIMER|" "$OPEN" > "$WORK/out/timed-open.html"
echo "page: $(stat -c %s "$PAGE") bytes; $(grep -o '<details ' "$PAGE" | wc -l) articles, $(grep -o '<div class="finding ' "$PAGE" | wc -l) findings"

now() { date +%s.%N; }
# Seconds Chromium takes for one page: $1 the page, the rest Chromium's options after the common ones.
timed() {
  local page=$1
  shift
  local start
  start=$(now)
  $CHROMIUM --headless --no-sandbox --disable-gpu --hide-scrollbars "$@" "file://$page" > /dev/null 2>&1
  awk -v a="$start" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'
}
# Seconds from navigation start to the load event, layout included, as the timed copy writes them.
in_page() {
  $CHROMIUM --headless --no-sandbox --disable-gpu --dump-dom "file://$1" 2> /dev/null \
    | sed -n 's|.*<title>loaded in \([0-9]*\) ms</title>.*|\1|p' | awk '{ printf "%.2f", $1 / 1000 }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.2f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "== $CHROMIUM, $RUNS turns (seconds; load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
: > "$WORK/times.txt"
for turn in $(seq "$RUNS"); do
  empty=$(timed "$WORK/out/empty.html" --dump-dom)
  dom=$(timed "$PAGE" --dump-dom)
  wide=$(timed "$PAGE" --screenshot="$WORK/out/wide.png" --window-size=1280,2000)
  narrow=$(timed "$PAGE" --screenshot="$WORK/out/narrow.png" --window-size=390,2000)
  open=$(timed "$OPEN" --dump-dom)
  inside=$(in_page "$WORK/out/timed.html")
  inside_open=$(in_page "$WORK/out/timed-open.html")
  echo "turn $turn: empty page $empty, report --dump-dom $dom, screenshot 1280 px $wide, 390 px $narrow," \
    "every article open --dump-dom $open; inside the page: $inside, every article open $inside_open"
  echo "$empty $dom $wide $narrow $open $inside $inside_open" >> "$WORK/times.txt"
done
for column in 1 2 3 4 5 6 7; do
  printf '%s ' "$(awk -v c="$column" '{ print $c }' "$WORK/times.txt" | median)"
done | awk '{ printf "median: empty page %s, report --dump-dom %s, screenshot 1280 px %s, 390 px %s, every article open --dump-dom %s; inside the page: %s, every article open %s\n", $1, $2, $3, $4, $5, $6, $7 }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
