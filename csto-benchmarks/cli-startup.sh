#!/usr/bin/env bash
# Whole-process wall time of `csto members --on D` and `csto status CODE --on D` through the launcher
# csto-examples/target/bin/csto, beside the JVM's floor (io.github.cstokit.benchmarks.JvmFloor, a Java
# program that prints one zone offset), run alternately so that the machine's load weighs on all alike.
# Prints each command's median wall time and its ratio to the floor's (target: within 2x), and the
# median CPU time (user + system) where /usr/bin/time is installed.
#
#   csto-benchmarks/cli-startup.sh [runs]        # default 15 runs of each; builds what is missing
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
csto=csto-examples/target/bin/csto
floor_classes=csto-benchmarks/target/classes
if [ ! -x "$csto" ] || [ ! -f "$floor_classes/io/github/cstokit/benchmarks/JvmFloor.class" ]; then
  mvn -B -ntp -o -q -pl csto-examples,csto-benchmarks -am package -DskipTests -Dcsto.revapi.skip=true \
    -Dmaven.javadoc.skip -Dmaven.source.skip >/dev/null
fi
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
names=(floor members status members-jar status-jar)
labels=("JVM floor: java JvmFloor (prints one zone offset)" "csto members --on 2000-01-01"
  "csto status AM --on 2025-01-01" "java -jar csto-examples.jar members --on 2000-01-01 (no archive)"
  "java -jar csto-examples.jar status AM --on 2025-01-01 (no archive)")
commands=(
  "$java -cp $floor_classes io.github.cstokit.benchmarks.JvmFloor"
  "$csto members --on 2000-01-01"
  "$csto status AM --on 2025-01-01"
  "$java -jar csto-examples/target/csto-examples.jar members --on 2000-01-01"
  "$java -jar csto-examples/target/csto-examples.jar status AM --on 2025-01-01"
)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
have_time=0
if [ -x /usr/bin/time ]; then have_time=1; fi
for c in "${commands[@]}"; do $c >/dev/null; done   # warm the file cache once
for ((r = 0; r < runs; r++)); do
  for i in "${!commands[@]}"; do
    start=$(date +%s%N)
    if [ "$have_time" = 1 ]; then
      /usr/bin/time -f '%U %S' -o "$work/cpu" ${commands[$i]} >/dev/null
      awk '{printf "%d\n", ($1 + $2) * 1000}' "$work/cpu" >> "$work/${names[$i]}.cpu"
    else
      ${commands[$i]} >/dev/null
    fi
    end=$(date +%s%N)
    echo $(( (end - start) / 1000 )) >> "$work/${names[$i]}.wall"
  done
done
median() { sort -n "$1" | awk '{a[NR] = $1} END {print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }
floor=$(median "$work/floor.wall")
echo "Whole-process time, $runs runs of each, alternated; $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| Command | Median wall ms | Ratio to the floor | Median CPU ms (user + sys) | Target | Met |"
echo "|---|---|---|---|---|---|"
for i in "${!names[@]}"; do
  n=${names[$i]}
  wall=$(median "$work/$n.wall")
  cpu=n/a
  if [ "$have_time" = 1 ]; then cpu=$(median "$work/$n.cpu"); fi
  ratio=$(awk -v a="$wall" -v b="$floor" 'BEGIN {printf "%.2f", a / b}')
  case $n in
    floor) target="anchor"; met="" ;;
    members|status) target="<= 2x"; met=$(awk -v r="$ratio" 'BEGIN {print (r <= 2 ? "met" : "not met")}') ;;
    *) target="for comparison"; met="" ;;
  esac
  printf '| `%s` | %.1f | %s× | %s | %s | %s |\n' "${labels[$i]}" "$(awk -v w="$wall" 'BEGIN {print w / 1000}')" \
    "$ratio" "$cpu" "$target" "$met"
done
