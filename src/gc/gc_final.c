/*
 * gc_final.c — finalization. Objects of a type with a finalizer are registered at
 * allocation. When a collection finds one dead, it moves it to the queue, which is a
 * root: the object and everything it points to survive (are "resurrected") until the
 * runtime runs the finalizer at a safe point (gc_run_pending_finalizers). After that the
 * object is an ordinary one: unreachable again, it is freed without a second finalizer
 * unless GC.ReRegisterForFinalize put it back.
 */
#include <stdlib.h>
#include <string.h>

#include "gc/gc_int.h"

typedef struct objvec {
    vm_object **v;
    size_t n, cap;
} objvec;

static objvec young_fin;        /* registered, allocated since the last collection */
static objvec old_fin;          /* registered, survived a collection */
static objvec queue;            /* dead, waiting for their finalizer: [qhead, queue.n) */
static size_t qhead;
static gc_finalizer_fn finalizer;
static int running;

volatile int gc_finalizers_pending;

static void vec_push(objvec *vec, vm_object *obj)
{
    if (vec->n == vec->cap) {
        size_t ncap = vec->cap ? vec->cap * 2 : 256;
        vm_object **n = realloc(vec->v, ncap * sizeof *n);
        if (!n)
            gc_fatal("out of memory for the finalization lists");
        vec->v = n;
        vec->cap = ncap;
    }
    vec->v[vec->n++] = obj;
}

void gc_final_register(vm_object *obj)
{
    obj->header |= GC_HDR_FINREG;
    vec_push(&young_fin, obj);
}

void gc_set_finalizer(gc_finalizer_fn fn)
{
    finalizer = fn;
}

void gc_suppress_finalize(vm_object *obj)
{
    if (obj)
        obj->header |= GC_HDR_NOFINAL;
}

void gc_reregister_for_finalize(vm_object *obj)
{
    if (!obj)
        return;
    obj->header &= ~(uintptr_t)GC_HDR_NOFINAL;
    if (!(obj->header & GC_HDR_FINREG) && (obj->type->flags & VM_TF_HAS_FINALIZER))
        gc_final_register(obj);
}

void gc_final_mark_queue(void)
{
    for (size_t i = qhead; i < queue.n; i++)
        gc_mark_ref(queue.v[i]);
}

/* Splits list into survivors (kept, compacted) and the dead (queued, or dropped when
 * suppressed). */
static void scan_list(objvec *list)
{
    size_t k = 0;
    for (size_t i = 0; i < list->n; i++) {
        vm_object *obj = list->v[i];
        if (gc_is_live(obj)) {
            list->v[k++] = obj;
            continue;
        }
        obj->header &= ~(uintptr_t)GC_HDR_FINREG;
        if (!(obj->header & GC_HDR_NOFINAL))
            vec_push(&queue, obj);
    }
    list->n = k;
}

void gc_final_scan(int full)
{
    size_t first = queue.n;
    /* Every dead object is found before any is resurrected: an object reachable only
     * from another dead finalizable object is finalized too (in no particular order). */
    scan_list(&young_fin);
    if (full)
        scan_list(&old_fin);
    for (size_t i = first; i < queue.n; i++)
        gc_mark_ref(queue.v[i]);
    /* The survivors that are old now move to the old list; the ones that stay young stay
     * (a minor collection looks only at the young list). */
    {
        size_t k = 0;
        for (size_t i = 0; i < young_fin.n; i++) {
            if (full || gc_is_old(young_fin.v[i]))
                vec_push(&old_fin, young_fin.v[i]);
            else
                young_fin.v[k++] = young_fin.v[i];
        }
        young_fin.n = k;
    }
    gc_finalizers_pending = qhead < queue.n;
    gc_arm_safe_points();
}

int gc_final_ready(void)
{
    return gc_finalizers_pending && !running;
}

int gc_run_pending_finalizers(vm_thread *t)
{
    int ran = 0;
    if (running)
        return 0;                   /* a finalizer waiting for finalizers: nothing to do */
    running = 1;
    gc_arm_safe_points();           /* the finalizers' own safe points have no work */
    while (qhead < queue.n) {
        vm_object *obj = queue.v[qhead];    /* stays in the queue (a root) while it runs */
        int rc = 0;
        if (!(obj->header & GC_HDR_NOFINAL) && finalizer)
            rc = finalizer(t, obj);
        queue.v[qhead++] = NULL;
        if (rc < 0) {
            running = 0;
            gc_finalizers_pending = qhead < queue.n;
            gc_arm_safe_points();
            return -1;
        }
        ran++;
    }
    qhead = queue.n = 0;
    gc_finalizers_pending = 0;
    running = 0;
    gc_arm_safe_points();
    return ran;
}

void gc_final_visit(gc_visitor *v)
{
    for (size_t i = qhead; i < queue.n; i++)
        v->ref(v, &queue.v[i]);
}

/* How many registered objects (tests and statistics). */
size_t gc_final_registered(void)
{
    return young_fin.n + old_fin.n;
}
