# corlib/corlib.mk — builds the core library, System.Private.CoreLib.dll, from corlib/**/*.cs
# with the .NET SDK's C# compiler, against nothing but itself. Included by the top Makefile.
# The library is target-independent IL: it is compiled once, into build/lib/, and copied
# to $(B)/lib/ for other targets and build flavours.

CORLIB_SRCS := $(shell find corlib -name '*.cs' | LC_ALL=C sort)
CORLIB_DLL  := build/lib/System.Private.CoreLib.dll
# The newest installed SDK (dotnet --list-sdks prints "10.0.401 [/usr/share/dotnet/sdk]").
CORLIB_SDK  := $(shell dotnet --list-sdks 2>/dev/null | tail -1 | sed -e 's/^\([^ ]*\) \[\(.*\)\]$$/\2\/\1/')
CORLIB_CSC  := dotnet $(CORLIB_SDK)/Roslyn/bincore/csc.dll
# CS0169/CS0649: fields the runtime reads or writes (layouts it relies on) look unused to C#.
CORLIB_CSCFLAGS := -nologo -noconfig -nostdlib -unsafe -optimize+ -deterministic \
	-langversion:latest -nullable:disable -target:library -runtimemetadataversion:v4.0.30319 \
	-nowarn:CS0169,CS0649,CS0414,CS3021,CS8981,CS1718,CS0809 -define:ANYCLR

# The Unicode tables (System.Globalization.CharData) are made at build time from the
# Unicode Character Database of Debian's unicode-data package (tools/setup.sh installs
# it) by a host tool, whatever TARGET is; they are regenerated when the tool or the
# data changes. UCD_DIR= points at another copy of the database.
HOST_CC     ?= cc
UCD_DIR     ?= /usr/share/unicode
UCD_FILES   := $(UCD_DIR)/UnicodeData.txt $(UCD_DIR)/PropList.txt
UCDGEN      := build/bin/ucdgen
CORLIB_GEN  := build/gen/corlib/CharData.g.cs

.PHONY: corlib
corlib: $(CORLIB_DLL)
all: $(CORLIB_DLL)

# Rewrites the list of available types in corlib/README.md from the built library.
.PHONY: corlib-readme
corlib-readme: $(B)/bin/anyclr $(CORLIB_DLL)
	tools/corlib-types.sh $(B)/bin/anyclr $(CORLIB_DLL) --update corlib/README.md

$(CORLIB_DLL): $(CORLIB_SRCS) $(CORLIB_GEN) corlib/corlib.mk
	@mkdir -p $(dir $@)
	@test -n "$(CORLIB_SDK)" || { echo "corlib: no .NET SDK found (dotnet --list-sdks)"; exit 1; }
	$(CORLIB_CSC) $(CORLIB_CSCFLAGS) -out:$@ $(CORLIB_SRCS) $(CORLIB_GEN)

$(UCDGEN): corlib/tools/ucdgen.c | build/.setup-done
	@mkdir -p $(dir $@)
	$(HOST_CC) $(CSTD) -O2 -g $(WARN) -o $@ $<

$(CORLIB_GEN): $(UCDGEN) $(UCD_FILES) | build/.setup-done
	@mkdir -p $(dir $@)
	$(UCDGEN) $(UCD_FILES) $@

# Only runs when a file is missing.
$(UCD_FILES): | build/.setup-done
	@echo "corlib: $@ is missing: install Debian's unicode-data package (tools/setup.sh does), or set UCD_DIR"; exit 1

ifneq ($(B),build)
all: $(B)/lib/System.Private.CoreLib.dll
$(B)/lib/System.Private.CoreLib.dll: $(CORLIB_DLL)
	@mkdir -p $(dir $@)
	cp $< $@
endif
