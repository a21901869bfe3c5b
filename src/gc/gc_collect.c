/*
 * gc_collect.c — the roots (registered scanners, global slots, the optional
 * conservative C stack) and the collection itself: mark, weak handles, finalization,
 * sweep, in that order, and the policy that picks minor or full.
 */
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include "gc/gc_int.h"

typedef struct scanner {
    gc_root_scanner fn;
    void *ctx;
} scanner;

static scanner *scanners;
static size_t nscanners, cap_scanners;
static vm_object ***roots;
static size_t nroots, cap_roots;
static void *stack_base;
static gc_stack_hole *holes;           /* innermost first */
static gc_c_function quiet_caller;     /* gc_collect_from's caller, during its collection */

int gc_safe_point_armed;

static void *grow(void *p, size_t *cap, size_t elem)
{
    size_t ncap = *cap ? *cap * 2 : 16;
    void *n = realloc(p, ncap * elem);
    if (!n)
        gc_fatal("out of memory for the root table");
    *cap = ncap;
    return n;
}

void gc_add_root_scanner(gc_root_scanner scan, void *ctx)
{
    if (nscanners == cap_scanners)
        scanners = grow(scanners, &cap_scanners, sizeof *scanners);
    scanners[nscanners].fn = scan;
    scanners[nscanners].ctx = ctx;
    nscanners++;
}

void gc_remove_root_scanner(gc_root_scanner scan, void *ctx)
{
    for (size_t i = 0; i < nscanners; i++) {
        if (scanners[i].fn == scan && scanners[i].ctx == ctx) {
            memmove(&scanners[i], &scanners[i + 1], (nscanners - i - 1) * sizeof *scanners);
            nscanners--;
            return;
        }
    }
}

void gc_add_root(vm_object **slot)
{
    if (nroots == cap_roots)
        roots = grow(roots, &cap_roots, sizeof *roots);
    roots[nroots++] = slot;
}

void gc_set_stack_base(void *base)
{
    stack_base = base;
}

void gc_push_stack_hole(gc_stack_hole *h)
{
    h->outer = holes;
    holes = h;
}

void gc_pop_stack_hole(gc_stack_hole *h)
{
    holes = h->outer;
}

/* The C stack from this frame (below every caller's) to the base, and the registers
 * setjmp spilled into regs. */
static GC_NO_ASAN void scan_stack(gc_visitor *v, const jmp_buf *regs)
{
    volatile char here = 0;
    const char *lo = (const char *)&here, *hi = stack_base;
    if (lo > hi) {
        const char *tmp = lo;
        lo = hi;
        hi = tmp;
    }
    /* From gc_collect_from straight out of the interpreter loop, nothing below the loop
     * holds a reference: neither those frames nor the registers, whose values belong to
     * them or are the loop's own (reported precisely) or were saved above the hole. */
    const gc_stack_hole *h = holes;
    if (h && quiet_caller && h->callee == quiet_caller && h->hi > lo && h->hi <= hi) {
        lo = h->hi;
        h = h->outer;
    } else {
        v->range(v, regs, (const char *)regs + sizeof *regs);
    }
    /* Holes run from the innermost (lowest) outwards; one that is empty or out of order
     * (not below the stack or overlapping the previous one) is scanned after all. */
    for (; h; h = h->outer) {
        if (h->lo >= h->hi || h->lo < lo || h->hi > hi)
            continue;
        v->range(v, lo, h->lo);
        lo = h->hi;
    }
    v->range(v, lo, hi);
}

/* Runs every root source with visitor v: the scanners, the global slots, the C stack. */
static void visit_roots(gc_visitor *v)
{
    for (size_t i = 0; i < nscanners; i++)
        scanners[i].fn(v, scanners[i].ctx);
    for (size_t i = 0; i < nroots; i++)
        v->ref(v, roots[i]);
    if (stack_base) {
        jmp_buf regs;
        memset(&regs, 0, sizeof regs);
        if (setjmp(regs) == 0)
            scan_stack(v, (const jmp_buf *)&regs);
    }
}

void gc_visit_roots(gc_visitor *v)
{
    visit_roots(v);
}

static void mark_ref_v(gc_visitor *v, vm_object **slot)
{
    gc_mark_slot(slot);
}

static void mark_interior_v(gc_visitor *v, void **slot)
{
    gc_mark_interior(*slot);
}

static void mark_range_v(gc_visitor *v, const void *lo, const void *hi)
{
    gc_mark_range(lo, hi);
}

/* The next full collection comes when the heap has doubled since this one (at least
 * four nursery budgets, and 32 MiB, more). */
static void set_full_threshold(void)
{
    uint64_t used = gc_pages_in_use << GC_PAGE_SHIFT;
    uint64_t t = 2 * used;
    if (t < used + 4 * gc_gen0_budget)
        t = used + 4 * gc_gen0_budget;
    if (t < (32u << 20))
        t = 32u << 20;
    gc_full_threshold = t;
}

void gc_collect_from(vm_thread *t, int generation, gc_c_function caller)
{
    quiet_caller = caller;
    gc_collect(t, generation);
    quiet_caller = NULL;
}

void gc_collect(vm_thread *t, int generation)
{
    gc_visitor v = { mark_ref_v, mark_interior_v, mark_range_v, NULL };
    int full = generation != 0;
    (void)t;
    if (!gc_inited && gc_init() != 0)
        return;
    if (gc_in_collection)
        return;
    gc_in_collection = 1;
    gc_minor = !full;
    gc_stats_begin();
    if (!full && gc_verify)
        gc_verify_cards();
    gc_reset_allocators();
    if (full)
        gc_clear_marks();

    /* Strong roots. A minor collection also takes the old objects on dirty cards; it
     * does not trace old objects otherwise (they are marked already). */
    visit_roots(&v);
    gc_handles_mark_strong();
    gc_final_mark_queue();
    if (!full)
        gc_scan_cards();
    gc_drain();

    /* Short weak references die before finalization may resurrect their targets; long
     * ones (WeakTrackResurrection) after. */
    gc_handles_clear_weak(0);
    gc_final_scan(full);
    gc_drain();
    gc_handles_clear_weak(1);

    gc_sweep(full);
    if (full) {
        gc_clear_cards();           /* no young objects left; a minor one cleaned its own */
        set_full_threshold();
        gc_release_free_pages();
    }
    if (gc_verify)
        gc_verify_heap(full);
    gc_stats_end(full);
    gc_minor = 0;
    gc_in_collection = 0;
}

/* Minor, unless the heap has outgrown the threshold set at the last full collection. */
int gc_policy_generation(void)
{
    return gc_pages_in_use << GC_PAGE_SHIFT >= gc_full_threshold ? -1 : 0;
}

/* Stress collections are full ones, or with +4 minor ones that still turn full when the
 * heap outgrows the threshold (else dead old objects would pile up for ever). */
int gc_stress_generation(void)
{
    return gc_stress_minor ? gc_policy_generation() : -1;
}

int gc_safe_point(vm_thread *t)
{
    if (gc_stress >= 2)
        gc_collect(t, gc_stress_generation());
    if (gc_finalizers_pending && gc_run_pending_finalizers(t) < 0)
        return -1;
    return 0;
}

void gc_arm_safe_points(void)
{
    gc_safe_point_armed = gc_stress >= 2 || gc_final_ready();
}

int gc_init(void)
{
    if (gc_inited)
        return 0;
    if (gc_heap_init() != 0)
        return -1;
    gc_inited = 1;
    gc_arm_safe_points();
    if (gc_stats_on)
        atexit(gc_print_stats);
    return 0;
}

/* Is the object that contains p (an address in the heap) old? */
static int holder_is_old(const void *p)
{
    gc_page *pg = gc_page_of(p);
    switch (pg->kind) {
    case GC_PAGE_SMALL:
        return gc_bit(pg->mark, gc_cell_index(pg, (uintptr_t)p & GC_PAGE_MASK));
    case GC_PAGE_LARGE_TAIL:
        pg -= pg->npages;
        /* fall through */
    case GC_PAGE_LARGE:
        return pg->mark[0] & 1u;
    default:
        return 0;
    }
}

void gc_barrier_old_page(void *slot, vm_object *value)
{
    /* value may be young only if its page is on the young list */
    if (holder_is_old(slot) && gc_in_heap(value) && gc_page_of(value)->young)
        gc_card_table[((uintptr_t)slot - gc_card_base) >> GC_CARD_SHIFT] = 1;
}

void gc_write_barrier_slow(void *slot, vm_object *value)
{
    GC_STORE_REF(slot, value);
}

void gc_write_barrier_range(void *dst, size_t size)
{
    uintptr_t off = (uintptr_t)dst - gc_card_base;
    if (!size || off >= gc_card_span || !gc_page_old[off >> GC_PAGE_SHIFT] ||
        !holder_is_old(dst))
        return;
    memset(gc_card_table + (off >> GC_CARD_SHIFT), 1,
           ((off + size - 1) >> GC_CARD_SHIFT) - (off >> GC_CARD_SHIFT) + 1);
}
