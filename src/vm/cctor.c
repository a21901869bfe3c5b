/* cctor.c — running class constructors (ECMA-335 II.10.5.3), and the
 * TypeInitializationException a failing one leaves behind for every later use. */
#include <stdlib.h>
#include <string.h>

#include "gc/gc.h"
#include "interp/interp.h"
#include "vm/object.h"

typedef struct cctor_failure {
    vm_type *type;
    vm_object *exc;     /* the TypeInitializationException, thrown again on each use */
    struct cctor_failure *next;
} cctor_failure;

static cctor_failure *failures;

static void scan_failures(gc_visitor *v, void *ctx) {
    (void)ctx;
    for (cctor_failure *f = failures; f; f = f->next)
        v->ref(v, &f->exc);
}

int vm_run_cctor(vm_thread *t, vm_type *type) {
    if (type->cctor_state == VM_CCTOR_DONE || type->cctor_state == VM_CCTOR_RUNNING)
        return 0;   /* running: a recursive access from the constructor itself */
    if (type->cctor_state == VM_CCTOR_FAILED) {
        for (cctor_failure *f = failures; f; f = f->next)
            if (f->type == type)
                return vm_throw(t, f->exc);
    }
    if (!type->cctor) {
        type->cctor_state = VM_CCTOR_DONE;
        return 0;
    }
    type->cctor_state = VM_CCTOR_RUNNING;
    if (interp_call(t, type->cctor, NULL, 0, NULL, INTERP_F_CATCHES) == 0) {
        type->cctor_state = VM_CCTOR_DONE;
        return 0;
    }
    vm_object *inner = t->exception;
    t->exception = NULL;
    type->cctor_state = VM_CCTOR_FAILED;
    vm_type *tie = vm_find_type(t, vm_corlib, "System", "TypeInitializationException");
    vm_method *ctor = NULL;
    if (tie && vm_type_prepare(t, tie, VM_TS_READY))
        tie = NULL;
    if (tie) {
        for (uint32_t i = 0; i < tie->nmethods; i++) {
            vm_method *m = tie->methods[i];
            if (strcmp(m->name, ".ctor") == 0 && m->sig.nparams == 2 &&
                m->sig.params[0] == vm_b.string)
                ctor = m;
        }
    }
    if (!ctor)
        return vm_throw(t, inner);
    char name[300];
    vm_type_name(type, name, sizeof name);
    vm_object *exc = vm_new_object(t, tie);
    vm_string *s = exc ? vm_string_from_utf8(t, name, strlen(name)) : NULL;
    if (!exc || !s)
        return -1;
    vm_slot args[3];
    args[0].o = exc;
    args[1].o = &s->obj;
    args[2].o = inner;
    if (interp_call(t, ctor, args, 3, NULL, 0))
        return -1;
    cctor_failure *f = calloc(1, sizeof *f);
    if (!f)
        vm_fatal("out of memory");
    if (!failures)
        gc_add_root_scanner(scan_failures, NULL);
    f->type = type;
    f->exc = exc;
    f->next = failures;
    failures = f;
    return vm_throw(t, exc);
}

