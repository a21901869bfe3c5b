/*
 * icall_table.c — the one table from "Namespace.Type::Method" to the C function of each
 * internal call of the core library (corlib/ICALLS.md lists them and their meaning).
 * (String's extern constructors are not here: the importer calls String.Ctor instead.)
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gc/gc.h"
#include "vm/exception.h"
#include "vm/icall_int.h"
#include "vm/object.h"
#include "vm/reflect.h"

/* ---- System.Object and runtime helpers ------------------------------------------- */

static int object_get_type(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_object *o = a[0].o;
    vm_object *rt = vm_runtime_type_object(t, o->type);
    if (!rt)
        return -1;
    r[0].o = rt;
    return 0;
}

static int object_memberwise_clone(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_object *c = vm_object_clone(t, a[0].o);
    if (!c)
        return -1;
    r[0].o = c;
    return 0;
}

static int helpers_get_hash_code(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    int32_t h = a[0].o ? vm_object_hash(a[0].o) : 0;
    r[0].i8 = 0;
    r[0].i4 = h;
    return 0;
}

static int exception_format_stack_trace(vm_thread *t, vm_slot *a, vm_slot *r) {
    char *s = vm_exception_format_trace(a[0].o);
    if (!s) {
        r[0].o = NULL;
        return 0;
    }
    int rc = icall_ret_string(t, r, s);
    free(s);
    return rc;
}

/* ---- System.String ------------------------------------------------------------------ */

static int string_fast_allocate(vm_thread *t, vm_slot *a, vm_slot *r) {
    int32_t n = a[0].i4;
    if (n < 0)
        return vm_throw_overflow(t);
    if (n > VM_STRING_MAX_LENGTH)
        return vm_throw_new(t, "System", "OutOfMemoryException", NULL);
    vm_string *s = gc_alloc_string(t, n);
    if (!s)
        return vm_throw_out_of_memory(t);
    r[0].o = &s->obj;
    return 0;
}

static int string_intern_core(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_string *s = (vm_string *)a[0].o;
    int add = a[1].i4 != 0;
    if (!s)
        return vm_throw_new(t, "System", "ArgumentNullException", "str");
    vm_string *x = vm_string_intern(t, s, add);
    if (!x && add)
        return -1;
    r[0].o = x ? &x->obj : NULL;
    return 0;
}

/* ---- the table ----------------------------------------------------------------------- */

const icall_entry vm_icalls_core[] = {
    {"System.Object::GetType", object_get_type},
    {"System.Object::MemberwiseClone", object_memberwise_clone},
    {"System.Runtime.CompilerServices.RuntimeHelpers::GetHashCode", helpers_get_hash_code},
    {"System.Exception::FormatStackTrace", exception_format_stack_trace},
    {"System.String::FastAllocateString", string_fast_allocate},
    {"System.String::InternCore", string_intern_core},
    {NULL, NULL},
};

static const icall_entry *const tables[] = {vm_icalls_core, vm_icalls_number, vm_icalls_array, vm_icalls_system,
                                             vm_icalls_type, vm_icalls_gc, vm_icalls_reflect,
                                             vm_icalls_file};

vm_icall_fn vm_icall_lookup(const vm_method *m) {
    char key[512];
    const vm_type *o = m->owner;
    /* nested types are keyed by their innermost name, as corlib never nests icalls */
    snprintf(key, sizeof key, "%s%s%s::%s", o->nspace, *o->nspace ? "." : "", o->name, m->name);
    for (size_t k = 0; k < sizeof tables / sizeof tables[0]; k++)
        for (const icall_entry *e = tables[k]; e->key; e++)
            if (strcmp(e->key, key) == 0)
                return e->fn;
    if (getenv("ANYCLR_TRACE_ICALL"))
        fprintf(stderr, "anyclr: no internal call '%s'\n", key);
    return NULL;
}
