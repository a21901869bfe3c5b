#!/bin/sh
# The public top-level types of a core library by namespace, one line per namespace, as in
# corlib/README.md's "What is available" section:
#   - **System.Buffers**: ArrayPool<>, ReadOnlySpanAction<>, SpanAction<>
# Generic arity shows as <> (Func`1..Func`17 are one Func<>); names sort case-insensitively.
#
# usage: tools/corlib-types.sh ANYCLR CORLIB.dll                 print the list
#        tools/corlib-types.sh ANYCLR CORLIB.dll --check README  exit 1 if README's differs
#        tools/corlib-types.sh ANYCLR CORLIB.dll --update README rewrite README's list
set -e
anyclr=$1 dll=$2 mode=$3 readme=$4

list() {
    "$anyclr" dump "$dll" |
        grep -E '^\.class (interface )?public ' |
        sed 's/<.*>$//; s/.* //; s/`[0-9]*$/<>/' |
        awk '{ i = match($0, /\.[^.]*$/); print substr($0, 1, i - 1) "\t" substr($0, i + 1) }' |
        LC_ALL=C sort -t '	' -k1,1 -k2,2f -u |
        awk -F '\t' '
            $1 != ns { if (ns != "") print line; ns = $1; line = "- **" ns "**: " $2; next }
            { line = line ", " $2 }
            END { if (ns != "") print line }'
}

# README with its list (the "- **" lines of the "## What is available" section) replaced
# by the lines of file $1.
replaced() {
    awk -v new="$1" '
        /^## / { in_section = ($0 == "## What is available") }
        in_section && /^- \*\*/ {
            if (!done) { while ((getline l < new) > 0) print l; done = 1 }
            next
        }
        { print }' "$readme"
}

case $mode in
"")  list ;;
--check|--update)
    tmp=$(mktemp) && trap 'rm -f "$tmp" "$tmp.new"' EXIT
    list >"$tmp"
    replaced "$tmp" >"$tmp.new"
    if [ "$mode" = --update ]; then
        cp "$tmp.new" "$readme"
    elif ! cmp -s "$tmp.new" "$readme"; then
        echo "$readme: the list of available types is not the built library's:" >&2
        diff "$readme" "$tmp.new" | sed -n 's/^[<>] - \*\*\([^*]*\)\*\*.*/  \1/p' | sort -u >&2
        echo "(make corlib-readme rewrites it)" >&2
        exit 1
    fi ;;
*)   echo "usage: $0 ANYCLR CORLIB.dll [--check|--update README]" >&2; exit 2 ;;
esac
