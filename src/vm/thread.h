/*
 * thread.h — a managed thread's runtime state and the one way C code raises managed
 * exceptions. Functions that may throw return -1 (or NULL) with t->exception set; the
 * caller propagates that status outward until the interpreter's unwinder (eh/) takes it.
 */
#ifndef ANYCLR_VM_THREAD_H
#define ANYCLR_VM_THREAD_H

#include "vm/vm.h"

struct vm_thread {
    vm_object *exception;       /* the pending exception, or NULL (a GC root) */
    void *interp;               /* the interpreter's stack of frames (interp/) */
    uint32_t native_depth;      /* nested native->managed re-entries (bounded) */
    int stack_overflow;         /* set while reporting a stack overflow */
    int lite_exceptions;        /* tools (anyclr verify): make exceptions without running
                                   their constructors, just the type and _message */
};

/* The current (only, for now) thread. */
vm_thread *vm_current_thread(void);

/* Raise exc on t: sets t->exception and returns -1. */
int vm_throw(vm_thread *t, vm_object *exc);
/*
 * Create and raise an exception of the core library type nspace.name: with msg == NULL
 * through its parameterless constructor (so .NET's default message), otherwise through
 * its (string) constructor. Always returns -1. If even creating it fails, the failure
 * that happened instead is what is pending.
 */
int vm_throw_new(vm_thread *t, const char *nspace, const char *name, const char *msg);
/* The same with a printf-formatted message. */
int vm_throw_newf(vm_thread *t, const char *nspace, const char *name, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* Shorthands for the exceptions the runtime raises most. All return -1. */
int vm_throw_null_ref(vm_thread *t);
int vm_throw_index_out_of_range(vm_thread *t);
int vm_throw_overflow(vm_thread *t);
int vm_throw_divide_by_zero(vm_thread *t);
int vm_throw_invalid_cast(vm_thread *t, vm_type *from, vm_type *to);
int vm_throw_out_of_memory(vm_thread *t);

/* A fatal runtime error (not a managed exception): message on stderr, exit status 1. */
_Noreturn void vm_fatal(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

#endif
