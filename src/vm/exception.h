/* exception.h — managed exception objects as the runtime sees them: stack traces and
 * their text. Raising lives in thread.h; the unwinder in interp/interp_eh.c. */
#ifndef ANYCLR_VM_EXCEPTION_H
#define ANYCLR_VM_EXCEPTION_H

#include "vm/icall.h"

/* Appends the frames from the top of the stack to the exception's recorded trace
 * (a throw starts a fresh trace; rethrow keeps the old one and appends). */
void vm_exception_capture_trace(vm_thread *t, vm_object *exc);
/* Forget the recorded trace (throw, not rethrow). */
void vm_exception_reset_trace(vm_object *exc);
/* exc.ToString() through the managed method, as malloc'd UTF-8; NULL if it failed. */
char *vm_exception_to_string(vm_thread *t, vm_object *exc);
/* The text of a recorded trace ("   at Ns.Type.Method(Int32)" lines), malloc'd. */
char *vm_exception_format_trace(vm_object *trace);

/* Interns a #US literal: the same contents give the same string object (a GC root). */
vm_string *vm_string_intern_utf16le(vm_thread *t, const uint8_t *utf16le, uint32_t nchars);

/* The runtime's intern table for String.Intern / IsInterned: NULL when absent and
 * add is 0 (or when adding failed: an exception is pending). */
vm_string *vm_string_intern(vm_thread *t, vm_string *str, int add);

/* Multi-dimensional arrays: 0 newobj, 1 Get, 2 Set, 3 Address, with the arguments (this
 * and indexes / lengths) in args and the result written to args[0]. */
int vm_mdarray_op(vm_thread *t, int which, vm_type *arr_type, vm_slot *args, uint32_t nargs);

#endif
