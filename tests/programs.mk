# tests/programs.mk — the execution-engine test programs (tests/programs/**/*.cs and
# tests/il/*.il), each checked against CoreCLR by the runner build/bin/anyclr-test.
#
#   make test-programs-run                 all of them on build/bin/anyclr, output as it goes
#   make test-programs-run TARGET=armhf    on build/armhf/bin/anyclr under qemu-arm
#   make test-programs-run SAN=1           on the ASan+UBSan build
#   make test-programs-run RUNNER_FLAGS='--gc-stress -j4 tests/programs/generics'
#   make test-programs                     the same as a part of `make test` (see tests/tests.mk):
#                                          the ASan build on the host, output in one piece,
#                                          one pass/fail line per program in the summary
#
# The runner is a host tool: built by the host compiler whatever TARGET is.

HOST_CC       ?= cc
RUNNER_SRCS   := $(wildcard tests/runner/*.c)
RUNNER_FLAGS  ?=
# Where `make test` wants one pass/fail line per program; empty when run by hand.
RUNNER_RESULTS ?=

build/bin/anyclr-test: $(RUNNER_SRCS) tests/runner/runner.h | build/.setup-done
	@mkdir -p $(dir $@)
	$(HOST_CC) $(CSTD) -O2 -g $(WARN) -o $@ $(RUNNER_SRCS)

.PHONY: test-programs test-programs-run

# `all` builds anyclr and the core library it loads for this TARGET and SAN flavour.
test-programs-run: build/bin/anyclr-test all
	build/bin/anyclr-test --target $(TARGET) --anyclr $(B)/bin/anyclr \
	    $(if $(RUNNER_RESULTS),--results $(RUNNER_RESULTS)) $(RUNNER_FLAGS)

# Joins `make test` the way tests/tests.mk asks: a part run through tests/lib/part.sh,
# after the parts that build what it runs. (A plain `test: test-programs` prerequisite
# would run it before and outside the parts, and its failures would stop the rest.)
# On the host it runs the sanitizer build, like the other parts, with their settings.
TEST_PARTS += test-programs
ifeq ($(TARGET),$(HOST_TARGET))
  PROGRAMS_FLAVOUR := SAN=1
else
  PROGRAMS_FLAVOUR := SAN=
endif

test-programs: | $(TEST_ANYCLR_BUILD) test-build-all test-programs-oracle
	+@tests/lib/part.sh $@ $(MAKE) --no-print-directory test-programs-run $(PROGRAMS_FLAVOUR) \
	    RUNNER_RESULTS=$(TEST_RESULTS)/test-programs.result \
	    RUNNER_FLAGS='$(RUNNER_FLAGS) $(addprefix --env ,$(PROGRAMS_SAN_ENV))'

# The runtime keeps its types, methods and imported code for the whole process and
# does not free them at exit, by design; so leak reports are off for whole programs
# (ASan's memory errors and UBSan stay on). The metadata reader's tests keep them.
PROGRAMS_SAN_ENV = $(subst detect_leaks=1,detect_leaks=0,$(TEST_SAN_ENV))

# The same programs on the other CPUs CI covers (TEST_TARGETS: armhf and s390x by
# default), each under its emulator with its cross-built anyclr, after the native part
# so that the compiled programs and CoreCLR's expectations are already cached.
PROGRAM_TARGET_PARTS := $(addprefix test-programs-,$(filter-out $(TARGET),$(TEST_TARGETS)))
TEST_PARTS += $(PROGRAM_TARGET_PARTS)
.PHONY: $(PROGRAM_TARGET_PARTS)
$(PROGRAM_TARGET_PARTS): test-programs-%: | test-programs-oracle test-build-targets
	+@tests/lib/part.sh $@ $(MAKE) --no-print-directory test-programs-run TARGET=$* SAN= \
	    RUNNER_RESULTS=$(TEST_RESULTS)/$@.result

# The runner's own check (issue 6): a build with injected faults must show each fault
# as one bucket with the right count, and crashes with their backtrace, on the host
# and on each of TEST_TARGETS (tests/runner/faults.sh).
TEST_PARTS += test-runner-faults
.PHONY: test-runner-faults test-runner-faults-run
test-runner-faults: | test-programs-oracle test-build-targets
	+@tests/lib/part.sh $@ $(MAKE) --no-print-directory test-runner-faults-run
test-runner-faults-run: build/bin/anyclr-test
	tests/runner/faults.sh $(sort $(TARGET) $(TEST_TARGETS))

# Fuzzing the importer and interpreter with mutated IL (not part of make test: random).
.PHONY: fuzz-il
build/fuzz/il_mutate: tests/fuzz/il_mutate.c
	@mkdir -p $(dir $@)
	$(HOST_CC) $(CSTD) -O2 $(WARN) -o $@ $<
fuzz-il: build/fuzz/il_mutate build/bin/anyclr-test
	$(MAKE) --no-print-directory SAN=1 all
	tests/fuzz/il_fuzz.sh $(or $(FUZZ_TIME),300)

# Compiles every program and records CoreCLR's output once (the runner's cache), so the
# parts that run them, natively and on each target, start together without racing to
# fill the cache, and none waits on another's result. Its failures (a test that does
# not compile) show again in those parts, so it does not fail itself.
.PHONY: test-programs-oracle
test-programs-oracle: build/bin/anyclr-test | build/.setup-done
	@mkdir -p build/tests
	-@build/bin/anyclr-test --oracle-only >build/tests/oracle-only.log 2>&1
