#!/bin/sh
# Counts the results of a test run: the pass/fail lines of DIR/*.result.
# usage: tests/lib/summary.sh DIR PART...
# Each PART named must have left a result; one that did not (its prerequisites failed,
# or it was never run) counts as failed. Prints the failures, then, as the last line,
# "N passed, N failed". Exits 1 when anything failed or nothing ran.
dir=$1; shift
for part in "$@"; do
    [ -s "$dir/$part.result" ] || echo "fail $part (did not run)" >"$dir/$part.result"
done
cat "$dir"/*.result 2>/dev/null >"$dir/.all"
passed=$(grep -c '^pass ' "$dir/.all")
failed=$(grep -c '^fail ' "$dir/.all")
if [ "$failed" -gt 0 ]; then
    echo "failed:"
    sed -n 's/^fail /  /p' "$dir/.all"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
