#!/bin/bash
# Hostile files through the command: `anyclr dump --il` on truncated and bit-flipped
# copies of a small assembly and on hand-made bad files. Each run must end with status
# 0 or 1 within the time limit (never a signal, a sanitizer report or a hang); status 1
# must come with exactly one line on stderr, "anyclr: error: FILE: what", and an error
# about the bytes of a file of 64 bytes or more must say where: "(at offset N)" at its
# end, N (decimal or 0x hex) <= the file's size.
# Also runs every file in tests/md/bad, the bad files that once failed here.
# usage: tests/md/hostile.sh ANYCLR SMALL.dll [MORE.dll...]
#   SMALL gets everything; each MORE file gets bit flips too.
#   RUN= is put before ANYCLR (an emulator); HOSTILE_FLIPS= how many bit flips (300).
set -u
anyclr=$1 small=$2
shift 2; more=("$@")
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$root/build/tests/hostile
rm -rf "$work"; mkdir -p "$work/cases" "$work/failures"
# A copy of the binary, so that a rebuild while the test runs (another part, another
# engineer) cannot pull it away mid-run.
cp "$anyclr" "$work/anyclr" || exit 1
anyclr=$work/anyclr
# Sanitizer reports must not look like our status 1; leaks count as failures too.
export ASAN_OPTIONS=exitcode=86:detect_leaks=1:halt_on_error=1
export UBSAN_OPTIONS=exitcode=87:print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=exitcode=88
limit=${HOSTILE_TIMEOUT:-20}
# The cases run as a few jobs in parallel (hand-made and truncations; the flips of each
# file); each job keeps its own scratch files in $wd and counts in runs, failures.
runs=0 failures=0 cuts=0 nflips=0

fail() {   # case-file, why
    failures=$((failures + 1))
    local keep=$work/failures/$(basename "$1")
    [ -f "$1" ] && cp "$1" "$keep"
    echo "FAIL ${RUN:+$RUN }$anyclr dump --il $1: $2"
    [ -f "$1" ] && echo "     (input kept as $keep)"
    sed 's/^/     | /' "$wd/err" | head -n 12
}

# check FILE KIND: KIND is "content" when an error must carry an offset.
check() {
    local file=$1 kind=$2 status lines line size off
    runs=$((runs + 1))
    timeout -k 5 "$limit" ${RUN:-} "$anyclr" dump --il "$file" >"$wd/out" 2>"$wd/err"
    status=$?
    lines=$(wc -l <"$wd/err")
    if [ $status -eq 124 ] || [ $status -eq 137 ]; then
        fail "$file" "no answer within ${limit}s (a hang?)"; return
    elif [ $status -gt 128 ]; then
        fail "$file" "killed by signal $((status - 128))"; return
    elif [ $status -gt 1 ]; then
        fail "$file" "exit status $status (want 0 or 1)"; return
    elif [ $status -eq 0 ]; then
        [ "$lines" -eq 0 ] || fail "$file" "status 0 but $lines lines on stderr"
        return
    fi
    line=$(head -n 1 "$wd/err")
    if [ "$lines" -ne 1 ]; then
        fail "$file" "status 1 with $lines lines on stderr (want exactly 1)"; return
    fi
    case "$line" in
    "anyclr: error: $file: "?*) ;;
    *) fail "$file" "error line is not 'anyclr: error: $file: ...'"; return ;;
    esac
    # Below the 64 bytes of a DOS header, "too small" is about the whole file: no offset.
    size=$(stat -c %s "$file" 2>/dev/null || echo 0)
    [ "$size" -ge 64 ] || kind=other
    if [[ $line == *"offset"* || $kind == content ]]; then
        if [[ ! $line =~ \(at\ offset\ (0x[0-9a-fA-F]+|[0-9]+)\)$ ]]; then
            fail "$file" "no '(at offset N)' at the end of the error"; return
        fi
        off=$((BASH_REMATCH[1]))   # decimal or 0x hex
        [ "$off" -le "$size" ] || fail "$file" "offset $off is past the end ($size bytes)"
    fi
}

# Writes byte value V (0..255) at POS of FILE, in place.
poke() {
    printf "\\$(printf %03o "$3")" | dd of="$1" bs=1 seek="$2" conv=notrunc status=none
}
peek() {
    od -An -tu1 -j "$2" -N1 "$1" | tr -d ' '
}

# Hand-made bad files, tests/md/bad, and truncated copies of SMALL.
handmade_and_cuts() {
    # Hand-made bad files.
    c=$work/cases
    check "$c/no-such-file.dll" other
    : >"$c/empty.dll"; check "$c/empty.dll" other
    echo "this is not an assembly" >"$c/text.dll"; check "$c/text.dll" content
    cp "$anyclr" "$c/elf.dll"; check "$c/elf.dll" content
    check "$c" other   # a directory
    printf 'MZ' >"$c/mz-only.dll"; check "$c/mz-only.dll" content
    head -c 128 /dev/zero >"$c/mz-zeros.dll"; poke "$c/mz-zeros.dll" 0 77; poke "$c/mz-zeros.dll" 1 90
    check "$c/mz-zeros.dll" content
    # e_lfanew past the end of the file.
    cp "$c/mz-zeros.dll" "$c/lfanew-out.dll"; poke "$c/lfanew-out.dll" 61 255
    check "$c/lfanew-out.dll" content
    # A PE with no CLI header: the small assembly with data directory 14 zeroed.
    lfanew=$(od -An -tu4 -j 60 -N4 "$small" | tr -d ' ')
    opt=$((lfanew + 24))
    magic=$(od -An -tu2 -j "$opt" -N2 "$small" | tr -d ' ')
    if [ "$magic" = 523 ]; then dirs=$((opt + 112)); else dirs=$((opt + 96)); fi
    cp "$small" "$c/no-cli-header.dll"
    for i in 0 1 2 3 4 5 6 7; do poke "$c/no-cli-header.dll" $((dirs + 14 * 8 + i)) 0; done
    check "$c/no-cli-header.dll" content
    # Fields of the PE and CLI headers pointing nowhere: the reader knows where it read them.
    rva2off() {   # FILE RVA: the file offset of RVA by the section table, or nothing
        local nsec optsize sec i va vsize raw ptr
        nsec=$(od -An -tu2 -j $((lfanew + 6)) -N2 "$1" | tr -d ' ')
        optsize=$(od -An -tu2 -j $((lfanew + 20)) -N2 "$1" | tr -d ' ')
        sec=$((lfanew + 24 + optsize))
        for ((i = 0; i < nsec; i++)); do
            read -r vsize va raw ptr <<<"$(od -An -tu4 -j $((sec + 40 * i + 8)) -N16 "$1")"
            if [ "$2" -ge "$va" ] && [ "$2" -lt $((va + raw)) ]; then
                echo $(($2 - va + ptr)); return
            fi
        done
    }
    poke32() {   # FILE POS VALUE, little-endian
        local i
        for i in 0 1 2 3; do poke "$1" $(($2 + i)) $(( ($3 >> (8 * i)) & 255 )); done
    }
    cp "$small" "$c/cli-rva-outside.dll"; poke32 "$c/cli-rva-outside.dll" $((dirs + 14 * 8)) 0x7fff0000
    check "$c/cli-rva-outside.dll" content
    cli_rva=$(od -An -tu4 -j $((dirs + 14 * 8)) -N4 "$small" | tr -d ' ')
    cli=$(rva2off "$small" "$cli_rva")
    if [ -n "$cli" ]; then
        cp "$small" "$c/md-rva-outside.dll"; poke32 "$c/md-rva-outside.dll" $((cli + 8)) 0x7fff0000
        check "$c/md-rva-outside.dll" content
        cp "$small" "$c/md-size-huge.dll"; poke32 "$c/md-size-huge.dll" $((cli + 12)) 0x7fffffff
        check "$c/md-size-huge.dll" content
        cp "$small" "$c/entry-point-bogus.dll"; poke32 "$c/entry-point-bogus.dll" $((cli + 20)) 0x06ffffff
        check "$c/entry-point-bogus.dll" content
        cp "$small" "$c/resources-outside.dll"; poke32 "$c/resources-outside.dll" $((cli + 24)) 0x7fff0000
        poke32 "$c/resources-outside.dll" $((cli + 28)) 16
        check "$c/resources-outside.dll" content
    else
        echo "FAIL: cannot find the CLI header of $small by its sections"; failures=$((failures + 1))
    fi
    # The metadata signature BSJB broken.
    bsjb=$(grep -abo BSJB "$small" | head -n 1 | cut -d: -f1)
    if [ -n "$bsjb" ]; then
        cp "$small" "$c/bad-bsjb.dll"; poke "$c/bad-bsjb.dll" "$bsjb" 0
        check "$c/bad-bsjb.dll" content
    fi
    # Files that once failed here, kept in tests/md/bad (the name says what is wrong).
    for f in "$root"/tests/md/bad/*.dll; do
        [ -f "$f" ] && check "$f" content
    done
    # The undamaged file itself must dump cleanly.
    check "$small" content

    # Truncated copies: every length in the headers, then a sampling to the end.
    for ((n = 1; n < size; n += (n < 1024 ? 3 : 37))); do
        head -c "$n" "$small" >"$c/cut-$n.dll"
        check "$c/cut-$n.dll" content
        rm -f "$c/cut-$n.dll"
        cuts=$((cuts + 1))
    done
    head -c $((size - 1)) "$small" >"$c/cut-$((size - 1)).dll"; check "$c/cut-$((size - 1)).dll" content
}

# Bit-flipped copies of SRC: pseudo-random positions, the same on every run.
flips() {
    local src=$1 srcsize tag state i pos bit f
    srcsize=$(stat -c %s "$src")
    tag=$(basename "$src" .dll)
    state=12345
    for ((i = 0; i < ${HOSTILE_FLIPS:-300}; i++)); do
        state=$(( (state * 1103515245 + 12345) % 2147483648 ))
        pos=$(( (state >> 8) % srcsize ))
        bit=$(( state % 8 ))
        f=$c/$tag-flip-$pos-$bit.dll
        cp "$src" "$f"
        poke "$f" "$pos" $(( $(peek "$f" "$pos") ^ (1 << bit) ))
        check "$f" content
        rm -f "$f"
        nflips=$((nflips + 1))
    done
}

# job N FUNCTION ARGS: runs it in the background with its own $wd; its output and
# counts are collected after `wait`, in job order, so the log reads the same each run.
job() {
    local n=$1; shift
    wd=$work/job-$n
    mkdir -p "$wd"
    ( "$@" >"$wd/log" 2>&1; echo "$runs $failures $cuts $nflips" >"$wd/counts" ) &
}

size=$(stat -c %s "$small")
c=$work/cases
echo "hostile: ${RUN:+$RUN }$anyclr dump --il on damaged copies of $small ($size bytes)${more[*]:+, bit flips of ${more[*]}}"
job 0 handmade_and_cuts
job 1 flips "$small"
n=2
for src in "${more[@]}"; do job $n flips "$src"; n=$((n + 1)); done
wait
for ((i = 0; i < n; i++)); do
    cat "$work/job-$i/log"
    read -r r f k b <"$work/job-$i/counts" || { echo "FAIL: job $i ended early"; f=1; }
    runs=$((runs + ${r:-0})) failures=$((failures + ${f:-0}))
    cuts=$((cuts + ${k:-0})) nflips=$((nflips + ${b:-0}))
done

echo "hostile: $runs runs ($cuts truncations, $nflips bit flips, the rest hand-made or from tests/md/bad), $failures failed"
[ "$failures" -eq 0 ]
