/*
 * gc_heap.c — the heap's memory: the reservation, pages and their side table, the size
 * classes, allocation (bump through runs of free cells), large objects, and the sweep.
 * The layout is described in gc_int.h.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "gc/gc_int.h"

uint8_t *gc_heap_base;
uintptr_t gc_heap_reserve;
uintptr_t gc_heap_top;
gc_page *gc_pages;
gc_class gc_classes[GC_NCLASSES];
gc_page *gc_young;
gc_page *gc_large;
int gc_inited;

uint64_t gc_gen0_budget = 4u << 20;
uint64_t gc_heap_limit;
int gc_stress;
int gc_stress_minor;
int gc_verify;
int gc_aging;
int gc_stats_on;

uint64_t gc_young_bytes;
uint64_t gc_pages_in_use;
uint64_t gc_live_bytes;
uint64_t gc_full_threshold;
uint64_t gc_peak_pages;
uint64_t gc_allocated_before;
int gc_in_collection;
int gc_minor;

uint8_t *gc_card_table;
uint8_t *gc_page_old;
uintptr_t gc_card_base;
uintptr_t gc_card_span;

/* The allocation trigger: young bytes beyond it send allocation to the slow path (which
 * collects). It is the gen0 budget, or 0 under GC stress so every allocation collects. */
static uint64_t alloc_trigger = 4u << 20;

static uint32_t *free_map;          /* a bit per page of the reservation: the page is FREE */
static uintptr_t npages_reserved;
static uintptr_t npages_top;        /* pages below gc_heap_top */
static uintptr_t free_hint;         /* no FREE page below this index */
static uintptr_t committed_top;     /* heap bytes committed (mprotect'ed read-write) */
static size_t os_page;

/* Cell sizes: 8-byte steps to 128, 16-byte steps to 256, four per doubling to 2 KiB,
 * then whole fractions of a page (14 cells per page down to 2) so little is wasted. */
static const uint32_t class_sizes[GC_NCLASSES] = {
    16, 24, 32, 40, 48, 56, 64, 72, 80, 88, 96, 104, 112, 120, 128,
    144, 160, 176, 192, 208, 224, 240, 256,
    320, 384, 448, 512, 640, 768, 896, 1024, 1280, 1536, 1792, 2048,
    2336, 2728, 3272, 3640, 4096, 4680, 5456, 6552, 8192, 10920, 16384,
};
static uint8_t class_of[GC_SMALL_MAX / 8 + 1];     /* (size + 7) / 8 -> class */

_Noreturn void gc_fatal(const char *fmt, ...)
{
    va_list ap;
    fputs("anyclr: GC: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    fflush(stderr);
    abort();
}

/* ---- knobs ------------------------------------------------------------------------ */

/* "4194304", "0x400000", "4m", "4M", "4096k": a byte count, or 0 when unset/invalid. */
static uint64_t env_size(const char *name)
{
    const char *s = getenv(name);
    char *end;
    unsigned long long v;
    if (!s || !*s)
        return 0;
    errno = 0;
    v = strtoull(s, &end, 0);
    if (errno || end == s)
        return 0;
    switch (*end) {
    case 'k': case 'K': v <<= 10; end++; break;
    case 'm': case 'M': v <<= 20; end++; break;
    case 'g': case 'G': v <<= 30; end++; break;
    default: break;
    }
    if (*end == 'b' || *end == 'B')
        end++;
    return *end ? 0 : (uint64_t)v;
}

static int env_int(const char *name)
{
    const char *s = getenv(name);
    return s ? atoi(s) : 0;
}

/* ---- the reservation ------------------------------------------------------------------ */

/* Reserve address space without committing memory, so a strict-overcommit system
 * charges only what the heap actually uses. */
static void *os_reserve(size_t size)
{
    void *p = mmap(NULL, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

/* Make [p, p + size) usable; the range is widened to whole OS pages. */
static int os_commit(void *p, size_t size)
{
    uintptr_t lo = (uintptr_t)p & ~(uintptr_t)(os_page - 1);
    uintptr_t hi = ((uintptr_t)p + size + os_page - 1) & ~(uintptr_t)(os_page - 1);
    return mprotect((void *)lo, hi - lo, PROT_READ | PROT_WRITE);
}

/* Give the memory of [p, p + size) back to the OS (it reads as zero afterwards). Only
 * whole OS pages inside the range are released: with 64 KiB OS pages (ppc64) a 32 KiB
 * heap page shares its OS page with a neighbour. Returns the released range. */
static void os_release(uint8_t *p, size_t size, uint8_t **rlo, uint8_t **rhi)
{
    uintptr_t lo = ((uintptr_t)p + os_page - 1) & ~(uintptr_t)(os_page - 1);
    uintptr_t hi = ((uintptr_t)p + size) & ~(uintptr_t)(os_page - 1);
    *rlo = *rhi = p;
    if (hi <= lo)
        return;
    if (madvise((void *)lo, hi - lo, MADV_DONTNEED) == 0) {
        *rlo = (uint8_t *)lo;
        *rhi = (uint8_t *)hi;
    }
}

/* Grow the used part of the reservation to `top` bytes: commit the heap (in 1 MiB
 * steps), its page descriptors and its cards. */
static int heap_grow(uintptr_t top)
{
    uintptr_t want = (top + ((uintptr_t)1 << 20) - 1) & ~(((uintptr_t)1 << 20) - 1);
    if (want > gc_heap_reserve)
        want = gc_heap_reserve;
    if (want > committed_top) {
        uintptr_t p0 = committed_top >> GC_PAGE_SHIFT, p1 = want >> GC_PAGE_SHIFT;
        if (os_commit(gc_heap_base + committed_top, want - committed_top) != 0)
            return -1;
        if (os_commit(&gc_pages[p0], (p1 - p0) * sizeof(gc_page)) != 0)
            return -1;
        if (os_commit(gc_card_table + (committed_top >> GC_CARD_SHIFT),
                      (want - committed_top) >> GC_CARD_SHIFT) != 0)
            return -1;
        if (os_commit(gc_page_old + p0, p1 - p0) != 0)
            return -1;
        for (uintptr_t i = p0; i < p1; i++)
            gc_pages[i].fresh = 1;
        committed_top = want;
    }
    for (uintptr_t i = npages_top; i < (top >> GC_PAGE_SHIFT); i++)
        free_map[i >> 5] |= (uint32_t)1 << (i & 31);
    gc_heap_top = top;
    npages_top = top >> GC_PAGE_SHIFT;
    return 0;
}

int gc_heap_init(void)
{
    uint64_t gen0 = env_size("ANYCLR_GCgen0size");
    uintptr_t want;
    uint8_t *raw = NULL;

    if (gen0)
        gc_gen0_budget = gen0 < 64 * 1024 ? 64 * 1024 : gen0;
    gc_heap_limit = env_size("ANYCLR_GCHeapHardLimit");
    gc_stress = env_int("ANYCLR_GCStress");
    gc_stress_minor = (gc_stress & 4) != 0;
    gc_stress &= 3;
    gc_verify = env_int("ANYCLR_GCVerify");
    gc_aging = env_int("ANYCLR_GCAging");
    gc_stats_on = env_int("ANYCLR_GCStats");
    alloc_trigger = gc_stress ? 0 : gc_gen0_budget;

    os_page = (size_t)sysconf(_SC_PAGESIZE);
    if (os_page < 4096 || (os_page & (os_page - 1)))
        os_page = 4096;

    /* The reservation: the heap limit if one is set, else as much of 16 GiB (64-bit) or
     * 1 GiB (32-bit) as the address space allows. One page extra for alignment. */
    if (gc_heap_limit > (uint64_t)(UINTPTR_MAX / 4) + 1)
        gc_heap_limit = (uint64_t)(UINTPTR_MAX / 4) + 1;
    if (gc_heap_limit)
        want = (uintptr_t)((gc_heap_limit + GC_PAGE_SIZE - 1) & ~(uint64_t)GC_PAGE_MASK);
    else
        want = (uintptr_t)1 << (sizeof(void *) >= 8 ? 34 : 30);
    if (want < 16 * GC_PAGE_SIZE)
        want = 16 * GC_PAGE_SIZE;
    for (; want >= ((uintptr_t)32 << 20) || gc_heap_limit; want /= 2) {
        raw = os_reserve(want + GC_PAGE_SIZE);
        if (raw || gc_heap_limit)
            break;
    }
    if (!raw)
        return -1;
    gc_heap_base = (uint8_t *)(((uintptr_t)raw + GC_PAGE_MASK) & ~GC_PAGE_MASK);
    gc_heap_reserve = want;
    npages_reserved = want >> GC_PAGE_SHIFT;
    if (!gc_heap_limit || gc_heap_limit > want)
        gc_heap_limit = want;

    gc_pages = os_reserve(npages_reserved * sizeof(gc_page));
    gc_card_table = os_reserve(want >> GC_CARD_SHIFT);
    gc_page_old = os_reserve(npages_reserved);
    free_map = calloc((npages_reserved + 31) / 32, sizeof(uint32_t));
    if (!gc_pages || !gc_card_table || !gc_page_old || !free_map)
        return -1;

    for (uint32_t c = 0, s = 0; s <= GC_SMALL_MAX / 8; s++) {
        while (class_sizes[c] < s * 8)
            c++;
        class_of[s] = (uint8_t)c;
    }
    for (uint32_t c = 0; c < GC_NCLASSES; c++)
        gc_classes[c].size = class_sizes[c];

    gc_full_threshold = 4 * gc_gen0_budget > (32u << 20) ? 4 * gc_gen0_budget : (32u << 20);
    gc_card_base = (uintptr_t)gc_heap_base;
    gc_card_span = gc_heap_reserve;
    return 0;
}

/* ---- pages ------------------------------------------------------------------------ */

static int page_is_free(uintptr_t i)
{
    return (free_map[i >> 5] >> (i & 31)) & 1u;
}

/* n contiguous FREE pages (first fit, lowest address first, so the heap stays dense),
 * taken out of the free map; -1 if the limit or the reservation is reached. */
static intptr_t pages_alloc(uintptr_t n)
{
    uintptr_t i = free_hint, run = 0, start = 0;
    if ((gc_pages_in_use + n) << GC_PAGE_SHIFT > gc_heap_limit)
        return -1;
    while (i < npages_top) {
        if ((i & 31) == 0 && free_map[i >> 5] == 0) {   /* 32 pages in use: skip */
            run = 0;
            i += 32;
            continue;
        }
        if (page_is_free(i)) {
            if (run++ == 0)
                start = i;
            if (run == n)
                goto found;
        } else {
            run = 0;
        }
        i++;
    }
    if (run == 0)
        start = npages_top;
    if (start + n > npages_reserved)
        return -1;
    if (heap_grow((start + n) << GC_PAGE_SHIFT) != 0)
        return -1;
found:
    for (uintptr_t k = start; k < start + n; k++)
        free_map[k >> 5] &= ~((uint32_t)1 << (k & 31));
    if (start == free_hint)
        free_hint = start + n;
    gc_pages_in_use += n;
    if (gc_pages_in_use > gc_peak_pages)
        gc_peak_pages = gc_pages_in_use;
    return (intptr_t)start;
}

static void pages_free(uintptr_t start, uintptr_t n)
{
    for (uintptr_t k = start; k < start + n; k++) {
        gc_page *pg = &gc_pages[k];
        uint8_t fresh = pg->fresh;
        memset(pg, 0, offsetof(gc_page, alloc));
        pg->kind = GC_PAGE_FREE;
        pg->fresh = fresh;
        gc_page_old[k] = 0;
        free_map[k >> 5] |= (uint32_t)1 << (k & 31);
    }
    if (start < free_hint)
        free_hint = start;
    gc_pages_in_use -= n;
}

static void young_push(gc_page *pg)
{
    if (!pg->young) {
        pg->young = 1;
        pg->ynext = gc_young;
        gc_young = pg;
    }
}

static void avail_unlink(gc_page *pg)
{
    gc_class *k = &gc_classes[pg->sclass];
    if (!pg->avail)
        return;
    if (pg->prev)
        pg->prev->next = pg->next;
    else
        k->avail = pg->next;
    if (pg->next)
        pg->next->prev = pg->prev;
    pg->prev = pg->next = NULL;
    pg->avail = 0;
}

static void avail_link(gc_page *pg)
{
    gc_class *k = &gc_classes[pg->sclass];
    if (pg->avail)
        return;
    pg->prev = NULL;
    pg->next = k->avail;
    if (k->avail)
        k->avail->prev = pg;
    k->avail = pg;
    pg->avail = 1;
}

/* ---- allocation ------------------------------------------------------------------- */

static uint32_t ctz32(uint32_t x)
{
#if defined(__GNUC__)
    return (uint32_t)__builtin_ctz(x);
#else
    uint32_t n = 0;
    while (!(x & 1u)) {
        x >>= 1;
        n++;
    }
    return n;
#endif
}

static uint32_t popcount32(uint32_t x)
{
#if defined(__GNUC__)
    return (uint32_t)__builtin_popcount(x);
#else
    x = x - ((x >> 1) & 0x55555555u);
    x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
    return (((x + (x >> 4)) & 0x0f0f0f0fu) * 0x01010101u) >> 24;
#endif
}

/* The first cell >= from whose bit in map equals `want` (0 or 1), or n. */
static uint32_t next_bit(const uint32_t *map, uint32_t from, uint32_t n, uint32_t want)
{
    while (from < n) {
        uint32_t w = map[from >> 5];
        if (!want)
            w = ~w;
        w &= ~(uint32_t)0 << (from & 31);
        if (w) {
            from = (from & ~31u) + ctz32(w);
            return from < n ? from : n;
        }
        from = (from & ~31u) + 32;
    }
    return n;
}

/* Find the next run of free cells in k's page from k->bit; 0 if the page has none. */
static int next_run(gc_class *k)
{
    gc_page *pg = k->page;
    uint32_t first = next_bit(pg->alloc, k->bit, pg->ncells, 0);
    uint32_t end;
    uint8_t *base;
    if (first >= pg->ncells)
        return 0;
    end = next_bit(pg->alloc, first, pg->ncells, 1);
    base = gc_page_addr(pg);
    k->bit = first;
    k->cursor = base + (uintptr_t)first * k->size;
    k->limit = base + (uintptr_t)end * k->size;
    return 1;
}

static void page_init_small(gc_page *pg, uint32_t c)
{
    uint32_t size = class_sizes[c];
    pg->kind = GC_PAGE_SMALL;
    pg->sclass = (uint8_t)c;
    pg->cell_size = size;
    pg->ncells = (uint32_t)(GC_PAGE_SIZE / size);
    pg->recip = (uint32_t)((((uint64_t)1 << 32) + size - 1) / size);
    pg->nlive = 0;
    memset(pg->alloc, 0, sizeof pg->alloc);
    memset(pg->mark, 0, sizeof pg->mark);
    memset(pg->surv, 0, sizeof pg->surv);
    memset(pg->reached, 0, sizeof pg->reached);
}

/* Move k to another page with free cells: one that a sweep left partly free, or a
 * fresh one. 0 when the heap limit is reached. */
static int next_page(gc_class *k)
{
    gc_page *pg;
    intptr_t idx;
    while ((pg = k->avail) != NULL) {
        avail_unlink(pg);
        young_push(pg);
        k->page = pg;
        k->bit = 0;
        if (next_run(k))
            return 1;
    }
    idx = pages_alloc(1);
    if (idx < 0)
        return 0;
    pg = &gc_pages[idx];
    page_init_small(pg, (uint32_t)(k - gc_classes));
    pg->fresh = 0;
    young_push(pg);
    k->page = pg;
    k->bit = 0;
    return next_run(k);
}

void gc_reset_allocators(void)
{
    for (uint32_t c = 0; c < GC_NCLASSES; c++) {
        gc_class *k = &gc_classes[c];
        k->cursor = k->limit = NULL;
        k->page = NULL;
        k->bit = 0;
    }
}

/* Collect before an allocation if the budget or GC stress says so. */
static void maybe_collect(vm_thread *t, size_t size)
{
    if (gc_in_collection)
        return;
    if (gc_stress)
        gc_collect(t, gc_stress_generation());
    else if (gc_young_bytes + size > gc_gen0_budget)
        gc_collect(t, gc_policy_generation());
}

static vm_object *alloc_small_slow(vm_thread *t, gc_class *k)
{
    int collected = 0;
    if (!gc_inited && gc_init() != 0)
        return NULL;
    maybe_collect(t, k->size);
    for (;;) {
        if (k->cursor < k->limit) {
            vm_object *o = (vm_object *)k->cursor;
            k->cursor += k->size;
            gc_set_bit(k->page->alloc, k->bit++);
            gc_young_bytes += k->size;
            return o;
        }
        if (k->page && next_run(k))
            continue;
        if (next_page(k))
            continue;
        if (collected || gc_in_collection)
            return NULL;
        gc_collect(t, -1);          /* out of pages: a full collection, then once more */
        collected = 1;
    }
}

/* A large object: whole pages of its own. Zeroed here (unless the pages are fresh). */
static vm_object *alloc_large(vm_thread *t, size_t size)
{
    uintptr_t n = (size + GC_PAGE_MASK) >> GC_PAGE_SHIFT;
    intptr_t idx;
    gc_page *pg;
    int zeroed = 1;
    if (!gc_inited && gc_init() != 0)
        return NULL;
    if (size > gc_heap_limit)
        return NULL;
    maybe_collect(t, size);
    idx = pages_alloc(n);
    if (idx < 0 && !gc_in_collection) {
        gc_collect(t, -1);
        idx = pages_alloc(n);
    }
    if (idx < 0)
        return NULL;
    pg = &gc_pages[idx];
    for (uintptr_t i = 0; i < n; i++) {
        gc_page *p = &pg[i];
        if (!p->fresh)
            zeroed = 0;
        p->fresh = 0;
        p->kind = i ? GC_PAGE_LARGE_TAIL : GC_PAGE_LARGE;
        p->npages = i ? (uint32_t)i : (uint32_t)n;
    }
    pg->ncells = 1;
    pg->obj_size = size;
    pg->alloc[0] = 1;
    pg->mark[0] = 0;
    pg->surv[0] = 0;
    pg->reached[0] = 0;
    pg->prev = NULL;
    pg->next = gc_large;
    if (gc_large)
        gc_large->prev = pg;
    gc_large = pg;
    young_push(pg);
    gc_young_bytes += size;
    if (!zeroed)
        memset(gc_page_addr(pg), 0, size);
    return (vm_object *)gc_page_addr(pg);
}

/* Every allocation ends here: memory for `size` bytes, zeroed, type word set. */
static vm_object *alloc_raw(vm_thread *t, vm_type *type, size_t size)
{
    vm_object *o;
    if (size <= GC_SMALL_MAX) {
        gc_class *k = &gc_classes[class_of[(size + 7) >> 3]];
        if (k->cursor < k->limit && gc_young_bytes + k->size <= alloc_trigger) {
            o = (vm_object *)k->cursor;
            k->cursor += k->size;
            gc_set_bit(k->page->alloc, k->bit++);
            gc_young_bytes += k->size;
        } else {
            o = alloc_small_slow(t, k);
            if (!o)
                return NULL;
        }
        memset(o, 0, size);
    } else {
        o = alloc_large(t, size);
        if (!o)
            return NULL;
    }
    o->type = type;
    if (type->flags & VM_TF_HAS_FINALIZER)
        gc_final_register(o);
    return o;
}

/* Sizes are capped well below SIZE_MAX so that size arithmetic cannot wrap. */
#define GC_MAX_OBJECT ((size_t)1 << (sizeof(size_t) * 8 - 2))

vm_object *gc_alloc_object(vm_thread *t, vm_type *type)
{
    size_t size = type->instance_size;
    if (type->kind == VM_KIND_VALUETYPE)
        size += VM_OBJ_HEADER_SIZE;             /* a box: the header, then the value */
    if (size < VM_OBJ_HEADER_SIZE)
        size = VM_OBJ_HEADER_SIZE;
    return alloc_raw(t, type, size);
}

static size_t array_size(size_t data_offset, uintptr_t length, uint32_t component)
{
    if (component && length > (GC_MAX_OBJECT - data_offset) / component)
        return 0;
    return (data_offset + (size_t)length * component + 7) & ~(size_t)7;
}

vm_array *gc_alloc_szarray(vm_thread *t, vm_type *arr_type, uintptr_t length)
{
    size_t size = array_size(VM_ARRAY_DATA_OFFSET, length, arr_type->component_size);
    vm_array *a;
    if (!size)
        return NULL;
    a = (vm_array *)alloc_raw(t, arr_type, size);
    if (a)
        a->length = length;
    return a;
}

vm_array *gc_alloc_mdarray(vm_thread *t, vm_type *arr_type, uint32_t rank,
                           const int32_t *lengths, const int32_t *lower_bounds)
{
    uintptr_t total = 1;
    size_t size;
    vm_array *a;
    for (uint32_t i = 0; i < rank; i++) {
        uintptr_t n = lengths[i] < 0 ? 0 : (uintptr_t)lengths[i];
        if (n && total > UINTPTR_MAX / n)
            return NULL;
        total *= n;
    }
    size = array_size(vm_mdarray_data_offset(rank), total, arr_type->component_size);
    if (!size)
        return NULL;
    a = (vm_array *)alloc_raw(t, arr_type, size);
    if (a) {
        int32_t *b = VM_MDARRAY_BOUNDS(a);
        a->length = total;
        for (uint32_t i = 0; i < rank; i++) {
            b[2 * i] = lengths[i];
            b[2 * i + 1] = lower_bounds ? lower_bounds[i] : 0;
        }
    }
    return a;
}

vm_string *gc_alloc_string(vm_thread *t, int32_t length)
{
    size_t size;
    vm_string *s;
    if (length < 0)
        return NULL;
    size = (offsetof(vm_string, chars) + 2 * ((size_t)length + 1) + 7) & ~(size_t)7;
    s = (vm_string *)alloc_raw(t, vm_b.string, size);
    if (s)
        s->length = length;
    return s;
}

size_t gc_object_size(const vm_object *obj)
{
    const vm_type *type = obj->type;
    if (type->flags & VM_TF_STRING)
        return (offsetof(vm_string, chars) + 2 * ((size_t)((const vm_string *)obj)->length + 1)
                + 7) & ~(size_t)7;
    switch (type->kind) {
    case VM_KIND_SZARRAY:
        return array_size(VM_ARRAY_DATA_OFFSET, ((const vm_array *)obj)->length,
                          type->component_size);
    case VM_KIND_ARRAY:
        return array_size(vm_mdarray_data_offset(type->rank), ((const vm_array *)obj)->length,
                          type->component_size);
    case VM_KIND_VALUETYPE:
        return VM_OBJ_HEADER_SIZE + type->instance_size;
    default:
        return type->instance_size < VM_OBJ_HEADER_SIZE ? VM_OBJ_HEADER_SIZE
                                                         : type->instance_size;
    }
}

/* ---- finding objects ---------------------------------------------------------------- */

gc_page *gc_object_cell(const void *p, uint32_t *cell)
{
    gc_page *pg;
    uintptr_t off;
    if (!gc_in_heap(p))
        return NULL;
    pg = gc_page_of(p);
    off = (uintptr_t)p & GC_PAGE_MASK;
    if (pg->kind == GC_PAGE_SMALL) {
        uint32_t c = gc_cell_index(pg, off);
        if ((uintptr_t)c * pg->cell_size != off || c >= pg->ncells || !gc_bit(pg->alloc, c))
            return NULL;
        *cell = c;
        return pg;
    }
    if (pg->kind == GC_PAGE_LARGE && off == 0 && (pg->alloc[0] & 1u)) {
        *cell = 0;
        return pg;
    }
    return NULL;
}

vm_object *gc_find_object(const void *p)
{
    gc_page *pg;
    uint8_t *start;
    if (!gc_in_heap(p))
        return NULL;
    pg = gc_page_of(p);
    switch (pg->kind) {
    case GC_PAGE_SMALL: {
        uint32_t c = gc_cell_index(pg, (uintptr_t)p & GC_PAGE_MASK);
        if (c >= pg->ncells || !gc_bit(pg->alloc, c))
            return NULL;
        return (vm_object *)(gc_page_addr(pg) + (uintptr_t)c * pg->cell_size);
    }
    case GC_PAGE_LARGE_TAIL:
        pg -= pg->npages;
        /* fall through */
    case GC_PAGE_LARGE:
        start = gc_page_addr(pg);
        if (!(pg->alloc[0] & 1u) || (uintptr_t)((const uint8_t *)p - start) >= pg->obj_size)
            return NULL;
        return (vm_object *)start;
    default:
        return NULL;
    }
}

int gc_is_object(const void *p)
{
    uint32_t cell;
    return gc_object_cell(p, &cell) != NULL;
}

int gc_generation(const vm_object *obj)
{
    uint32_t cell;
    gc_page *pg;
    if (!gc_in_heap(obj))
        return GC_MAX_GENERATION;
    pg = gc_object_cell(obj, &cell);
    if (!pg || gc_bit(pg->mark, cell))
        return GC_MAX_GENERATION;
    return gc_bit(pg->surv, cell) ? 1 : 0;
}

void gc_each_object(void (*fn)(vm_object *obj, void *ctx), void *ctx)
{
    for (uintptr_t i = 0; i < npages_top; i++) {
        gc_page *pg = &gc_pages[i];
        uint8_t *base = gc_page_addr(pg);
        if (pg->kind == GC_PAGE_SMALL) {
            for (uint32_t c = next_bit(pg->alloc, 0, pg->ncells, 1); c < pg->ncells;
                 c = next_bit(pg->alloc, c + 1, pg->ncells, 1))
                fn((vm_object *)(base + (uintptr_t)c * pg->cell_size), ctx);
        } else if (pg->kind == GC_PAGE_LARGE && (pg->alloc[0] & 1u)) {
            fn((vm_object *)base, ctx);
        }
    }
}

uint64_t gc_count_objects(void)
{
    uint64_t n = 0;
    for (uintptr_t i = 0; i < npages_top; i++) {
        gc_page *pg = &gc_pages[i];
        if (pg->kind == GC_PAGE_SMALL) {
            for (uint32_t w = 0; w < (pg->ncells + 31) / 32; w++)
                n += popcount32(pg->alloc[w]);
        } else if (pg->kind == GC_PAGE_LARGE) {
            n += pg->alloc[0] & 1u;
        }
    }
    return n;
}

/* ---- the sweep ---------------------------------------------------------------------- */

/* Frees the dead cells of a page; the young survivors of a minor collection stay young
 * (and the page on the young list), a full collection makes every survivor old. */
static void sweep_small(gc_page *pg, int full)
{
    uint32_t live = 0, nwords = (pg->ncells + 31) / 32, young = 0, old = 0;
    uint8_t *base = gc_page_addr(pg);
    for (uint32_t w = 0; w < nwords; w++) {
        uint32_t keep = pg->mark[w] | pg->reached[w];
        uint32_t dead = pg->alloc[w] & ~keep;
        if (dead && gc_verify) {
            while (dead) {
                uint32_t c = w * 32 + ctz32(dead);
                memset(base + (uintptr_t)c * pg->cell_size, 0xdb, pg->cell_size);
                dead &= dead - 1;
            }
        }
        pg->alloc[w] &= keep;
        pg->surv[w] = full ? 0 : pg->reached[w];
        pg->reached[w] = 0;
        young |= pg->surv[w];
        old |= pg->mark[w];
        live += popcount32(pg->alloc[w]);
    }
    gc_live_bytes += (uint64_t)live * pg->cell_size;
    pg->nlive = live;
    gc_page_old[pg - gc_pages] = old != 0;
    if (live == 0) {
        avail_unlink(pg);
        pages_free((uintptr_t)(pg - gc_pages), 1);
    } else {
        if (live < pg->ncells)
            avail_link(pg);
        if (young)
            young_push(pg);
    }
}

static void sweep_large(gc_page *pg, int full)
{
    if (!full && (pg->surv[0] & 1u))
        gc_live_bytes -= pg->obj_size;          /* counted by the last sweep already */
    pg->surv[0] = 0;
    if ((pg->mark[0] | pg->reached[0]) & 1u) {
        gc_live_bytes += pg->obj_size;
        memset(&gc_page_old[pg - gc_pages], pg->mark[0] & 1u, pg->npages);
        if (!full && (pg->reached[0] & 1u)) {
            pg->surv[0] = 1;
            young_push(pg);
        }
        pg->reached[0] = 0;
        return;
    }
    if (gc_verify)
        memset(gc_page_addr(pg), 0xdb, pg->obj_size < 4096 ? pg->obj_size : 4096);
    if (pg->prev)
        pg->prev->next = pg->next;
    else
        gc_large = pg->next;
    if (pg->next)
        pg->next->prev = pg->prev;
    pages_free((uintptr_t)(pg - gc_pages), pg->npages);
}

void gc_sweep(int full)
{
    gc_page *pg, *next, *list = gc_young;
    gc_young = NULL;                /* rebuilt: the pages that keep young survivors */
    if (full) {
        gc_live_bytes = 0;
        for (uintptr_t i = 0; i < npages_top; i++) {
            pg = &gc_pages[i];
            pg->young = 0;
            pg->ynext = NULL;
            if (pg->kind == GC_PAGE_SMALL)
                sweep_small(pg, 1);
            else if (pg->kind == GC_PAGE_LARGE)
                sweep_large(pg, 1);
        }
    } else {
        for (pg = list; pg; pg = next) {
            next = pg->ynext;
            pg->young = 0;
            pg->ynext = NULL;
            if (pg->kind == GC_PAGE_SMALL) {
                gc_live_bytes -= (uint64_t)pg->nlive * pg->cell_size;   /* re-counted */
                sweep_small(pg, 0);
            } else if (pg->kind == GC_PAGE_LARGE) {
                sweep_large(pg, 0);
            }
        }
    }
    gc_allocated_before += gc_young_bytes;
    gc_young_bytes = 0;
}

/* After a full collection: keep as many free pages as the next few nursery cycles need
 * and hand the rest back to the OS. */
void gc_release_free_pages(void)
{
    uint64_t keep = 2 * gc_gen0_budget + gc_live_bytes / 8;
    uint64_t kept = 0;
    uintptr_t i = 0;
    while (i < npages_top) {
        uintptr_t j;
        uint8_t *lo, *hi;
        if (!page_is_free(i)) {
            i++;
            continue;
        }
        for (j = i; j < npages_top && page_is_free(j); j++)
            ;
        if (kept < keep) {
            kept += (uint64_t)(j - i) << GC_PAGE_SHIFT;
        } else {
            os_release(gc_heap_base + (i << GC_PAGE_SHIFT), (j - i) << GC_PAGE_SHIFT, &lo, &hi);
            for (uintptr_t k = i; k < j; k++) {
                uint8_t *p = gc_heap_base + (k << GC_PAGE_SHIFT);
                if (p >= lo && p + GC_PAGE_SIZE <= hi)
                    gc_pages[k].fresh = 1;
            }
        }
        i = j;
    }
}

uint64_t gc_heap_size(void)
{
    return gc_live_bytes + gc_young_bytes;
}
