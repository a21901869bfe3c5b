/*
 * gc_handles.c — GC handles: slots outside the heap that hold a reference strongly
 * (Normal), strongly and pinned (Pinned: objects never move, so pinning is only
 * keeping it alive), or weakly (Weak: cleared when the target is found dead;
 * WeakTrackResurrection: cleared only if it stays dead after finalization).
 *
 * A handle is ((index + 1) << 2) | kind, so 0 is never a handle and the kind can be
 * checked against the slot's.
 */
#include <stdlib.h>

#include "gc/gc_int.h"

#define FREE_KIND 0xffu

static vm_object **h_obj;
static uint8_t *h_kind;
static uint32_t *h_next;            /* free list links */
static uint32_t h_n, h_cap;
static uint32_t h_free = UINT32_MAX;

static int slot_of(gc_handle h, uint32_t *idx)
{
    uintptr_t i = (h >> 2) - 1;
    if (h < 4 || i >= h_n || h_kind[i] != (h & 3u))
        return 0;
    *idx = (uint32_t)i;
    return 1;
}

gc_handle gc_handle_alloc(vm_object *obj, int kind)
{
    uint32_t i;
    if (kind < GC_HANDLE_WEAK || kind > GC_HANDLE_PINNED)
        return 0;
    if (h_free != UINT32_MAX) {
        i = h_free;
        h_free = h_next[i];
    } else {
        if (h_n == h_cap) {
            uint32_t ncap = h_cap ? h_cap * 2 : 64;
            vm_object **o = realloc(h_obj, ncap * sizeof *o);
            uint8_t *k;
            uint32_t *nx;
            if (!o)
                return 0;
            h_obj = o;
            k = realloc(h_kind, ncap);
            if (!k)
                return 0;
            h_kind = k;
            nx = realloc(h_next, ncap * sizeof *nx);
            if (!nx)
                return 0;
            h_next = nx;
            h_cap = ncap;
        }
        i = h_n++;
    }
    h_obj[i] = obj;
    h_kind[i] = (uint8_t)kind;
    return ((gc_handle)(i + 1) << 2) | (gc_handle)kind;
}

vm_object *gc_handle_get(gc_handle h)
{
    uint32_t i;
    return slot_of(h, &i) ? h_obj[i] : NULL;
}

void gc_handle_set(gc_handle h, vm_object *obj)
{
    uint32_t i;
    if (slot_of(h, &i))
        h_obj[i] = obj;
}

void gc_handle_free(gc_handle h)
{
    uint32_t i;
    if (!slot_of(h, &i))
        return;
    h_obj[i] = NULL;
    h_kind[i] = FREE_KIND;
    h_next[i] = h_free;
    h_free = i;
}

int gc_handle_kind(gc_handle h)
{
    uint32_t i;
    return slot_of(h, &i) ? h_kind[i] : -1;
}

void gc_handles_mark_strong(void)
{
    for (uint32_t i = 0; i < h_n; i++)
        if ((h_kind[i] == GC_HANDLE_NORMAL || h_kind[i] == GC_HANDLE_PINNED) && h_obj[i])
            gc_mark_slot(&h_obj[i]);
}

void gc_handles_clear_weak(int track_resurrection)
{
    uint8_t kind = track_resurrection ? GC_HANDLE_WEAK_TRACK_RESURRECTION : GC_HANDLE_WEAK;
    for (uint32_t i = 0; i < h_n; i++)
        if (h_kind[i] == kind && h_obj[i] && !gc_is_live(h_obj[i]))
            h_obj[i] = NULL;
}

void gc_handles_visit(gc_visitor *v)
{
    for (uint32_t i = 0; i < h_n; i++)
        if (h_kind[i] != FREE_KIND && h_obj[i])
            v->ref(v, &h_obj[i]);
}
