/* exception.h — managed exception objects as the runtime sees them: stack traces and
 * their text. Raising lives in thread.h; the unwinder in interp/interp_eh.c. */
#ifndef ANYCLR_VM_EXCEPTION_H
#define ANYCLR_VM_EXCEPTION_H

#include "vm/thread.h"

/* Appends max_frames frames of the stack, below the innermost `skip`, to the exception's
 * recorded trace (a throw starts a fresh trace; rethrow keeps the old one and appends). */
void vm_exception_capture_trace(vm_thread *t, vm_object *exc, uint32_t skip,
                                uint32_t max_frames);
/* The trace recorded so far (an IntPtr[] or NULL), and putting one back. */
vm_object *vm_exception_trace(vm_object *exc);
void vm_exception_set_trace(vm_object *exc, vm_object *trace);
/* Forget the recorded trace (throw, not rethrow). */
void vm_exception_reset_trace(vm_object *exc);
/* exc.ToString() through the managed method, as malloc'd UTF-8; NULL if it failed. */
char *vm_exception_to_string(vm_thread *t, vm_object *exc);
/* The text of a recorded trace ("   at Ns.Type.Method(Int32)" lines), malloc'd. */
char *vm_exception_format_trace(vm_object *trace);

#endif
