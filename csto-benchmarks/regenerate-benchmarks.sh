#!/usr/bin/env bash
# Regenerates BENCHMARKS.md in one command: builds what the measurements need, runs each of them (every
# target beside its anchor in the same run), and writes their tables into csto-benchmarks/BENCHMARKS.md.in,
# with the machine and the commit. About 10 minutes with the defaults; fewer forks and runs for a look:
#
#   csto-benchmarks/regenerate-benchmarks.sh                       # FORKS=20 CLI_RUNS=15 PHASE_RUNS=3
#   FORKS=6 CLI_RUNS=5 csto-benchmarks/regenerate-benchmarks.sh    # shorter, noisier
set -euo pipefail
cd "$(dirname "$0")/.."
forks=${FORKS:-20}
cli_runs=${CLI_RUNS:-15}
phase_runs=${PHASE_RUNS:-3}
out=${OUT:-BENCHMARKS.md}

echo "building (csto-benchmarks, csto-examples and what they need; no tests)" >&2
mvn -B -ntp -q -pl csto-benchmarks,csto-examples -am package -DskipTests -Dcsto.revapi.skip=true \
  -Dmaven.javadoc.skip -Dmaven.source.skip >/dev/null
cp="csto-benchmarks/target/csto-benchmarks.jar:$(cat csto-benchmarks/target/benchmarks.classpath)"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "first answer: $forks forks of each benchmark, class path and module path, without and with a CDS archive" >&2
"$java" -Djmh.ignoreLock=true -cp "$cp" io.github.cstokit.benchmarks.FirstAnswer "$forks" all \
  2>/dev/null | sed '/./,$!d' > "$work/first"

echo "where the first answer's time goes: ColdStartPhases, $phase_runs fresh JVMs" >&2
for ((i = 1; i <= phase_runs; i++)); do
  "$java" -cp "$cp" io.github.cstokit.benchmarks.ColdStartPhases snapshot > "$work/phases.$i"
done
{
  printf '| Phase (one fresh JVM per run, in this order) |'
  for ((i = 1; i <= phase_runs; i++)); do printf ' run %d: wall, CPU ms |' "$i"; done
  printf ' classes loaded (run 1) |'
  printf '\n|---|'
  for ((i = 1; i <= phase_runs; i++)); do printf -- '---|'; done
  printf -- '---|\n'
  n=$(wc -l < "$work/phases.1")
  for ((l = 1; l <= n; l++)); do
    printf '| %s |' "$(sed -n "${l}p" "$work/phases.1" | sed 's/^ *[0-9.]* ms *[0-9.]* ms cpu *[0-9]* classes  //')"
    for ((i = 1; i <= phase_runs; i++)); do
      printf ' %s |' "$(sed -n "${l}p" "$work/phases.$i" | awk '{print $1 ", " $3}')"
    done
    printf ' %s |\n' "$(sed -n "${l}p" "$work/phases.1" | awk '{print $6}')"
  done
} > "$work/phases"

echo "command line: $cli_runs runs of each" >&2
csto-benchmarks/cli-startup.sh "$cli_runs" > "$work/cli"

echo "steady state: AsOfLookupBenchmark, RulesBenchmark, TestkitBenchmark" >&2
"$java" -Djmh.ignoreLock=true -cp "$cp" io.github.cstokit.benchmarks.SteadyState 1 5 3 2>/dev/null \
  | sed '/./,$!d' > "$work/steady"

echo "retained size" >&2
"$java" -Xms256m -Xmx256m -XX:+UseSerialGC -cp "$cp" io.github.cstokit.benchmarks.RetainedSize \
  | sed '/^$/d' > "$work/retained"

{
  echo "| | |"
  echo "|---|---|"
  echo "| Date | $(date -u '+%Y-%m-%d %H:%M UTC') |"
  echo "| Commit | $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . 2>/dev/null || echo ' (with uncommitted changes)') |"
  echo "| CPU | $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1) |"
  echo "| Memory | $(free -m | awk '/^Mem:/ {print $2}') MB (\`free -m\`) |"
  echo "| OS | $(. /etc/os-release && echo "$PRETTY_NAME"), Linux $(uname -r) $(uname -m) |"
  echo "| Java | $("$java" -version 2>&1 | sed -n 2p) |"
  echo "| Maven | $(mvn -B -v 2>/dev/null | head -n 1 | sed 's/\x1b\[[0-9;]*m//g; s/ (.*//') |"
  echo "| Load average at the end | $(cut -d' ' -f1-3 /proc/loadavg) (on $(nproc) CPUs) |"
} > "$work/machine"

while IFS= read -r line; do
  case $line in
    @@MACHINE@@) cat "$work/machine" ;;
    @@FIRST_ANSWER@@) cat "$work/first" ;;
    @@PHASES@@) cat "$work/phases" ;;
    @@CLI@@) cat "$work/cli" ;;
    @@STEADY@@) cat "$work/steady" ;;
    @@RETAINED@@) cat "$work/retained" ;;
    *) printf '%s\n' "$line" ;;
  esac
done < csto-benchmarks/BENCHMARKS.md.in > "$out"
echo "wrote $out" >&2
