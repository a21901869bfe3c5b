/*
 * interp.h — the interpreter: executes the importer's IR (il/ir.h) on a contiguous
 * stack of 8-byte slots, with a separate array of frame records that the collector and
 * the unwinder walk.
 */
#ifndef ANYCLR_INTERP_H
#define ANYCLR_INTERP_H

#include "il/ir.h"
#include "vm/icall.h"

/* Frame flags. A boundary frame is where a C caller entered the interpreter: its
 * return (or an exception unwinding past it) returns to that C caller. */
enum {
    INTERP_F_BOUNDARY = 1,      /* entered from C (interp_call) */
    INTERP_F_CATCHES = 2,       /* the C caller handles every exception (.cctor, filter) */
    INTERP_F_FILTER = 4,        /* runs an exception filter in a copy of its frame */
};

typedef struct interp_frame {
    ir_method *irm;
    vm_slot *fp;
    const ir_insn *ip;          /* the current instruction, saved before anything that may
                                   collect or throw */
    uint32_t flags;
    uint8_t *localloc_mark;     /* localloc memory to release on return */
    int32_t filter_result;      /* INTERP_F_FILTER: what endfilter said */
} interp_frame;

typedef struct interp_stack {
    vm_slot *slots, *slots_end;
    interp_frame *frames;
    uint32_t nframes, maxframes;
    uint8_t *lbuf, *ltop, *lend;    /* localloc memory */

    /* a call's arguments between being laid out and the callee's frame (or internal
     * call) taking them over: reported to the collector conservatively, since the
     * first call of a method imports it, and importing may allocate */
    vm_slot *pending_lo, *pending_hi;

    /* the second pass of an exception in flight (see interp_eh.c) */
    int unwinding;
    vm_object *unwind_exc;
    uint32_t target_frame;          /* frame index of the handler */
    uint32_t target_clause;         /* clause index, or UINT32_MAX: the boundary catches */
    uint32_t resume_clause;         /* next clause to look at in the top frame */
    uint32_t resume_frame;          /* the frame resume_clause belongs to */
    const ir_insn *unwind_ip;       /* where the exception passed the top frame */
} interp_stack;

int interp_init(vm_thread *t);

/* Calls m with arguments already laid out in slots (this first); the result, if any,
 * is copied to *ret (at most ret_slots slots). flags: INTERP_F_CATCHES for callers that
 * handle every exception themselves. Returns 0, or -1 with t->exception pending. */
int interp_call(vm_thread *t, vm_method *m, const vm_slot *args, uint32_t nargs_slots,
                vm_slot *ret, uint32_t flags);

/* Runs the frame record at index `entry` (already pushed) until it returns. */
int interp_run_frame(vm_thread *t, interp_stack *st, uint32_t entry);

/* The IR of a method, importing it on first use. NULL with an exception pending. */
ir_method *interp_prepare(vm_thread *t, vm_method *m);

/* Walks the managed frames, innermost first: (method, IL offset). Returns the count. */
uint32_t interp_stack_trace(vm_thread *t, vm_method **methods, uint32_t *il_offsets,
                            uint32_t max, uint32_t skip_frames_above);

/* The exception machinery (interp_eh.c), called by the dispatch loop: returns 1 when
 * execution continues in the (new) top frame at frames[nframes-1].ip, 0 when the
 * exception leaves this run (return -1 to the C caller). */
int interp_handle_exception(vm_thread *t, interp_stack *st, uint32_t entry_frame);
/* An endfinally reached while unwinding: continue the second pass. Same result. */
int interp_resume_unwind(vm_thread *t, interp_stack *st, uint32_t entry_frame);

/* Prints "Unhandled exception. ..." and ends the process as CoreCLR does (SIGABRT). */
_Noreturn void interp_unhandled(vm_thread *t, vm_object *exc);

#define INTERP_FINALLY_FROM_UNWIND 0x7FFFFFFF

#endif
