/*
 * interp.c — the dispatch loop. Hot state (ip, fp) lives in locals and is written back
 * to the frame record (SAVE) before anything that may collect or throw, so the
 * collector and the unwinder always see an exact instruction and frame.
 *
 * Dispatch is computed goto where the compiler has it, a switch otherwise; both come
 * from the same two macros (CASE, NEXT) over the op list in il/ir_ops.def.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gc/gc.h"
#include "il/il.h"
#include "interp/interp.h"
#include "vm/exception.h"
#include "vm/object.h"

#if defined(__GNUC__) && !defined(ANYCLR_NO_COMPUTED_GOTO)
#define USE_COMPUTED_GOTO 1
#endif

#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)

#define STACK_SLOTS (1u << 21)      /* 16 MB of slots */
#define MAX_FRAMES 200000u
#define LOCALLOC_SIZE (8u << 20)

static interp_stack *stack_of(vm_thread *t) { return (interp_stack *)t->interp; }

/* ---- injected faults, for testing the test runner ---------------------------------- */

#ifdef ANYCLR_INJECT_FAULTS
/*
 * Only in a build made with -DANYCLR_INJECT_FAULTS (tests/runner/faults.sh makes one):
 * ANYCLR_TEST_FAULT=callvirt-throw:TYPE makes every virtual call on an object of type
 * TYPE (its full name) throw InvalidOperationException; crash:OP makes IR operation OP
 * (e.g. NEWARR) crash with SIGSEGV. It shows what a porter sees when one thing is broken.
 */
#include <signal.h>
static const char *fault_type_name;
static int fault_crash_op = -1;

static void faults_init(void) {
    const char *f = getenv("ANYCLR_TEST_FAULT");
    if (!f)
        return;
    if (strncmp(f, "callvirt-throw:", 15) == 0)
        fault_type_name = f + 15;
    else if (strncmp(f, "crash:", 6) == 0)
        for (int op = 0; op < IR_OP_COUNT; op++)
            if (strcmp(ir_op_names[op], f + 6) == 0)
                fault_crash_op = op;
}

static int fault_callvirt(vm_thread *t, vm_object *o) {
    char name[300];
    if (!fault_type_name)
        return 0;
    vm_type_name(o->type, name, sizeof name);
    if (strcmp(name, fault_type_name) != 0)
        return 0;
    vm_throw_newf(t, "System", "InvalidOperationException", "injected fault: callvirt on %s", name);
    return 1;
}
#define FAULT_CALLVIRT(t, o) fault_callvirt(t, o)
#define FAULT_OP(op) do { if ((int)(op) == fault_crash_op) raise(SIGSEGV); } while (0)
#else
#define faults_init() ((void)0)
#define FAULT_CALLVIRT(t, o) 0
#define FAULT_OP(op) ((void)0)
#endif

/* ---- GC roots: every frame, precisely ------------------------------------------- */

static void scan_map(gc_visitor *v, vm_slot *fp, const ir_gcmap *g) {
    for (uint32_t i = 0; i < g->nrefs; i++)
        v->ref(v, (vm_object **)((uint8_t *)fp + g->refs[i]));
    for (uint32_t i = 0; i < g->nbyrefs; i++)
        v->interior(v, (void **)((uint8_t *)fp + g->byrefs[i]));
}

static void scan_frames(gc_visitor *v, void *ctx) {
    vm_thread *t = ctx;
    interp_stack *st = stack_of(t);
    if (t->exception)
        v->ref(v, &t->exception);
    if (st->unwind_exc)
        v->ref(v, &st->unwind_exc);
    if (st->pending_hi > st->pending_lo)
        v->range(v, st->pending_lo, st->pending_hi);
    for (uint32_t i = 0; i < st->nframes; i++) {
        interp_frame *f = &st->frames[i];
        if (!f->irm)
            continue;
        scan_map(v, f->fp, &f->irm->fixed);
        /* the evaluation stack is live only at a call or allocation site */
        if (f->ip && f->ip->gcmap != IR_NO_MAP)
            scan_map(v, f->fp, &f->irm->maps[f->ip->gcmap]);
    }
}

/*
 * The collector's finalizer hook: obj.Finalize(), virtually. It runs on top of whatever
 * the thread was doing (a safe point, GC.WaitForPendingFinalizers), as if on a thread of
 * its own: an exception stops at its boundary frame (on .NET nothing on the finalizer
 * thread catches it, so the caller reports it as unhandled), and an exception that the
 * interrupted code was unwinding is put back afterwards.
 */
static int run_finalizer(vm_thread *t, vm_object *obj) {
    vm_method *m = obj->type->finalizer;
    if (!m)
        return 0;
    vm_object *interrupted = t->exception;     /* also st->unwind_exc, a root, if any */
    vm_slot args[1];
    args[0].o = obj;
    t->exception = NULL;
    if (interp_call(t, m, args, 1, NULL, INTERP_F_CATCHES))
        return -1;
    t->exception = interrupted;
    return 0;
}

int interp_init(vm_thread *t) {
    interp_stack *st = calloc(1, sizeof *st);
    if (!st)
        return -1;
    st->slots = calloc(STACK_SLOTS, sizeof(vm_slot));
    st->frames = calloc(MAX_FRAMES, sizeof(interp_frame));
    st->lbuf = malloc(LOCALLOC_SIZE);
    if (!st->slots || !st->frames || !st->lbuf)
        return -1;
    st->slots_end = st->slots + STACK_SLOTS;
    st->maxframes = MAX_FRAMES;
    st->ltop = st->lbuf;
    st->lend = st->lbuf + LOCALLOC_SIZE;
    t->interp = st;
    gc_add_root_scanner(scan_frames, t);
    faults_init();
    /* finalizers run at loop back edges (SAFEPOINT) and in GC.WaitForPendingFinalizers;
     * XXX a finalizer thread once threads exist */
    gc_set_finalizer(run_finalizer);
    return 0;
}

ir_method *interp_prepare(vm_thread *t, vm_method *m) {
    if (m->code)
        return m->code;
    if (m->flags & VM_MF_ABSTRACT) {
        char name[300];
        vm_method_name(m, name, sizeof name);
        vm_throw_newf(t, "System", "EntryPointNotFoundException", "Abstract method '%s' called.",
                      name);
        return NULL;
    }
    ir_method *irm = ir_import(t, m, vm_host);
    if (irm) {
        m->code = irm;
        if (getenv("ANYCLR_TRACE_IR"))
            ir_print(irm, stderr);
    }
    return irm;
}

_Noreturn static void stack_overflow(vm_thread *t) {
    interp_stack *st = stack_of(t);
    fflush(stdout);
    fputs("Stack overflow.\n", stderr);
    /* the innermost frames, with a run of one repeated method said once */
    uint32_t i = st->nframes, shown = 0;
    while (i-- > 0 && shown < 20) {
        ir_method *irm = st->frames[i].irm;
        if (!irm)
            continue;
        uint32_t same = 1;
        while (i > 0 && st->frames[i - 1].irm == irm) {
            i--;
            same++;
        }
        char name[300];
        vm_method_name(irm->method, name, sizeof name);
        if (same > 1)
            fprintf(stderr, "Repeated %u times:\n--------------------------------\n   at %s\n"
                            "--------------------------------\n", same, name);
        else
            fprintf(stderr, "   at %s\n", name);
        shown++;
    }
    fflush(stderr);
    abort();
}

/* ---- helpers the loop calls out of line ---------------------------------------- */

static vm_field *f_target, *f_methodptr, *f_invlist, *f_invcount, *f_rth_value,
    *f_rfh_value, *f_rmh_value;

static void find_runtime_fields(void) {
    if (f_target)
        return;
    f_target = vm_find_field(vm_b.delegate, "_target");
    f_methodptr = vm_find_field(vm_b.delegate, "_methodPtr");
    f_invlist = vm_find_field(vm_b.multicast_delegate, "_invocationList");
    f_invcount = vm_find_field(vm_b.multicast_delegate, "_invocationCount");
    f_rth_value = vm_find_field(vm_b.runtime_type_handle, "_value");
    f_rfh_value = vm_find_field(vm_b.runtime_field_handle, "_value");
    f_rmh_value = vm_find_field(vm_b.runtime_method_handle, "_value");
    if (!f_target || !f_methodptr || !f_invlist || !f_invcount)
        vm_fatal("the core library's Delegate lacks _target/_methodPtr/_invocationList");
}

#define FIELD(obj, f, T) (*(T *)((uint8_t *)(obj) + (f)->offset))

/* The interned string for an ldstr token. */
static vm_object *ldstr(vm_thread *t, vm_module *mod, uint32_t token) {
    uint32_t row = MD_TOKEN_ROW(token);
    if (!mod->strings || row >= mod->nstrings) {
        uint32_t n = row + 1024;
        vm_object **s = realloc(mod->strings, n * sizeof *s);
        if (!s)
            vm_fatal("out of memory");
        memset(s + mod->nstrings, 0, (n - mod->nstrings) * sizeof *s);
        mod->strings = s;
        mod->nstrings = n;
    }
    if (mod->strings[row])
        return mod->strings[row];
    const uint8_t *data;
    uint32_t nchars;
    md_error err;
    if (md_user_string(mod->img, row, &data, &nchars, &err)) {
        vm_throw_newf(t, "System", "BadImageFormatException", "%s", err.msg);
        return NULL;
    }
    vm_string *s = vm_string_intern_utf16le(t, data, nchars);
    if (!s)
        return NULL;
    mod->strings[row] = &s->obj;
    return &s->obj;
}

/* Box the value at p as type (Nullable<T>: null or a boxed T). */
static vm_object *box_value(vm_thread *t, vm_type *type, const void *p) {
    return vm_box(t, type, p);
}

/* Unbox with the checks of unbox/unbox.any: the address of the value, or NULL with an
 * exception pending. For Nullable<T> (the caller makes a null box a null Nullable) the box
 * must hold exactly T: CoreCLR lets an enum and its underlying primitive stand for each
 * other only outside Nullable, and its InvalidCastException names Nullable<T>. */
static void *unbox_ptr(vm_thread *t, vm_object *o, vm_type *type) {
    if (!o) {
        vm_throw_null_ref(t);
        return NULL;
    }
    vm_type *want = (type->flags & VM_TF_NULLABLE) ? type->inst[0] : type;
    vm_type *ot = o->type;
    if (ot != want) {
        vm_type *a = (ot->flags & VM_TF_ENUM) ? ot->element : ot;
        vm_type *b = (want->flags & VM_TF_ENUM) ? want->element : want;
        if (want != type || a != b) {
            vm_throw_invalid_cast(t, ot, type);
            return NULL;
        }
    }
    return (uint8_t *)o + VM_OBJ_HEADER_SIZE;
}

/* unbox.any on a value type into dst (Nullable-aware). */
static int unbox_any(vm_thread *t, vm_object *o, vm_type *type, void *dst) {
    uint32_t size = vm_value_size(type);
    if (type->flags & VM_TF_NULLABLE) {
        vm_type *inner = type->inst[0];
        vm_field *hv = vm_find_field(type, "hasValue"), *val = vm_find_field(type, "value");
        memset(dst, 0, size);
        if (!o)
            return 0;
        void *p = unbox_ptr(t, o, type);
        if (!p)
            return -1;
        *(uint8_t *)((uint8_t *)dst + hv->offset) = 1;
        memcpy((uint8_t *)dst + val->offset, p, vm_value_size(inner));
        return 0;
    }
    void *p = unbox_ptr(t, o, type);
    if (!p)
        return -1;
    memmove(dst, p, size);
    return 0;
}

/* Store a value type with references through a pointer, with the barrier. */
static void store_vt(void *dst, const void *src, vm_type *type, uint32_t size) {
    memmove(dst, src, size);
    if (type && (type->flags & VM_TF_HAS_REFS) && gc_card_table)
        for (uint32_t i = 0; i < type->nrefs; i++) {
            vm_object **slot = (vm_object **)((uint8_t *)dst + type->ref_offsets[i]);
            GC_STORE_REF(slot, *slot);
        }
}

static int check_stelem_ref(vm_thread *t, vm_array *arr, vm_object *val) {
    if (!val)
        return 0;
    vm_type *et = arr->obj.type->element;
    if (et == vm_b.object || val->type == et)
        return 0;
    if (vm_is_assignable(et, val->type))
        return 0;
    return vm_throw_new(t, "System", "ArrayTypeMismatchException", NULL);
}

static vm_object *new_delegate(vm_thread *t, vm_type *dtype, vm_object *target,
                               vm_method *m) {
    find_runtime_fields();
    vm_object *d = vm_new_object(t, dtype);
    if (!d)
        return NULL;
    GC_STORE_REF(&FIELD(d, f_target, vm_object *), target);
    FIELD(d, f_methodptr, vm_method *) = m;
    return d;
}

/* Calls one (single-cast) delegate from C: args[0] is the delegate's slot, its
 * parameters follow in nslots slots; the result goes to ret. */
static int call_delegate(vm_thread *t, vm_object *d, const vm_slot *args, uint32_t nslots,
                         vm_slot *ret) {
    vm_method *m = FIELD(d, f_methodptr, vm_method *);
    vm_object *target = FIELD(d, f_target, vm_object *);
    vm_slot a[64];
    if (!m)
        return vm_throw_null_ref(t);
    if (nslots > 63)
        return vm_throw_new(t, "System", "NotSupportedException", "too many delegate arguments");
    memcpy(a + 1, args + 1, nslots * sizeof(vm_slot));
    if (!target)   /* open: the first parameter is the callee's first (or its this) */
        return interp_call(t, m, a + 1, nslots, ret, 0);
    if ((m->flags & VM_MF_VIRTUAL) && target->type != m->owner) {
        m = vm_resolve_virtual(t, target->type, m);
        if (!m)
            return -1;
    }
    a[0].o = target;
    if ((m->sig.callconv & MD_CC_HASTHIS) && m->owner->kind == VM_KIND_VALUETYPE)
        a[0].p = (uint8_t *)target + VM_OBJ_HEADER_SIZE;
    return interp_call(t, m, a, nslots + 1, ret, 0);
}

/* Invoke of a delegate from C: each delegate of a multicast list in turn with the same
 * arguments, the last one's result kept. The result replaces args[0..]. */
static int invoke_delegate(vm_thread *t, vm_object *del, vm_slot *args, uint32_t nslots,
                           vm_method *invoke) {
    find_runtime_fields();
    vm_slot ret[16] = {{0}};
    uint32_t ret_slots = invoke->sig.ret ? (vm_value_size(invoke->sig.ret) + 7) / 8 : 0;
    vm_array *list = (vm_array *)FIELD(del, f_invlist, vm_object *);
    if (!list) {
        if (call_delegate(t, del, args, nslots, ret))
            return -1;
    } else {
        intptr_t count = FIELD(del, f_invcount, intptr_t);
        for (intptr_t i = 0; i < count; i++) {
            /* the list is re-read each time: it is reachable from del, a live argument */
            list = (vm_array *)FIELD(del, f_invlist, vm_object *);
            vm_object *d = ((vm_object **)VM_ARRAY_DATA(list))[i];
            if (call_delegate(t, d, args, nslots, ret))
                return -1;
        }
    }
    if (ret_slots > 16)
        return vm_throw_new(t, "System", "NotSupportedException", "delegate result too large");
    memcpy(args, ret, ret_slots * sizeof(vm_slot));
    return 0;
}

/* ---- the loop ------------------------------------------------------------------- */

#define SAVE() (frame->ip = ip)

/* Overflow helpers. */
#define ADD_OVF(a, b, r) __builtin_add_overflow(a, b, r)
#define SUB_OVF(a, b, r) __builtin_sub_overflow(a, b, r)
#define MUL_OVF(a, b, r) __builtin_mul_overflow(a, b, r)

/* Saturating float-to-integer conversions, as .NET 9+ does on every CPU. */
#define SAT(T, MIN, MAX, x) ((x) != (x) ? (T)0 : (x) <= (double)(MIN) ? (T)(MIN) : \
                             (x) >= (double)(MAX) ? (T)(MAX) : (T)(x))

static int64_t sat_i8(double x) {
    if (x != x) return 0;
    if (x <= -9223372036854775808.0) return INT64_MIN;
    if (x >= 9223372036854775808.0) return INT64_MAX;
    return (int64_t)x;
}
static uint64_t sat_u8(double x) {
    if (x != x || x <= 0) return 0;
    if (x >= 18446744073709551616.0) return UINT64_MAX;
    return (uint64_t)x;
}
static int32_t sat_i4(double x) { return SAT(int32_t, INT32_MIN, INT32_MAX, x); }
static uint32_t sat_u4(double x) { return x != x || x <= 0 ? 0 : x >= 4294967295.0 ? UINT32_MAX : (uint32_t)x; }



int interp_call(vm_thread *t, vm_method *m, const vm_slot *args, uint32_t nargs_slots,
                vm_slot *ret, uint32_t flags) {
    interp_stack *st = stack_of(t);
    if (t->native_depth > 200) {
        stack_overflow(t);
    }
    vm_slot *base = st->slots;
    if (st->nframes) {
        interp_frame *top = &st->frames[st->nframes - 1];
        /* a frame being replaced (tail call, jmp) has no method while its successor is
         * imported: its slots are the pending range then */
        base = top->irm ? top->fp + top->irm->frame_slots : st->pending_hi;
    }
    if (st->pending_hi > base)
        base = st->pending_hi;
    /* internal calls and delegate Invoke have no frame of their own */
    if (m->flags & VM_MF_INTERNALCALL) {
        vm_icall_fn fn = m->icall ? (vm_icall_fn)m->icall : vm_icall_lookup(m);
        if (!fn) {
            char name[300];
            vm_method_name(m, name, sizeof name);
            return vm_throw_newf(t, "System", "MissingMethodException",
                                 "Internal call not implemented: '%s'.", name);
        }
        m->icall = (void *)fn;
        vm_slot tmp[64];
        if (nargs_slots > 64)
            return vm_throw_new(t, "System", "NotSupportedException", "too many arguments");
        if (nargs_slots)
            memcpy(tmp, args, nargs_slots * sizeof(vm_slot));
        if ((m->sig.callconv & MD_CC_HASTHIS) && (!nargs_slots || !tmp[0].p))
            return vm_throw_null_ref(t);
        int r = fn(t, tmp, tmp);
        if (r == 0 && ret && m->sig.ret)
            memcpy(ret, tmp, ((vm_value_size(m->sig.ret) + 7) / 8) * sizeof(vm_slot));
        return r;
    }
    ir_method *irm = interp_prepare(t, m);
    if (!irm)
        return -1;
    if (base + irm->frame_slots + nargs_slots >= st->slots_end || st->nframes + 1 >= st->maxframes)
        stack_overflow(t);
    if (nargs_slots)
        memcpy(base, args, nargs_slots * sizeof(vm_slot));
    memset(base + irm->nargs_slots, 0, irm->nlocals_slots * sizeof(vm_slot));
    interp_frame *f = &st->frames[st->nframes++];
    f->irm = irm;
    f->fp = base;
    f->ip = irm->code;
    f->flags = INTERP_F_BOUNDARY | flags;
    f->localloc_mark = st->ltop;
    t->native_depth++;
    int r = interp_run_frame(t, st, st->nframes - 1);
    t->native_depth--;
    if (r == 0 && ret && m->sig.ret)
        memcpy(ret, base, ((irm->ret_size + 7) / 8) * sizeof(vm_slot));
    return r;
}

/*
 * The interpreter loop's own C frame is a hole in the collector's conservative scan of
 * the C stack: every reference the loop works on lives in frame slots that are reported
 * precisely, and stale copies in its spill slots would keep dead objects alive. Both
 * ends come from the same probe function called at the loop's depth: hi from the
 * wrapper just before it calls the loop (below the wrapper's frame, where
 * __builtin_unwind_init has put the caller's registers), lo from the loop itself, raised
 * by more than the probe's own frame so that no callee's frame is ever inside.
 */
#define STACK_PROBE_MARGIN 256

__attribute__((noinline)) static const char *stack_probe(void) {
    return __builtin_frame_address(0);
}

static int interp_loop(vm_thread *t, interp_stack *st, uint32_t entry, gc_stack_hole *hole);

__attribute__((noinline)) int interp_run_frame(vm_thread *t, interp_stack *st, uint32_t entry) {
    __builtin_unwind_init();
    gc_stack_hole hole = {NULL, stack_probe(), NULL, NULL};
    gc_push_stack_hole(&hole);
    int r = interp_loop(t, st, entry, &hole);
    gc_pop_stack_hole(&hole);
    return r;
}

__attribute__((noinline)) static int interp_loop(vm_thread *t, interp_stack *st, uint32_t entry,
                                                 gc_stack_hole *hole) {
    hole->lo = stack_probe() + STACK_PROBE_MARGIN;
    interp_frame *frame = &st->frames[st->nframes - 1];
    const ir_insn *ip = frame->ip;
    const ir_insn *code = frame->irm->code;
    vm_slot *fp = frame->fp;
    vm_method *callee;
    vm_slot *nfp;

#ifdef USE_COMPUTED_GOTO
    static const void *const labels[IR_OP_COUNT] = {
#define IR(name, operands) &&L_##name,
#include "il/ir_ops.def"
#undef IR
    };
#define CASE(name) L_##name:
#define DISPATCH() do { FAULT_OP(ip->op); goto *labels[ip->op]; } while (0)
#define NEXT() do { ip++; DISPATCH(); } while (0)
    DISPATCH();
#else
#define CASE(name) case IR_##name:
#define DISPATCH() goto dispatch
#define NEXT() do { ip++; goto dispatch; } while (0)
dispatch:
    FAULT_OP(ip->op);
    switch ((enum ir_op)ip->op) {
#endif

#define D (fp[ip->d])
#define A (fp[ip->a])
#define B (fp[ip->b])
#define PA(x) ((uint8_t *)(x).p)
#define THROW_IF(cond, expr) do { if (UNLIKELY(cond)) { SAVE(); expr; goto exception; } } while (0)
#define NULLCHK(p) THROW_IF(!(p), vm_throw_null_ref(t))

    CASE(NOP) NEXT();
    CASE(BREAK) NEXT();
    CASE(LDC_I4) D.i8 = 0; D.i4 = ip->imm.i4; NEXT();
    CASE(LDC_I8) D.i8 = ip->imm.i8; NEXT();
    CASE(LDC_R4) D.i8 = 0; D.r4 = ip->imm.r4; NEXT();
    CASE(LDC_R8) D.r8 = ip->imm.r8; NEXT();
    CASE(LDNULL) D.i8 = 0; NEXT();
    CASE(MOV_4) D.u4 = A.u4; NEXT();
    CASE(MOV_8) D = A; NEXT();
    CASE(MOV_VT) memmove(&D, &A, ip->size); NEXT();
    CASE(ZERO_VT) memset(&D, 0, ip->size); NEXT();

    CASE(LDS_I1) D.i4 = *(int8_t *)((uint8_t *)&A + ip->imm.off); NEXT();
    CASE(LDS_U1) D.i4 = *(uint8_t *)((uint8_t *)&A + ip->imm.off); NEXT();
    CASE(LDS_I2) { int16_t v; memcpy(&v, (uint8_t *)&A + ip->imm.off, 2); D.i4 = v; NEXT(); }
    CASE(LDS_U2) { uint16_t v; memcpy(&v, (uint8_t *)&A + ip->imm.off, 2); D.i4 = v; NEXT(); }
    CASE(LDS_4) { uint32_t v; memcpy(&v, (uint8_t *)&A + ip->imm.off, 4); D.u4 = v; NEXT(); }
    CASE(LDS_8) { uint64_t v; memcpy(&v, (uint8_t *)&A + ip->imm.off, 8); D.u8 = v; NEXT(); }
    CASE(LDS_P) { void *v; memcpy(&v, (uint8_t *)&A + ip->imm.off, sizeof v); D.p = v; NEXT(); }
    CASE(LDS_VT) memmove(&D, (uint8_t *)&A + ip->imm.off, ip->size); NEXT();
    CASE(STS_1) D.i4 = (int8_t)A.i4; NEXT();
    CASE(STS_2) D.i4 = (int16_t)A.i4; NEXT();
    CASE(LDLOCA) D.p = (uint8_t *)&A + ip->imm.off; NEXT();

    CASE(LD_I1) { uint8_t *p = PA(A); NULLCHK(p); D.i4 = *(int8_t *)(p + ip->imm.off); NEXT(); }
    CASE(LD_U1) { uint8_t *p = PA(A); NULLCHK(p); D.i4 = *(uint8_t *)(p + ip->imm.off); NEXT(); }
    CASE(LD_I2) { uint8_t *p = PA(A); NULLCHK(p); int16_t v; memcpy(&v, p + ip->imm.off, 2); D.i4 = v; NEXT(); }
    CASE(LD_U2) { uint8_t *p = PA(A); NULLCHK(p); uint16_t v; memcpy(&v, p + ip->imm.off, 2); D.i4 = v; NEXT(); }
    CASE(LD_I4) { uint8_t *p = PA(A); NULLCHK(p); uint32_t v; memcpy(&v, p + ip->imm.off, 4); D.u4 = v; NEXT(); }
    CASE(LD_I8) { uint8_t *p = PA(A); NULLCHK(p); uint64_t v; memcpy(&v, p + ip->imm.off, 8); D.u8 = v; NEXT(); }
    CASE(LD_R4) { uint8_t *p = PA(A); NULLCHK(p); float v; memcpy(&v, p + ip->imm.off, 4); D.r4 = v; NEXT(); }
    CASE(LD_R8) { uint8_t *p = PA(A); NULLCHK(p); double v; memcpy(&v, p + ip->imm.off, 8); D.r8 = v; NEXT(); }
    CASE(LD_P) { uint8_t *p = PA(A); NULLCHK(p); void *v; memcpy(&v, p + ip->imm.off, sizeof v); D.p = v; NEXT(); }
    CASE(LD_VT) { uint8_t *p = PA(A); NULLCHK(p); memmove(&D, p + ip->imm.off, ip->size); NEXT(); }
    CASE(ST_1) { uint8_t *p = PA(A); NULLCHK(p); *(int8_t *)(p + ip->imm.off) = (int8_t)B.i4; NEXT(); }
    CASE(ST_2) { uint8_t *p = PA(A); NULLCHK(p); int16_t v = (int16_t)B.i4; memcpy(p + ip->imm.off, &v, 2); NEXT(); }
    CASE(ST_4) { uint8_t *p = PA(A); NULLCHK(p); memcpy(p + ip->imm.off, &B.u4, 4); NEXT(); }
    CASE(ST_8) { uint8_t *p = PA(A); NULLCHK(p); memcpy(p + ip->imm.off, &B.u8, 8); NEXT(); }
    CASE(ST_P) { uint8_t *p = PA(A); NULLCHK(p); memcpy(p + ip->imm.off, &B.p, sizeof(void *)); NEXT(); }
    CASE(ST_REF) { uint8_t *p = PA(A); NULLCHK(p); GC_STORE_REF(p + ip->imm.off, B.o); NEXT(); }
    CASE(ST_VT) { uint8_t *p = PA(A); NULLCHK(p); store_vt(p + ip->imm.off, &B, ip->cache, ip->size); NEXT(); }
    CASE(LDFLDA) { uint8_t *p = PA(A); NULLCHK(p); D.p = p + ip->imm.off; NEXT(); }

    CASE(LDA_I1) D.i4 = *(int8_t *)ip->imm.p; NEXT();
    CASE(LDA_U1) D.i4 = *(uint8_t *)ip->imm.p; NEXT();
    CASE(LDA_I2) { int16_t v; memcpy(&v, ip->imm.p, 2); D.i4 = v; NEXT(); }
    CASE(LDA_U2) { uint16_t v; memcpy(&v, ip->imm.p, 2); D.i4 = v; NEXT(); }
    CASE(LDA_4) { memcpy(&D.u4, ip->imm.p, 4); NEXT(); }
    CASE(LDA_8) { memcpy(&D.u8, ip->imm.p, 8); NEXT(); }
    CASE(LDA_P) { memcpy(&D.p, ip->imm.p, sizeof(void *)); NEXT(); }
    CASE(LDA_VT) memmove(&D, ip->imm.p, ip->size); NEXT();
    CASE(STA_1) *(int8_t *)ip->imm.p = (int8_t)A.i4; NEXT();
    CASE(STA_2) { int16_t v = (int16_t)A.i4; memcpy(ip->imm.p, &v, 2); NEXT(); }
    CASE(STA_4) memcpy(ip->imm.p, &A.u4, 4); NEXT();
    CASE(STA_8) memcpy(ip->imm.p, &A.u8, 8); NEXT();
    CASE(STA_P) memcpy(ip->imm.p, &A.p, sizeof(void *)); NEXT();
    CASE(STA_REF) GC_STORE_REF(ip->imm.p, A.o); NEXT();
    CASE(STA_VT) store_vt(ip->imm.p, &A, ip->cache, ip->size); NEXT();
    CASE(LDSFLDA) D.p = ip->imm.p; NEXT();
    CASE(CCTOR_CHECK) {
        vm_type *ty = ip->imm.type;
        if (ty->cctor_state != VM_CCTOR_DONE) {
            SAVE();
            if (vm_run_cctor(t, ty))
                goto exception;
        }
        NEXT();
    }

    CASE(ADD_I4) D.i4 = (int32_t)((uint32_t)A.i4 + (uint32_t)B.i4); NEXT();
    CASE(SUB_I4) D.i4 = (int32_t)((uint32_t)A.i4 - (uint32_t)B.i4); NEXT();
    CASE(MUL_I4) D.i4 = (int32_t)((uint32_t)A.i4 * (uint32_t)B.i4); NEXT();
    CASE(DIV_I4) {
        int32_t a = A.i4, b = B.i4;
        THROW_IF(b == 0, vm_throw_divide_by_zero(t));
        THROW_IF(b == -1 && a == INT32_MIN, vm_throw_overflow(t));
        D.i4 = a / b; NEXT();
    }
    CASE(DIV_UN_I4) { uint32_t a = A.u4, b = B.u4; THROW_IF(b == 0, vm_throw_divide_by_zero(t)); D.u4 = a / b; NEXT(); }
    CASE(REM_I4) {
        int32_t a = A.i4, b = B.i4;
        THROW_IF(b == 0, vm_throw_divide_by_zero(t));
        THROW_IF(b == -1 && a == INT32_MIN, vm_throw_overflow(t));
        D.i4 = a % b; NEXT();
    }
    CASE(REM_UN_I4) { uint32_t a = A.u4, b = B.u4; THROW_IF(b == 0, vm_throw_divide_by_zero(t)); D.u4 = a % b; NEXT(); }
    CASE(AND_I4) D.i4 = A.i4 & B.i4; NEXT();
    CASE(OR_I4) D.i4 = A.i4 | B.i4; NEXT();
    CASE(XOR_I4) D.i4 = A.i4 ^ B.i4; NEXT();
    CASE(SHL_I4) D.i4 = (int32_t)(A.u4 << (B.i4 & 31)); NEXT();
    CASE(SHR_I4) D.i4 = A.i4 >> (B.i4 & 31); NEXT();
    CASE(SHR_UN_I4) D.u4 = A.u4 >> (B.i4 & 31); NEXT();
    CASE(NEG_I4) D.i4 = (int32_t)(0u - A.u4); NEXT();
    CASE(NOT_I4) D.i4 = ~A.i4; NEXT();
    CASE(ADD_OVF_I4) { int32_t r; THROW_IF(ADD_OVF(A.i4, B.i4, &r), vm_throw_overflow(t)); D.i4 = r; NEXT(); }
    CASE(ADD_OVF_UN_I4) { uint32_t r; THROW_IF(ADD_OVF(A.u4, B.u4, &r), vm_throw_overflow(t)); D.u4 = r; NEXT(); }
    CASE(SUB_OVF_I4) { int32_t r; THROW_IF(SUB_OVF(A.i4, B.i4, &r), vm_throw_overflow(t)); D.i4 = r; NEXT(); }
    CASE(SUB_OVF_UN_I4) { uint32_t r; THROW_IF(SUB_OVF(A.u4, B.u4, &r), vm_throw_overflow(t)); D.u4 = r; NEXT(); }
    CASE(MUL_OVF_I4) { int32_t r; THROW_IF(MUL_OVF(A.i4, B.i4, &r), vm_throw_overflow(t)); D.i4 = r; NEXT(); }
    CASE(MUL_OVF_UN_I4) { uint32_t r; THROW_IF(MUL_OVF(A.u4, B.u4, &r), vm_throw_overflow(t)); D.u4 = r; NEXT(); }
    CASE(ADD_I4_IMM) D.i4 = (int32_t)((uint32_t)A.i4 + (uint32_t)ip->imm.i4); NEXT();

    CASE(ADD_I8) D.u8 = A.u8 + B.u8; NEXT();
    CASE(SUB_I8) D.u8 = A.u8 - B.u8; NEXT();
    CASE(MUL_I8) D.u8 = A.u8 * B.u8; NEXT();
    CASE(DIV_I8) {
        int64_t a = A.i8, b = B.i8;
        THROW_IF(b == 0, vm_throw_divide_by_zero(t));
        THROW_IF(b == -1 && a == INT64_MIN, vm_throw_overflow(t));
        D.i8 = a / b; NEXT();
    }
    CASE(DIV_UN_I8) { uint64_t a = A.u8, b = B.u8; THROW_IF(b == 0, vm_throw_divide_by_zero(t)); D.u8 = a / b; NEXT(); }
    CASE(REM_I8) {
        int64_t a = A.i8, b = B.i8;
        THROW_IF(b == 0, vm_throw_divide_by_zero(t));
        THROW_IF(b == -1 && a == INT64_MIN, vm_throw_overflow(t));
        D.i8 = a % b; NEXT();
    }
    CASE(REM_UN_I8) { uint64_t a = A.u8, b = B.u8; THROW_IF(b == 0, vm_throw_divide_by_zero(t)); D.u8 = a % b; NEXT(); }
    CASE(AND_I8) D.u8 = A.u8 & B.u8; NEXT();
    CASE(OR_I8) D.u8 = A.u8 | B.u8; NEXT();
    CASE(XOR_I8) D.u8 = A.u8 ^ B.u8; NEXT();
    CASE(SHL_I8) D.u8 = A.u8 << (B.i4 & 63); NEXT();
    CASE(SHR_I8) D.i8 = A.i8 >> (B.i4 & 63); NEXT();
    CASE(SHR_UN_I8) D.u8 = A.u8 >> (B.i4 & 63); NEXT();
    CASE(NEG_I8) D.u8 = 0 - A.u8; NEXT();
    CASE(NOT_I8) D.u8 = ~A.u8; NEXT();
    CASE(ADD_OVF_I8) { int64_t r; THROW_IF(ADD_OVF(A.i8, B.i8, &r), vm_throw_overflow(t)); D.i8 = r; NEXT(); }
    CASE(ADD_OVF_UN_I8) { uint64_t r; THROW_IF(ADD_OVF(A.u8, B.u8, &r), vm_throw_overflow(t)); D.u8 = r; NEXT(); }
    CASE(SUB_OVF_I8) { int64_t r; THROW_IF(SUB_OVF(A.i8, B.i8, &r), vm_throw_overflow(t)); D.i8 = r; NEXT(); }
    CASE(SUB_OVF_UN_I8) { uint64_t r; THROW_IF(SUB_OVF(A.u8, B.u8, &r), vm_throw_overflow(t)); D.u8 = r; NEXT(); }
    CASE(MUL_OVF_I8) { int64_t r; THROW_IF(MUL_OVF(A.i8, B.i8, &r), vm_throw_overflow(t)); D.i8 = r; NEXT(); }
    CASE(MUL_OVF_UN_I8) { uint64_t r; THROW_IF(MUL_OVF(A.u8, B.u8, &r), vm_throw_overflow(t)); D.u8 = r; NEXT(); }

    CASE(ADD_R4) D.r4 = A.r4 + B.r4; NEXT();
    CASE(SUB_R4) D.r4 = A.r4 - B.r4; NEXT();
    CASE(MUL_R4) D.r4 = A.r4 * B.r4; NEXT();
    CASE(DIV_R4) D.r4 = A.r4 / B.r4; NEXT();
    CASE(REM_R4) D.r4 = fmodf(A.r4, B.r4); NEXT();
    CASE(NEG_R4) D.r4 = -A.r4; NEXT();
    CASE(ADD_R8) D.r8 = A.r8 + B.r8; NEXT();
    CASE(SUB_R8) D.r8 = A.r8 - B.r8; NEXT();
    CASE(MUL_R8) D.r8 = A.r8 * B.r8; NEXT();
    CASE(DIV_R8) D.r8 = A.r8 / B.r8; NEXT();
    CASE(REM_R8) D.r8 = fmod(A.r8, B.r8); NEXT();
    CASE(NEG_R8) D.r8 = -A.r8; NEXT();
    CASE(CKFINITE_R8) THROW_IF(!isfinite(A.r8), vm_throw_new(t, "System", "ArithmeticException", "Number is not a finite value.")); D.r8 = A.r8; NEXT();

#define CMP(NAME, F, op) CASE(NAME) { int r = A.F op B.F; D.i8 = 0; D.i4 = r; NEXT(); }
    CMP(CEQ_I4, i4, ==) CMP(CGT_I4, i4, >) CMP(CGT_UN_I4, u4, >) CMP(CLT_I4, i4, <) CMP(CLT_UN_I4, u4, <)
    CMP(CEQ_I8, i8, ==) CMP(CGT_I8, i8, >) CMP(CGT_UN_I8, u8, >) CMP(CLT_I8, i8, <) CMP(CLT_UN_I8, u8, <)
    CMP(CEQ_R4, r4, ==) CMP(CGT_R4, r4, >) CMP(CLT_R4, r4, <)
    CMP(CEQ_R8, r8, ==) CMP(CGT_R8, r8, >) CMP(CLT_R8, r8, <)
    CMP(CEQ_P, u, ==) CMP(CGT_UN_P, u, >)
    CASE(CGT_UN_R4) { float a = A.r4, b = B.r4; int r = !(a <= b); D.i8 = 0; D.i4 = r; NEXT(); }
    CASE(CLT_UN_R4) { float a = A.r4, b = B.r4; int r = !(a >= b); D.i8 = 0; D.i4 = r; NEXT(); }
    CASE(CGT_UN_R8) { double a = A.r8, b = B.r8; int r = !(a <= b); D.i8 = 0; D.i4 = r; NEXT(); }
    CASE(CLT_UN_R8) { double a = A.r8, b = B.r8; int r = !(a >= b); D.i8 = 0; D.i4 = r; NEXT(); }

    CASE(SAFEPOINT) {
        if (UNLIKELY(gc_safe_point_armed)) {
            SAVE();
            if (gc_safe_point(t) < 0)
                interp_unhandled(t, t->exception);     /* a finalizer threw */
        }
        NEXT();
    }
#define JUMP(tgt) do { ip = code + (tgt); DISPATCH(); } while (0)
    CASE(BR) JUMP(ip->imm.target);
    CASE(BRTRUE_I4) if (A.i4) JUMP(ip->imm.target); NEXT();
    CASE(BRFALSE_I4) if (!A.i4) JUMP(ip->imm.target); NEXT();
    CASE(BRTRUE_I8) if (A.i8) JUMP(ip->imm.target); NEXT();
    CASE(BRFALSE_I8) if (!A.i8) JUMP(ip->imm.target); NEXT();
    CASE(BRTRUE_P) if (A.p) JUMP(ip->imm.target); NEXT();
    CASE(BRFALSE_P) if (!A.p) JUMP(ip->imm.target); NEXT();
#define BCMP(K, F, UF)                                                                   \
    CASE(BEQ_##K) if (A.F == B.F) JUMP(ip->imm.target); NEXT();                          \
    CASE(BNE_UN_##K) if (!(A.F == B.F)) JUMP(ip->imm.target); NEXT();                    \
    CASE(BLT_##K) if (A.F < B.F) JUMP(ip->imm.target); NEXT();                           \
    CASE(BLT_UN_##K) if (!(A.UF >= B.UF)) JUMP(ip->imm.target); NEXT();                  \
    CASE(BLE_##K) if (A.F <= B.F) JUMP(ip->imm.target); NEXT();                          \
    CASE(BLE_UN_##K) if (!(A.UF > B.UF)) JUMP(ip->imm.target); NEXT();                   \
    CASE(BGT_##K) if (A.F > B.F) JUMP(ip->imm.target); NEXT();                           \
    CASE(BGT_UN_##K) if (!(A.UF <= B.UF)) JUMP(ip->imm.target); NEXT();                  \
    CASE(BGE_##K) if (A.F >= B.F) JUMP(ip->imm.target); NEXT();                          \
    CASE(BGE_UN_##K) if (!(A.UF < B.UF)) JUMP(ip->imm.target); NEXT();
    BCMP(I4, i4, u4)
    BCMP(I8, i8, u8)
    BCMP(R4, r4, r4)
    BCMP(R8, r8, r8)
    BCMP(P, u, u)
    CASE(SWITCH) {
        uint32_t v = A.u4;
        if (v < ip->size)
            JUMP(ip->imm.table[v]);
        NEXT();
    }

    /* conversions: the source read by its kind, the result normalised to its stack kind */
#define CONVS(F, SRC)                                                                    \
    CASE(CONV_##F##_I1) { int32_t v_ = (int8_t)SRC; D.i4 = v_; NEXT(); }                        \
    CASE(CONV_##F##_U1) { int32_t v_ = (uint8_t)SRC; D.i4 = v_; NEXT(); }                       \
    CASE(CONV_##F##_I2) { int32_t v_ = (int16_t)SRC; D.i4 = v_; NEXT(); }                       \
    CASE(CONV_##F##_U2) { int32_t v_ = (uint16_t)SRC; D.i4 = v_; NEXT(); }                      \
    CASE(CONV_##F##_I4) { int32_t v_ = (int32_t)SRC; D.i4 = v_; NEXT(); }                       \
    CASE(CONV_##F##_U4) { uint32_t v_ = (uint32_t)SRC; D.u4 = v_; NEXT(); }                      \
    CASE(CONV_##F##_I8) { D.i8 = (int64_t)SRC; NEXT(); }                                 \
    CASE(CONV_##F##_U8) { D.u8 = (uint64_t)SRC; NEXT(); }                                \
    CASE(CONV_##F##_R4) { float r = (float)SRC; D.r4 = r; NEXT(); }            \
    CASE(CONV_##F##_R8) { D.r8 = (double)SRC; NEXT(); }
    CONVS(I4, A.i4)
    CONVS(U4, A.u4)
    CONVS(I8, A.i8)
    CONVS(U8, A.u8)
    CASE(CONV_I4_RUN) { D.r8 = (double)A.u4; NEXT(); }
    CASE(CONV_U4_RUN) { D.r8 = (double)A.u4; NEXT(); }
    CASE(CONV_I8_RUN) { D.r8 = (double)A.u8; NEXT(); }
    CASE(CONV_U8_RUN) { D.r8 = (double)A.u8; NEXT(); }
#define FCONVS(F, SRC)                                                                   \
    CASE(CONV_##F##_I1) { int32_t v_ = (int8_t)sat_i4(SRC); D.i4 = v_; NEXT(); }                \
    CASE(CONV_##F##_U1) { int32_t v_ = (uint8_t)sat_u4(SRC); D.i4 = v_; NEXT(); }               \
    CASE(CONV_##F##_I2) { int32_t v_ = (int16_t)sat_i4(SRC); D.i4 = v_; NEXT(); }               \
    CASE(CONV_##F##_U2) { int32_t v_ = (uint16_t)sat_u4(SRC); D.i4 = v_; NEXT(); }              \
    CASE(CONV_##F##_I4) { int32_t v_ = sat_i4(SRC); D.i4 = v_; NEXT(); }                        \
    CASE(CONV_##F##_U4) { uint32_t v_ = sat_u4(SRC); D.u4 = v_; NEXT(); }                        \
    CASE(CONV_##F##_I8) { D.i8 = sat_i8(SRC); NEXT(); }                                  \
    CASE(CONV_##F##_U8) { D.u8 = sat_u8(SRC); NEXT(); }                                  \
    CASE(CONV_##F##_R4) { float r = (float)SRC; D.r4 = r; NEXT(); }            \
    CASE(CONV_##F##_R8) { D.r8 = (double)SRC; NEXT(); }                                  \
    CASE(CONV_##F##_RUN) { D.r8 = (double)SRC; NEXT(); }
    FCONVS(R4, (double)A.r4)
    FCONVS(R8, A.r8)

    /* checked conversions: integer sources */
#define OVF_INT(F, T, SRC, lo, hi, SET)                                                  \
    CASE(CONV_OVF_##F##_##T) {                                                           \
        __typeof__(SRC) v = SRC;                                                         \
        THROW_IF(!(v >= lo && v <= hi), vm_throw_overflow(t));                           \
        SET; NEXT();                                                                     \
    }
#define OVF_SIGNED(F, SRC)                                                               \
    OVF_INT(F, I1, SRC, -128, 127, (D.i8 = 0, D.i4 = (int32_t)v))                         \
    OVF_INT(F, U1, SRC, 0, 255, (D.i8 = 0, D.i4 = (int32_t)v))                            \
    OVF_INT(F, I2, SRC, -32768, 32767, (D.i8 = 0, D.i4 = (int32_t)v))                     \
    OVF_INT(F, U2, SRC, 0, 65535, (D.i8 = 0, D.i4 = (int32_t)v))                          \
    OVF_INT(F, I4, SRC, INT32_MIN, INT32_MAX, (D.i8 = 0, D.i4 = (int32_t)v))              \
    OVF_INT(F, U4, SRC, 0, (int64_t)UINT32_MAX, (D.i8 = 0, D.u4 = (uint32_t)v))           \
    OVF_INT(F, I8, SRC, INT64_MIN, INT64_MAX, D.i8 = (int64_t)v)                          \
    OVF_INT(F, U8, SRC, 0, INT64_MAX, D.u8 = (uint64_t)v)
    OVF_SIGNED(I4, (int64_t)A.i4)
    OVF_SIGNED(I8, A.i8)
#define OVF_UINT(F, T, SRC, hi, SET)                                                     \
    CASE(CONV_OVF_##F##_##T) {                                                           \
        uint64_t v = SRC;                                                                \
        THROW_IF(v > (uint64_t)(hi), vm_throw_overflow(t));                              \
        SET; NEXT();                                                                     \
    }
#define OVF_UNSIGNED(F, SRC)                                                             \
    OVF_UINT(F, I1, SRC, 127u, (D.i8 = 0, D.i4 = (int32_t)v))                             \
    OVF_UINT(F, U1, SRC, 255u, (D.i8 = 0, D.i4 = (int32_t)v))                             \
    OVF_UINT(F, I2, SRC, 32767u, (D.i8 = 0, D.i4 = (int32_t)v))                           \
    OVF_UINT(F, U2, SRC, 65535u, (D.i8 = 0, D.i4 = (int32_t)v))                           \
    OVF_UINT(F, I4, SRC, INT32_MAX, (D.i8 = 0, D.i4 = (int32_t)v))                        \
    OVF_UINT(F, U4, SRC, UINT32_MAX, (D.i8 = 0, D.u4 = (uint32_t)v))                      \
    OVF_UINT(F, I8, SRC, INT64_MAX, D.i8 = (int64_t)v)                                    \
    OVF_UINT(F, U8, SRC, UINT64_MAX, D.u8 = (uint64_t)v)
    OVF_UNSIGNED(U4, (uint64_t)A.u4)
    OVF_UNSIGNED(U8, A.u8)
#define OVF_FLOAT(F, SRC)                                                                \
    OVF_INT(F, I1, SRC, -128.0, 127.0, (D.i8 = 0, D.i4 = (int32_t)v))                     \
    OVF_INT(F, U1, SRC, 0.0, 255.0, (D.i8 = 0, D.i4 = (int32_t)v))                        \
    OVF_INT(F, I2, SRC, -32768.0, 32767.0, (D.i8 = 0, D.i4 = (int32_t)v))                 \
    OVF_INT(F, U2, SRC, 0.0, 65535.0, (D.i8 = 0, D.i4 = (int32_t)v))                      \
    OVF_INT(F, I4, SRC, -2147483648.0, 2147483647.0, (D.i8 = 0, D.i4 = (int32_t)v))       \
    OVF_INT(F, U4, SRC, 0.0, 4294967295.0, (D.i8 = 0, D.u4 = (uint32_t)v))                \
    CASE(CONV_OVF_##F##_I8) {                                                            \
        double v = trunc(SRC);                                                           \
        THROW_IF(!(v >= -9223372036854775808.0 && v < 9223372036854775808.0),            \
                 vm_throw_overflow(t));                                                  \
        D.i8 = (int64_t)v; NEXT();                                                       \
    }                                                                                    \
    CASE(CONV_OVF_##F##_U8) {                                                            \
        double v = trunc(SRC);                                                           \
        THROW_IF(!(v >= 0.0 && v < 18446744073709551616.0), vm_throw_overflow(t));       \
        D.u8 = (uint64_t)v; NEXT();                                                      \
    }
    OVF_FLOAT(R4, trunc((double)A.r4))
    OVF_FLOAT(R8, trunc(A.r8))

    /* ---- objects ---- */
    CASE(NEWOBJ_ALLOC) {
        SAVE();
        vm_object *o = vm_new_object(t, ip->imm.type);
        if (!o)
            goto exception;
        memmove(&fp[ip->d + 2], &fp[ip->d], ip->b * sizeof(vm_slot));
        fp[ip->d].o = o;
        fp[ip->d + 1].o = o;
        NEXT();
    }
    CASE(NEWVT_PREP) {
        uint32_t k = ip->a;
        memmove(&fp[ip->d + k + 1], &fp[ip->d], ip->b * sizeof(vm_slot));
        memset(&fp[ip->d], 0, k * sizeof(vm_slot));
        fp[ip->d + k].p = &fp[ip->d];
        NEXT();
    }
    CASE(NEWARR) {
        SAVE();
        vm_array *arr = vm_new_szarray(t, ip->imm.type->element, A.i4);
        if (!arr)
            goto exception;
        D.o = &arr->obj;
        NEXT();
    }
    CASE(NEWARR_I) {
        SAVE();
        if (A.i > INT32_MAX) {   /* a native-int length beyond int32: OverflowException */
            vm_throw_overflow(t);
            goto exception;
        }
        vm_array *arr = vm_new_szarray(t, ip->imm.type->element, A.i);
        if (!arr)
            goto exception;
        D.o = &arr->obj;
        NEXT();
    }
    CASE(LDLEN) { vm_array *a = (vm_array *)A.o; NULLCHK(a); D.i = (intptr_t)a->length; NEXT(); }

#define ELEM_ADDR(arr, idx, esz, addr)                                                   \
    vm_array *arr = (vm_array *)A.o;                                                     \
    NULLCHK(arr);                                                                        \
    uint32_t idx = B.u4;                                                                 \
    THROW_IF(idx >= arr->length, vm_throw_index_out_of_range(t));                        \
    uint8_t *addr = VM_ARRAY_DATA(arr) + (size_t)idx * (esz)
    CASE(LDELEM_I1) { ELEM_ADDR(arr, i, 1, p); D.i4 = *(int8_t *)p; NEXT(); }
    CASE(LDELEM_U1) { ELEM_ADDR(arr, i, 1, p); D.i4 = *(uint8_t *)p; NEXT(); }
    CASE(LDELEM_I2) { ELEM_ADDR(arr, i, 2, p); D.i4 = *(int16_t *)p; NEXT(); }
    CASE(LDELEM_U2) { ELEM_ADDR(arr, i, 2, p); D.i4 = *(uint16_t *)p; NEXT(); }
    CASE(LDELEM_4) { ELEM_ADDR(arr, i, 4, p); D.u4 = *(uint32_t *)p; NEXT(); }
    CASE(LDELEM_8) { ELEM_ADDR(arr, i, 8, p); memcpy(&D.u8, p, 8); NEXT(); }
    CASE(LDELEM_P) { ELEM_ADDR(arr, i, sizeof(void *), p); D.p = *(void **)p; NEXT(); }
    CASE(LDELEM_VT) { ELEM_ADDR(arr, i, arr->obj.type->component_size, p); memmove(&D, p, ip->size); NEXT(); }
    CASE(STELEM_1) { ELEM_ADDR(arr, i, 1, p); *(int8_t *)p = (int8_t)D.i4; NEXT(); }
    CASE(STELEM_2) { ELEM_ADDR(arr, i, 2, p); *(int16_t *)p = (int16_t)D.i4; NEXT(); }
    CASE(STELEM_4) { ELEM_ADDR(arr, i, 4, p); *(uint32_t *)p = D.u4; NEXT(); }
    CASE(STELEM_8) { ELEM_ADDR(arr, i, 8, p); memcpy(p, &D.u8, 8); NEXT(); }
    CASE(STELEM_P) { ELEM_ADDR(arr, i, sizeof(void *), p); *(void **)p = D.p; NEXT(); }
    CASE(STELEM_REF) {
        ELEM_ADDR(arr, i, sizeof(void *), p);
        if (D.o && arr->obj.type->element != vm_b.object && D.o->type != arr->obj.type->element) {
            SAVE();
            if (check_stelem_ref(t, arr, D.o))
                goto exception;
        }
        GC_STORE_REF(p, D.o);
        NEXT();
    }
    CASE(STELEM_VT) { ELEM_ADDR(arr, i, arr->obj.type->component_size, p); store_vt(p, &D, ip->imm.type, ip->size); NEXT(); }
    CASE(LDELEMA) { ELEM_ADDR(arr, i, arr->obj.type->component_size, p); D.p = p; NEXT(); }
    CASE(LDELEMA_CHK) {
        ELEM_ADDR(arr, i, sizeof(void *), p);
        THROW_IF(arr->obj.type->element != ip->imm.type,
                 vm_throw_new(t, "System", "ArrayTypeMismatchException", NULL));
        D.p = p;
        NEXT();
    }
    CASE(IDX_I8) {
        int64_t v = A.i8;
        THROW_IF(v < 0 || v > INT32_MAX, vm_throw_index_out_of_range(t));
        D.i8 = 0; D.i4 = (int32_t)v;
        NEXT();
    }
    CASE(BOX) {
        SAVE();
        vm_object *o = box_value(t, ip->imm.type, (uint8_t *)&A + ip->b);
        if (!o && t->exception)
            goto exception;
        D.o = o;
        NEXT();
    }
    CASE(BOX_PTR) {
        SAVE();
        NULLCHK(A.p);
        vm_object *o = box_value(t, ip->imm.type, A.p);
        if (!o && t->exception)
            goto exception;
        D.o = o;
        NEXT();
    }
    CASE(UNBOX) {
        SAVE();
        void *p = unbox_ptr(t, A.o, ip->imm.type);
        if (!p)
            goto exception;
        D.p = p;
        NEXT();
    }
    CASE(UNBOX_ANY_VT) {
        SAVE();
        uint8_t tmp[256];
        void *dst = ip->size <= sizeof tmp ? (void *)tmp : malloc(ip->size);
        if (unbox_any(t, A.o, ip->imm.type, dst)) {
            if (dst != tmp) free(dst);
            goto exception;
        }
        memcpy(&D, dst, ip->size);
        if (dst != tmp) free(dst);
        NEXT();
    }
    CASE(ISINST) D.o = vm_isinst(A.o, ip->imm.type); NEXT();
    CASE(CASTCLASS) {
        vm_object *o = A.o;
        if (o && !vm_isinst(o, ip->imm.type)) {
            SAVE();
            vm_throw_invalid_cast(t, o->type, ip->imm.type);
            goto exception;
        }
        D.o = o;
        NEXT();
    }
    CASE(LDSTR) {
        vm_module *mod = ip->cache;
        uint32_t row = MD_TOKEN_ROW((uint32_t)ip->imm.i4);
        vm_object *s = row < mod->nstrings ? mod->strings[row] : NULL;
        if (!s) {
            SAVE();
            s = ldstr(t, mod, (uint32_t)ip->imm.i4);
            if (!s)
                goto exception;
        }
        D.o = s;
        NEXT();
    }
    CASE(LDTOKEN_TYPE) D.p = ip->imm.type; NEXT();
    CASE(LDTOKEN_FIELD) D.p = ip->imm.field; NEXT();
    CASE(LDTOKEN_METHOD) D.p = ip->imm.method; NEXT();
    CASE(LDFTN) D.p = ip->imm.method; NEXT();
    CASE(LDVIRTFTN) {
        vm_object *o = A.o;
        NULLCHK(o);
        SAVE();
        vm_method *m = ip->imm.method;
        if (m->flags & VM_MF_VIRTUAL) {
            m = vm_resolve_virtual(t, o->type, m);
            if (!m)
                goto exception;
        }
        D.p = m;
        NEXT();
    }
    CASE(SIZEOF) D.i8 = 0; D.i4 = ip->imm.i4; NEXT();
    CASE(CPOBJ) { NULLCHK(A.p); NULLCHK(B.p); store_vt(A.p, B.p, ip->imm.type, ip->size); NEXT(); }
    CASE(INITOBJ) { NULLCHK(A.p); memset(A.p, 0, ip->size); NEXT(); }
    CASE(CPBLK) memmove(A.p, B.p, D.u4); NEXT();
    CASE(INITBLK) memset(A.p, (uint8_t)B.i4, D.u4); NEXT();
    CASE(LOCALLOC) {
        uint32_t n = (A.u4 + 15u) & ~15u;
        THROW_IF(n > (size_t)(st->lend - st->ltop), vm_fatal("stack overflow in localloc"));
        D.p = st->ltop;
        memset(st->ltop, 0, n);
        st->ltop += n;
        NEXT();
    }
    /* typed references: { managed pointer, vm_type* } */
    CASE(MKREFANY) {
        void *p = A.p;
        vm_type *ty = ip->imm.type;
        memcpy((uint8_t *)&D, &p, sizeof p);
        memcpy((uint8_t *)&D + sizeof(void *), &ty, sizeof ty);
        NEXT();
    }
    CASE(REFANYVAL) {
        void *p;
        vm_type *ty;
        memcpy(&p, (uint8_t *)&A, sizeof p);
        memcpy(&ty, (uint8_t *)&A + sizeof(void *), sizeof ty);
        if (ty != ip->imm.type) {
            SAVE();
            vm_throw_invalid_cast(t, ty ? ty : vm_b.object, ip->imm.type);
            goto exception;
        }
        D.p = p;
        NEXT();
    }
    CASE(REFANYTYPE) {
        vm_type *ty;
        memcpy(&ty, (uint8_t *)&A + sizeof(void *), sizeof ty);
        D.p = ty;
        NEXT();
    }
    CASE(CALLI) {
        callee = A.p;
        if (!callee) {
            SAVE();
            vm_throw_null_ref(t);
            goto exception;
        }
        nfp = fp + ip->d;
        goto invoke;
    }
    CASE(JMP) {
        /* the arguments are where the callee expects them: fp[0..] */
        callee = ip->imm.method;
        goto replace_frame;
    }
    CASE(TAILCALLVIRT) {
        vm_object *o = fp[ip->d].o;
        NULLCHK(o);
        callee = ip->imm.method;
        if (callee->flags & VM_MF_VIRTUAL) {
            SAVE();
            callee = vm_resolve_virtual(t, o->type, callee);
            if (!callee)
                goto exception;
            if (callee->owner->kind == VM_KIND_VALUETYPE)
                fp[ip->d].p = (uint8_t *)o + VM_OBJ_HEADER_SIZE;
        }
        goto tailcall;
    }
    CASE(TAILCALL) {
        callee = ip->imm.method;
    tailcall:
        if (UNLIKELY(callee->flags & (VM_MF_INTERNALCALL | VM_MF_RUNTIME | VM_MF_ABSTRACT))) {
            /* not a frame of ours: an ordinary call, then the ret that follows */
            nfp = fp + ip->d;
            goto invoke;
        }
        memmove(fp, fp + ip->d, ip->size * sizeof(vm_slot));
        goto replace_frame;
    }
replace_frame: {
        /* the callee takes over this frame record: same fp, same flags (a boundary stays
         * one), localloc memory released */
        ir_method *irm = callee->code;
        if (UNLIKELY(!irm)) {
            /* this frame's map no longer describes its slots: report them as pending,
             * and its record as having no eval stack, while the callee is imported */
            SAVE();
            vm_slot *saved_lo = st->pending_lo, *saved_hi = st->pending_hi;
            const ir_insn *saved_ip = frame->ip;
            ir_method *saved_irm = frame->irm;
            st->pending_lo = fp;
            st->pending_hi = fp + frame->irm->frame_slots;
            frame->irm = NULL;
            irm = interp_prepare(t, callee);
            frame->irm = saved_irm;
            frame->ip = saved_ip;
            st->pending_lo = saved_lo;
            st->pending_hi = saved_hi;
            if (!irm)
                goto exception;
        }
        if (UNLIKELY(fp + irm->frame_slots >= st->slots_end))
            stack_overflow(t);
        memset(fp + irm->nargs_slots, 0, irm->nlocals_slots * sizeof(vm_slot));
        st->ltop = frame->localloc_mark;
        frame->irm = irm;
        code = irm->code;
        ip = code;
        frame->ip = ip;
        DISPATCH();
    }
    CASE(ARGLIST)
    CASE(NOT_SUPPORTED) {
        SAVE();
        int op = (ip->op == IR_NOT_SUPPORTED) ? ip->imm.i4 : -1;
        vm_throw_newf(t, "System", "NotSupportedException",
                      "anyclr does not support the IL instruction '%s' yet.",
                      op >= 0 ? il_ops[op].name : ir_op_names[ip->op]);
        goto exception;
    }
    CASE(THROW_PENDING) { SAVE(); vm_throw(t, (vm_object *)ip->imm.p); goto exception; }

    /* ---- calls ---- */
    CASE(CALL) {
        callee = ip->imm.method;
        nfp = fp + ip->d;
        goto invoke;
    }
    CASE(CALLVIRT) {
        vm_object *o = fp[ip->d].o;
        NULLCHK(o);
        THROW_IF(FAULT_CALLVIRT(t, o), (void)0);
        callee = ip->imm.method;
        if (callee->flags & VM_MF_VIRTUAL) {
            if (LIKELY(ip->cache == o->type)) {
                callee = ip->cache2;
            } else {
                SAVE();
                vm_method *impl = vm_resolve_virtual(t, o->type, callee);
                if (!impl)
                    goto exception;
                ((ir_insn *)ip)->cache = o->type;
                ((ir_insn *)ip)->cache2 = impl;
                callee = impl;
            }
            /* a value type's method called on its box gets the address of the value */
            if (UNLIKELY(callee->owner->kind == VM_KIND_VALUETYPE))
                fp[ip->d].p = (uint8_t *)o + VM_OBJ_HEADER_SIZE;
        }
        nfp = fp + ip->d;
        goto invoke;
    }
    CASE(CALL_ICALL) {
        callee = ip->imm.method;
        nfp = fp + ip->d;
        goto invoke;
    }
    CASE(CALL_DELEGATE) {
        vm_object *d = fp[ip->d].o;
        NULLCHK(d);
        find_runtime_fields();
        if (FIELD(d, f_invlist, vm_object *)) {
            SAVE();
            if (invoke_delegate(t, d, &fp[ip->d], ip->size, ip->imm.method))
                goto exception;
            NEXT();
        }
        vm_object *target = FIELD(d, f_target, vm_object *);
        callee = FIELD(d, f_methodptr, vm_method *);
        NULLCHK(callee);
        int has_this = (callee->sig.callconv & MD_CC_HASTHIS) != 0;
        nfp = fp + ip->d;
        if (target) {
            nfp[0].o = target;
            if (has_this && callee->owner->kind == VM_KIND_VALUETYPE)
                nfp[0].p = (uint8_t *)target + VM_OBJ_HEADER_SIZE;
            else if (has_this && (callee->flags & VM_MF_VIRTUAL) && target->type != callee->owner) {
                SAVE();
                vm_method *impl = vm_resolve_virtual(t, target->type, callee);
                if (!impl)
                    goto exception;
                callee = impl;
            }
        } else {
            /* open: the first argument is the callee's first (or this) */
            memmove(&nfp[0], &nfp[1], ip->size * sizeof(vm_slot));
        }
        goto invoke;
    }
    CASE(NEW_DELEGATE) {
        NULLCHK(fp[ip->d + 1].p);   /* the method pointer (ldftn) */
        SAVE();
        vm_object *d = new_delegate(t, ip->imm.method->owner, fp[ip->d].o, fp[ip->d + 1].p);
        if (!d)
            goto exception;
        fp[ip->d].o = d;
        NEXT();
    }
    CASE(NEW_STRING) {
        callee = ip->imm.method;
        SAVE();
        vm_icall_fn fn = callee->icall ? (vm_icall_fn)callee->icall : vm_icall_lookup(callee);
        if (!fn) {
            char name[300];
            vm_method_name(callee, name, sizeof name);
            vm_throw_newf(t, "System", "MissingMethodException", "Method not found: '%s'.", name);
            goto exception;
        }
        callee->icall = (void *)fn;
        /* string constructors are called without `this`; the result replaces the args */
        if (fn(t, &fp[ip->d], &fp[ip->d]))
            goto exception;
        NEXT();
    }
    CASE(NEW_MDARRAY) CASE(MDARRAY_GET) CASE(MDARRAY_SET) CASE(MDARRAY_ADDR) {
        SAVE();
        if (vm_mdarray_op(t, ip->op - IR_NEW_MDARRAY, ip->imm.type, &fp[ip->d], ip->size))
            goto exception;
        NEXT();
    }

invoke:
    if (UNLIKELY(callee->flags & (VM_MF_INTERNALCALL | VM_MF_RUNTIME | VM_MF_ABSTRACT))) {
        SAVE();
        /* no frame takes these arguments over: keep them reported until the call ends */
        vm_slot *saved_lo = st->pending_lo, *saved_hi = st->pending_hi;
        st->pending_lo = nfp;
        st->pending_hi = fp + frame->irm->frame_slots;
        int failed = 0;
        if (callee->flags & VM_MF_INTERNALCALL) {
            vm_icall_fn fn = callee->icall ? (vm_icall_fn)callee->icall : vm_icall_lookup(callee);
            if (!fn) {
                char name[300];
                st->pending_lo = saved_lo;
                st->pending_hi = saved_hi;
                vm_method_name(callee, name, sizeof name);
                vm_throw_newf(t, "System", "MissingMethodException",
                              "Internal call not implemented: '%s'.", name);
                goto exception;
            }
            callee->icall = (void *)fn;
            /* an instance internal call reached by call (not callvirt) on null */
            if ((callee->sig.callconv & MD_CC_HASTHIS) && !nfp[0].p)
                failed = vm_throw_null_ref(t);
            else {
                hole->callee = (gc_c_function)fn;
                failed = fn(t, nfp, nfp);
                hole->callee = NULL;
            }
            st->pending_lo = saved_lo;
            st->pending_hi = saved_hi;
            if (failed)
                goto exception;
            NEXT();
        }
        st->pending_lo = saved_lo;
        st->pending_hi = saved_hi;
        if (callee->flags & VM_MF_ABSTRACT) {
            char name[300];
            vm_method_name(callee, name, sizeof name);
            vm_throw_newf(t, "System", "EntryPointNotFoundException", "%s", name);
            goto exception;
        }
        /* a runtime-provided method (delegate Invoke reached through a virtual call) */
        if ((callee->owner->flags & VM_TF_DELEGATE) && strcmp(callee->name, "Invoke") == 0) {
            uint32_t nslots = 0;
            for (uint32_t i = 0; i < callee->sig.nparams; i++) {
                uint32_t k = (vm_value_size(callee->sig.params[i]) + 7) / 8;
                nslots += k ? k : 1;
            }
            NULLCHK(nfp[0].o);
            st->pending_lo = nfp;
            st->pending_hi = fp + frame->irm->frame_slots;
            failed = invoke_delegate(t, nfp[0].o, nfp, nslots, callee);
            st->pending_lo = saved_lo;
            st->pending_hi = saved_hi;
            if (failed)
                goto exception;
            NEXT();
        }
        vm_throw_new(t, "System", "NotSupportedException", "runtime method");
        goto exception;
    }
    {
        ir_method *irm = callee->code;
        if (UNLIKELY(!irm)) {
            /* importing may collect: the arguments laid out at nfp are pending */
            SAVE();
            vm_slot *saved_lo = st->pending_lo, *saved_hi = st->pending_hi;
            st->pending_lo = nfp;
            st->pending_hi = fp + frame->irm->frame_slots;
            irm = interp_prepare(t, callee);
            st->pending_lo = saved_lo;
            st->pending_hi = saved_hi;
            if (!irm)
                goto exception;
        }
        if (UNLIKELY(nfp + irm->frame_slots >= st->slots_end || st->nframes + 1 >= st->maxframes))
            stack_overflow(t);
        SAVE();
        {
            /* most frames have a few locals: a loop beats a call to memset */
            vm_slot *l = nfp + irm->nargs_slots;
            for (uint32_t k = irm->nlocals_slots; k; k--)
                (l++)->u8 = 0;
        }
        frame = &st->frames[st->nframes++];
        frame->irm = irm;
        frame->fp = nfp;
        frame->flags = 0;
        frame->localloc_mark = st->ltop;
        fp = nfp;
        code = irm->code;
        ip = code;
        frame->ip = ip;
        DISPATCH();
    }

    CASE(RET_4) fp[0].u8 = 0; fp[0].u4 = A.u4; goto do_return;
    CASE(RET_8) fp[0] = A; goto do_return;
    CASE(RET_VT) memmove(&fp[0], &A, ip->size); goto do_return;
    CASE(RET) goto do_return;
do_return: {
        st->ltop = frame->localloc_mark;
        uint32_t flags = frame->flags;
        st->nframes--;
        if (flags & INTERP_F_BOUNDARY)
            return 0;
        frame = &st->frames[st->nframes - 1];
        fp = frame->fp;
        code = frame->irm->code;
        ip = frame->ip + 1;
        DISPATCH();
    }

    /* ---- exceptions ---- */
    CASE(THROW) {
        vm_object *o = A.o;
        SAVE();
        if (!o) {
            vm_throw_null_ref(t);
            goto exception;
        }
        vm_exception_reset_trace(o);
        vm_throw(t, o);
        goto exception;
    }
    CASE(RETHROW) {
        SAVE();
        vm_throw(t, A.o);
        goto exception;
    }
    CASE(LEAVE_FINALLY) {
        /* remember where to go on, then run the finally handler */
        fp[ip->a].i8 = (int64_t)(ip - code) + 1;
        JUMP(ip->imm.target);
    }
    CASE(ENDFINALLY) {
        int64_t back = A.i8;
        if (back == INTERP_FINALLY_FROM_UNWIND) {
            SAVE();
            if (!interp_resume_unwind(t, st, entry))
                return -1;
            goto reload;
        }
        JUMP((uint32_t)back);
    }
    CASE(ENDFILTER) {
        /* a filter frame: return its verdict to the unwinder */
        frame->filter_result = A.i4;
        st->ltop = frame->localloc_mark;
        st->nframes--;
        return 0;
    }
#ifndef USE_COMPUTED_GOTO
    default:
        vm_fatal("bad IR opcode %u", ip->op);
    }
#endif

exception:
    if (!interp_handle_exception(t, st, entry))
        return -1;
reload:
    frame = &st->frames[st->nframes - 1];
    fp = frame->fp;
    code = frame->irm->code;
    ip = frame->ip;
    DISPATCH();
}

uint32_t interp_stack_trace(vm_thread *t, vm_method **methods, uint32_t *il_offsets,
                            uint32_t max, uint32_t skip) {
    interp_stack *st = stack_of(t);
    uint32_t n = 0;
    for (uint32_t i = st->nframes; i-- > 0 && n < max;) {
        interp_frame *f = &st->frames[i];
        if (skip) {
            skip--;
            continue;
        }
        if (!f->irm || (f->flags & INTERP_F_FILTER))
            continue;
        methods[n] = f->irm->method;
        il_offsets[n] = f->ip ? f->ip->il_offset : 0;
        n++;
    }
    return n;
}
