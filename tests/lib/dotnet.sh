# Sourced by the test scripts: where the .NET SDK's pieces are on this machine.
# Sets DOTNET (the host command), CSC_DLL (the C# compiler), NETCORE_DIR (the shared
# framework of the newest Microsoft.NETCore.App runtime), NETCORE_VERSION and
# NETCORE_REF_DIR (its reference assemblies). Found, not assumed, so a newer SDK works.
DOTNET=$(command -v dotnet) || { echo "anyclr: error: dotnet is not on PATH" >&2; return 1; }
dotnet_root=$(dirname "$(readlink -f "$DOTNET")")

# "Microsoft.NETCore.App 10.0.12 [/usr/share/dotnet/shared/Microsoft.NETCore.App]"
line=$("$DOTNET" --list-runtimes | grep '^Microsoft\.NETCore\.App ' | sort -V -k2,2 | tail -n 1)
NETCORE_VERSION=$(echo "$line" | cut -d' ' -f2)
NETCORE_DIR=$(echo "$line" | sed 's/.*\[\(.*\)\]$/\1/')/$NETCORE_VERSION

sdk=$("$DOTNET" --list-sdks | sort -V | tail -n 1)
sdk_dir=$(echo "$sdk" | sed 's/.*\[\(.*\)\]$/\1/')/$(echo "$sdk" | cut -d' ' -f1)
CSC_DLL=$sdk_dir/Roslyn/bincore/csc.dll

# The reference pack of the same major.minor as the runtime, newest patch.
mm=$(echo "$NETCORE_VERSION" | cut -d. -f1,2)
ref_pack=$(ls -d "$dotnet_root"/packs/Microsoft.NETCore.App.Ref/"$mm".* 2>/dev/null | sort -V | tail -n 1)
NETCORE_REF_DIR=$(ls -d "$ref_pack"/ref/net"$mm" 2>/dev/null)

for v in "$NETCORE_DIR" "$CSC_DLL" "$NETCORE_REF_DIR"; do
    [ -e "$v" ] || { echo "anyclr: error: .NET SDK piece not found: '$v'" >&2; return 1; }
done
unset dotnet_root line sdk sdk_dir mm ref_pack v
