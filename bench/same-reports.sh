#!/bin/bash
# A check for evaluator speed work (round 27): every shipped play's report, md and json, each scenario, at the play's
# seed and (mine-flood, whose plays carry seed 11) at seed 7, with CPU seconds per run in DIR/times.txt.
#   bench/same-reports.sh DIR-before   (on the old commit)   then, after the change:   bench/same-reports.sh DIR-after
#   diff -r --exclude=times.txt DIR-before DIR-after   (must print nothing: the reports are byte-identical)
set -e
out=${1:?usage: bench/same-reports.sh OUTDIR}
mkdir -p "$out"
run() { # scenario play format [--seed N] -> file
  local s=$1 p=$2 f=$3 tag=$4; shift 4
  /usr/bin/time -f "$s $p $f $tag user=%U sys=%S" -a -o "$out/times.txt" \
    node --import tsx cli/main.ts evaluate "scenarios/$s.yaml" --play "scenarios/plays/$s.$p.yaml" --format "$f" "$@" > "$out/$s.$p.$tag.$f"
}
for s in chemical-leak mine-flood school-fire; do for p in poor good; do for f in md json; do
  run $s $p $f play
  if [ $s = mine-flood ]; then run $s $p $f seed7 --seed 7; fi
done; done; done
