#!/bin/sh
# Compiles C# sources into an assembly with the SDK's compiler, directly (no MSBuild,
# no restore, no network): against the reference pack, or with --nostdlib against
# nothing but what -r: options name. An exe also gets the runtimeconfig.json that
# `dotnet OUT.dll` needs.
# usage: tests/lib/csc.sh OUT.dll [csc options...] SOURCES...
set -e
here=$(dirname "$0")
. "$here/dotnet.sh"
out=$1; shift
refs=""
for r in "$NETCORE_REF_DIR"/*.dll; do refs="$refs -r:$r"; done
mkdir -p "$(dirname "$out")"
# -deterministic: the same sources give the same bytes (the seed corpus is checked in).
"$DOTNET" "$CSC_DLL" -nologo -noconfig -nostdlib -deterministic -optimize+ \
    $refs -out:"$out" "$@" >"$out.log" 2>&1 || { cat "$out.log" >&2; exit 1; }
case " $* " in
*" -t:library "*|*" -target:library "*) ;;
*) cat >"${out%.dll}.runtimeconfig.json" <<JSON
{ "runtimeOptions": { "tfm": "net$(echo "$NETCORE_VERSION" | cut -d. -f1,2)",
  "framework": { "name": "Microsoft.NETCore.App", "version": "$NETCORE_VERSION" } } }
JSON
;;
esac
rm -f "$out.log"
