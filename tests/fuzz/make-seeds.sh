#!/bin/sh
# Regenerates the fuzzer's seed corpus, tests/fuzz/seeds/: the small programs in
# tests/fuzz/seeds-src compiled by the SDK's C# compiler (deterministic, so the bytes
# only change when the sources or the compiler do), variants of them with table streams
# csc never writes, and two small facades of the shared framework (type forwarders).
# Run by hand; the seeds are checked in.
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$here/../..
. "$root/tests/lib/dotnet.sh"
out=$here/seeds
src=$here/seeds-src
mkdir -p "$out"
"$root/tests/lib/csc.sh" "$out/hello.dll" "$src/hello.cs"
"$root/tests/lib/csc.sh" "$out/control.dll" "$src/control.cs"
"$root/tests/lib/csc.sh" "$out/ehfat.dll" "$src/ehfat.cs"
"$root/tests/lib/csc.sh" "$out/types.dll" -unsafe -nullable:enable "$src/types.cs"
# attrs also carries an embedded resource (its own source) for md_resource.
"$root/tests/lib/csc.sh" "$out/attrs.dll" -nullable:enable -t:library \
    -resource:"$src/hello.cs",seed.txt "$src/attrs.cs"
# A debug build: different body shapes (no optimisation, more locals and nops).
"$root/tests/lib/csc.sh" "$out/control-debug.dll" -optimize- -debug:embedded "$src/control.cs"
# The uncompressed table stream '#-' (edit-and-continue images): the same tables under
# the other stream name, which csc never writes.
cp "$out/types.dll" "$out/types-uncompressed.dll"
at=$(grep -abo '#~' "$out/types.dll" | head -n 1 | cut -d: -f1)
printf '-' | dd of="$out/types-uncompressed.dll" bs=1 seek=$((at + 1)) conv=notrunc status=none
# The indirection tables FieldPtr, MethodPtr, ... (also never written by csc), in
# identity and in reverse order (tests/fuzz/make_ptr_seed.c).
make -C "$root" --no-print-directory build/tests/make_ptr_seed
"$root/build/tests/make_ptr_seed" "$out/types.dll" "$out/types-ptr.dll"
"$root/build/tests/make_ptr_seed" "$out/types.dll" "$out/types-ptr-reverse.dll" reverse
rm -f "$out"/*.runtimeconfig.json
for f in System.Buffers.dll System.Diagnostics.Tools.dll; do
    cp "$NETCORE_DIR/$f" "$out/$f"
done
ls -l "$out"
