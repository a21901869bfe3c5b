# anyclr — top-level build.
#   make                   build/bin/anyclr (native) and the core library
#   make TARGET=armhf      build/armhf/bin/anyclr, static, for qemu-arm (see src/pal/targets.def)
#   make SAN=1             build/san/bin/anyclr with AddressSanitizer and UBSan
#   make test              the whole test suite (TARGET= and SAN= apply)
#   make fuzz              build/fuzz/fuzz_md, the libFuzzer target for the metadata reader
#   make FAULTS=1          build/faults/bin/anyclr (or build/TARGET/faults/...): a test-only
#                          build with injectable faults (tests/runner/faults.sh)

TARGET ?= x86_64
HOST_TARGET := x86_64

TARGET_TRIPLE := $(shell tools/target.sh $(TARGET) triple)
ifeq ($(TARGET_TRIPLE),)
$(error unknown TARGET '$(TARGET)'; the targets are: $(shell tools/target.sh --list))
endif

WARN    := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wno-unused-parameter
CSTD    := -std=c11 -D_GNU_SOURCE
OPT     ?= -O2 -g
INCLUDE := -Isrc

ifeq ($(TARGET),$(HOST_TARGET))
  ifeq ($(SAN),1)
    B       := build/san
    CC      ?= cc
    SANFL   := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
    OPT     := -O1 -g
    LDFLAGS += $(SANFL)
  else
    B       := build
  endif
else
  B       := build/$(TARGET)
  CC      := $(TARGET_TRIPLE)-gcc
  LDFLAGS += -static
endif

ifeq ($(FAULTS),1)
  B       := $(B)/faults
  CFLAGS  += -DANYCLR_INJECT_FAULTS
endif

CFLAGS  += $(CSTD) $(OPT) $(WARN) $(INCLUDE) $(SANFL) -DANYCLR_TARGET_NAME='"$(TARGET)"'
LDLIBS  += -lm

SRCS := $(wildcard src/*/*.c)
OBJS := $(patsubst src/%.c,$(B)/obj/%.o,$(SRCS))
DEPS := $(OBJS:.o=.d)

.PHONY: all setup clean test fuzz
all: $(B)/bin/anyclr

# Set-up runs once per machine: it installs compilers, qemu and the rest (tools/setup.sh).
setup: build/.setup-done
build/.setup-done: tools/setup.sh
	@tools/setup.sh

$(B)/bin/anyclr: $(OBJS) | build/.setup-done
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $(OBJS) $(LDLIBS)

$(B)/obj/%.o: src/%.c | build/.setup-done
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c $< -o $@

clean:
	rm -rf build

-include $(DEPS)
-include corlib/corlib.mk
-include tests/tests.mk
-include tests/programs.mk
-include tests/gc/gc.mk
-include samples/sample.mk
-include benchmarks/bench.mk
