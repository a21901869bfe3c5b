/*
 * icall_gc.c — internal calls over the collector's handles: GCHandle (Normal, Weak,
 * WeakTrackResurrection, Pinned) and WeakReference / WeakReference<T>.
 */
#include "gc/gc.h"
#include "vm/icall_int.h"

const icall_entry vm_icalls_gc[] = {
    {NULL, NULL},
};
