#!/bin/bash
# Fuzzes the IL importer and interpreter: flips bits in the IL of the compiled test
# programs (build/tests/cache) and runs `anyclr verify` and `anyclr run` on each copy
# under ASan/UBSan. A finding is a sanitizer report or a crash by a signal other than
# the SIGABRT of an unhandled managed exception; its input is kept in build/fuzz/il/.
# (A mutated program may loop forever or exit with any code: those are not findings.)
# usage: tests/fuzz/il_fuzz.sh SECONDS    (make fuzz-il FUZZ_TIME=N)
set -u
cd "$(dirname "$0")/../.."
export ASAN_OPTIONS=detect_leaks=0:exitcode=86 UBSAN_OPTIONS=exitcode=87:print_stacktrace=1
out=build/fuzz/il
mkdir -p "$out"
files=(build/tests/cache/*/*.dll)
[ -e "${files[0]}" ] || { echo "il_fuzz: no compiled tests in build/tests/cache (run make test-programs)"; exit 1; }
end=$((SECONDS + ${1:-300}))
runs=0 found=0
while [ $SECONDS -lt $end ]; do
    f=${files[$((RANDOM % ${#files[@]}))]}
    root=$(grep -obUaP "BSJB" "$f" | head -n 1 | cut -d: -f1)
    [ -n "$root" ] || continue
    build/fuzz/il_mutate "$f" "$out/cur.dll" 512 "$root" $((runs * 7919 + RANDOM))
    for cmd in verify run; do
        timeout 10 build/san/bin/anyclr "$cmd" "$out/cur.dll" >"$out/cur.txt" 2>&1
        rc=$?
        if [ $rc = 86 ] || [ $rc = 87 ] || [ $rc = 139 ] || grep -q "AddressSanitizer\|runtime error" "$out/cur.txt"; then
            found=$((found + 1))
            cp "$out/cur.dll" "$out/finding-$found.dll"
            echo "il_fuzz: finding $found ($cmd, status $rc) from $f: $out/finding-$found.dll"
            grep -m 3 -e "ERROR" -e "runtime error" -e "#[0-2] " "$out/cur.txt"
        fi
    done
    runs=$((runs + 1))
done
echo "il_fuzz: $runs mutated assemblies, $found findings"
[ $found = 0 ]
