# tests/tests.mk — `make test` and `make fuzz` (included by the top-level Makefile).
#
#   make test                    builds everything (warnings are errors) and runs every part
#   make test TARGET=armhf       the same, with armhf's anyclr under its emulator
#   make test TEST_TARGETS="aarch64 ppc64"   choose the targets whose dump is compared
#   make test-hostile            one part alone (any of $(TEST_PARTS))
#   make fuzz                    build/fuzz/fuzz_md, the libFuzzer target for md
#   make fuzz-run FUZZ_TIME=600  run it, growing build/fuzz/corpus
#
# The parts:
#   test-build        the native binaries: with -Werror (build/werror), plain, and SAN
#   test-build-all    the rest of `make` (the core library ...)
#   test-build-targets  the cross builds of TEST_TARGETS and TARGET, -Werror
#   test-md-counts    table row counts of every framework assembly against the oracle
#   test-fuzz-replay  the fuzz target over the seeds and the regression corpus
#   test-hostile      truncated, bit-flipped and hand-made bad files through `anyclr dump`
#   test-targets      `dump --il` under each of TEST_TARGETS' emulators == native, byte for byte
#
# Each part runs through tests/lib/part.sh, which records pass/fail in build/test-results;
# `make test` runs all parts (in parallel, keeping going past failures) and ends with
# tests/lib/summary.sh's "N passed, N failed". Another fragment joins by adding its part
# (`TEST_PARTS += test-programs`) and a rule that runs through tests/lib/part.sh.

TEST_RESULTS := build/test-results
TEST_JOBS    ?= $(shell nproc 2>/dev/null || echo 2)
MDCOUNT      := build/tests/mdcount/mdcount.dll
FUZZ_CC      ?= clang
MD_SRCS       = $(wildcard src/md/*.c)
MD_HDRS       = $(wildcard src/md/*.h) src/md/md_schema.def

# On the host, the tests run the ASan+UBSan build; for a cross TARGET, its own build
# under its emulator. The dump comparison covers one 32-bit little-endian and one
# 64-bit big-endian target by default: CI and a developer run the same `make test`.
ifeq ($(TARGET),$(HOST_TARGET))
  TEST_ANYCLR  := build/san/bin/anyclr
  TEST_RUN     :=
  TEST_TARGETS ?= armhf s390x
else
  TEST_ANYCLR  := build/$(TARGET)/bin/anyclr
  TEST_RUN     := $(shell tools/target.sh $(TARGET) emulator)
  TEST_TARGETS ?= $(TARGET)
endif

TEST_PARTS := test-build test-build-all test-build-targets test-md-counts test-fuzz-replay \
              test-hostile test-targets test-corlib-list

.PHONY: test $(TEST_PARTS) $(addsuffix -run,$(TEST_PARTS)) fuzz fuzz-run

# Set-up first, once: the parts below run in parallel and would each start it.
test: | build/.setup-done
	@rm -rf $(TEST_RESULTS)
	@$(MAKE) --no-print-directory -k -j$(TEST_JOBS) $(TEST_PARTS) || true
	@tests/lib/summary.sh $(TEST_RESULTS) $(TEST_PARTS)

# ---- builds ------------------------------------------------------------------------
# Each part X runs `make X-run` through tests/lib/part.sh, so that what it builds and
# what it runs fail as that part. Warnings are errors in every build here; the native
# -Werror build has a directory of its own (build/werror) so that it recompiles what
# changed even when build/ is already up to date, and so shows every warning again.
TEST_WERROR := WARN='$(WARN) -Werror'
TEST_PART    = +@tests/lib/part.sh $@ $(MAKE) --no-print-directory $@-run

# The cross builds: TEST_TARGETS, and TARGET when that is not the host.
TEST_CROSS := $(sort $(TEST_TARGETS) $(filter-out $(HOST_TARGET),$(TARGET)))
# The part that builds the anyclr the tests run.
ifeq ($(TARGET),$(HOST_TARGET))
  TEST_ANYCLR_BUILD := test-build
else
  TEST_ANYCLR_BUILD := test-build-targets
endif

test-build:
	$(TEST_PART)
test-build-run: | build/.setup-done
	$(MAKE) -k TARGET=$(HOST_TARGET) SAN= B=build/werror $(TEST_WERROR) build/werror/bin/anyclr
	$(MAKE) -k TARGET=$(HOST_TARGET) SAN= build/bin/anyclr
	$(MAKE) -k TARGET=$(HOST_TARGET) SAN=1 $(TEST_WERROR) build/san/bin/anyclr

# Everything else `make` builds (the core library...), kept apart so that a failure
# there does not stop the parts that need only the binaries; after test-build, since
# both would build build/bin/anyclr and two makes must not build one file at once.
test-build-all: | test-build
	$(TEST_PART)
test-build-all-run: | build/.setup-done
	$(MAKE) -k TARGET=$(HOST_TARGET) SAN= all

test-build-targets:
	$(TEST_PART)
test-build-targets-run: | build/.setup-done
	@for t in $(TEST_CROSS); do \
	    echo "$(MAKE) -k TARGET=$$t SAN= $(TEST_WERROR) build/$$t/bin/anyclr"; \
	    $(MAKE) -k TARGET=$$t SAN= $(TEST_WERROR) build/$$t/bin/anyclr || exit 1; \
	done

# The counts oracle, a C# program; rebuilt only when its source changes.
$(MDCOUNT): tests/md/mdcount/mdcount.cs tests/lib/csc.sh tests/lib/dotnet.sh | build/.setup-done
	tests/lib/csc.sh $@ tests/md/mdcount/mdcount.cs

# ---- the fuzz target and its replay ----------------------------------------------------
FUZZ_CFLAGS := $(CSTD) -O1 -g -fno-omit-frame-pointer $(WARN) $(INCLUDE) \
               -fno-sanitize-recover=undefined

fuzz: build/fuzz/fuzz_md

build/fuzz/fuzz_md: tests/fuzz/fuzz_md.c $(MD_SRCS) $(MD_HDRS) | build/.setup-done
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer,address,undefined -o $@ \
	    tests/fuzz/fuzz_md.c $(MD_SRCS)

# The same walk with a plain main(): no libFuzzer, so any C compiler with ASan will do.
build/fuzz/replay_md: tests/fuzz/fuzz_md.c $(MD_SRCS) $(MD_HDRS) | build/.setup-done
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -Werror -DREPLAY -fsanitize=address,undefined -o $@ \
	    tests/fuzz/fuzz_md.c $(MD_SRCS)

# Makes the Ptr-table seeds (tests/fuzz/make-seeds.sh); built in the tests so that it
# stays warning-free. A host tool, whatever TARGET is (CC is then the cross compiler).
TEST_HOST_CC ?= cc
build/tests/make_ptr_seed: tests/fuzz/make_ptr_seed.c src/md/md.h src/md/md_schema.def | build/.setup-done
	@mkdir -p $(dir $@)
	$(TEST_HOST_CC) $(CSTD) -O2 -g $(WARN) -Werror $(INCLUDE) -o $@ tests/fuzz/make_ptr_seed.c

FUZZ_TIME ?= 600
FUZZ_ARGS := -max_total_time=$(FUZZ_TIME) -rss_limit_mb=2048 -timeout=5 \
             -dict=tests/fuzz/md.dict -artifact_prefix=build/fuzz/artifacts/

# New inputs go to build/fuzz/corpus (the first directory); the seeds and the
# regression corpus are read, never written.
fuzz-run: build/fuzz/fuzz_md
	@mkdir -p build/fuzz/corpus build/fuzz/artifacts
	build/fuzz/fuzz_md $(FUZZ_ARGS) build/fuzz/corpus tests/fuzz/seeds tests/fuzz/corpus

# ---- the parts ----------------------------------------------------------------------
# ASan's own exit status must not look like success, nor like anyclr's status 1.
TEST_SAN_ENV := ASAN_OPTIONS=exitcode=86:detect_leaks=1 UBSAN_OPTIONS=exitcode=87:print_stacktrace=1

test-md-counts: | $(TEST_ANYCLR_BUILD)
	$(TEST_PART)
test-md-counts-run: $(MDCOUNT)
	env $(TEST_SAN_ENV) RUN='$(TEST_RUN)' tests/md/counts.sh $(MDCOUNT) $(TEST_ANYCLR)

test-fuzz-replay:
	$(TEST_PART)
test-fuzz-replay-run: build/fuzz/replay_md build/tests/make_ptr_seed
	env $(TEST_SAN_ENV) build/fuzz/replay_md tests/fuzz/seeds tests/fuzz/corpus

test-hostile: | $(TEST_ANYCLR_BUILD)
	$(TEST_PART)
test-hostile-run:
	env RUN='$(TEST_RUN)' tests/md/hostile.sh $(TEST_ANYCLR) tests/fuzz/seeds/control.dll \
	        tests/fuzz/seeds/ehfat.dll tests/fuzz/seeds/types-ptr-reverse.dll

test-targets: | test-build test-build-targets
	$(TEST_PART)
test-targets-run:
	tests/md/targets.sh build/bin/anyclr '$(TEST_TARGETS)'

# corlib/README.md's list of available types is the built library's (make corlib-readme).
test-corlib-list: | test-build
	$(TEST_PART)
test-corlib-list-run: $(CORLIB_DLL)
	tools/corlib-types.sh build/werror/bin/anyclr $(CORLIB_DLL) --check corlib/README.md

# ---- the API gaps report (not a part of make test) -------------------------------------
# build/api-gaps.txt: the public members of corlib's existing types that .NET's reference
# assemblies declare and corlib lacks, with totals per namespace (tests/tools/apicheck).
APICHECK := build/tests/apicheck/apicheck.dll
.PHONY: api-gaps
$(APICHECK): tests/tools/apicheck/apicheck.cs tests/lib/csc.sh tests/lib/dotnet.sh | build/.setup-done
	tests/lib/csc.sh $@ tests/tools/apicheck/apicheck.cs
api-gaps: $(APICHECK) $(CORLIB_DLL)
	. tests/lib/dotnet.sh && "$$DOTNET" $(APICHECK) "$$NETCORE_REF_DIR" $(CORLIB_DLL) >build/api-gaps.txt
	@grep '^# [0-9]' build/api-gaps.txt
