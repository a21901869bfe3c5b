/*
 * target.c — the target table as data (src/pal/targets.def, one row per CPU) and the
 * row this binary runs as.
 *
 * vm_host starts as the facts the C compiler knows about this build (pointer size, byte
 * order, alignment of 8-byte fields) under the name the Makefile gave it; vm_init then
 * swaps in the table row of that name after checking that the row tells the truth, so a
 * wrong row is a start-up error rather than a silently wrong layout.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "vm/vm_int.h"

#define LITTLE 0
#define BIG 1
const vm_target vm_targets[] = {
#define TARGET(name, triple, ptr, order, align8, emulator) {#name, triple, ptr, order, align8},
#include "pal/targets.def"
#undef TARGET
    {NULL, NULL, 0, 0, 0},
};
#undef LITTLE
#undef BIG

#ifndef ANYCLR_TARGET_NAME
#define ANYCLR_TARGET_NAME "host"
#endif

/* Where an 8-byte integer lands after a char in a struct: its alignment as a field. */
struct align8_probe {
    char c;
    uint64_t v;
};

#if defined(__BYTE_ORDER__) && defined(__ORDER_BIG_ENDIAN__)
#define HOST_BIG_ENDIAN (__BYTE_ORDER__ == __ORDER_BIG_ENDIAN__)
#else
#define HOST_BIG_ENDIAN (-1)   /* unknown at compile time: checked at run time */
#endif

static const vm_target host_facts = {
    ANYCLR_TARGET_NAME, "", (uint32_t)sizeof(void *), HOST_BIG_ENDIAN,
    (uint32_t)offsetof(struct align8_probe, v),
};

const vm_target *vm_host = &host_facts;

const vm_target *vm_target_find(const char *name) {
    for (const vm_target *r = vm_targets; r->name; r++)
        if (strcmp(r->name, name) == 0)
            return r;
    return NULL;
}

static int run_time_big_endian(void) {
    const uint16_t one = 1;
    unsigned char b[2];
    memcpy(b, &one, 2);
    return b[0] == 0;
}

int vm_targets_init(void) {
    const vm_target *row = vm_target_find(host_facts.name);
    if (!row)
        return 0;   /* a build for a CPU not in the table: the compiled-in facts stand */
    int big = run_time_big_endian();
    if (row->ptr_size != host_facts.ptr_size || row->align8 != host_facts.align8 ||
        row->big_endian != big) {
        fprintf(stderr, "anyclr: error: target row '%s' says pointer %u, align8 %u, %s "
                "endian, but this build has pointer %u, align8 %u, %s endian\n",
                row->name, row->ptr_size, row->align8, row->big_endian ? "big" : "little",
                host_facts.ptr_size, host_facts.align8, big ? "big" : "little");
        return -1;
    }
    vm_host = row;
    return 0;
}
