/*
 * gc_int.h — the collector's private interface: the heap's page table, the size
 * classes, the mark bitmaps and the pieces the gc_*.c files share. Not included from
 * outside src/gc/.
 *
 * The heap is one contiguous reservation [gc_heap_base, gc_heap_base + reserve), cut into
 * pages of GC_PAGE_SIZE bytes. A side table (gc_pages, one descriptor per page, indexed by
 * address) says what each page holds:
 *   - SMALL: cells of one size class (16 B .. GC_SMALL_MAX), with an allocation bitmap
 *     and a mark bitmap, one bit per cell;
 *   - LARGE: the first page of a large object (bigger than GC_SMALL_MAX), which starts at
 *     the page and runs over LARGE_TAIL pages;
 *   - FREE.
 * So "which object contains this address" is a subtraction, a shift, a multiplication
 * and a bit test — what interior pointers and conservative roots need.
 *
 * Generations use "sticky mark bits": the collector never moves an object, and a set
 * mark bit means "old". A young object has its allocation bit set and its mark bit
 * clear. A minor collection marks from the roots and the dirty cards without clearing
 * any mark bit, so it traces only young objects, and promotes (marks) what it reaches.
 * With aging (ANYCLR_GCAging=1) a young object survives one minor collection as young
 * (its `reached` bit, which the sweep turns into `surv`) and is promoted by the next
 * one that reaches it, so what is merely in use at one collection is not promoted at
 * once. A full collection clears every mark bit first and promotes every survivor. The
 * sweep is `alloc &= mark | reached`.
 *
 * Invariant (the write barrier's): an old object never points to a young object
 * without the card of that slot being dirty. A minor collection keeps it for the young
 * survivors: it re-dirties the card of every slot of an old (or just promoted) object
 * that points to an object staying young.
 * The barrier dirties a card only for a store into an old object of a value that may
 * be young (its page is on the young list). It tests the slot's page in gc_page_old
 * first, which the sweep sets from the page's mark bits: a page the nursery allocates
 * into holds old objects only if it is an old page with holes.
 *
 * Why this design: objects that never move make pinning (fixed, pinned handles,
 * conservatively scanned stacks of compiled code) free, let the runtime's C code hold
 * plain pointers, and keep the collector one portable mechanism on every target; the
 * side table gives interior pointers their object quickly; sticky mark bits give a
 * generational collector whose minor collections cost what survives plus the dirty
 * cards, without a copying nursery and its forwarding.
 *
 * XXX known debt:
 *  - aging is off by default: on binary trees (depth 18) it halves the full
 *    collections but traces the in-progress trees twice, for 14% more CPU and 13% more
 *    peak heap. It wants measuring on real programs (and perhaps turning on by itself
 *    when the promotion rate is high).
 *  - no compaction: fragmentation is bounded only by the size classes; a large object
 *    wastes the tail of its last page.
 *  - one thread: the allocators are global (thread-local runs once threads exist) and
 *    a collection assumes every other thread is stopped.
 */
#ifndef ANYCLR_GC_INT_H
#define ANYCLR_GC_INT_H

#include <stdint.h>
#include <stddef.h>
#include <stdio.h>

#include "gc/gc.h"

#define GC_PAGE_SIZE    ((uintptr_t)1 << GC_PAGE_SHIFT)
#define GC_PAGE_MASK    (GC_PAGE_SIZE - 1)
#define GC_MIN_CELL     16u
#define GC_MAX_CELLS    (GC_PAGE_SIZE / GC_MIN_CELL)
#define GC_BITMAP_WORDS (GC_MAX_CELLS / 32)
#define GC_SMALL_MAX    16384u              /* bigger objects get whole pages */
#define GC_NCLASSES     46u
#define GC_CARD_SIZE    ((uintptr_t)1 << GC_CARD_SHIFT)

/* Header bits owned by the collector (the low GC_HEADER_BITS of vm_object.header). */
#define GC_HDR_FINREG   0x1u    /* in a finalization list: will be finalized when dead */
#define GC_HDR_NOFINAL  0x2u    /* GC.SuppressFinalize: drop it without finalizing */

enum { GC_PAGE_FREE, GC_PAGE_SMALL, GC_PAGE_LARGE, GC_PAGE_LARGE_TAIL };

typedef struct gc_page gc_page;
struct gc_page {
    uint8_t kind;               /* GC_PAGE_* */
    uint8_t sclass;             /* SMALL: the size class */
    uint8_t young;              /* allocated into since the last collection (in gc_young) */
    uint8_t avail;              /* SMALL: in its class's list of pages with free cells */
    uint8_t fresh;              /* its memory is known to be zero (never used / released) */
    uint32_t cell_size;         /* SMALL: bytes per cell */
    uint32_t ncells;            /* SMALL: cells in the page; LARGE: 1 */
    uint32_t recip;             /* SMALL: ceil(2^32 / cell_size), for division by it */
    uint32_t nlive;             /* cells allocated as of the last sweep or allocation */
    uint32_t npages;            /* LARGE: pages spanned; LARGE_TAIL: distance to the head */
    size_t obj_size;            /* LARGE: the object's size in bytes */
    gc_page *prev, *next;       /* SMALL: class availability list; LARGE: all large objects */
    gc_page *ynext;             /* the young list */
    uint32_t alloc[GC_BITMAP_WORDS];    /* a bit per cell: an object starts here */
    uint32_t mark[GC_BITMAP_WORDS];     /* a bit per cell: reached (sticky: old) */
    uint32_t surv[GC_BITMAP_WORDS];     /* young, survived one minor collection */
    uint32_t reached[GC_BITMAP_WORDS];  /* young, reached by this minor collection for
                                           the first time (so it stays young) */
};

/* One size class's allocator: bump allocation through the current run of free cells. */
typedef struct gc_class {
    uint32_t size;              /* cell size */
    uint8_t *cursor, *limit;    /* the current free run [cursor, limit) */
    uint32_t bit;               /* cell index of cursor in page */
    gc_page *page;              /* the page being allocated from, or NULL */
    gc_page *avail;             /* pages with free cells (doubly linked via prev/next) */
} gc_class;

/* ---- the heap (gc_heap.c) -------------------------------------------------------- */

extern uint8_t *gc_heap_base;
extern uintptr_t gc_heap_reserve;       /* bytes reserved */
extern uintptr_t gc_heap_top;           /* bytes of the reservation ever used (high water) */
extern gc_page *gc_pages;               /* the side table, one descriptor per page */
extern gc_class gc_classes[GC_NCLASSES];
extern gc_page *gc_young;               /* pages and large objects with young objects */
extern gc_page *gc_large;               /* every large object (list via next/prev) */
extern int gc_inited;

/* Knobs (ANYCLR_GC*, read by gc_init). */
extern uint64_t gc_gen0_budget;
extern uint64_t gc_heap_limit;
extern int gc_stress;                   /* 0, 1 (every allocation), 2 (and safe points) */
extern int gc_stress_minor;             /* stress collections are minor ones */
extern int gc_verify;
extern int gc_aging;                    /* young survivors stay young for one collection */
extern int gc_stats_on;

/* Accounting. */
extern uint64_t gc_young_bytes;         /* allocated since the last collection */
extern uint64_t gc_pages_in_use;        /* pages not FREE */
extern uint64_t gc_live_bytes;          /* cell bytes allocated, as of the last sweep + since */
extern uint64_t gc_full_threshold;      /* in-use bytes that trigger a full collection */
extern int gc_in_collection;
extern int gc_minor;                    /* the collection under way is a minor one */

static inline gc_page *gc_page_of(const void *p)
{
    return &gc_pages[((uintptr_t)p - (uintptr_t)gc_heap_base) >> GC_PAGE_SHIFT];
}

static inline uint8_t *gc_page_addr(const gc_page *pg)
{
    return gc_heap_base + ((uintptr_t)(pg - gc_pages) << GC_PAGE_SHIFT);
}

static inline int gc_in_heap(const void *p)
{
    return (uintptr_t)p - (uintptr_t)gc_heap_base < gc_heap_top;
}

static inline uint32_t gc_cell_index(const gc_page *pg, uintptr_t off_in_page)
{
    return (uint32_t)(((uint64_t)off_in_page * pg->recip) >> 32);
}

static inline int gc_bit(const uint32_t *map, uint32_t i)
{
    return (map[i >> 5] >> (i & 31)) & 1u;
}

static inline void gc_set_bit(uint32_t *map, uint32_t i)
{
    map[i >> 5] |= (uint32_t)1 << (i & 31);
}

/* Start of the object containing p (an interior or conservative pointer), or NULL. */
vm_object *gc_find_object(const void *p);
/* The page and cell of an object start, or NULL if p is not an allocated object start. */
gc_page *gc_object_cell(const void *p, uint32_t *cell);

int gc_heap_init(void);
/* Sweep after marking: minor sweeps only the young pages, full every page. */
void gc_sweep(int full);
/* Drop the allocators' current runs (before a collection). */
void gc_reset_allocators(void);
/* Release free pages beyond what the next cycles will want (after a full collection). */
void gc_release_free_pages(void);
/* Calls fn on every allocated object (verification). */
void gc_each_object(void (*fn)(vm_object *obj, void *ctx), void *ctx);
uint64_t gc_count_objects(void);

/* ---- marking (gc_mark.c) ----------------------------------------------------------- */

/* Mark obj (precise reference: must be an object start, or outside the heap). */
void gc_mark_ref(vm_object *obj);
/* Mark whatever contains p (interior or conservative pointer). */
void gc_mark_interior(const void *p);
/* Mark the object in a precise root slot (a bad value is a fatal error naming it). */
void gc_mark_slot(vm_object **slot);
/* Scan [lo, hi) conservatively: every word that points into an object marks it. */
void gc_mark_range(const void *lo, const void *hi);
/* Trace until the mark stack is empty. */
void gc_drain(void);
void gc_scan_cards(void);                   /* minor: dirty cards' old objects are roots */
void gc_clear_cards(void);
void gc_clear_marks(void);                  /* full: before marking */
/* During a collection, after marking: will obj survive it? */
static inline int gc_is_live(const vm_object *obj)
{
    uint32_t cell;
    gc_page *pg;
    if (!gc_in_heap(obj))
        return 1;                   /* outside the heap (frozen / static data): immortal */
    pg = gc_object_cell(obj, &cell);
    return pg && (gc_bit(pg->mark, cell) || gc_bit(pg->reached, cell));
}

/* Is obj old (marked, sticky)? */
static inline int gc_is_old(const vm_object *obj)
{
    uint32_t cell;
    gc_page *pg;
    if (!gc_in_heap(obj))
        return 1;
    pg = gc_object_cell(obj, &cell);
    return pg && gc_bit(pg->mark, cell);
}

/* Visits every reference slot of obj whose address lies in [lo, hi). */
typedef void (*gc_slot_fn)(vm_object **slot, void *ctx);
void gc_object_slots(vm_object *obj, uintptr_t lo, uintptr_t hi, gc_slot_fn fn, void *ctx);

/* ---- the collection (gc_collect.c) --------------------------------------------------- */

/* Runs every root source (scanners, global slots, the C stack) with v. */
void gc_visit_roots(gc_visitor *v);
/* The generation for a collection the budget (policy) or GC stress (stress) asks for. */
int gc_policy_generation(void);
int gc_stress_generation(void);
/* Sets gc_safe_point_armed from what safe points have to do now (stress, finalizers). */
void gc_arm_safe_points(void);

/* ---- handles and finalization (gc_handles.c, gc_final.c) ---------------------------- */

void gc_handles_mark_strong(void);          /* Normal and Pinned handles */
void gc_handles_clear_weak(int track_resurrection);
void gc_handles_visit(gc_visitor *v);       /* every non-NULL strong handle (verification) */
void gc_final_register(vm_object *obj);     /* at allocation of a finalizable type */
void gc_final_mark_queue(void);             /* the queue of objects waiting to be finalized */
void gc_final_scan(int full);               /* find dead finalizable objects, resurrect them */
void gc_final_visit(gc_visitor *v);
size_t gc_final_registered(void);           /* objects registered for finalization */
int gc_final_ready(void);                   /* finalizers are queued and none is running */

/* ---- verification and statistics (gc_verify.c, gc_stats.c) ------------------------- */

void gc_verify_heap(int full);
void gc_verify_cards(void);                 /* before a minor collection */
void gc_stats_begin(void);
void gc_stats_end(int full);
extern uint64_t gc_peak_pages;              /* most pages ever in use */
extern uint64_t gc_allocated_before;        /* bytes allocated before the last collection */

_Noreturn void gc_fatal(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

/* Scanning memory we did not allocate (conservative ranges, the C stack) must not trip
 * AddressSanitizer over stack red zones. */
#if defined(__has_feature)
#  if __has_feature(address_sanitizer)
#    define GC_NO_ASAN __attribute__((no_sanitize_address))
#  endif
#endif
#if !defined(GC_NO_ASAN) && defined(__SANITIZE_ADDRESS__)
#  define GC_NO_ASAN __attribute__((no_sanitize_address))
#endif
#ifndef GC_NO_ASAN
#  define GC_NO_ASAN
#endif

#endif
