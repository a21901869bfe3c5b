/*
 * interp_eh.c — two-pass exception handling over interpreter frames (ECMA-335
 * I.12.4.2.5). Pass 1 walks outward from the throw to find a handler, running filters
 * on the way; pass 2 then runs the finally/fault blocks, innermost first, as ordinary
 * code in their frames (endfinally comes back here), and enters the handler.
 *
 * An exception thrown while a finally runs for pass 2 starts a new pass 1; the unwind it
 * interrupted is kept on a small stack and resumed if the new exception is caught inside
 * that finally, or abandoned if it escapes it (.NET replaces the exception in flight).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "interp/interp.h"
#include "vm/exception.h"

#define MAX_NESTED_UNWINDS 32

typedef struct unwind_rec {
    vm_object *exc;
    uint32_t target_frame, target_clause, resume_frame, resume_clause;
    const ir_insn *unwind_ip;
    uint32_t finally_clause;        /* the finally that was running when interrupted */
} unwind_rec;

static unwind_rec saved[MAX_NESTED_UNWINDS];
static uint32_t nsaved;

static int in_range(uint32_t x, uint32_t lo, uint32_t hi) { return x >= lo && x < hi; }

/* How many of the frames from the top down to frame `lowest` a stack trace shows. */
static uint32_t trace_frames(const interp_stack *st, uint32_t lowest) {
    uint32_t n = 0;
    for (uint32_t i = lowest; i < st->nframes; i++)
        if (st->frames[i].irm && !(st->frames[i].flags & INTERP_F_FILTER))
            n++;
    return n;
}

/* Run the filter of clause ci of frame fi in a copy of that frame. 1: handle here. */
static int run_filter(vm_thread *t, interp_stack *st, uint32_t fi, uint32_t ci, vm_object *exc) {
    interp_frame *f = &st->frames[fi];
    ir_method *irm = f->irm;
    const ir_clause *c = &irm->clauses[ci];
    interp_frame *top = &st->frames[st->nframes - 1];
    vm_slot *nfp = top->fp + top->irm->frame_slots;
    uint32_t keep = irm->eval_base;     /* args, locals, hidden slots */
    if (nfp + irm->frame_slots >= st->slots_end || st->nframes + 1 >= st->maxframes)
        vm_fatal("stack overflow while running an exception filter");
    memcpy(nfp, f->fp, keep * sizeof(vm_slot));
    nfp[irm->eval_base].o = exc;
    nfp[c->exc_slot].o = exc;
    interp_frame *nf = &st->frames[st->nframes++];
    nf->irm = irm;
    nf->fp = nfp;
    nf->ip = irm->code + c->filter_start;
    nf->flags = INTERP_F_BOUNDARY | INTERP_F_CATCHES | INTERP_F_FILTER;
    nf->localloc_mark = st->ltop;
    nf->filter_result = 0;
    vm_object *pending = t->exception;
    t->exception = NULL;
    /* the filter's own frame record lives at index st->nframes - 1 until it returns */
    uint32_t my = st->nframes - 1;
    int r = interp_run_frame(t, st, my);
    int verdict = 0;
    if (r == 0) {
        verdict = st->frames[my].filter_result != 0;
        /* the filter may have changed locals: copy them back */
        memcpy(f->fp, nfp, keep * sizeof(vm_slot));
    }
    /* an exception escaping a filter is swallowed: the filter said no */
    t->exception = pending;
    return verdict;
}

/* Pass 2 from the top frame. 1: continue running at the top frame's ip; 0: leave run(). */
static int pass2(vm_thread *t, interp_stack *st, uint32_t entry) {
    vm_object *exc = st->unwind_exc;
    for (;;) {
        uint32_t fi = st->nframes - 1;
        interp_frame *f = &st->frames[fi];
        ir_method *irm = f->irm;
        if (st->resume_frame != fi) {
            st->resume_frame = fi;
            st->resume_clause = 0;
            st->unwind_ip = f->ip;
        }
        uint32_t at = (uint32_t)(st->unwind_ip - irm->code);
        /* a filter runs in a copy of its method's frame: the clauses around it belong to
         * the original frame, so none of them applies in the copy */
        uint32_t nclauses = (f->flags & INTERP_F_FILTER) ? 0 : irm->nclauses;
        for (uint32_t ci = st->resume_clause; ci < nclauses; ci++) {
            const ir_clause *c = &irm->clauses[ci];
            if (!in_range(at, c->try_start, c->try_end))
                continue;
            if (fi == st->target_frame && ci == st->target_clause) {
                f->fp[c->exc_slot].o = exc;
                f->fp[irm->eval_base].o = exc;
                f->ip = irm->code + c->handler_start;
                st->unwinding = 0;
                st->unwind_exc = NULL;
                t->exception = NULL;
                /* an interrupted unwind goes on if this handler is inside its finally */
                while (nsaved) {
                    unwind_rec *r = &saved[nsaved - 1];
                    int inside = fi > r->resume_frame ||
                                 (fi == r->resume_frame &&
                                  in_range(c->handler_start,
                                           irm->clauses[r->finally_clause].handler_start,
                                           irm->clauses[r->finally_clause].handler_end));
                    if (inside)
                        break;
                    nsaved--;   /* the exception escaped that finally: abandon its unwind */
                }
                return 1;
            }
            if (c->kind == MD_EH_FINALLY || c->kind == MD_EH_FAULT) {
                st->resume_clause = ci + 1;
                f->fp[c->ret_slot].i8 = INTERP_FINALLY_FROM_UNWIND;
                f->ip = irm->code + c->handler_start;
                t->exception = NULL;
                return 1;
            }
        }
        /* nothing more in this frame: pop it */
        if (fi == st->target_frame && st->target_clause == UINT32_MAX) {
            /* its finally blocks have run; the C caller below this frame handles it */
            st->unwinding = 0;
            st->unwind_exc = NULL;
            t->exception = exc;
            st->ltop = f->localloc_mark;
            st->nframes--;
            return 0;
        }
        uint32_t flags = f->flags;
        st->ltop = f->localloc_mark;
        st->nframes--;
        if (flags & INTERP_F_BOUNDARY || fi == entry) {
            t->exception = exc;
            return 0;
        }
    }
}

int interp_resume_unwind(vm_thread *t, interp_stack *st, uint32_t entry) {
    if (!st->unwinding) {
        /* an exception caught inside this finally interrupted its unwind: resume that */
        if (!nsaved)
            vm_fatal("endfinally for an unwind that is not in progress");
        unwind_rec *r = &saved[--nsaved];
        st->unwinding = 1;
        st->unwind_exc = r->exc;
        st->target_frame = r->target_frame;
        st->target_clause = r->target_clause;
        st->resume_frame = r->resume_frame;
        st->resume_clause = r->resume_clause;
        st->unwind_ip = r->unwind_ip;
    }
    return pass2(t, st, entry);
}

int interp_handle_exception(vm_thread *t, interp_stack *st, uint32_t entry) {
    vm_object *exc = t->exception;
    if (st->unwinding && st->unwind_exc == exc)
        return pass2(t, st, entry);     /* coming back from a C caller: keep going */

    /* a new exception: if an unwind is in progress (we are in one of its finallies),
     * keep it until we know whether this one escapes that finally */
    if (st->unwinding) {
        if (nsaved == MAX_NESTED_UNWINDS)
            vm_fatal("exceptions nested too deeply in finally blocks");
        unwind_rec *r = &saved[nsaved++];
        r->exc = st->unwind_exc;
        r->target_frame = st->target_frame;
        r->target_clause = st->target_clause;
        r->resume_frame = st->resume_frame;
        r->resume_clause = st->resume_clause;
        r->unwind_ip = st->unwind_ip;
        r->finally_clause = st->resume_clause ? st->resume_clause - 1 : 0;
        st->unwinding = 0;
    }

    /* pass 1. The trace ends at the handler's frame, as .NET's does, so it is recorded
     * once the handler is known; a filter, which may look at it before, sees every
     * frame. A rethrow appends from the caller of the rethrowing frame: that one ended
     * the trace as the catching frame already. */
    vm_object *earlier_trace = vm_exception_trace(exc);
    uint32_t skip = earlier_trace != NULL;
    int traced = 0;                 /* the whole stack recorded, for a filter */
    uint32_t fi = st->nframes;
    uint32_t found_clause = UINT32_MAX;
    int found = 0;
    while (fi-- > 0) {
        interp_frame *f = &st->frames[fi];
        ir_method *irm = f->irm;
        uint32_t at = (uint32_t)(f->ip - irm->code);
        uint32_t nclauses = (f->flags & INTERP_F_FILTER) ? 0 : irm->nclauses;
        for (uint32_t ci = 0; ci < nclauses && !found; ci++) {
            const ir_clause *c = &irm->clauses[ci];
            if (!in_range(at, c->try_start, c->try_end))
                continue;
            if (c->kind == MD_EH_CATCH && vm_isinst(exc, c->catch_type)) {
                found = 1;
                found_clause = ci;
            } else if (c->kind == MD_EH_FILTER) {
                if (!traced) {
                    vm_exception_capture_trace(t, exc, skip, UINT32_MAX);
                    traced = 1;
                }
                if (run_filter(t, st, fi, ci, exc)) {
                    found = 1;
                    found_clause = ci;
                }
            }
        }
        if (found)
            break;
        if (f->flags & INTERP_F_CATCHES) {
            found = 1;
            found_clause = UINT32_MAX;
            break;
        }
    }
    if (!found) {
        if (!traced)
            vm_exception_capture_trace(t, exc, skip, UINT32_MAX);
        interp_unhandled(t, exc);
    }
    if (!traced || fi > 0) {
        uint32_t n = trace_frames(st, fi);
        if (traced)
            vm_exception_set_trace(exc, earlier_trace);
        vm_exception_capture_trace(t, exc, skip, n > skip ? n - skip : 0);
    }
    st->unwinding = 1;
    st->unwind_exc = exc;
    st->target_frame = fi;
    st->target_clause = found_clause;
    st->resume_frame = UINT32_MAX;
    return pass2(t, st, entry);
}

_Noreturn void interp_unhandled(vm_thread *t, vm_object *exc) {
    char *text = vm_exception_to_string(t, exc);
    fflush(stdout);
    fprintf(stderr, "Unhandled exception. %s\n", text ? text : "(the exception's ToString failed)");
    fflush(stderr);
    free(text);
    abort();
}
