#!/bin/bash
# The runner's failure report on a deliberately broken anyclr (issue 6's check): a
# build with injectable faults (make FAULTS=1) runs the fixtures in tests/runner/faults
# twice, and the report must group the failures by cause with the right counts:
#   callvirt-throw:Victim  the 3 programs that call a virtual method on Victim fail in
#                          one bucket (their unhandled exception); the 2 others pass;
#   crash:NEWARR           every program crashes (the console allocates arrays): one
#                          bucket of 5 SIGSEGV crashes, each with a backtrace kept.
# usage: tests/runner/faults.sh [TARGET...]   (default: the host)
set -u
cd "$(dirname "$0")/../.."
targets=${*:-x86_64}
status=0
fail() { echo "faults: FAIL ($target) $*"; status=1; }

for target in $targets; do
    make --no-print-directory FAULTS=1 TARGET="$target" all >/dev/null || { fail "build"; continue; }
    if [ "$target" = x86_64 ]; then bin=build/faults/bin/anyclr; else bin=build/$target/faults/bin/anyclr; fi
    out=build/tests/faults-$target
    rm -rf "$out" && mkdir -p "$out"

    run() {   # NAME FAULT: the runner over the fixtures with that fault
        build/bin/anyclr-test --target "$target" --anyclr "$bin" --report "$out/$1" \
            --env "ANYCLR_TEST_FAULT=$2" tests/runner/faults >"$out/$1.txt" 2>&1
        sed -n '/^Failures by cause/,$p' "$out/$1.txt"
    }

    echo "== faults on $target: callvirt-throw:Victim"
    run callvirt callvirt-throw:Victim
    grep -Eq '^ +3  unhandled System\.InvalidOperationException: injected fault: callvirt on Victim$' \
        "$out/callvirt.txt" || fail "callvirt: no single bucket of 3 for the injected exception"
    [ "$(tail -n 1 "$out/callvirt.txt")" = "2 passed, 3 failed, 0 skipped" ] ||
        fail "callvirt: expected 2 passed, 3 failed"

    echo "== faults on $target: crash:NEWARR"
    run crash crash:NEWARR
    grep -Eq '^ +5  crash: SIGSEGV' "$out/crash.txt" || fail "crash: no single bucket of 5 SIGSEGV crashes"
    [ "$(tail -n 1 "$out/crash.txt")" = "0 passed, 5 failed, 0 skipped" ] ||
        fail "crash: expected 0 passed, 5 failed"
    outdir=build/tests/out; [ "$target" = x86_64 ] || outdir=build/tests/out-$target
    bt=$(ls "$outdir"/runner/faults/*/backtrace 2>/dev/null | head -n 1)
    if [ -z "$bt" ] || ! grep -q "interp_run_frame" "$bt"; then
        fail "crash: no backtrace naming the interpreter's frames (looked in $outdir/runner/faults)"
    fi
done
[ $status = 0 ] && echo "faults: the report groups each injected fault in one bucket on: $targets"
exit $status
