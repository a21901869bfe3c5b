# tests/programs.mk — the execution-engine test programs (tests/programs/**/*.cs and
# tests/il/*.il), each checked against CoreCLR by the runner build/bin/anyclr-test.
#   make test-programs                   all of them on build/bin/anyclr
#   make test-programs TARGET=armhf      on build/armhf/bin/anyclr under qemu-arm
#   make test-programs RUNNER_FLAGS='--gc-stress -j4 tests/programs/generics'
# The runner is a host tool: built by the host compiler whatever TARGET is.

HOST_CC ?= cc
RUNNER_SRCS := $(wildcard tests/runner/*.c)
RUNNER_FLAGS ?=

build/bin/anyclr-test: $(RUNNER_SRCS) tests/runner/runner.h
	@mkdir -p $(dir $@)
	$(HOST_CC) $(CSTD) -O2 -g $(WARN) -o $@ $(RUNNER_SRCS)

.PHONY: test-programs
test-programs: build/bin/anyclr-test all
	build/bin/anyclr-test --target $(TARGET) --anyclr $(B)/bin/anyclr $(RUNNER_FLAGS)

# XXX: joins `make test` (TEST_PARTS += test-programs) once `anyclr run` passes them;
# until the engine and the core library are brought up it is run on its own.
