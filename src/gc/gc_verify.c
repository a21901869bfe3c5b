/*
 * gc_verify.c — heap verification (ANYCLR_GCVerify=1). After a collection: every
 * allocated object has a sane header and size, and every reference in it, in every
 * root, handle and the finalization queue is NULL, outside the heap, or the start of an
 * allocated object. Before a minor collection: every old-to-young reference has its card
 * dirty (the write barrier's invariant), so a missing GC_STORE_REF is caught where it
 * happened rather than as a freed object much later.
 */
#include <string.h>

#include "gc/gc_int.h"

/* After a collection every allocated object is old or a young survivor. */
static int survived(const vm_object *obj)
{
    uint32_t cell;
    gc_page *pg = gc_object_cell(obj, &cell);
    return pg && (gc_bit(pg->mark, cell) || gc_bit(pg->surv, cell));
}

static void check_target(vm_object **slot, vm_object *holder, const char *what)
{
    vm_object *obj = *slot;
    if (!obj || !gc_in_heap(obj))
        return;
    if (!gc_is_object(obj))
        gc_fatal("verify: %s slot %p (+%td in a %s at %p) holds %p, which is not an object",
                 what, (void *)slot, holder ? (uint8_t *)slot - (uint8_t *)holder : 0,
                 holder && holder->type && holder->type->name ? holder->type->name : "-",
                 (void *)holder, (void *)obj);
    if (!survived(obj))
        gc_fatal("verify: %s slot %p holds %p, which the collection did not mark", what,
                 (void *)slot, (void *)obj);
}

static void check_slot(vm_object **slot, void *ctx)
{
    check_target(slot, ctx, "heap");
}

static void check_object(vm_object *obj, void *ctx)
{
    gc_page *pg = gc_page_of(obj);
    size_t size, room;
    (void)ctx;
    if (!obj->type)
        gc_fatal("verify: object %p has no type", (void *)obj);
    if (obj->type->kind > VM_KIND_MVAR)
        gc_fatal("verify: object %p has a bad type word %p", (void *)obj, (void *)obj->type);
    size = gc_object_size(obj);
    room = pg->kind == GC_PAGE_SMALL ? pg->cell_size : pg->obj_size;
    if (size > room)
        gc_fatal("verify: object %p (a %s) is %zu bytes in a %zu-byte cell", (void *)obj,
                 obj->type->name ? obj->type->name : "?", size, room);
    if (!survived(obj))
        gc_fatal("verify: object %p survived the sweep unmarked", (void *)obj);
    gc_object_slots(obj, 0, UINTPTR_MAX, check_slot, obj);
}

static void v_ref(gc_visitor *v, vm_object **slot)
{
    check_target(slot, NULL, (const char *)v->ctx);
}

static void v_interior(gc_visitor *v, void **slot)
{
    const void *p = *slot;
    if (gc_in_heap(p) && !gc_find_object(p) && !gc_find_object((const uint8_t *)p - 1))
        gc_fatal("verify: interior root %p points at %p, inside no object", (void *)slot, p);
}

static void v_range(gc_visitor *v, const void *lo, const void *hi)
{
    (void)v; (void)lo; (void)hi;            /* conservative: anything goes */
}

void gc_verify_heap(int full)
{
    gc_visitor v = { v_ref, v_interior, v_range, (void *)"root" };
    (void)full;
    gc_each_object(check_object, NULL);
    gc_visit_roots(&v);
    v.ctx = (void *)"handle";
    gc_handles_visit(&v);
    v.ctx = (void *)"finalization queue";
    gc_final_visit(&v);
}

/* ---- the card invariant ------------------------------------------------------------ */

static int is_young(const vm_object *obj)
{
    uint32_t cell;
    gc_page *pg = gc_object_cell(obj, &cell);
    return pg && !gc_bit(pg->mark, cell);
}

static void check_card(vm_object **slot, void *ctx)
{
    vm_object *obj = *slot, *holder = ctx;
    uintptr_t card;
    if (!obj || !gc_in_heap(obj) || !is_young(obj))
        return;
    card = ((uintptr_t)slot - gc_card_base) >> GC_CARD_SHIFT;
    if (!gc_card_table[card])
        gc_fatal("verify: old %s at %p holds young %p at +%td without a dirty card "
                 "(a reference store missed GC_STORE_REF)",
                 holder->type->name ? holder->type->name : "object", (void *)holder,
                 (void *)obj, (uint8_t *)slot - (uint8_t *)holder);
}

static void card_object(vm_object *obj, void *ctx)
{
    (void)ctx;
    if (!is_young(obj))
        gc_object_slots(obj, 0, UINTPTR_MAX, check_card, obj);
}

void gc_verify_cards(void)
{
    gc_each_object(card_object, NULL);
}
