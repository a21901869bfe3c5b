/* thread.c — the current thread and raising managed exceptions from C. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gc/gc.h"
#include "interp/interp.h"
#include "vm/object.h"
#include "vm/thread.h"

static vm_thread main_thread;

vm_thread *vm_current_thread(void) { return &main_thread; }

int vm_throw(vm_thread *t, vm_object *exc) {
    t->exception = exc;
    return -1;
}

_Noreturn void vm_fatal(const char *fmt, ...) {
    va_list ap;
    fflush(stdout);
    fputs("anyclr: error: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(1);
}

int vm_throw_new(vm_thread *t, const char *nspace, const char *name, const char *msg) {
    static int depth;
    vm_type *type = vm_corlib ? vm_find_type(t, vm_corlib, nspace, name) : NULL;
    if (!type) {
        if (t->exception)
            return -1;
        vm_fatal("the core library has no %s.%s (raising it: %s)", nspace, name,
                 msg ? msg : "no message");
    }
    if (depth > 8)
        vm_fatal("exceptions while creating %s.%s: %s", nspace, name, msg ? msg : "");
    depth++;
    vm_object *exc = vm_new_object(t, type);
    int r = -1;
    if (exc && t->lite_exceptions) {
        vm_field *f = vm_find_field(vm_b.exception, "_message");
        vm_string *s = msg ? vm_string_from_utf8(t, msg, strlen(msg)) : NULL;
        if (f && s)
            GC_STORE_REF((uint8_t *)exc + f->offset, &s->obj);
        t->exception = exc;
        depth--;
        return -1;
    }
    if (exc) {
        vm_slot args[2];
        args[0].o = exc;
        vm_method *ctor;
        if (msg) {
            vm_string *s = vm_string_from_utf8(t, msg, strlen(msg));
            ctor = s ? vm_find_method(type, ".ctor", 1) : NULL;
            args[1].o = s ? &s->obj : NULL;
            if (s && ctor && ctor->sig.params[0] == vm_b.string)
                r = interp_call(t, ctor, args, 2, NULL, 0);
            else if (s)
                vm_fatal("%s.%s has no (string) constructor", nspace, name);
        } else {
            ctor = vm_find_method(type, ".ctor", 0);
            if (!ctor)
                vm_fatal("%s.%s has no parameterless constructor", nspace, name);
            r = interp_call(t, ctor, args, 1, NULL, 0);
        }
        if (r == 0)
            t->exception = exc;
    }
    depth--;
    return -1;
}

int vm_throw_newf(vm_thread *t, const char *nspace, const char *name, const char *fmt, ...) {
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return vm_throw_new(t, nspace, name, buf);
}

int vm_throw_null_ref(vm_thread *t) {
    return vm_throw_new(t, "System", "NullReferenceException", NULL);
}
int vm_throw_index_out_of_range(vm_thread *t) {
    return vm_throw_new(t, "System", "IndexOutOfRangeException", NULL);
}
int vm_throw_overflow(vm_thread *t) {
    return vm_throw_new(t, "System", "OverflowException", NULL);
}
int vm_throw_divide_by_zero(vm_thread *t) {
    return vm_throw_new(t, "System", "DivideByZeroException", NULL);
}
int vm_throw_out_of_memory(vm_thread *t) {
    /* what CoreCLR says when the heap is exhausted (not the parameterless default) */
    return vm_throw_new(t, "System", "OutOfMemoryException",
                        "Exception of type 'System.OutOfMemoryException' was thrown.");
}
int vm_throw_invalid_cast(vm_thread *t, vm_type *from, vm_type *to) {
    char a[300], b[300];
    vm_type_name(from, a, sizeof a);
    vm_type_name(to, b, sizeof b);
    return vm_throw_newf(t, "System", "InvalidCastException",
                         "Unable to cast object of type '%s' to type '%s'.", a, b);
}
