/* exception.c — stack traces recorded in exceptions, ToString for the unhandled-exception
 * report, interned string literals, class constructors and multi-dimensional arrays:
 * the runtime services the interpreter calls out of line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gc/gc.h"
#include "interp/interp.h"
#include "vm/exception.h"
#include "vm/object.h"

/* ---- stack traces: Exception._stackTrace is an IntPtr[] of (method, IL offset) pairs */

static vm_field *trace_field(void) {
    static vm_field *f;
    if (!f)
        f = vm_find_field(vm_b.exception, "_stackTrace");
    return f;
}

void vm_exception_reset_trace(vm_object *exc) {
    vm_field *f = trace_field();
    if (f && vm_is_assignable(vm_b.exception, exc->type))
        GC_STORE_REF((uint8_t *)exc + f->offset, NULL);
}

void vm_exception_capture_trace(vm_thread *t, vm_object *exc) {
    vm_field *f = trace_field();
    if (!f || !vm_is_assignable(vm_b.exception, exc->type))
        return;
    vm_method *methods[256];
    uint32_t offs[256];
    uint32_t n = interp_stack_trace(t, methods, offs, 256, 0);
    vm_array *old = *(vm_array **)((uint8_t *)exc + f->offset);
    uintptr_t oldn = old ? old->length : 0;
    vm_object *pending = t->exception;
    vm_array *arr = vm_new_szarray(t, vm_b.intptr, (intptr_t)(oldn + 2u * n));
    t->exception = pending;
    if (!arr)
        return;
    old = *(vm_array **)((uint8_t *)exc + f->offset);   /* may have moved */
    intptr_t *d = (intptr_t *)VM_ARRAY_DATA(arr);
    if (old && old->length == oldn)
        memcpy(d, VM_ARRAY_DATA(old), oldn * sizeof(intptr_t));
    for (uint32_t i = 0; i < n; i++) {
        d[oldn + 2 * i] = (intptr_t)methods[i];
        d[oldn + 2 * i + 1] = (intptr_t)offs[i];
    }
    GC_STORE_REF((uint8_t *)exc + f->offset, &arr->obj);
}

char *vm_exception_format_trace(vm_object *trace) {
    if (!trace)
        return NULL;
    vm_array *arr = (vm_array *)trace;
    intptr_t *d = (intptr_t *)VM_ARRAY_DATA(arr);
    size_t cap = 256, len = 0;
    char *out = malloc(cap);
    if (!out)
        return NULL;
    out[0] = 0;
    for (uintptr_t i = 0; i + 1 < arr->length; i += 2) {
        char name[400], line[460];
        vm_method_name((vm_method *)d[i], name, sizeof name);
        int n = snprintf(line, sizeof line, "%s   at %s", len ? "\n" : "", name);
        if (len + (size_t)n + 1 > cap) {
            cap = (len + (size_t)n + 1) * 2;
            char *x = realloc(out, cap);
            if (!x) {
                free(out);
                return NULL;
            }
            out = x;
        }
        memcpy(out + len, line, (size_t)n + 1);
        len += (size_t)n;
    }
    return out;
}

char *vm_exception_to_string(vm_thread *t, vm_object *exc) {
    vm_method *decl = vm_find_method(vm_b.object, "ToString", 0);
    vm_method *m = decl ? vm_resolve_virtual(t, exc->type, decl) : NULL;
    vm_slot args[1], ret[1];
    args[0].o = exc;
    t->exception = NULL;
    if (!m || interp_call(t, m, args, 1, ret, INTERP_F_CATCHES) || !ret[0].o) {
        /* ToString failed: say what the runtime itself knows, "Type: message" and the
         * recorded frames, so a failure is still diagnosable */
        char name[300];
        vm_type_name(exc->type, name, sizeof name);
        vm_field *mf = vm_find_field(vm_b.exception, "_message");
        vm_field *tf = trace_field();
        vm_string *msg = mf ? *(vm_string **)((uint8_t *)exc + mf->offset) : NULL;
        char *m8 = msg ? vm_string_to_utf8(msg) : NULL;
        char *tr = tf ? vm_exception_format_trace(*(vm_object **)((uint8_t *)exc + tf->offset)) : NULL;
        size_t n = strlen(name) + (m8 ? strlen(m8) : 0) + (tr ? strlen(tr) : 0) + 8;
        char *out = malloc(n);
        if (out)
            snprintf(out, n, "%s%s%s%s%s", name, m8 ? ": " : "", m8 ? m8 : "", tr ? "\n" : "",
                     tr ? tr : "");
        free(m8);
        free(tr);
        t->exception = NULL;
        return out;
    }
    return vm_string_to_utf8((vm_string *)ret[0].o);
}

/* ---- interned literals ------------------------------------------------------------ */

typedef struct intern_table {
    vm_object **slots;
    uint32_t cap, count;
} intern_table;

static intern_table interned;

static void scan_interned(gc_visitor *v, void *ctx) {
    (void)ctx;
    for (uint32_t i = 0; i < interned.cap; i++)
        if (interned.slots[i])
            v->ref(v, &interned.slots[i]);
}

static uint32_t hash_utf16(const uint16_t *s, uint32_t n) {
    uint32_t h = 2166136261u;
    for (uint32_t i = 0; i < n; i++)
        h = (h ^ s[i]) * 16777619u;
    return h;
}

static void intern_insert(vm_object *o) {
    vm_string *s = (vm_string *)o;
    uint32_t i = hash_utf16(s->chars, (uint32_t)s->length) & (interned.cap - 1);
    while (interned.slots[i])
        i = (i + 1) & (interned.cap - 1);
    interned.slots[i] = o;
}

vm_string *vm_string_intern_utf16le(vm_thread *t, const uint8_t *utf16le, uint32_t nchars) {
    uint16_t stackbuf[256] = {0};
    uint16_t *chars = nchars <= 256 ? stackbuf : malloc(nchars * sizeof(uint16_t));
    if (!chars)
        vm_fatal("out of memory");
    for (uint32_t i = 0; i < nchars; i++)
        chars[i] = md_utf16_at(utf16le, i);
    if (!interned.slots) {
        interned.cap = 1024;
        interned.slots = calloc(interned.cap, sizeof *interned.slots);
        if (!interned.slots)
            vm_fatal("out of memory");
        gc_add_root_scanner(scan_interned, NULL);
    }
    uint32_t h = hash_utf16(chars, nchars);
    for (uint32_t i = h & (interned.cap - 1); interned.slots[i]; i = (i + 1) & (interned.cap - 1)) {
        vm_string *s = (vm_string *)interned.slots[i];
        if ((uint32_t)s->length == nchars && !memcmp(s->chars, chars, nchars * 2)) {
            if (chars != stackbuf)
                free(chars);
            return s;
        }
    }
    vm_string *s = vm_string_from_utf16(t, chars, nchars);
    if (chars != stackbuf)
        free(chars);
    if (!s)
        return NULL;
    if ((interned.count + 1) * 2 > interned.cap) {
        vm_object **old = interned.slots;
        uint32_t oldcap = interned.cap;
        interned.cap *= 2;
        interned.slots = calloc(interned.cap, sizeof *interned.slots);
        if (!interned.slots)
            vm_fatal("out of memory");
        for (uint32_t i = 0; i < oldcap; i++)
            if (old[i])
                intern_insert(old[i]);
        free(old);
    }
    intern_insert(&s->obj);
    interned.count++;
    return s;
}

/* String.InternCore(str, add): the interned string equal to str (adding str itself
 * when add is set and there is none), else null. */
vm_string *vm_string_intern(vm_thread *t, vm_string *str, int add) {
    uint32_t n = (uint32_t)str->length;
    if (interned.slots) {
        uint32_t h = hash_utf16(str->chars, n);
        for (uint32_t i = h & (interned.cap - 1); interned.slots[i]; i = (i + 1) & (interned.cap - 1)) {
            vm_string *s = (vm_string *)interned.slots[i];
            if ((uint32_t)s->length == n && !memcmp(s->chars, str->chars, (size_t)n * 2))
                return s;
        }
    }
    if (!add)
        return NULL;
    /* the table stores little-endian UTF-16 keys only through the literal path, so
     * go through it with the string's own units */
    uint8_t *le = malloc((size_t)n * 2 + 1);
    if (!le)
        return NULL;
    for (uint32_t i = 0; i < n; i++) {
        le[2 * i] = (uint8_t)str->chars[i];
        le[2 * i + 1] = (uint8_t)(str->chars[i] >> 8);
    }
    vm_string *r = vm_string_intern_utf16le(t, le, n);
    free(le);
    return r;
}

/* ---- class constructors (ECMA-335 II.10.5.3) -------------------------------------- */

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

/* ---- multi-dimensional arrays ------------------------------------------------------ */

int vm_mdarray_op(vm_thread *t, int which, vm_type *at, vm_slot *args, uint32_t nargs) {
    uint32_t rank = at->rank;
    if (which == 0) {
        int32_t lengths[32], lows[32];
        if (rank > 32)
            return vm_throw_new(t, "System", "NotSupportedException", NULL);
        int with_bounds = nargs == 2 * rank;
        for (uint32_t i = 0; i < rank; i++) {
            lows[i] = with_bounds ? args[2 * i].i4 : 0;
            lengths[i] = with_bounds ? args[2 * i + 1].i4 : args[i].i4;
        }
        vm_array *a = at->kind == VM_KIND_SZARRAY ? vm_new_szarray(t, at->element, lengths[0])
                                                  : vm_new_mdarray(t, at, lengths, lows);
        if (!a)
            return -1;
        args[0].o = &a->obj;
        return 0;
    }
    vm_array *a = (vm_array *)args[0].o;
    if (!a)
        return vm_throw_null_ref(t);
    int32_t *bounds = VM_MDARRAY_BOUNDS(a);
    size_t index = 0;
    for (uint32_t i = 0; i < rank; i++) {
        int32_t len = bounds[2 * i], lo = bounds[2 * i + 1];
        int64_t k = (int64_t)args[1 + i].i4 - lo;
        if (k < 0 || k >= len)
            return vm_throw_index_out_of_range(t);
        index = index * (size_t)len + (size_t)k;
    }
    uint32_t esz = at->component_size;
    uint8_t *p = (uint8_t *)a + vm_mdarray_data_offset(rank) + index * esz;
    vm_type *et = at->element;
    if (which == 3) {
        args[0].p = p;
    } else if (which == 1) {
        if (vm_is_ref(et))
            args[0].o = *(vm_object **)p;
        else {
            vm_slot tmp[64];
            memset(tmp, 0, sizeof(vm_slot));
            memcpy(tmp, p, esz);
            /* small integers widen to int32 on the stack */
            switch (vm_stack_kind(et) == VM_SK_I4 ? esz : 0) {
            case 1: tmp[0].i4 = (et->elem == MD_ELEM_I1) ? *(int8_t *)p : *(uint8_t *)p; break;
            case 2: tmp[0].i4 = (et->elem == MD_ELEM_I2) ? *(int16_t *)p : *(uint16_t *)p; break;
            default: break;
            }
            memcpy(args, tmp, ((esz + 7) / 8) * sizeof(vm_slot));
        }
    } else {
        vm_slot *v = &args[1 + rank];
        if (vm_is_ref(et)) {
            vm_object *o = v->o;
            if (o && !vm_is_assignable(et, o->type))
                return vm_throw_new(t, "System", "ArrayTypeMismatchException", NULL);
            GC_STORE_REF(p, o);
        } else if (vm_stack_kind(et) == VM_SK_I4 && esz < 4) {
            if (esz == 1) *(int8_t *)p = (int8_t)v->i4;
            else { int16_t s = (int16_t)v->i4; memcpy(p, &s, 2); }
        } else {
            memmove(p, v, esz);
        }
    }
    return 0;
}
