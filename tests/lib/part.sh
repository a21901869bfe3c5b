#!/bin/sh
# Runs one part of the test suite and records its result.
# usage: tests/lib/part.sh NAME COMMAND [ARGS...]
# The command's output goes to $TEST_RESULTS/NAME.log (default build/test-results) and
# is printed in one piece when it ends, framed by "== NAME: COMMAND" and
# "-- PASS NAME (Ns)" or "-- FAIL NAME", so parts that run in parallel do not mix.
# Appends "pass NAME" or "fail NAME" to $TEST_RESULTS/NAME.result for
# tests/lib/summary.sh and exits with the command's status. A part that counts finer
# results of its own (a runner of many programs) may write several pass/fail lines into
# $TEST_RESULTS/NAME.result itself; part.sh then keeps those and adds none.
name=$1; shift
results=${TEST_RESULTS:-build/test-results}
mkdir -p "$results"
file=$results/$name.result
log=$results/$name.log
rm -f "$file"
echo "-> $name started"
start=$(date +%s)
TEST_RESULTS=$results "$@" >"$log" 2>&1
status=$?
secs=$(( $(date +%s) - start ))
if [ $status -eq 0 ]; then word=pass; else word=fail; fi
[ -s "$file" ] || echo "$word $name" >"$file"
{
    echo "== $name: $*"
    cat "$log"
    if [ $status -eq 0 ]; then
        echo "-- PASS $name (${secs}s)"
    else
        echo "-- FAIL $name (${secs}s, exit status $status; log: $log)"
    fi
}
exit $status
