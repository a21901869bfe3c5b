# tests/gc/gc.mk — the collector's own test (tests/gc/gc_test.c), linked with src/gc/*.c
# and src/vm/object.c only, run in every mode the collector has:
#   make test-gc            plain, GCVerify, GCStress=1 + GCVerify=1, stress with minor
#                           collections, a tiny nursery, and some of that with GCAging=1
#   make test-gc SAN=1      the same under AddressSanitizer and UBSan
#   make test-gc TARGET=armhf   cross-built, run under the target's emulator
#   make bench-gc           binary trees of depth 20 with ANYCLR_GCStats=1
# Include it from the top Makefile or tests/tests.mk; it uses their CC, CFLAGS and B.
# Standalone: make -f tests/gc/gc.mk test-gc

CC      ?= cc
B       ?= build
CFLAGS  ?= -std=c11 -D_GNU_SOURCE -O2 -g -Wall -Wextra -Wshadow -Wstrict-prototypes \
           -Wmissing-prototypes -Wno-unused-parameter -Isrc
GC_TEST_EMU := $(if $(filter-out $(HOST_TARGET),$(TARGET)),$(shell tools/target.sh $(TARGET) emulator 2>/dev/null))
GC_TEST_SRCS := tests/gc/gc_test.c $(wildcard src/gc/*.c) src/vm/object.c
GC_TEST_BIN  := $(B)/tests/gc_test

$(GC_TEST_BIN): $(GC_TEST_SRCS) $(wildcard src/gc/*.h) src/vm/object.h src/vm/vm.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(GC_TEST_SRCS) -lm

.PHONY: test-gc bench-gc
test-gc: $(GC_TEST_BIN)
	$(GC_TEST_EMU) $(GC_TEST_BIN)
	ANYCLR_GCVerify=1 $(GC_TEST_EMU) $(GC_TEST_BIN)
	ANYCLR_GCStress=1 ANYCLR_GCVerify=1 $(GC_TEST_EMU) $(GC_TEST_BIN)
	ANYCLR_GCStress=5 ANYCLR_GCVerify=1 $(GC_TEST_EMU) $(GC_TEST_BIN)
	ANYCLR_GCgen0size=64k ANYCLR_GCVerify=1 $(GC_TEST_EMU) $(GC_TEST_BIN)
	ANYCLR_GCAging=1 ANYCLR_GCVerify=1 $(GC_TEST_EMU) $(GC_TEST_BIN)
	ANYCLR_GCAging=1 ANYCLR_GCStress=5 ANYCLR_GCVerify=1 $(GC_TEST_EMU) $(GC_TEST_BIN)
	ANYCLR_GCAging=1 ANYCLR_GCgen0size=64k $(GC_TEST_EMU) $(GC_TEST_BIN)

bench-gc: $(GC_TEST_BIN)
	ANYCLR_GCStats=1 $(GC_TEST_EMU) $(GC_TEST_BIN) bench 20

# As a part of `make test` (tests/tests.mk's part mechanism), when included after it.
TEST_PARTS += test-gc-modes
.PHONY: test-gc-modes test-gc-modes-run
test-gc-modes:
	$(TEST_PART)
test-gc-modes-run: test-gc
