#!/bin/bash
# Same output on every target: `anyclr dump --il` of each assembly by the native build
# and by each target's cross build under its emulator (src/pal/targets.def), compared
# byte for byte, stdout, stderr and exit status alike.
# usage: tests/md/targets.sh NATIVE_ANYCLR "TARGET..." [ASSEMBLY|DIR...]
#   The cross build of TARGET is build/TARGET/bin/anyclr. The default assemblies are a
#   few framework ones of moderate size, System.Private.CoreLib and the fuzzer's seeds.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/tests/lib/dotnet.sh" || exit 1
native=$1 targets=$2; shift 2
if [ $# -eq 0 ]; then
    set -- "$root/tests/fuzz/seeds"
    for a in System.Runtime System.Console System.Collections System.Linq \
             System.Text.RegularExpressions System.Private.CoreLib; do
        set -- "$@" "$NETCORE_DIR/$a.dll"
    done
fi
files=()
for a in "$@"; do
    if [ -d "$a" ]; then for f in "$a"/*.dll; do files+=("$f"); done; else files+=("$a"); fi
done
work=$root/build/tests/targets
rm -rf "$work"; mkdir -p "$work/native"
cp "$native" "$work/anyclr" || exit 1   # immune to a rebuild while the test runs
native=$work/anyclr

# dump FILE OUTDIR [EMULATOR]: stdout, stderr and status of one dump into OUTDIR.
dump() {
    local name; name=$(basename "$1" .dll)
    ${3:-} "$4" dump --il "$1" >"$2/$name.out" 2>"$2/$name.err"
    echo $? >"$2/$name.status"
}

start=$(date +%s)
for f in "${files[@]}"; do dump "$f" "$work/native" "" "$native"; done
echo "targets: native $native: ${#files[@]} assemblies, $(cat "$work"/native/*.out | wc -c) bytes of dump, $(( $(date +%s) - start ))s"

# Two identical errors are no evidence: every dump must succeed natively first.
differ=0
for f in "${files[@]}"; do
    name=$(basename "$f" .dll)
    if [ "$(cat "$work/native/$name.status")" != 0 ]; then
        echo "FAIL native dump of $f: status $(cat "$work/native/$name.status"): $(head -n 2 "$work/native/$name.err")"
        differ=$((differ + 1))
    fi
done
for t in $targets; do
    emu=$("$root/tools/target.sh" "$t" emulator) || { differ=$((differ + 1)); continue; }
    cross=$root/build/$t/bin/anyclr
    if [ ! -x "$cross" ]; then
        echo "targets: $t: no cross build at $cross"; differ=$((differ + 1)); continue
    fi
    mkdir -p "$work/$t"
    cp "$cross" "$work/$t/anyclr"; cross=$work/$t/anyclr
    start=$(date +%s)
    for f in "${files[@]}"; do
        name=$(basename "$f" .dll)
        fstart=$(date +%s)
        dump "$f" "$work/$t" "$emu" "$cross"
        for part in status err out; do
            if ! cmp -s "$work/native/$name.$part" "$work/$t/$name.$part"; then
                echo "DIFF $t $f ($part): native < > ${emu:-native} $cross"
                diff "$work/native/$name.$part" "$work/$t/$name.$part" | head -n 20
                differ=$((differ + 1))
                break
            fi
        done
        secs=$(( $(date +%s) - fstart ))
        [ $secs -lt 10 ] || echo "targets: $t: $name took ${secs}s"
    done
    echo "targets: $t (${emu:-native} $cross): ${#files[@]} assemblies compared in $(( $(date +%s) - start ))s"
done
echo "targets: $differ differences"
[ "$differ" -eq 0 ] && [ ${#files[@]} -gt 0 ]
