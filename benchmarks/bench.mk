# benchmarks/bench.mk — `make bench`: the benchmark programs under every runtime, side
# by side (included by the top Makefile; not part of `make test`).
#
#   make bench                          all benchmarks, full sizes, 5 runs each
#   make bench BENCH_QUICK=1            small sizes: a check that everything runs
#   make bench BENCH_FILTER='nbody|fasta' BENCH_RUNS=3
#   make bench BENCH_ONLY=mono-interp   CoreCLR (the oracle) and the runtimes named
#   make bench BENCH_TIMEOUT=300        seconds before one run counts as failed
#
# It builds, under build/bench/:
#   net/NAME.dll   benchmarks/NAME.cs compiled by the SDK's C# compiler against the .NET
#                  reference assemblies (tests/lib/csc.sh), for anyclr and CoreCLR;
#   mono/NAME.exe  the same source, same compiler, against Mono's own class library
#                  (/usr/lib/mono/4.5): Mono 6.8 cannot resolve every type of the .NET 10
#                  reference assemblies (System.Math, for one) — see benchmarks/README.md;
#   c/NAME         benchmarks/NAME.c, where there is one, with $(BENCH_CC) -O2;
# installs Debian's Mono if it is missing, builds anyclr (if that fails, its column says
# "fail"), and runs build/bin/anyclr-bench (benchmarks/harness/bench.c) with the lists
# benchmarks/benchmarks.list (sizes) and benchmarks/runtimes.list (command lines). The
# harness runs each program once under CoreCLR for the expected output, once under each
# runtime as a warm-up, then BENCH_RUNS rounds that alternate the runtimes; it prints
# medians of wall time and peak RSS, ratios, and geometric means, and writes
# build/bench/report.md.

BENCH_DIR     := build/bench
BENCH_RUNS    ?= 5
BENCH_FILTER  ?=
BENCH_ONLY    ?=
BENCH_QUICK   ?=
BENCH_TIMEOUT ?= 120
BENCH_CC      ?= cc
BENCH_MONO_LIB := /usr/lib/mono/4.5
BENCH_MONO_REFS := $(BENCH_MONO_LIB)/mscorlib.dll $(BENCH_MONO_LIB)/System.dll $(BENCH_MONO_LIB)/System.Core.dll
# The Debian packages that own mono and the three assemblies above.
BENCH_MONO_PKGS := mono-runtime libmono-corlib4.5-dll libmono-system4.0-cil libmono-system-core4.0-cil

BENCH_CS   := $(wildcard benchmarks/*.cs)
BENCH_NET  := $(patsubst benchmarks/%.cs,$(BENCH_DIR)/net/%.dll,$(BENCH_CS))
BENCH_MONO := $(patsubst benchmarks/%.cs,$(BENCH_DIR)/mono/%.exe,$(BENCH_CS))
BENCH_CBIN := $(patsubst benchmarks/%.c,$(BENCH_DIR)/c/%,$(wildcard benchmarks/*.c))
BENCH_TOOL := build/bin/anyclr-bench

.PHONY: bench bench-build bench-mono
# anyclr is built (a failed build only fails its column) and copied with its core library
# to build/bench/anyclr/, so that a rebuild during the run does not touch what is measured.
bench: bench-build
	-@$(MAKE) --no-print-directory all
	@rm -rf $(BENCH_DIR)/anyclr && mkdir -p $(BENCH_DIR)/anyclr/bin $(BENCH_DIR)/anyclr/lib
	-@cp $(B)/bin/anyclr $(BENCH_DIR)/anyclr/bin/ && cp $(B)/lib/*.dll $(BENCH_DIR)/anyclr/lib/
	$(BENCH_TOOL) --list benchmarks/benchmarks.list --runtimes benchmarks/runtimes.list \
	    --dir $(BENCH_DIR) --anyclr $(BENCH_DIR)/anyclr/bin/anyclr --runs $(BENCH_RUNS) --timeout $(BENCH_TIMEOUT) \
	    --filter '$(BENCH_FILTER)' --only '$(BENCH_ONLY)' $(if $(BENCH_QUICK),--quick) \
	    --report $(BENCH_DIR)/report.md

bench-build: $(BENCH_TOOL) $(BENCH_NET) $(BENCH_MONO) $(BENCH_CBIN)

# Mono from Debian, once per machine (tools/setup.sh lists it too).
bench-mono: $(BENCH_DIR)/.mono-ok
$(BENCH_DIR)/.mono-ok:
	@if ! command -v mono >/dev/null 2>&1 || ! ls $(BENCH_MONO_REFS) >/dev/null 2>&1; then \
	    echo "bench: installing $(BENCH_MONO_PKGS)"; \
	    sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	    $$sudo apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $(BENCH_MONO_PKGS) >/dev/null; \
	fi
	@mkdir -p $(dir $@) && touch $@

$(BENCH_TOOL): benchmarks/harness/bench.c
	@mkdir -p $(dir $@)
	$(BENCH_CC) $(CSTD) -O2 -g $(WARN) -o $@ $< -lm

$(BENCH_DIR)/net/%.dll: benchmarks/%.cs tests/lib/csc.sh | build/.setup-done
	tests/lib/csc.sh $@ $<

$(BENCH_DIR)/mono/%.exe: benchmarks/%.cs | build/.setup-done $(BENCH_DIR)/.mono-ok
	@mkdir -p $(dir $@)
	@echo "csc (Mono's class library) -out:$@ $<"
	@. tests/lib/dotnet.sh && "$$DOTNET" "$$CSC_DLL" -nologo -noconfig -nostdlib -deterministic \
	    -optimize+ $(addprefix -r:,$(BENCH_MONO_REFS)) -out:$@ $< >$@.log 2>&1 \
	    || { cat $@.log >&2; rm -f $@; exit 1; }
	@rm -f $@.log

# -ffp-contract=off: no fused multiply-adds, so the C versions round as the C# ones do.
$(BENCH_DIR)/c/%: benchmarks/%.c
	@mkdir -p $(dir $@)
	$(BENCH_CC) -std=c11 -O2 $(WARN) -ffp-contract=off -o $@ $< -lm
