#!/bin/sh
# Prints one field of a target's row in src/pal/targets.def.
# usage: tools/target.sh NAME (triple|ptr|endian|align8|emulator|exists)
#        tools/target.sh --list
here=$(dirname "$0")/..
def="$here/src/pal/targets.def"
if [ "$1" = "--list" ]; then
    sed -n 's/^TARGET(\([a-z0-9_]*\),.*/\1/p' "$def"; exit 0
fi
row=$(grep "^TARGET($1," "$def" | sed 's/^TARGET(\(.*\))[[:space:]]*$/\1/' | tr -d ' ')
[ -n "$row" ] || { echo "anyclr: error: unknown target '$1' (see src/pal/targets.def)" >&2; exit 1; }
case "$2" in
    exists)   exit 0 ;;
    triple)   echo "$row" | cut -d, -f2 | tr -d '"' ;;
    ptr)      echo "$row" | cut -d, -f3 ;;
    endian)   echo "$row" | cut -d, -f4 ;;
    align8)   echo "$row" | cut -d, -f5 ;;
    emulator) echo "$row" | cut -d, -f6 | tr -d '"' ;;
    *) echo "usage: $0 NAME (triple|ptr|endian|align8|emulator)" >&2; exit 2 ;;
esac
