/* exception.c — stack traces recorded in exceptions, and their text for the
 * unhandled-exception report. */
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

vm_object *vm_exception_trace(vm_object *exc) {
    vm_field *f = trace_field();
    if (!f || !vm_is_assignable(vm_b.exception, exc->type))
        return NULL;
    return *(vm_object **)((uint8_t *)exc + f->offset);
}

void vm_exception_set_trace(vm_object *exc, vm_object *trace) {
    vm_field *f = trace_field();
    if (f && vm_is_assignable(vm_b.exception, exc->type))
        GC_STORE_REF((uint8_t *)exc + f->offset, trace);
}

void vm_exception_capture_trace(vm_thread *t, vm_object *exc, uint32_t skip,
                                uint32_t max_frames) {
    vm_field *f = trace_field();
    if (!f || !vm_is_assignable(vm_b.exception, exc->type))
        return;
    vm_method *methods[256];
    uint32_t offs[256];
    uint32_t n = interp_stack_trace(t, methods, offs, max_frames < 256 ? max_frames : 256, skip);
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
