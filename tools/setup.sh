#!/bin/sh
# Installs what building and testing anyclr needs on a fresh Debian machine, and checks
# that the .NET SDK (the C# compiler and CoreCLR, our oracle) is there.
# The Makefile runs it once (it leaves build/.setup-done); run it by hand any time.
set -e
packages="build-essential clang libfuzzer-14-dev libclang-rt-14-dev libffi-dev gdb gdb-multiarch
  qemu-user gcc-i686-linux-gnu gcc-arm-linux-gnueabihf gcc-aarch64-linux-gnu
  gcc-riscv64-linux-gnu gcc-s390x-linux-gnu gcc-powerpc64-linux-gnu
  mono-devel mono-runtime unicode-data"
missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "setup: installing:$missing"
    sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
fi
if ! command -v dotnet >/dev/null 2>&1; then
    echo "setup: error: the .NET SDK (dotnet) is not on PATH; anyclr's core library and" >&2
    echo "setup: error: tests are compiled by its C# compiler and checked against CoreCLR" >&2
    exit 1
fi
mkdir -p build
touch build/.setup-done
