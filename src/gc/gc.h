/*
 * gc.h — the managed heap: allocation, the write barrier, roots, collection.
 *
 * The collector is precise on the heap: a type's reference slots are listed in
 * vm_type.ref_offsets (arrays of references and of structs holding references are
 * walked by element; a boxed value type's slots are its value's ref_offsets after the
 * object header). Roots come from scanners the other subsystems register (the
 * interpreter's frames, statics, handles), each reporting slots precisely, interior
 * pointers (managed byrefs), or whole memory ranges to scan conservatively (which pins
 * what they point at). Allocation returns zeroed memory with the type word set.
 *
 * Objects never move (the design is in gc_int.h): every object is pinned for free, so a
 * pointer the runtime's C code holds stays valid as long as the object is reachable.
 * A reference outside the heap (frozen data the AOT compiler may emit) is immortal.
 *
 * ---- knobs (environment variables, read by gc_init) ----------------------------------
 *   ANYCLR_GCgen0size=N       nursery budget: collect (minor) after N bytes of allocation
 *                             since the last collection. Default 4M. Like CoreCLR's
 *                             GCgen0size. Sizes take 0x hex, decimal, and a k/m/g suffix.
 *   ANYCLR_GCHeapHardLimit=N  heap limit: allocation beyond it (after a full collection)
 *                             fails with OutOfMemoryException. Default: the reservation
 *                             (16G on 64-bit hosts, up to 1G on 32-bit ones).
 *   ANYCLR_GCStress=1         a full collection at every allocation;
 *                   2         and at every safe point (GC_SAFE_POINT);
 *                   +4        (5, 6) make the stress collections minor ones, which
 *                             exercises the write barrier (pair it with GCVerify). A
 *                             full one still comes when the heap outgrows the
 *                             threshold, as without stress.
 *   ANYCLR_GCAging=1          a young object survives one minor collection as young
 *                             before it is promoted (default: promoted at once).
 *   ANYCLR_GCVerify=1         after each collection, every reference in every live object,
 *                             root and handle points at a valid object; before each minor
 *                             one, every old-to-young reference has its card dirty.
 *                             Freed memory is filled with 0xdb.
 *   ANYCLR_GCStats=1          a summary on stderr at exit (gc_print_stats):
 *                             collections per generation, pause times, bytes allocated,
 *                             peak heap.
 */
#ifndef ANYCLR_GC_H
#define ANYCLR_GC_H

#include <stddef.h>
#include <stdint.h>

#include "vm/vm.h"

/* The low bits of vm_object.header belong to the collector; the rest is free for the
 * identity hash code (vm_object_hash). */
#define GC_HEADER_BITS 8u

/* ---- allocation (all return NULL when the heap limit is reached: the caller raises
 *      OutOfMemoryException; they may collect first) -------------------------------- */

/* A class instance, or a boxed value type (header + the value's instance_size). */
vm_object *gc_alloc_object(vm_thread *t, vm_type *type);
vm_array *gc_alloc_szarray(vm_thread *t, vm_type *arr_type, uintptr_t length);
/* lengths[i] >= 0 (the caller checks); lower_bounds may be NULL (all zero). */
vm_array *gc_alloc_mdarray(vm_thread *t, vm_type *arr_type, uint32_t rank,
                           const int32_t *lengths, const int32_t *lower_bounds);
vm_string *gc_alloc_string(vm_thread *t, int32_t length);      /* chars zeroed, NUL after */

/* The size in bytes of an object (header included), from its type and length. */
size_t gc_object_size(const vm_object *obj);

/* ---- the write barrier: every store of a reference into the heap or statics goes
 *      through it, so a generational collector can find old-to-young pointers ------- */

/*
 * Card marking: one byte per 2^GC_CARD_SHIFT bytes of the heap reservation, which
 * starts at gc_card_base and spans gc_card_span bytes (0 before gc_init, so the barrier
 * does nothing). A slot outside the heap (statics, stacks) needs no card: those are
 * roots, scanned at every collection. Storing NULL never needs one.
 *
 * Only an old object pointing to a young one needs its card dirty, so the inline test
 * looks at the slot's page first: gc_page_old has a byte per heap page (2^GC_PAGE_SHIFT
 * bytes), nonzero when the page holds old objects. Stores into pages of young objects
 * only (where the nursery allocates, and most stores go) stop there; the rest take the
 * out-of-line path, which dirties the card only when the object holding the slot is old
 * and the value may be young. Cards dirtied by stores into young objects would cost a
 * minor collection a scan of the old objects beside them.
 */
extern uint8_t *gc_card_table;
extern uint8_t *gc_page_old;
extern uintptr_t gc_card_base;
extern uintptr_t gc_card_span;
#define GC_CARD_SHIFT 9
#define GC_PAGE_SHIFT 15
/* The slow path: slot (in the heap, in a page with old objects) now holds value. */
void gc_barrier_old_page(void *slot, vm_object *value);
/* The whole barrier as a function (for code that wants a call). */
void gc_write_barrier_slow(void *slot, vm_object *value);
#define GC_STORE_REF(slot, value) do {                                            \
        vm_object **gc_slot_ = (vm_object **)(slot);                              \
        vm_object *gc_val_ = (value);                                             \
        uintptr_t gc_off_ = (uintptr_t)gc_slot_ - gc_card_base;                   \
        *gc_slot_ = gc_val_;                                                      \
        if (gc_val_ && gc_off_ < gc_card_span &&                                  \
            gc_page_old[gc_off_ >> GC_PAGE_SHIFT])                                \
            gc_barrier_old_page(gc_slot_, gc_val_);                               \
    } while (0)
/* After copying bytes that may contain references into [dst, dst + size), a part of one
 * object, by other means (a struct copy, memmove of array elements, a clone): mark
 * their cards. */
void gc_write_barrier_range(void *dst, size_t size);

/* ---- roots ------------------------------------------------------------------------ */

typedef struct gc_visitor gc_visitor;
struct gc_visitor {
    void (*ref)(gc_visitor *v, vm_object **slot);          /* holds a reference or NULL */
    void (*interior)(gc_visitor *v, void **slot);          /* a managed byref: may point into
                                                               an object, a stack, or statics */
    void (*range)(gc_visitor *v, const void *lo, const void *hi); /* scan conservatively, pin */
    void *ctx;
};

typedef void (*gc_root_scanner)(gc_visitor *v, void *ctx);
void gc_add_root_scanner(gc_root_scanner scan, void *ctx);
void gc_remove_root_scanner(gc_root_scanner scan, void *ctx);
/* A single global slot that holds a reference (runtime singletons, interned strings). */
void gc_add_root(vm_object **slot);
/*
 * Optional: scan the calling thread's C stack conservatively at every collection, from
 * the collector's own frame up to `base` (the address of a local in main, say: frames
 * called from that one are covered, not the frame of `base` itself), and the registers
 * spilled by setjmp. Then C code may keep references in locals across allocations
 * without reporting them. NULL turns it off.
 */
void gc_set_stack_base(void *base);
/*
 * A part of that stack not to scan: a frame whose references are all reported
 * precisely (the interpreter loop's), so that stale copies of dead references in its
 * spill slots keep nothing alive. The owner pushes the hole on entry and pops it before
 * returning; holes nest, innermost (lowest address) pushed last. [lo, hi) must lie
 * inside the owner's own frame: anything the caller or a callee keeps there is missed.
 */
typedef void (*gc_c_function)(void);
typedef struct gc_stack_hole {
    const char *lo, *hi;
    gc_c_function callee;           /* the C function the owner is calling now, or NULL */
    struct gc_stack_hole *outer;
} gc_stack_hole;
void gc_push_stack_hole(gc_stack_hole *h);
void gc_pop_stack_hole(gc_stack_hole *h);

/* ---- control ---------------------------------------------------------------------- */

int gc_init(void);                      /* reads the ANYCLR_GC* environment variables */
/* 0: a minor collection (the nursery); 1, 2 or -1: a full one. Collection counts follow
 * .NET: a full collection counts for generations 0, 1 and 2 (MaxGeneration is 2; our
 * generations 1 and 2 are both the old generation). */
void gc_collect(vm_thread *t, int generation);
/* As gc_collect, from C function `caller`, which holds no references: when the
 * innermost stack hole's owner is calling exactly that function (GC.Collect reached
 * straight from the interpreter loop), the C stack below the hole is not scanned either,
 * so that nothing stale there keeps a dead object alive. */
void gc_collect_from(vm_thread *t, int generation, gc_c_function caller);
#define GC_MAX_GENERATION 2
uint64_t gc_total_allocated(void);      /* bytes ever allocated (GetTotalAllocatedBytes) */
uint64_t gc_heap_size(void);            /* bytes in allocated objects (GetTotalMemory) */
uint32_t gc_collection_count(int generation);
void gc_print_stats(void);              /* ANYCLR_GCStats=1: the summary (once; gc_init
                                           also registers it with atexit) */
/* The generation of obj: 0 young, 1 young that survived a collection (aging), 2 old
 * (GC.GetGeneration). */
int gc_generation(const vm_object *obj);

/* Is p the start of a live heap object? (heap verification, conservative roots) */
int gc_is_object(const void *p);

/* Safe points besides allocation: where the mutator's state is fully described to the
 * collector (frames written back, every live reference in a frame's map) and running
 * managed code is allowed. The interpreter has one at each loop back edge (IR op
 * SAFEPOINT, evaluation stack empty). gc_safe_point_armed is nonzero when a safe point
 * has work: ANYCLR_GCStress=2 (collect there), or finalizers waiting to run (they run
 * there, as there is no finalizer thread yet). gc_safe_point does the work: 0, or -1
 * when a finalizer threw (t->exception; .NET ends the process, so the caller reports it
 * as unhandled). */
extern int gc_safe_point_armed;
int gc_safe_point(vm_thread *t);
#define GC_SAFE_POINT(t) (gc_safe_point_armed ? gc_safe_point(t) : 0)

/* ---- finalization ------------------------------------------------------------------- */

/* Runs obj's finalizer (the interpreter's, registered at start-up): 0, or -1 if it threw
 * (then the runtime decides; .NET ends the process). */
typedef int (*gc_finalizer_fn)(vm_thread *t, vm_object *obj);
void gc_set_finalizer(gc_finalizer_fn fn);
/* Objects found dead with a finalizer wait in a queue (reachable: they and what they
 * point to survive) until the next safe point (gc_safe_point) runs them, or
 * GC.WaitForPendingFinalizers. It runs them all (also those queued by collections while
 * it runs) and returns how many ran, or -1 as soon as one fails. Not re-entrant: called
 * from a finalizer, it returns 0. */
int gc_run_pending_finalizers(vm_thread *t);
extern volatile int gc_finalizers_pending;  /* nonzero: the queue is not empty */
void gc_suppress_finalize(vm_object *obj);          /* GC.SuppressFinalize */
void gc_reregister_for_finalize(vm_object *obj);    /* GC.ReRegisterForFinalize */

/* ---- GC handles (GCHandle, WeakReference) --------------------------------------------- */

/* The kinds are System.Runtime.InteropServices.GCHandleType's values. */
enum { GC_HANDLE_WEAK = 0, GC_HANDLE_WEAK_TRACK_RESURRECTION = 1, GC_HANDLE_NORMAL = 2,
       GC_HANDLE_PINNED = 3 };
typedef uintptr_t gc_handle;            /* 0 is no handle */
/* 0 when out of memory. Weak handles read NULL once their target is collected
 * (WeakTrackResurrection: only once it is also finalized and still unreachable). */
gc_handle gc_handle_alloc(vm_object *obj, int kind);
vm_object *gc_handle_get(gc_handle h);
void gc_handle_set(gc_handle h, vm_object *obj);
void gc_handle_free(gc_handle h);
int gc_handle_kind(gc_handle h);        /* -1 for a handle that is not allocated */

#endif
