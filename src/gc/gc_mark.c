/*
 * gc_mark.c — marking: the mark stack, the one function that visits an object's
 * reference slots, interior and conservative pointers, and the card scan that finds
 * old-to-young references in a minor collection.
 */
#include <stdlib.h>
#include <string.h>

#include "gc/gc_int.h"

/* The mark stack holds objects to trace, the low bit set for one that stays young (so
 * its slots need no card; objects are 8-aligned). */
static uintptr_t *mstack;
static size_t msp, mcap;

static void push(vm_object *obj, uintptr_t stays_young)
{
    if (msp == mcap) {
        size_t ncap = mcap ? mcap * 2 : 4096;
        uintptr_t *n = realloc(mstack, ncap * sizeof *n);
        if (!n)
            gc_fatal("out of memory for the mark stack (%zu entries)", ncap);
        mstack = n;
        mcap = ncap;
    }
    mstack[msp++] = (uintptr_t)obj | stays_young;
}

/* Are an array type's elements references? (VM_TF_ARRAY_OF_REFS says so; the element's
 * kind is checked too, so that a type built without the flag is still traced.) */
static int elems_are_refs(const vm_type *type)
{
    const vm_type *elem = type->element;
    if (type->flags & VM_TF_ARRAY_OF_REFS)
        return 1;
    return elem && (elem->kind == VM_KIND_CLASS || elem->kind == VM_KIND_INTERFACE ||
                    elem->kind == VM_KIND_SZARRAY || elem->kind == VM_KIND_ARRAY);
}

/* Does an object of this type hold references (so marking must trace it)? */
static int type_has_refs(const vm_type *type)
{
    if (type->flags & VM_TF_STRING)
        return 0;
    if (type->kind == VM_KIND_SZARRAY || type->kind == VM_KIND_ARRAY)
        return elems_are_refs(type) || (type->element && type->element->kind == VM_KIND_VALUETYPE &&
                                        type->element->nrefs > 0);
    return type->nrefs > 0;
}

/*
 * Every reference slot of obj whose address lies in [lo, hi): a class's ref_offsets; a
 * box's value's ref_offsets after the header; every element of an array of references;
 * the element's ref_offsets in every element of an array of structs. Strings have none.
 * This is the one place that knows where references live in an object.
 */
static inline void visit_slots(vm_object *obj, uintptr_t lo, uintptr_t hi, gc_slot_fn fn,
                               void *ctx)
{
    const vm_type *type = obj->type;
    uint8_t *p = (uint8_t *)obj;
    if (type->flags & VM_TF_STRING)
        return;
    if (type->kind == VM_KIND_SZARRAY || type->kind == VM_KIND_ARRAY) {
        const vm_type *elem = type->element;
        uintptr_t n = ((vm_array *)obj)->length, cs = type->component_size, i0 = 0, i1;
        uint8_t *data = p + (type->kind == VM_KIND_SZARRAY ? VM_ARRAY_DATA_OFFSET
                                                           : vm_mdarray_data_offset(type->rank));
        if (!cs || !n)
            return;
        i1 = n;
        if (lo > (uintptr_t)data)
            i0 = (lo - (uintptr_t)data) / cs;
        if (hi < (uintptr_t)data + n * cs)
            i1 = hi <= (uintptr_t)data ? 0 : (hi - (uintptr_t)data + cs - 1) / cs;
        if (elems_are_refs(type)) {
            vm_object **s = (vm_object **)data;
            for (uintptr_t i = i0; i < i1; i++)
                if ((uintptr_t)&s[i] >= lo && (uintptr_t)&s[i] < hi)
                    fn(&s[i], ctx);
        } else if (elem && elem->kind == VM_KIND_VALUETYPE && elem->nrefs) {
            for (uintptr_t i = i0; i < i1; i++) {
                uint8_t *e = data + i * cs;
                for (uint32_t k = 0; k < elem->nrefs; k++) {
                    uintptr_t s = (uintptr_t)(e + elem->ref_offsets[k]);
                    if (s >= lo && s < hi)
                        fn((vm_object **)s, ctx);
                }
            }
        }
        return;
    }
    if (type->kind == VM_KIND_VALUETYPE)
        p += VM_OBJ_HEADER_SIZE;                /* a box: offsets are from the value */
    for (uint32_t k = 0; k < type->nrefs; k++) {
        uintptr_t s = (uintptr_t)(p + type->ref_offsets[k]);
        if (s >= lo && s < hi)
            fn((vm_object **)s, ctx);
    }
}

void gc_object_slots(vm_object *obj, uintptr_t lo, uintptr_t hi, gc_slot_fn fn, void *ctx)
{
    visit_slots(obj, lo, hi, fn, ctx);
}

/* Marks obj; returns 1 if it stays young after this collection (a minor collection
 * reaching it for the first time), which is when an old object's slot pointing to it
 * needs its card kept dirty. */
static int mark_obj(gc_page *pg, uint32_t cell, vm_object *obj)
{
    if (gc_bit(pg->mark, cell))
        return 0;
    if (gc_minor && gc_aging && !gc_bit(pg->surv, cell)) {
        if (!gc_bit(pg->reached, cell)) {
            gc_set_bit(pg->reached, cell);
            if (type_has_refs(obj->type))
                push(obj, 1);
        }
        return 1;
    }
    gc_set_bit(pg->mark, cell);
    if (type_has_refs(obj->type))
        push(obj, 0);
    return 0;
}

void gc_mark_ref(vm_object *obj)
{
    uint32_t cell;
    gc_page *pg;
    if (!obj || !gc_in_heap(obj))
        return;
    pg = gc_object_cell(obj, &cell);
    if (!pg)
        gc_fatal("a reference to %p, which is not an object in the heap", (void *)obj);
    mark_obj(pg, cell, obj);
}

/* A precise slot, found while tracing the object ctx (NULL for a root; the low bit set
 * if that object stays young): a bad value names where it was found. */
static void mark_slot(vm_object **slot, void *ctx)
{
    vm_object *obj = *slot;
    uint32_t cell;
    gc_page *pg;
    if (!obj || !gc_in_heap(obj))
        return;
    pg = gc_object_cell(obj, &cell);
    if (!pg) {
        vm_object *holder = (vm_object *)((uintptr_t)ctx & ~(uintptr_t)1);
        gc_fatal("slot %p (+%td in a %s at %p) holds %p, which is not an object", (void *)slot,
                 holder ? (uint8_t *)slot - (uint8_t *)holder : 0,
                 holder && holder->type->name ? holder->type->name : "root",
                 (void *)holder, (void *)obj);
    }
    if (mark_obj(pg, cell, obj) && ctx && !((uintptr_t)ctx & 1u))
        gc_card_table[((uintptr_t)slot - gc_card_base) >> GC_CARD_SHIFT] = 1;
}

void gc_mark_slot(vm_object **slot)
{
    mark_slot(slot, NULL);
}

void gc_mark_interior(const void *p)
{
    vm_object *obj, *prev;
    if (!gc_in_heap(p))
        return;
    obj = gc_find_object(p);
    if (obj)
        gc_mark_ref(obj);
    /* A pointer just past an object's end (the end of an array's data, the data of an
     * empty array) belongs to that object too. */
    if (gc_in_heap((const uint8_t *)p - 1)) {
        prev = gc_find_object((const uint8_t *)p - 1);
        if (prev && prev != obj && (const uint8_t *)prev + gc_object_size(prev) == p)
            gc_mark_ref(prev);
    }
}

GC_NO_ASAN void gc_mark_range(const void *lo, const void *hi)
{
    uintptr_t a = ((uintptr_t)lo + sizeof(void *) - 1) & ~(uintptr_t)(sizeof(void *) - 1);
    for (; a + sizeof(void *) <= (uintptr_t)hi; a += sizeof(void *)) {
        const void *p = *(const void *const *)a;
        if (gc_in_heap(p))
            gc_mark_interior(p);
    }
}

void gc_drain(void)
{
    while (msp) {
        uintptr_t e = mstack[--msp];
        visit_slots((vm_object *)(e & ~(uintptr_t)1), 0, UINTPTR_MAX, mark_slot, (void *)e);
    }
}

/* ---- cards ---------------------------------------------------------------------------- */

/* The old objects that overlap one dirty card: their slots on it are roots. */
static void scan_card(uintptr_t card)
{
    uint8_t *lo = gc_heap_base + (card << GC_CARD_SHIFT), *hi = lo + GC_CARD_SIZE;
    gc_page *pg = gc_page_of(lo);
    uint8_t *base;
    if (pg->kind == GC_PAGE_SMALL) {
        uint32_t c0, c1;
        base = gc_page_addr(pg);
        c0 = gc_cell_index(pg, (uintptr_t)(lo - base));
        c1 = gc_cell_index(pg, (uintptr_t)(hi - 1 - base));
        if (c1 >= pg->ncells)
            c1 = pg->ncells - 1;
        for (uint32_t c = c0; c <= c1 && c < pg->ncells; c++) {
            if (gc_bit(pg->alloc, c) && gc_bit(pg->mark, c)) {
                vm_object *obj = (vm_object *)(base + (uintptr_t)c * pg->cell_size);
                visit_slots(obj, (uintptr_t)lo, (uintptr_t)hi, mark_slot, obj);
            }
        }
    } else if (pg->kind == GC_PAGE_LARGE || pg->kind == GC_PAGE_LARGE_TAIL) {
        if (pg->kind == GC_PAGE_LARGE_TAIL)
            pg -= pg->npages;
        if ((pg->alloc[0] & 1u) && (pg->mark[0] & 1u)) {
            vm_object *obj = (vm_object *)gc_page_addr(pg);
            visit_slots(obj, (uintptr_t)lo, (uintptr_t)hi, mark_slot, obj);
        }
    }
}

/* Minor collection: every dirty card's old objects are roots; the cards are cleaned
 * (after the collection there are no young objects, so no old-to-young references). */
void gc_scan_cards(void)
{
    uintptr_t ncards = gc_heap_top >> GC_CARD_SHIFT, c = 0;
    uint8_t *cards = gc_card_table;
    while (c < ncards) {
        if ((c & (sizeof(uintptr_t) - 1)) == 0 && c + sizeof(uintptr_t) <= ncards) {
            uintptr_t w;
            memcpy(&w, cards + c, sizeof w);
            if (!w) {
                c += sizeof(uintptr_t);
                continue;
            }
        }
        if (cards[c]) {
            if (!gc_page_old[c >> (GC_PAGE_SHIFT - GC_CARD_SHIFT)]) {
                /* No old object on the page (a page freed since its cards were
                 * dirtied, or one whose objects are all young): skip it. */
                uintptr_t end = (c | ((GC_PAGE_SIZE >> GC_CARD_SHIFT) - 1)) + 1;
                memset(cards + c, 0, (end < ncards ? end : ncards) - c);
                c = end;
                continue;
            }
            cards[c] = 0;
            scan_card(c);
        }
        c++;
    }
}

void gc_clear_cards(void)
{
    memset(gc_card_table, 0, gc_heap_top >> GC_CARD_SHIFT);
}

/* Before a full collection: nothing is marked. */
void gc_clear_marks(void)
{
    uintptr_t npages = gc_heap_top >> GC_PAGE_SHIFT;
    for (uintptr_t i = 0; i < npages; i++) {
        gc_page *pg = &gc_pages[i];
        if (pg->kind == GC_PAGE_SMALL)
            memset(pg->mark, 0, ((pg->ncells + 31) / 32) * sizeof(uint32_t));
        else if (pg->kind == GC_PAGE_LARGE)
            pg->mark[0] = 0;
    }
}
