#!/bin/bash
# The metadata counts check: anyclr's row count of every table against the oracle's
# (tests/md/mdcount, System.Reflection.Metadata), over every file given.
# usage: tests/md/counts.sh MDCOUNT.dll ANYCLR [FILE|DIR...]
#   DIRs stand for the files in them; the default is the shared framework's directory
#   and the fuzzer's seeds. RUN= is put before ANYCLR (an emulator: RUN=qemu-arm).
# A file the oracle calls not managed must make `anyclr dump --counts` fail (status 1);
# every other file must give exactly the oracle's lines. Fails on any difference, or
# when nothing was compared.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$root/tests/lib/dotnet.sh" || exit 1
mdcount=$1 anyclr=$2; shift 2
[ $# -gt 0 ] || set -- "$NETCORE_DIR" "$root/tests/fuzz/seeds"
work=$root/build/tests/counts
rm -rf "$work"; mkdir -p "$work"
cp "$anyclr" "$work/anyclr" || exit 1   # immune to a rebuild while the test runs
anyclr=$work/anyclr

files=()
for a in "$@"; do
    if [ -d "$a" ]; then
        for f in "$a"/*; do [ -f "$f" ] && files+=("$f"); done
    else
        files+=("$a")
    fi
done
echo "counts: oracle: $DOTNET $mdcount (${#files[@]} files)"
"$DOTNET" "$mdcount" "${files[@]}" >"$work/oracle.txt" || { echo "counts: the oracle failed"; exit 1; }

# Split the oracle's output into one file per assembly: N.want, and N.path naming it.
awk -v dir="$work" '
    /^# / { n++; path = $2; sub(/^# /, ""); print > (dir "/" n ".path");
            close(dir "/" n ".path"); out = dir "/" n ".want"; printf "" > out; next }
    { print > out }' "$work/oracle.txt"

echo "counts: anyclr: ${RUN:+$RUN }$anyclr dump --counts FILE"
compared=0 skipped=0 differ=0
for want in "$work"/*.want; do
    n=${want%.want}
    read -r line <"$n.path"
    case "$line" in
    *" not-managed: "*)
        path=${line%% not-managed: *}
        skipped=$((skipped + 1))
        ${RUN:-} "$anyclr" dump --counts "$path" >/dev/null 2>"$n.err"
        status=$?
        if [ $status -ne 1 ]; then
            echo "DIFF $path: not managed, but anyclr dump --counts exited $status (want 1)"
            differ=$((differ + 1))
        fi
        continue ;;
    esac
    path=$line
    compared=$((compared + 1))
    ${RUN:-} "$anyclr" dump --counts "$path" >"$n.got" 2>"$n.err"
    status=$?
    if [ $status -ne 0 ]; then
        echo "DIFF $path: anyclr exited $status: $(head -n 3 "$n.err")"
        differ=$((differ + 1))
        continue
    fi
    sort "$want" >"$n.want.sorted"
    sort "$n.got" >"$n.got.sorted"
    if ! cmp -s "$n.want.sorted" "$n.got.sorted"; then
        echo "DIFF $path (table: mdcount anyclr):"
        join -a 1 -a 2 -e - -o 0,1.2,2.2 "$n.want.sorted" "$n.got.sorted" |
            awk '$2 != $3 { print "    " $1 ": " $2 " " $3 }'
        differ=$((differ + 1))
    fi
done

# Totals over the compared assemblies, from the oracle, for the record.
totals=$(cat "$work"/*.want | awk '{ t[$1] += $2 }
    END { for (k in t) print k, t[k] }' | sort |
    awk '$1 ~ /^(TypeDef|MethodDef|Field|MemberRef|TypeRef|TypeSpec|CustomAttribute|AssemblyRef|Param|GenericParam)$/ { printf "%s %s, ", $1, $2 }')
echo "counts: ${compared} assemblies compared, ${skipped} files not managed, ${differ} differ"
echo "counts: totals: ${totals%, }"
[ "$compared" -gt 0 ] && [ "$differ" -eq 0 ]
