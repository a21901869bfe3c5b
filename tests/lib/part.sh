#!/bin/sh
# Runs one part of the test suite and records its result.
# usage: tests/lib/part.sh NAME COMMAND [ARGS...]
# Prints what it runs, the command's own output, and "PASS NAME (Ns)" or "FAIL NAME";
# appends "pass NAME" or "fail NAME" to $TEST_RESULTS/NAME.result (default
# build/test-results) for tests/lib/summary.sh; exits with the command's status.
# A part that counts finer results of its own (a runner of many programs) may instead
# write several pass/fail lines into $TEST_RESULTS/NAME.result itself and exit 0 or 1;
# part.sh then keeps those lines and adds none.
name=$1; shift
results=${TEST_RESULTS:-build/test-results}
mkdir -p "$results"
file=$results/$name.result
rm -f "$file"
echo "== $name: $*"
start=$(date +%s)
TEST_RESULTS=$results "$@"
status=$?
secs=$(( $(date +%s) - start ))
if [ $status -eq 0 ]; then word=pass; else word=fail; fi
[ -s "$file" ] || echo "$word $name" >"$file"
if [ $status -eq 0 ]; then
    echo "-- PASS $name (${secs}s)"
else
    echo "-- FAIL $name (${secs}s, exit status $status)"
fi
exit $status
