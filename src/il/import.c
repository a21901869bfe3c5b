/*
 * import.c — the IL importer: one forward pass over a method's IL (ECMA-335 III.1.7.5
 * makes one pass enough: after an unconditional branch the stack is empty unless a
 * forward branch said otherwise) that simulates the evaluation stack with types,
 * resolves every token in the method's generic context, checks what the verifier
 * rules need to avoid crashes, and emits typed IR (ir.h) with frame slots assigned.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "il/il.h"
#include "il/ir.h"
#include "vm/icall.h"
#include "vm/thread.h"

/* A value on the simulated stack. */
typedef struct sv {
    uint8_t kind;           /* enum vm_stack_kind */
    uint16_t slot;          /* where the value is: its stack position, or, for a variable
                               loaded but not yet copied, that variable's slot (an alias) */
    uint16_t pos;           /* its stack position (first frame slot) */
    uint16_t nslots;
    vm_type *type;          /* exact type where known (NULL for null / unknown refs) */
} sv;

#define IS_ALIAS(s) ((s)->slot != (s)->pos)

#define MAX_STACK 1024

/* The stack state recorded at a branch target. */
typedef struct bstate {
    int known;
    uint32_t depth;
    sv *vals;
} bstate;

typedef struct imp {
    vm_thread *t;
    vm_method *m;
    vm_module *mod;
    const vm_target *tg;
    vm_generic_ctx ctx;
    md_body body;
    ir_method *out;

    uint32_t nargs;                 /* incl. this */
    vm_type **argtypes;
    uint32_t *argslot;
    uint32_t nlocals;
    vm_type **loctypes;
    uint32_t *locslot;
    uint32_t eval_base;
    uint32_t max_slot;

    sv stack[MAX_STACK];
    uint32_t depth;

    ir_insn *code;
    uint32_t ncode, capcode;
    uint32_t *il2ir;                /* IL offset -> first IR index, for boundaries */
    uint8_t *boundary;              /* 1 at the start of every IL instruction */
    bstate *states;                 /* per IL offset: stack state at branch targets */
    uint32_t cur_pc;

    /* prefixes of the current instruction */
    vm_type *constrained;
    int readonly_prefix;
    int tail_prefix;

    int failed;                     /* an exception is pending on t */
    uint32_t argslots_of_last_call; /* set by pop_args */
    uint32_t popped_args;           /* how many values pop_args took */
    uint8_t *var_addr_taken;        /* per arg, then per local: ldarga/ldloca seen */
    uint8_t *is_target;             /* per IL offset: some branch goes there */
} imp;

/* ---- errors ------------------------------------------------------------------------ */

static int invalid(imp *im, const char *fmt, ...) {
    char msg[300], name[300];
    va_list ap;
    if (im->failed)
        return -1;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    vm_method_name(im->m, name, sizeof name);
    if (getenv("ANYCLR_TRACE_IMPORT"))
        fprintf(stderr, "anyclr: invalid IL in %s at IL_%04x: %s\n", name, im->cur_pc, msg);
    im->failed = 1;
    vm_throw_new(im->t, "System", "InvalidProgramException", NULL);
    return -1;
}

static int pending(imp *im) {
    im->failed = 1;
    return -1;
}

/* ---- emission ---------------------------------------------------------------------- */

static ir_insn *emit(imp *im, enum ir_op op) {
    if (im->ncode == im->capcode) {
        uint32_t cap = im->capcode ? im->capcode * 2 : 64;
        ir_insn *n = realloc(im->code, cap * sizeof *n);
        if (!n)
            vm_fatal("out of memory importing a method");
        im->code = n;
        im->capcode = cap;
    }
    ir_insn *in = &im->code[im->ncode++];
    memset(in, 0, sizeof *in);
    in->op = (uint16_t)op;
    in->il_offset = im->cur_pc;
    in->gcmap = IR_NO_MAP;
    return in;
}

static int nat8(const imp *im) { return im->tg->ptr_size == 8; }

/* ---- the simulated stack ----------------------------------------------------------- */

static uint32_t slots_for(const vm_type *type, int kind) {
    if (kind == VM_SK_VALUE) {
        uint32_t n = (vm_value_size(type) + 7) / 8;
        return n ? n : 1;
    }
    return 1;
}

static uint32_t top_slot(const imp *im) {
    if (!im->depth)
        return im->eval_base;
    const sv *s = &im->stack[im->depth - 1];
    return s->pos + s->nslots;
}

static sv *push(imp *im, int kind, vm_type *type) {
    if (im->depth >= MAX_STACK) {
        invalid(im, "stack too deep");
        return NULL;
    }
    sv *s = &im->stack[im->depth];
    s->kind = (uint8_t)kind;
    s->type = type;
    s->slot = s->pos = (uint16_t)top_slot(im);
    s->nslots = (uint16_t)slots_for(type, kind);
    if ((uint32_t)s->pos + s->nslots > im->max_slot)
        im->max_slot = s->pos + s->nslots;
    if (im->max_slot > 60000) {
        invalid(im, "frame too large");
        return NULL;
    }
    im->depth++;
    return s;
}

static sv *push_type(imp *im, vm_type *type) {
    return push(im, (int)vm_stack_kind(type), type);
}

static ir_insn *emit(imp *im, enum ir_op op);

/* Copy an aliased variable into the value's stack position. */
static void materialize(imp *im, sv *s) {
    if (!IS_ALIAS(s))
        return;
    ir_insn *in = emit(im, IR_MOV_8);
    in->d = s->pos;
    in->a = s->slot;
    s->slot = s->pos;
}

static void materialize_all(imp *im) {
    for (uint32_t i = 0; i < im->depth; i++)
        materialize(im, &im->stack[i]);
}

/* Before a store to the variable in `slot`: stack values still aliasing it get copies. */
static void materialize_var(imp *im, uint32_t slot) {
    for (uint32_t i = 0; i < im->depth; i++)
        if (IS_ALIAS(&im->stack[i]) && im->stack[i].slot == slot)
            materialize(im, &im->stack[i]);
}

/* A value to use as an operand: it may still be in its variable (slot != pos). */
static int pop_src(imp *im, sv *out) {
    memset(out, 0, sizeof *out);
    if (!im->depth)
        return invalid(im, "stack underflow");
    *out = im->stack[--im->depth];
    return 0;
}

/* A value in its own stack position (what in-place operations need). */
static int pop(imp *im, sv *out) {
    if (pop_src(im, out))
        return -1;
    materialize(im, out);
    return 0;
}

static sv *peek(imp *im, uint32_t n) {
    if (n >= im->depth) {
        invalid(im, "stack underflow");
        return NULL;
    }
    sv *s = &im->stack[im->depth - 1 - n];
    materialize(im, s);
    return s;
}

/* Reserve room above the current stack (newobj's shifted arguments). */
static void reserve(imp *im, uint32_t upto) {
    if (upto > im->max_slot)
        im->max_slot = upto;
}

/* ---- GC maps ----------------------------------------------------------------------- */

static void map_add(uint32_t **arr, uint32_t *n, uint32_t v) {
    uint32_t *x = realloc(*arr, (*n + 1) * sizeof **arr);
    if (!x)
        vm_fatal("out of memory");
    x[*n] = v;
    *arr = x;
    (*n)++;
}

static void map_value(ir_gcmap *g, uint32_t byteoff, int kind, vm_type *type) {
    if (kind == VM_SK_REF)
        map_add(&g->refs, &g->nrefs, byteoff);
    else if (kind == VM_SK_BYREF)
        map_add(&g->byrefs, &g->nbyrefs, byteoff);
    else if (kind == VM_SK_VALUE && type) {
        for (uint32_t i = 0; i < type->nrefs; i++)
            map_add(&g->refs, &g->nrefs, byteoff + type->ref_offsets[i]);
        for (uint32_t i = 0; i < type->nbyrefs; i++)
            map_add(&g->byrefs, &g->nbyrefs, byteoff + type->byref_offsets[i]);
    }
}

/* Record the references on the evaluation stack below slot `limit` for this insn. */
static void record_map(imp *im, ir_insn *in, uint32_t limit) {
    ir_gcmap g = {0};
    for (uint32_t i = 0; i < im->depth; i++) {
        const sv *s = &im->stack[i];
        if (s->pos >= limit)
            break;
        if (!IS_ALIAS(s))
            map_value(&g, s->pos * 8u, s->kind, s->type);
    }
    if (!g.nrefs && !g.nbyrefs)
        return;
    ir_method *o = im->out;
    ir_gcmap *maps = realloc(o->maps, (o->nmaps + 1) * sizeof *maps);
    if (!maps)
        vm_fatal("out of memory");
    maps[o->nmaps] = g;
    o->maps = maps;
    in->gcmap = (uint16_t)o->nmaps++;
    if (o->nmaps >= IR_NO_MAP)
        invalid(im, "too many call sites");
}

/*
 * The map of a call whose arguments no callee frame takes over (internal calls,
 * delegates invoked through C, runtime array methods): the arguments just popped
 * stay live, and reported, until the call returns.
 */
static void record_map_args(imp *im, ir_insn *in) {
    uint32_t depth = im->depth;
    im->depth += im->popped_args;
    record_map(im, in, top_slot(im));
    im->depth = depth;
}

/* ---- type helpers ------------------------------------------------------------------ */

/* The primitive element kind of a type, looking through enums. */
static uint8_t prim_elem(const vm_type *t) {
    if (t->flags & VM_TF_ENUM && t->element)
        return t->element->elem;
    return t->elem;
}

/* Byte offset of a small value inside its int32 slot (ldloca on big-endian). */
static uint32_t small_adj(const imp *im, const vm_type *t) {
    if (!im->tg->big_endian)
        return 0;
    switch (prim_elem(t)) {
    case MD_ELEM_BOOLEAN: case MD_ELEM_I1: case MD_ELEM_U1: return 3;
    case MD_ELEM_CHAR: case MD_ELEM_I2: case MD_ELEM_U2: return 2;
    default: return 0;
    }
}

/* Load op kinds for memory reads of a type, and store op kinds. */
enum { LK_I1, LK_U1, LK_I2, LK_U2, LK_I4, LK_I8, LK_R4, LK_R8, LK_P, LK_VT, LK_REF };

static int load_kind(const imp *im, const vm_type *t) {
    if (vm_is_ref(t))
        return LK_REF;
    switch (prim_elem(t)) {
    case MD_ELEM_BOOLEAN: case MD_ELEM_U1: return LK_U1;
    case MD_ELEM_I1: return LK_I1;
    case MD_ELEM_CHAR: case MD_ELEM_U2: return LK_U2;
    case MD_ELEM_I2: return LK_I2;
    case MD_ELEM_I4: case MD_ELEM_U4: return LK_I4;
    case MD_ELEM_I8: case MD_ELEM_U8: return LK_I8;
    case MD_ELEM_R4: return LK_R4;
    case MD_ELEM_R8: return LK_R8;
    case MD_ELEM_I: case MD_ELEM_U: case MD_ELEM_PTR: case MD_ELEM_FNPTR: return LK_P;
    default: break;
    }
    if (t->kind == VM_KIND_POINTER || t->kind == VM_KIND_FNPTR || t->kind == VM_KIND_BYREF)
        return LK_P;
    return LK_VT;
}

static const enum ir_op ld_ops[] = {IR_LD_I1, IR_LD_U1, IR_LD_I2, IR_LD_U2, IR_LD_I4,
                                    IR_LD_I8, IR_LD_R4, IR_LD_R8, IR_LD_P, IR_LD_VT, IR_LD_P};
static const enum ir_op lds_ops[] = {IR_LDS_I1, IR_LDS_U1, IR_LDS_I2, IR_LDS_U2, IR_LDS_4,
                                     IR_LDS_8, IR_LDS_4, IR_LDS_8, IR_LDS_P, IR_LDS_VT, IR_LDS_P};
static const enum ir_op lda_ops[] = {IR_LDA_I1, IR_LDA_U1, IR_LDA_I2, IR_LDA_U2, IR_LDA_4,
                                     IR_LDA_8, IR_LDA_4, IR_LDA_8, IR_LDA_P, IR_LDA_VT, IR_LDA_P};
static const enum ir_op st_ops[] = {IR_ST_1, IR_ST_1, IR_ST_2, IR_ST_2, IR_ST_4, IR_ST_8,
                                    IR_ST_4, IR_ST_8, IR_ST_P, IR_ST_VT, IR_ST_REF};
static const enum ir_op sta_ops[] = {IR_STA_1, IR_STA_1, IR_STA_2, IR_STA_2, IR_STA_4,
                                     IR_STA_8, IR_STA_4, IR_STA_8, IR_STA_P, IR_STA_VT,
                                     IR_STA_REF};
static const enum ir_op ldelem_ops[] = {IR_LDELEM_I1, IR_LDELEM_U1, IR_LDELEM_I2,
                                        IR_LDELEM_U2, IR_LDELEM_4, IR_LDELEM_8, IR_LDELEM_4,
                                        IR_LDELEM_8, IR_LDELEM_P, IR_LDELEM_VT, IR_LDELEM_P};
static const enum ir_op stelem_ops[] = {IR_STELEM_1, IR_STELEM_1, IR_STELEM_2, IR_STELEM_2,
                                        IR_STELEM_4, IR_STELEM_8, IR_STELEM_4, IR_STELEM_8,
                                        IR_STELEM_P, IR_STELEM_VT, IR_STELEM_REF};

/* ---- conversions of stack values in place ------------------------------------------ */

/* Converts the value in slot s (kind from) so that it can be stored where a value of type
 * `to` is expected: I4 <-> native int widening/narrowing, R4 <-> R8, and normalising
 * small integers. Emitted in place (d = a = slot). */
static void coerce(imp *im, uint32_t slot, int from, const vm_type *to);

/*
 * May a stack value of kind `from` be stored where a `to` is expected? What CoreCLR's
 * importer also rejects as invalid IL: references and numbers mixed, floats and
 * integers mixed, a value type where it does not fit. (Pointers and native ints mix.)
 */
static int storable(int from, const vm_type *to) {
    int tk = (int)vm_stack_kind(to);
    switch (tk) {
    case VM_SK_REF: return from == VM_SK_REF;
    case VM_SK_BYREF: return from == VM_SK_BYREF || from == VM_SK_I;
    case VM_SK_I4: case VM_SK_I: case VM_SK_I8:
        return from == VM_SK_I4 || from == VM_SK_I || from == VM_SK_I8 ||
               (tk == VM_SK_I && from == VM_SK_BYREF);
    case VM_SK_R4: case VM_SK_R8: return from == VM_SK_R4 || from == VM_SK_R8;
    case VM_SK_VALUE: return from == VM_SK_VALUE;
    default: return 0;
    }
}

/* Check, then convert: -1 (InvalidProgramException pending) when not storable. */
static int store_check(imp *im, sv *v, const vm_type *to, const char *what);

static int invalid(imp *im, const char *fmt, ...);

static int store_check(imp *im, sv *v, const vm_type *to, const char *what) {
    if (!storable(v->kind, to))
        return invalid(im, "%s: a value of stack kind %d where %s is expected", what, v->kind,
                       to->name);
    if (v->kind == VM_SK_VALUE && vm_value_size(v->type) != vm_value_size(to))
        return invalid(im, "%s: a value type of the wrong size", what);
    return 0;
}

/* coerce for a value that may be an alias: the converted value goes to its position. */
static void coerce_sv(imp *im, sv *v, const vm_type *to) {
    uint32_t before = im->ncode;
    coerce(im, v->slot, v->kind, to);
    if (im->ncode != before) {
        im->code[im->ncode - 1].d = v->pos;
        v->slot = v->pos;
    }
}

static void coerce(imp *im, uint32_t slot, int from, const vm_type *to) {
    int tk = (int)vm_stack_kind(to);
    enum ir_op op = IR_NOP;
    if (tk == VM_SK_I || tk == VM_SK_BYREF) {
        if (from == VM_SK_I4 && nat8(im))
            op = IR_CONV_I4_I8;
    } else if (tk == VM_SK_I4) {
        if ((from == VM_SK_I || from == VM_SK_I8) && (nat8(im) || from == VM_SK_I8))
            op = IR_CONV_I8_I4;
        switch (prim_elem(to)) {
        case MD_ELEM_I1: op = from == VM_SK_I4 || !nat8(im) ? IR_CONV_I4_I1 : IR_CONV_I8_I1; break;
        case MD_ELEM_U1: case MD_ELEM_BOOLEAN:
            op = from == VM_SK_I4 || !nat8(im) ? IR_CONV_I4_U1 : IR_CONV_I8_U1; break;
        case MD_ELEM_I2: op = from == VM_SK_I4 || !nat8(im) ? IR_CONV_I4_I2 : IR_CONV_I8_I2; break;
        case MD_ELEM_U2: case MD_ELEM_CHAR:
            op = from == VM_SK_I4 || !nat8(im) ? IR_CONV_I4_U2 : IR_CONV_I8_U2; break;
        default: break;
        }
        if (from == VM_SK_I8 && op == IR_NOP)
            op = IR_CONV_I8_I4;
    } else if (tk == VM_SK_I8) {
        if (from == VM_SK_I4)
            op = IR_CONV_I4_I8;
        else if (from == VM_SK_I && !nat8(im))
            op = IR_CONV_I4_I8;
    } else if (tk == VM_SK_R4 && from == VM_SK_R8) {
        op = IR_CONV_R8_R4;
    } else if (tk == VM_SK_R8 && from == VM_SK_R4) {
        op = IR_CONV_R4_R8;
    }
    if (op != IR_NOP) {
        ir_insn *in = emit(im, op);
        in->d = in->a = (uint16_t)slot;
    }
}

/* Widen an I4 to native int in place where the other operand is native. */
static void widen_to_native(imp *im, sv *s) {
    if (s->kind == VM_SK_I4) {
        if (nat8(im)) {
            ir_insn *in = emit(im, IR_CONV_I4_I8);
            in->d = s->pos;
            in->a = s->slot;
            s->slot = s->pos;
        }
        s->kind = VM_SK_I;
    }
}

static void widen_r4(imp *im, sv *s) {
    if (s->kind == VM_SK_R4) {
        ir_insn *in = emit(im, IR_CONV_R4_R8);
        in->d = s->pos;
        in->a = s->slot;
        s->slot = s->pos;
        s->kind = VM_SK_R8;
    }
}

/* Is a native-width integer (I, BYREF, REF, pointer) 64-bit on this target? */
static int wide(const imp *im, int kind) {
    return kind == VM_SK_I8 || ((kind == VM_SK_I || kind == VM_SK_BYREF || kind == VM_SK_REF) &&
                                nat8(im));
}

/* ---- loading and storing variables ------------------------------------------------- */

static void load_var(imp *im, uint32_t slot, vm_type *type, int can_alias) {
    sv *s = push_type(im, type);
    if (!s)
        return;
    if (can_alias && s->kind != VM_SK_VALUE) {
        /* a whole-slot value (small integers are kept normalised in theirs): read it
         * where it is until something needs a copy */
        s->slot = (uint16_t)slot;
        return;
    }
    int lk = load_kind(im, type);
    ir_insn *in;
    if (lk == LK_VT) {
        in = emit(im, IR_MOV_VT);
        in->size = vm_value_size(type);
    } else if (lk <= LK_U2) {
        in = emit(im, lds_ops[lk]);
        in->imm.off = small_adj(im, type);
    } else {
        in = emit(im, IR_MOV_8);
    }
    in->d = s->slot;
    in->a = (uint16_t)slot;
}

static void store_var(imp *im, uint32_t slot, vm_type *type) {
    sv v;
    materialize_var(im, slot);
    if (pop_src(im, &v) || store_check(im, &v, type, "store to a variable"))
        return;
    coerce_sv(im, &v, type);
    ir_insn *in;
    if (vm_stack_kind(type) == VM_SK_VALUE) {
        in = emit(im, IR_MOV_VT);
        in->size = vm_value_size(type);
    } else {
        in = emit(im, IR_MOV_8);
    }
    in->d = (uint16_t)slot;
    in->a = v.slot;
}

/* ---- branches and stack states ----------------------------------------------------- */

static int same_state(imp *im, const bstate *b) {
    if (b->depth != im->depth)
        return 0;
    for (uint32_t i = 0; i < b->depth; i++) {
        const sv *x = &b->vals[i], *y = &im->stack[i];
        int kx = x->kind, ky = y->kind;
        /* I4 and native int merge on 32-bit targets; refs of any type merge */
        if (kx != ky && !((kx == VM_SK_I4 || kx == VM_SK_I) && (ky == VM_SK_I4 || ky == VM_SK_I) &&
                          !nat8(im)))
            return 0;
        if (x->nslots != y->nslots)
            return 0;
    }
    return 1;
}

/* Note the stack state at a branch target (or check it against what is recorded). */
static int branch_to(imp *im, int64_t target) {
    if (target < 0 || target >= im->body.code_size)
        return invalid(im, "branch target IL_%04llx outside the method", (long long)target);
    bstate *b = &im->states[target];
    if (b->known) {
        if (!same_state(im, b))
            return invalid(im, "stack mismatch at branch target IL_%04llx", (long long)target);
        return 0;
    }
    b->known = 1;
    b->depth = im->depth;
    if (im->depth) {
        b->vals = malloc(im->depth * sizeof(sv));
        if (!b->vals)
            vm_fatal("out of memory");
        memcpy(b->vals, im->stack, im->depth * sizeof(sv));
        for (uint32_t i = 0; i < im->depth; i++)
            b->vals[i].slot = b->vals[i].pos;   /* arrivals have values in their positions */
    }
    return 0;
}

/* ---- token resolution -------------------------------------------------------------- */

static vm_type *tok_type(imp *im, uint32_t tok) {
    vm_type *t = vm_resolve_type(im->t, im->mod, tok, &im->ctx);
    if (!t)
        pending(im);
    return t;
}

static vm_method *tok_method(imp *im, uint32_t tok) {
    vm_method *m = vm_resolve_method(im->t, im->mod, tok, &im->ctx);
    if (!m)
        pending(im);
    return m;
}

static vm_field *tok_field(imp *im, uint32_t tok) {
    vm_field *f = vm_resolve_field(im->t, im->mod, tok, &im->ctx);
    if (!f)
        pending(im);
    return f;
}

static int prepare(imp *im, vm_type *t, enum vm_type_state st) {
    if (vm_type_prepare(im->t, t, st))
        return pending(im);
    return 0;
}

/* Emit a class-constructor check for an access to `type` from this method. */
static void cctor_check(imp *im, vm_type *type) {
    /* the .cctor is known once the type's methods are (READY) */
    if (type->state != VM_TS_READY && prepare(im, type, VM_TS_READY))
        return;
    if (!type->cctor || type->cctor_state == VM_CCTOR_DONE)
        return;
    ir_insn *in = emit(im, IR_CCTOR_CHECK);
    in->imm.type = type;
    record_map(im, in, top_slot(im));
}

/* ---- arithmetic -------------------------------------------------------------------- */

typedef struct opset { enum ir_op i4, i8, r4, r8; } opset;

static void binop(imp *im, opset ops, int allow_float, int allow_ptr) {
    sv b, a;
    if (pop_src(im, &b) || pop_src(im, &a))
        return;
    int rk;
    if (a.kind == VM_SK_I4 && b.kind == VM_SK_I4) {
        rk = VM_SK_I4;
    } else if (a.kind == VM_SK_I8 && b.kind == VM_SK_I8) {
        rk = VM_SK_I8;
    } else if ((a.kind == VM_SK_I4 || a.kind == VM_SK_I) && (b.kind == VM_SK_I4 || b.kind == VM_SK_I)) {
        widen_to_native(im, &a);
        widen_to_native(im, &b);
        rk = VM_SK_I;
    } else if (allow_float && (a.kind == VM_SK_R4 || a.kind == VM_SK_R8) &&
               (b.kind == VM_SK_R4 || b.kind == VM_SK_R8)) {
        if (a.kind == VM_SK_R4 && b.kind == VM_SK_R4) {
            rk = VM_SK_R4;
        } else {
            widen_r4(im, &a);
            widen_r4(im, &b);
            rk = VM_SK_R8;
        }
    } else if (allow_ptr && a.kind == VM_SK_BYREF && (b.kind == VM_SK_I4 || b.kind == VM_SK_I)) {
        widen_to_native(im, &b);
        rk = VM_SK_BYREF;
    } else if (allow_ptr == 2 && a.kind == VM_SK_BYREF && b.kind == VM_SK_BYREF) {
        rk = VM_SK_I;   /* byref - byref */
    } else if (allow_ptr == 1 && (a.kind == VM_SK_I4 || a.kind == VM_SK_I) && b.kind == VM_SK_BYREF) {
        widen_to_native(im, &a);
        rk = VM_SK_BYREF;
    } else {
        invalid(im, "operands of kinds %d and %d do not combine", a.kind, b.kind);
        return;
    }
    enum ir_op op;
    switch (rk) {
    case VM_SK_I4: op = ops.i4; break;
    case VM_SK_I8: op = ops.i8; break;
    case VM_SK_R4: op = ops.r4; break;
    case VM_SK_R8: op = ops.r8; break;
    default: op = nat8(im) ? ops.i8 : ops.i4; break;
    }
    if (op == IR_NOP) {
        invalid(im, "operation not defined on this kind");
        return;
    }
    ir_insn *in = emit(im, op);
    sv *r = push(im, rk, rk == VM_SK_BYREF ? (a.kind == VM_SK_BYREF ? a.type : b.type) : NULL);
    if (!r)
        return;
    in->d = r->slot;
    in->a = a.slot;
    in->b = b.slot;
    if (op == ops.i4 && (op == IR_DIV_I4 || op == IR_REM_I4 || op == IR_DIV_UN_I4 ||
                         op == IR_REM_UN_I4))
        record_map(im, in, r->slot);
}

static void shiftop(imp *im, enum ir_op op4, enum ir_op op8) {
    sv b, a;
    if (pop_src(im, &b) || pop_src(im, &a))
        return;
    if (b.kind != VM_SK_I4 && b.kind != VM_SK_I) {
        invalid(im, "shift amount is not an integer");
        return;
    }
    if (b.kind == VM_SK_I && nat8(im)) {
        ir_insn *c = emit(im, IR_CONV_I8_I4);
        c->d = b.pos;
        c->a = b.slot;
        b.slot = b.pos;
    }
    if (a.kind != VM_SK_I4 && a.kind != VM_SK_I8 && a.kind != VM_SK_I) {
        invalid(im, "shifted value is not an integer");
        return;
    }
    ir_insn *in = emit(im, wide(im, a.kind) ? op8 : op4);
    sv *r = push(im, a.kind, NULL);
    if (!r)
        return;
    in->d = r->slot;
    in->a = a.slot;
    in->b = b.slot;
}

static void unop(imp *im, enum ir_op i4, enum ir_op i8, enum ir_op r4, enum ir_op r8) {
    sv a;
    if (pop_src(im, &a))
        return;
    enum ir_op op;
    switch (a.kind) {
    case VM_SK_I4: op = i4; break;
    case VM_SK_I8: op = i8; break;
    case VM_SK_I: op = nat8(im) ? i8 : i4; break;
    case VM_SK_R4: op = r4; break;
    case VM_SK_R8: op = r8; break;
    default: invalid(im, "bad operand for unary operation"); return;
    }
    if (op == IR_NOP) {
        invalid(im, "bad operand for unary operation");
        return;
    }
    ir_insn *in = emit(im, op);
    sv *r = push(im, a.kind, NULL);
    if (!r)
        return;
    in->d = r->slot;
    in->a = a.slot;
}

/* Comparison kinds shared by ceq/cgt/clt and the conditional branches. */
enum cmpk { CK_I4, CK_I8, CK_R4, CK_R8, CK_P };

static int cmp_kind(imp *im, sv *a, sv *b, int *ck) {
    if (a->kind == VM_SK_I4 && b->kind == VM_SK_I4) {
        *ck = CK_I4;
    } else if (a->kind == VM_SK_I8 && b->kind == VM_SK_I8) {
        *ck = CK_I8;
    } else if ((a->kind == VM_SK_I4 || a->kind == VM_SK_I) && (b->kind == VM_SK_I4 || b->kind == VM_SK_I)) {
        widen_to_native(im, a);
        widen_to_native(im, b);
        *ck = nat8(im) ? CK_I8 : CK_I4;
    } else if ((a->kind == VM_SK_R4 || a->kind == VM_SK_R8) && (b->kind == VM_SK_R4 || b->kind == VM_SK_R8)) {
        if (a->kind == VM_SK_R4 && b->kind == VM_SK_R4) {
            *ck = CK_R4;
        } else {
            widen_r4(im, a);
            widen_r4(im, b);
            *ck = CK_R8;
        }
    } else if ((a->kind == VM_SK_REF || a->kind == VM_SK_BYREF || a->kind == VM_SK_I) &&
               (b->kind == VM_SK_REF || b->kind == VM_SK_BYREF || b->kind == VM_SK_I)) {
        if (a->kind == VM_SK_I || b->kind == VM_SK_I) {
            /* a native int against a pointer: compare at pointer width */
            *ck = nat8(im) ? CK_I8 : CK_I4;
            if (a->kind == VM_SK_I4 || b->kind == VM_SK_I4)
                return invalid(im, "compare of int32 with a pointer");
        } else {
            *ck = CK_P;
        }
    } else {
        return invalid(im, "operands of kinds %d and %d cannot be compared", a->kind, b->kind);
    }
    return 0;
}

static void compare(imp *im, int which) {
    /* which: 0 ceq, 1 cgt, 2 cgt.un, 3 clt, 4 clt.un */
    sv b, a;
    if (pop_src(im, &b) || pop_src(im, &a))
        return;
    int ck;
    if (cmp_kind(im, &a, &b, &ck))
        return;
    static const enum ir_op table[5][5] = {
        {IR_CEQ_I4, IR_CGT_I4, IR_CGT_UN_I4, IR_CLT_I4, IR_CLT_UN_I4},
        {IR_CEQ_I8, IR_CGT_I8, IR_CGT_UN_I8, IR_CLT_I8, IR_CLT_UN_I8},
        {IR_CEQ_R4, IR_CGT_R4, IR_CGT_UN_R4, IR_CLT_R4, IR_CLT_UN_R4},
        {IR_CEQ_R8, IR_CGT_R8, IR_CGT_UN_R8, IR_CLT_R8, IR_CLT_UN_R8},
        {IR_CEQ_P, IR_NOP, IR_CGT_UN_P, IR_NOP, IR_NOP},
    };
    enum ir_op op = table[ck][which];
    if (op == IR_NOP) {
        if (ck == CK_P)
            op = nat8(im) ? table[CK_I8][which] : table[CK_I4][which];
        else {
            invalid(im, "comparison not defined");
            return;
        }
    }
    ir_insn *in = emit(im, op);
    sv *r = push(im, VM_SK_I4, NULL);
    if (!r)
        return;
    in->d = r->slot;
    in->a = a.slot;
    in->b = b.slot;
}

/* A backward branch with nothing on the stack is a loop's back edge: a safe point. */
static void back_edge(imp *im, int64_t target) {
    if (target <= im->cur_pc && im->depth == 0)
        emit(im, IR_SAFEPOINT);
}

static void cond_branch(imp *im, int which, int64_t target) {
    /* which: 0 beq 1 bne.un 2 blt 3 blt.un 4 ble 5 ble.un 6 bgt 7 bgt.un 8 bge 9 bge.un */
    sv b, a;
    if (pop_src(im, &b) || pop_src(im, &a))
        return;
    int ck;
    if (cmp_kind(im, &a, &b, &ck))
        return;
    materialize_all(im);    /* the target expects every value in its position */
    back_edge(im, target);
    static const enum ir_op base[5] = {IR_BEQ_I4, IR_BEQ_I8, IR_BEQ_R4, IR_BEQ_R8, IR_BEQ_P};
    ir_insn *in = emit(im, (enum ir_op)(base[ck] + which));
    in->a = a.slot;
    in->b = b.slot;
    in->imm.target = (uint32_t)target;
    branch_to(im, target);
}

/* ---- conversions ------------------------------------------------------------------- */

enum { CT_I1, CT_U1, CT_I2, CT_U2, CT_I4, CT_U4, CT_I8, CT_U8, CT_R4, CT_R8, CT_RUN };

static void conv(imp *im, int to, int ovf, int src_unsigned) {
    sv a;
    if (pop_src(im, &a))
        return;
    int from; /* 0 I4 1 U4 2 I8 3 U8 4 R4 5 R8 */
    switch (a.kind) {
    case VM_SK_I4: from = 0; break;
    case VM_SK_I8: from = 2; break;
    case VM_SK_I: case VM_SK_BYREF: case VM_SK_REF: from = nat8(im) ? 2 : 0; break;
    case VM_SK_R4: from = 4; break;
    case VM_SK_R8: from = 5; break;
    default: invalid(im, "conversion of a value type"); return;
    }
    if (from < 4 && (src_unsigned || to == CT_RUN ||
                     (!ovf && (to == CT_U8) )))
        from++;
    /* conv.u8 / conv.u from int32 zero-extends; conv.i8 sign-extends (handled by from) */
    static const enum ir_op base_plain[6] = {IR_CONV_I4_I1, IR_CONV_U4_I1, IR_CONV_I8_I1,
                                             IR_CONV_U8_I1, IR_CONV_R4_I1, IR_CONV_R8_I1};
    static const enum ir_op base_ovf[6] = {IR_CONV_OVF_I4_I1, IR_CONV_OVF_U4_I1,
                                           IR_CONV_OVF_I8_I1, IR_CONV_OVF_U8_I1,
                                           IR_CONV_OVF_R4_I1, IR_CONV_OVF_R8_I1};
    enum ir_op op = (enum ir_op)((ovf ? base_ovf[from] : base_plain[from]) + to);
    int rk;
    switch (to) {
    case CT_I8: case CT_U8: rk = VM_SK_I8; break;
    case CT_R4: rk = VM_SK_R4; break;
    case CT_R8: case CT_RUN: rk = VM_SK_R8; break;
    default: rk = VM_SK_I4; break;
    }
    ir_insn *in = emit(im, op);
    sv *r = push(im, rk, NULL);
    if (!r)
        return;
    in->d = r->slot;
    in->a = a.slot;
    if (ovf)
        record_map(im, in, r->slot);
}

/* conv.i / conv.u / conv.ovf.i...: to native int */
static void conv_native(imp *im, int is_unsigned, int ovf, int src_unsigned) {
    if (nat8(im))
        conv(im, is_unsigned ? CT_U8 : CT_I8, ovf, src_unsigned);
    else
        conv(im, is_unsigned ? CT_U4 : CT_I4, ovf, src_unsigned);
    if (!im->failed)
        im->stack[im->depth - 1].kind = VM_SK_I;
}

/* ---- calls ------------------------------------------------------------------------- */

static int is_intrinsic(imp *im, vm_method *m, sv *args, uint32_t n);
static void typed_op(imp *im, enum ir_op op, vm_type *type, int pops, int pushes_kind);
static void ldind(imp *im, vm_type *type);

/* Pop a call's arguments (coercing each to its parameter type); returns the base slot. */
static int pop_args(imp *im, vm_method *m, int has_this, uint32_t *base, sv *first) {
    uint32_t n = m->sig.nparams + (has_this ? 1u : 0u);
    if (n > im->depth)
        return invalid(im, "stack underflow at call");
    uint32_t start = im->depth - n;
    for (uint32_t i = start; i < im->depth; i++)
        materialize(im, &im->stack[i]);     /* arguments must be in their positions */
    for (uint32_t i = 0; i < m->sig.nparams; i++) {
        sv *s = &im->stack[start + (has_this ? 1 : 0) + i];
        vm_type *pt = m->sig.params[i];
        if (store_check(im, s, pt, "call argument"))
            return -1;
        coerce(im, s->slot, s->kind, pt);
    }
    if (has_this && m->owner) {
        /* this: a reference, or for a value type's method a pointer to the value */
        int k = im->stack[start].kind;
        int ok = vm_is_value(m->owner) ? (k == VM_SK_BYREF || k == VM_SK_I || k == VM_SK_REF)
                                       : (k == VM_SK_REF || k == VM_SK_BYREF);
        if (!ok)
            return invalid(im, "call: this is a value of stack kind %d", k);
    }
    *base = n ? im->stack[start].slot : top_slot(im);
    im->argslots_of_last_call = top_slot(im) - *base;
    im->popped_args = n;
    if (first)
        *first = n ? im->stack[start] : (sv){0};
    im->depth = start;
    return 0;
}

static void push_ret(imp *im, vm_method *m, uint32_t base) {
    if (!m->sig.ret)
        return;
    sv *r = push_type(im, m->sig.ret);
    if (r && r->slot != base)
        invalid(im, "internal: return slot mismatch");
}

static void do_call(imp *im, uint32_t tok, int virt) {
    vm_method *m = tok_method(im, tok);
    if (!m)
        return;
    if (m->flags & VM_MF_GENERIC_DEF)
        return (void)invalid(im, "call to an uninstantiated generic method");
    if (prepare(im, m->owner, VM_TS_READY))
        return;
    int has_this = (m->sig.callconv & MD_CC_HASTHIS) != 0;
    vm_type *constrained = im->constrained;
    int tail = im->tail_prefix;
    im->constrained = NULL;
    im->tail_prefix = 0;

    if (!has_this && constrained && (m->flags & (VM_MF_VIRTUAL | VM_MF_ABSTRACT))) {
        /* a static virtual (static abstract interface member): the constrained type's
         * implementation, known now since every instantiation is exact */
        if (prepare(im, constrained, VM_TS_READY))
            return;
        vm_method *impl = vm_resolve_virtual(im->t, constrained, m);
        if (!impl) {
            pending(im);
            return;
        }
        m = impl;
        virt = 0;
    } else if (has_this && constrained) {
        /* the this argument is a byref to constrained */
        sv *th = peek(im, m->sig.nparams);
        if (!th)
            return;
        if (vm_is_ref(constrained)) {
            ir_insn *in = emit(im, IR_LD_P);
            in->d = in->a = th->slot;
            th->kind = VM_SK_REF;
            th->type = constrained;
        } else {
            if (prepare(im, constrained, VM_TS_READY))
                return;
            vm_method *impl = m;
            if (m->flags & VM_MF_VIRTUAL) {
                impl = vm_resolve_virtual(im->t, constrained, m);
                if (!impl) {
                    pending(im);
                    return;
                }
            }
            if (impl->owner == constrained) {
                m = impl;
                virt = 0;
            } else {
                /* inherited from Object/ValueType/Enum or a default interface method: box */
                ir_insn *in = emit(im, IR_BOX_PTR);
                in->d = in->a = th->slot;
                in->imm.type = constrained;
                /* the arguments above this are live while the box is allocated */
                record_map(im, in, top_slot(im));
                th->kind = VM_SK_REF;
                th->type = constrained;
            }
        }
    }

    if (is_intrinsic(im, m, NULL, 0) > 0)
        return;
    if (im->failed)
        return;

    /* the class constructor runs with the arguments still on the stack (in its map) */
    if (!has_this)
        cctor_check(im, m->owner);
    uint32_t base;
    if (pop_args(im, m, has_this, &base, NULL))
        return;
    ir_insn *in;
    if ((m->owner->flags & VM_TF_DELEGATE) && strcmp(m->name, "Invoke") == 0 &&
        (m->flags & VM_MF_RUNTIME)) {
        in = emit(im, IR_CALL_DELEGATE);
        in->size = im->argslots_of_last_call - 1;   /* parameter slots after the delegate */
    } else if (m->flags & VM_MF_INTERNALCALL) {
        in = emit(im, IR_CALL_ICALL);
    } else if (m->owner->kind == VM_KIND_ARRAY && (m->flags & VM_MF_RUNTIME)) {
        enum ir_op op = strcmp(m->name, "Get") == 0 ? IR_MDARRAY_GET
                        : strcmp(m->name, "Set") == 0 ? IR_MDARRAY_SET
                                                      : IR_MDARRAY_ADDR;
        in = emit(im, op);
        in->imm.type = m->owner;
        in->size = m->sig.nparams;
        in->d = (uint16_t)base;
        record_map_args(im, in);
        push_ret(im, m, base);
        return;
    } else if (tail) {
        /* tail. call: the callee takes this frame's place; the ret after it stays, for
         * the callees that cannot replace a frame (internal calls) */
        in = emit(im, virt ? IR_TAILCALLVIRT : IR_TAILCALL);
        in->size = im->argslots_of_last_call;
    } else {
        /* callvirt of a non-virtual method still checks this for null */
        in = emit(im, virt ? IR_CALLVIRT : IR_CALL);
    }
    in->d = (uint16_t)base;
    in->imm.method = m;
    if (in->op == IR_CALL_ICALL || in->op == IR_CALL_DELEGATE)
        record_map_args(im, in);
    else
        record_map(im, in, base);
    push_ret(im, m, base);
}

/* System.TypedReference from the core library (typed references: mkrefany & co). */
static vm_type *typed_reference(imp *im) {
    if (!vm_b.typed_reference)
        vm_b.typed_reference = vm_find_type(im->t, vm_corlib, "System", "TypedReference");
    if (!vm_b.typed_reference) {
        pending(im);
        return NULL;
    }
    if (prepare(im, vm_b.typed_reference, VM_TS_LAID_OUT))
        return NULL;
    return vm_b.typed_reference;
}

/*
 * calli: the target is a method pointer (ldftn/ldvirtftn: a vm_method) on top of the
 * arguments. Its StandAloneSig says the stack effect; unmanaged calling conventions
 * need the interop layer, so they raise NotSupportedException when reached.
 */
static void do_calli(imp *im, uint32_t tok) {
    if (MD_TOKEN_TABLE(tok) != MD_StandAloneSig || !md_token_ok(im->mod->img, tok))
        return (void)invalid(im, "calli without a signature token");
    md_blob blob = md_blob_at(im->mod->img, md_get(im->mod->img, MDC_StandAloneSig_Signature,
                                                   MD_TOKEN_ROW(tok)));
    md_error err;
    md_sig sg;
    md_sig_init(&sg, im->mod->img, blob, &err);
    md_method_sig_head head;
    md_sig_method_head(&sg, &head);
    if (sg.failed || head.param_count > 255)
        return (void)invalid(im, "bad calli signature");
    vm_type *ret = NULL, *params[256];
    md_sig_skip_cmods(&sg);
    if (md_sig_peek(&sg) == MD_ELEM_VOID)
        md_sig_byte(&sg);
    else if (!(ret = vm_sig_type(im->t, im->mod, &sg, &im->ctx)))
        return (void)pending(im);
    for (uint32_t i = 0; i < head.param_count; i++) {
        md_sig_skip_cmods(&sg);
        if (!(params[i] = vm_sig_type(im->t, im->mod, &sg, &im->ctx)))
            return (void)pending(im);
    }
    sv ftn;
    if (pop(im, &ftn))
        return;
    if (ftn.kind != VM_SK_I)
        return (void)invalid(im, "calli target is not a native int");
    vm_method shape;    /* only the signature: pop_args reads nothing else */
    memset(&shape, 0, sizeof shape);
    shape.sig.callconv = head.callconv;
    shape.sig.nparams = head.param_count;
    shape.sig.params = params;
    shape.sig.ret = ret;
    int has_this = (head.callconv & MD_CC_HASTHIS) != 0;
    uint32_t base;
    if (pop_args(im, &shape, has_this, &base, NULL))
        return;
    ir_insn *in;
    int kind = head.callconv & MD_CC_KIND_MASK;
    if (kind != MD_CC_DEFAULT && kind != MD_CC_VARARG) {
        in = emit(im, IR_NOT_SUPPORTED);
        in->imm.i4 = IL_CALLI;
    } else {
        in = emit(im, IR_CALLI);
        in->a = ftn.slot;
    }
    in->d = (uint16_t)base;
    record_map(im, in, base);
    if (ret)
        push_type(im, ret);
}

static vm_method *find_string_ctor(vm_type *string_type, vm_method *m) {
    for (uint32_t i = 0; i < string_type->nmethods; i++) {
        vm_method *c = string_type->methods[i];
        if (strcmp(c->name, "Ctor") != 0 || c->sig.nparams != m->sig.nparams ||
            !(c->flags & VM_MF_STATIC))
            continue;
        uint32_t k = 0;
        while (k < c->sig.nparams && c->sig.params[k] == m->sig.params[k])
            k++;
        if (k == c->sig.nparams)
            return c;
    }
    return NULL;
}

static void do_newobj(imp *im, uint32_t tok) {
    vm_method *m = tok_method(im, tok);
    if (!m)
        return;
    vm_type *type = m->owner;
    if (prepare(im, type, VM_TS_READY))
        return;
    if (type->flags & (VM_TF_ABSTRACT) && type->kind != VM_KIND_ARRAY)
        return (void)invalid(im, "newobj of an abstract type");
    uint32_t n = m->sig.nparams;
    if (n > im->depth)
        return (void)invalid(im, "stack underflow at newobj");
    uint32_t base;
    ir_insn *in;
    if (type->flags & VM_TF_STRING) {
        /* String's constructors are extern; corlib gives a static Ctor of the same
         * parameters that returns the new string */
        vm_method *ctor = find_string_ctor(type, m);
        if (!ctor)
            return (void)invalid(im, "System.String has no Ctor matching this constructor");
        if (pop_args(im, ctor, 0, &base, NULL))
            return;
        in = emit(im, IR_CALL);
        in->d = (uint16_t)base;
        in->imm.method = ctor;
        record_map(im, in, base);
        push_type(im, type);
        return;
    }
    if (type->kind == VM_KIND_ARRAY || type->kind == VM_KIND_SZARRAY) {
        for (uint32_t i = 0; i < n; i++) {
            sv *s = peek(im, i);
            if (!s)
                return;
            if (s->kind == VM_SK_I && nat8(im)) {
                ir_insn *c = emit(im, IR_CONV_I8_I4);
                c->d = c->a = s->slot;
            }
        }
        im->depth -= n;
        base = top_slot(im);
        in = emit(im, IR_NEW_MDARRAY);
        in->d = (uint16_t)base;
        in->size = n;
        in->imm.type = type;
        record_map(im, in, base);
        push_type(im, type);
        return;
    }
    if (type->flags & VM_TF_DELEGATE) {
        if (pop_args(im, m, 0, &base, NULL))
            return;
        in = emit(im, IR_NEW_DELEGATE);
        in->d = (uint16_t)base;
        in->imm.method = m;
        record_map_args(im, in);
        push_type(im, type);
        return;
    }
    uint32_t argslots_start = im->depth - n;
    uint32_t nargslots = 0;
    for (uint32_t i = argslots_start; i < im->depth; i++)
        nargslots += im->stack[i].nslots;
    cctor_check(im, type);
    if (pop_args(im, m, 0, &base, NULL))
        return;
    if (vm_is_value(type)) {
        uint32_t k = (vm_value_size(type) + 7) / 8;
        if (!k)
            k = 1;
        reserve(im, base + k + 1 + nargslots);
        in = emit(im, IR_NEWVT_PREP);
        in->d = (uint16_t)base;
        in->a = (uint16_t)k;
        in->b = (uint16_t)nargslots;
        in->size = vm_value_size(type);
        /* the value (being built) lives at base during the constructor call */
        sv *v = push_type(im, type);
        if (!v)
            return;
        in = emit(im, IR_CALL);
        in->d = (uint16_t)(base + k);
        in->imm.method = m;
        record_map(im, in, base + k);
    } else {
        reserve(im, base + 2 + nargslots);
        in = emit(im, IR_NEWOBJ_ALLOC);
        in->d = (uint16_t)base;
        in->b = (uint16_t)nargslots;
        in->imm.type = type;
        /* the arguments are still live while allocating */
        im->depth += 0;
        {
            ir_gcmap g = {0};
            uint32_t slot = base;
            for (uint32_t i = 0; i < n; i++) {
                vm_type *pt = m->sig.params[i];
                map_value(&g, slot * 8u, (int)vm_stack_kind(pt), pt);
                slot += slots_for(pt, (int)vm_stack_kind(pt));
            }
            for (uint32_t i = 0; i < im->depth; i++)
                if (!IS_ALIAS(&im->stack[i]))
                    map_value(&g, im->stack[i].pos * 8u, im->stack[i].kind, im->stack[i].type);
            if (g.nrefs || g.nbyrefs) {
                ir_method *o = im->out;
                ir_gcmap *maps = realloc(o->maps, (o->nmaps + 1) * sizeof *maps);
                if (!maps)
                    vm_fatal("out of memory");
                maps[o->nmaps] = g;
                o->maps = maps;
                in->gcmap = (uint16_t)o->nmaps++;
            }
        }
        sv *v = push_type(im, type);
        if (!v)
            return;
        in = emit(im, IR_CALL);
        in->d = (uint16_t)(base + 1);
        in->imm.method = m;
        record_map(im, in, base + 1);
    }
}

/*
 * Methods the importer turns into IR directly: Unsafe.As and friends, and the few the
 * runtime must see through. Returns 1 when handled (stack updated), 0 otherwise.
 */
static int is_intrinsic(imp *im, vm_method *m, sv *args, uint32_t n) {
    (void)args;
    (void)n;
    if (!m->owner->module || !m->owner->module->is_corlib)
        return 0;
    const char *tn = m->owner->name, *ns = m->owner->nspace;
    const char *mn = m->name;
    if (strcmp(ns, "System.Runtime.CompilerServices") == 0 && strcmp(tn, "Unsafe") == 0) {
        if (strcmp(mn, "As") == 0 || strcmp(mn, "AsRef") == 0 || strcmp(mn, "AsPointer") == 0 ||
            strcmp(mn, "AsByRef") == 0 || strcmp(mn, "AsRefReadOnly") == 0) {
            /* reinterpret the single argument (a ref or a byref/pointer) */
            if (m->sig.nparams != 1 || !m->sig.ret)
                return 0;
            sv a;
            if (pop(im, &a))
                return 1;
            sv *r = push_type(im, m->sig.ret);
            if (r && r->slot != a.slot)
                invalid(im, "internal: intrinsic slot mismatch");
            if (r && a.kind == VM_SK_I4 && r->kind != VM_SK_I4 && nat8(im)) {
                ir_insn *c = emit(im, IR_CONV_I4_I8);
                c->d = c->a = r->slot;
            }
            return 1;
        }
        if (strcmp(mn, "SizeOf") == 0 && m->ninst == 1) {
            sv *r = push(im, VM_SK_I4, NULL);
            if (!r)
                return 1;
            if (prepare(im, m->inst[0], VM_TS_LAID_OUT))
                return 1;
            ir_insn *in = emit(im, IR_LDC_I4);
            in->d = r->slot;
            in->imm.i4 = (int32_t)vm_value_size(m->inst[0]);
            return 1;
        }
        if ((strcmp(mn, "Add") == 0 || strcmp(mn, "Subtract") == 0) && m->ninst == 1 &&
            m->sig.nparams == 2 && vm_stack_kind(m->sig.params[0]) == VM_SK_BYREF) {
            /* ref T Add(ref T, int|nint): byref + index * sizeof(T) */
            sv idx, p;
            if (pop(im, &idx) || pop(im, &p))
                return 1;
            if (prepare(im, m->inst[0], VM_TS_LAID_OUT))
                return 1;
            widen_to_native(im, &idx);
            uint32_t esz = vm_value_size(m->inst[0]);
            sv *r = push(im, VM_SK_BYREF, m->sig.ret);
            if (!r)
                return 1;
            /* idx * esz into idx's slot, then add */
            ir_insn *c = emit(im, nat8(im) ? IR_LDC_I8 : IR_LDC_I4);
            c->d = (uint16_t)(idx.slot + 1);
            reserve(im, idx.slot + 2u);
            if (nat8(im))
                c->imm.i8 = esz;
            else
                c->imm.i4 = (int32_t)esz;
            ir_insn *mu = emit(im, nat8(im) ? IR_MUL_I8 : IR_MUL_I4);
            mu->d = idx.slot;
            mu->a = idx.slot;
            mu->b = (uint16_t)(idx.slot + 1);
            ir_insn *ad = emit(im, strcmp(mn, "Add") == 0 ? (nat8(im) ? IR_ADD_I8 : IR_ADD_I4)
                                                          : (nat8(im) ? IR_SUB_I8 : IR_SUB_I4));
            ad->d = r->slot;
            ad->a = p.slot;
            ad->b = idx.slot;
            return 1;
        }
        if ((strcmp(mn, "AddByteOffset") == 0 || strcmp(mn, "ByteOffset") == 0) &&
            m->sig.nparams == 2) {
            /* AddByteOffset(ref T, nint): byref + n; ByteOffset(ref a, ref b): b - a */
            sv y, x;
            if (pop(im, &y) || pop(im, &x))
                return 1;
            widen_to_native(im, &y);
            int add = mn[0] == 'A';
            sv *r = push(im, add ? VM_SK_BYREF : VM_SK_I, add ? m->sig.ret : NULL);
            if (!r)
                return 1;
            ir_insn *in = emit(im, add ? (nat8(im) ? IR_ADD_I8 : IR_ADD_I4)
                                       : (nat8(im) ? IR_SUB_I8 : IR_SUB_I4));
            in->d = r->slot;
            in->a = add ? x.slot : y.slot;
            in->b = add ? y.slot : x.slot;
            return 1;
        }
        if (strcmp(mn, "Unbox") == 0 && m->ninst == 1 && m->sig.nparams == 1) {
            if (prepare(im, m->inst[0], VM_TS_READY))
                return 1;
            typed_op(im, IR_UNBOX, m->inst[0], 1, VM_SK_BYREF);
            return 1;
        }
        if (strcmp(mn, "AreSame") == 0 && m->sig.nparams == 2) {
            compare(im, 0);
            return 1;
        }
        if (strcmp(mn, "IsNullRef") == 0 && m->sig.nparams == 1) {
            sv *r = push(im, VM_SK_I, NULL);
            if (!r)
                return 1;
            ir_insn *z = emit(im, IR_LDNULL);
            z->d = r->slot;
            r->kind = VM_SK_BYREF;
            compare(im, 0);
            return 1;
        }
        if (strcmp(mn, "NullRef") == 0 && m->sig.nparams == 0) {
            sv *r = push(im, VM_SK_BYREF, m->sig.ret);
            if (!r)
                return 1;
            ir_insn *z = emit(im, IR_LDNULL);
            z->d = r->slot;
            return 1;
        }
    }
    if (strcmp(ns, "System.Runtime.CompilerServices") == 0 &&
        strcmp(tn, "RuntimeHelpers") == 0 && m->ninst == 1 && m->sig.nparams == 0 &&
        strcmp(mn, "IsReferenceOrContainsReferences") == 0) {
        vm_type *t = m->inst[0];
        if (prepare(im, t, VM_TS_LAID_OUT))
            return 1;
        sv *r = push(im, VM_SK_I4, NULL);
        if (!r)
            return 1;
        ir_insn *in = emit(im, IR_LDC_I4);
        in->d = r->slot;
        in->imm.i4 = vm_is_ref(t) || (t->flags & VM_TF_HAS_REFS) ? 1 : 0;
        return 1;
    }
    return 0;
}

/* ---- fields ------------------------------------------------------------------------ */

/* Can the object on the stack have field f? Known to be of an unrelated class: no. */
static int field_fits(imp *im, const sv *o, const vm_field *f) {
    (void)im;
    if (o->kind != VM_SK_REF || !o->type || vm_is_value(f->owner))
        return 1;
    if (o->type->kind != VM_KIND_CLASS && o->type->kind != VM_KIND_SZARRAY &&
        o->type->kind != VM_KIND_ARRAY)
        return 1;   /* an interface or a generic parameter: cannot tell */
    return vm_is_assignable(f->owner, o->type) || vm_is_assignable(o->type, f->owner);
}

/* Could the reference on the stack be an array? Known to be of a class type: no. */
static int maybe_array(const sv *arr) {
    const vm_type *t = arr->type;
    return !t || t->kind == VM_KIND_SZARRAY || t->kind == VM_KIND_ARRAY ||
           t == vm_b.object || t == vm_b.array || t->kind == VM_KIND_INTERFACE ||
           (t->kind != VM_KIND_CLASS);
}

static void do_ldfld(imp *im, uint32_t tok, int address) {
    vm_field *f = tok_field(im, tok);
    if (!f)
        return;
    if (prepare(im, f->owner, VM_TS_LAID_OUT))
        return;
    if (f->md_flags & VM_FIELD_STATIC) {
        /* ldfld on a static field is allowed: pop the object and read the static */
        sv o;
        if (pop(im, &o))
            return;
        cctor_check(im, f->owner);
        int lk = load_kind(im, f->type);
        sv *r = address ? push(im, VM_SK_BYREF, NULL) : push_type(im, f->type);
        if (!r)
            return;
        ir_insn *in = emit(im, address ? IR_LDSFLDA : lda_ops[lk]);
        in->d = r->slot;
        in->imm.p = f->owner->statics + f->offset;
        in->size = vm_value_size(f->type);
        return;
    }
    sv o;
    if (pop_src(im, &o))
        return;
    uint32_t off = f->offset;
    if (!field_fits(im, &o, f))
        return (void)invalid(im, "ldfld on an object that has no such field");
    if (address) {
        if (o.kind != VM_SK_REF && o.kind != VM_SK_BYREF && o.kind != VM_SK_I)
            return (void)invalid(im, "ldflda on a value");
        sv *r = push(im, VM_SK_BYREF, vm_type_byref(im->t, f->type));
        if (!r)
            return;
        ir_insn *in = emit(im, IR_LDFLDA);
        in->d = r->slot;
        in->a = o.slot;
        in->imm.off = off;
        record_map(im, in, r->slot);
        return;
    }
    int lk = load_kind(im, f->type);
    sv *r = push_type(im, f->type);
    if (!r)
        return;
    ir_insn *in;
    if (o.kind == VM_SK_VALUE) {
        in = emit(im, lds_ops[lk]);   /* a natural-size read at the field's offset */
    } else if (o.kind == VM_SK_REF || o.kind == VM_SK_BYREF || o.kind == VM_SK_I) {
        in = emit(im, ld_ops[lk]);
        record_map(im, in, r->slot);
    } else {
        invalid(im, "ldfld on a value of kind %d", o.kind);
        return;
    }
    in->d = r->slot;
    in->a = o.slot;
    in->imm.off = off;
    in->size = vm_value_size(f->type);
}

static void do_stfld(imp *im, uint32_t tok) {
    vm_field *f = tok_field(im, tok);
    if (!f)
        return;
    if (prepare(im, f->owner, VM_TS_LAID_OUT))
        return;
    sv v, o;
    if (pop_src(im, &v) || pop_src(im, &o) || store_check(im, &v, f->type, "stfld"))
        return;
    if (!field_fits(im, &o, f))
        return (void)invalid(im, "stfld on an object that has no such field");
    coerce_sv(im, &v, f->type);
    int lk = load_kind(im, f->type);
    if (f->md_flags & VM_FIELD_STATIC) {
        cctor_check(im, f->owner);
        ir_insn *in = emit(im, sta_ops[lk]);
        in->a = v.slot;
        in->imm.p = f->owner->statics + f->offset;
        in->size = vm_value_size(f->type);
        if (lk == LK_VT)
            in->cache = f->type;
        return;
    }
    if (o.kind != VM_SK_REF && o.kind != VM_SK_BYREF && o.kind != VM_SK_I)
        return (void)invalid(im, "stfld on a value");
    ir_insn *in = emit(im, st_ops[lk]);
    in->a = o.slot;
    in->b = v.slot;
    in->imm.off = f->offset;
    in->size = vm_value_size(f->type);
    if (lk == LK_VT)
        in->cache = f->type;
    record_map(im, in, o.pos);
}

static void do_sfld(imp *im, uint32_t tok, int what /* 0 ld 1 st 2 ldsflda */) {
    vm_field *f = tok_field(im, tok);
    if (!f)
        return;
    if (prepare(im, f->owner, VM_TS_LAID_OUT))
        return;
    if (!(f->md_flags & VM_FIELD_STATIC))
        return (void)invalid(im, "static access to an instance field");
    if (f->md_flags & VM_FIELD_LITERAL)
        return (void)invalid(im, "access to a literal field");
    cctor_check(im, f->owner);
    if (im->failed)
        return;
    uint8_t *addr = f->owner->statics + f->offset;
    int lk = load_kind(im, f->type);
    ir_insn *in;
    if (what == 0) {
        sv *r = push_type(im, f->type);
        if (!r)
            return;
        in = emit(im, lda_ops[lk]);
        in->d = r->slot;
    } else if (what == 2) {
        sv *r = push(im, VM_SK_BYREF, vm_type_byref(im->t, f->type));
        if (!r)
            return;
        in = emit(im, IR_LDSFLDA);
        in->d = r->slot;
    } else {
        sv v;
        if (pop(im, &v) || store_check(im, &v, f->type, "stsfld"))
            return;
        coerce(im, v.slot, v.kind, f->type);
        in = emit(im, sta_ops[lk]);
        in->a = v.slot;
        if (lk == LK_VT)
            in->cache = f->type;
    }
    in->imm.p = addr;
    in->size = vm_value_size(f->type);
}

/* ---- arrays ------------------------------------------------------------------------ */

/* Make an index operand an int32 in place. */
static int index_operand(imp *im, sv *idx) {
    if (idx->kind == VM_SK_I4)
        return 0;
    if (idx->kind == VM_SK_I) {
        if (nat8(im)) {
            ir_insn *in = emit(im, IR_IDX_I8);
            in->d = idx->pos;
            in->a = idx->slot;
            idx->slot = idx->pos;
            record_map(im, in, idx->pos);
        }
        return 0;
    }
    return invalid(im, "array index is not an integer");
}

static vm_type *elem_of(const sv *arr) {
    if (arr->type && (arr->type->kind == VM_KIND_SZARRAY))
        return arr->type->element;
    return NULL;
}

static void do_ldelem(imp *im, vm_type *et) {
    sv idx, arr;
    if (pop_src(im, &idx) || pop_src(im, &arr))
        return;
    if (arr.kind != VM_SK_REF || !maybe_array(&arr))
        return (void)invalid(im, "ldelem on a non-array");
    if (index_operand(im, &idx))
        return;
    if (!et) {
        et = elem_of(&arr);
        if (!et)
            et = vm_b.object;
    }
    if (prepare(im, et, VM_TS_LAID_OUT))
        return;
    int lk = load_kind(im, et);
    sv *r = push_type(im, et);
    if (!r)
        return;
    ir_insn *in = emit(im, ldelem_ops[lk]);
    in->d = r->slot;
    in->a = arr.slot;
    in->b = idx.slot;
    in->size = vm_value_size(et);
    record_map(im, in, r->slot);
}

static void do_stelem(imp *im, vm_type *et) {
    sv v, idx, arr;
    if (pop_src(im, &v) || pop_src(im, &idx) || pop_src(im, &arr))
        return;
    if (arr.kind != VM_SK_REF || !maybe_array(&arr))
        return (void)invalid(im, "stelem on a non-array");
    if (index_operand(im, &idx))
        return;
    if (!et)
        et = vm_b.object;
    if (prepare(im, et, VM_TS_LAID_OUT) || store_check(im, &v, et, "stelem"))
        return;
    coerce_sv(im, &v, et);
    int lk = load_kind(im, et);
    ir_insn *in = emit(im, stelem_ops[lk]);
    in->a = arr.slot;
    in->b = idx.slot;
    in->d = v.slot;
    in->size = vm_value_size(et);
    in->imm.type = et;
    record_map(im, in, arr.pos);
}

/* ---- the main loop ----------------------------------------------------------------- */

static int find_clause_for_handler(imp *im, uint32_t pc, int want_finally) {
    for (uint32_t i = 0; i < im->body.eh_count; i++) {
        md_eh_clause c;
        md_body_eh(&im->body, i, &c);
        int fin = c.flags == MD_EH_FINALLY || c.flags == MD_EH_FAULT;
        if (want_finally != fin)
            continue;
        if (pc >= c.handler_offset && pc < c.handler_offset + c.handler_length)
            return (int)i;
    }
    return -1;
}

static void import_insn(imp *im, const il_insn *ii, int *fallthrough);

/* Pre-pass: which IL offsets are branch targets, and which variables have their address
 * taken (ldarga/ldloca): those are never aliased on the stack, since a store through
 * the address would not be seen. */
static void scan_targets_and_addresses(imp *im) {
    uint32_t size = im->body.code_size;
    im->is_target = calloc(size + 1, 1);
    im->var_addr_taken = calloc(im->nargs + im->nlocals + 1, 1);
    if (!im->is_target || !im->var_addr_taken)
        vm_fatal("out of memory");
    for (uint32_t pc = 0; pc < size;) {
        il_insn ii;
        int len = il_decode(im->body.code, size, pc, &ii);
        if (len < 0)
            break;      /* the main pass reports it */
        uint8_t operand = il_ops[ii.op].operand;
        if ((operand == IL_OPND_BR || operand == IL_OPND_BR_S) && ii.target >= 0 &&
            ii.target <= size)
            im->is_target[ii.target] = 1;
        if (ii.op == IL_SWITCH)
            for (uint32_t k = 0; k < ii.switch_count; k++) {
                int64_t tgt = il_switch_target(&ii, k);
                if (tgt >= 0 && tgt <= size)
                    im->is_target[tgt] = 1;
            }
        if ((ii.op == IL_LDARGA || ii.op == IL_LDARGA_S) && (uint64_t)ii.i < im->nargs)
            im->var_addr_taken[ii.i] = 1;
        if ((ii.op == IL_LDLOCA || ii.op == IL_LDLOCA_S) && (uint64_t)ii.i < im->nlocals)
            im->var_addr_taken[im->nargs + ii.i] = 1;
        pc += (uint32_t)len;
    }
}

static int setup_frame(imp *im) {
    vm_method *m = im->m;
    int has_this = (m->sig.callconv & MD_CC_HASTHIS) != 0;
    im->nargs = m->sig.nparams + (has_this ? 1u : 0u);
    im->argtypes = calloc(im->nargs + 1, sizeof *im->argtypes);
    im->argslot = calloc(im->nargs + 1, sizeof *im->argslot);
    if (!im->argtypes || !im->argslot)
        vm_fatal("out of memory");
    uint32_t slot = 0;
    for (uint32_t i = 0; i < im->nargs; i++) {
        vm_type *t;
        if (has_this && i == 0)
            t = vm_is_value(m->owner) ? vm_type_byref(im->t, m->owner) : m->owner;
        else
            t = m->sig.params[i - (has_this ? 1 : 0)];
        if (prepare(im, t, VM_TS_LAID_OUT))
            return -1;
        im->argtypes[i] = t;
        im->argslot[i] = slot;
        slot += slots_for(t, (int)vm_stack_kind(t));
    }
    im->out->nargs_slots = slot;
    if (vm_method_locals(im->t, m, im->body.local_sig, &im->nlocals, &im->loctypes))
        return pending(im);
    im->locslot = calloc(im->nlocals + 1, sizeof *im->locslot);
    if (!im->locslot)
        vm_fatal("out of memory");
    for (uint32_t i = 0; i < im->nlocals; i++) {
        vm_type *t = im->loctypes[i];
        if (prepare(im, t, VM_TS_LAID_OUT))
            return -1;
        im->locslot[i] = slot;
        slot += slots_for(t, (int)vm_stack_kind(t));
    }
    /* one hidden slot per EH clause: a finally's return position, a catch's exception */
    uint32_t hidden = slot;
    slot += im->body.eh_count;
    im->eval_base = slot;
    im->max_slot = slot;
    im->out->nlocals_slots = slot - im->out->nargs_slots;
    im->out->eval_base = slot;

    /* the fixed GC map: arguments, locals, hidden exception slots */
    ir_gcmap *g = &im->out->fixed;
    for (uint32_t i = 0; i < im->nargs; i++)
        map_value(g, im->argslot[i] * 8u, (int)vm_stack_kind(im->argtypes[i]), im->argtypes[i]);
    for (uint32_t i = 0; i < im->nlocals; i++)
        map_value(g, im->locslot[i] * 8u, (int)vm_stack_kind(im->loctypes[i]), im->loctypes[i]);
    im->out->nclauses = im->body.eh_count;
    im->out->clauses = calloc(im->body.eh_count + 1, sizeof(ir_clause));
    if (!im->out->clauses)
        vm_fatal("out of memory");
    for (uint32_t i = 0; i < im->body.eh_count; i++) {
        md_eh_clause c;
        md_body_eh(&im->body, i, &c);
        ir_clause *ic = &im->out->clauses[i];
        ic->kind = c.flags & 7;
        ic->ret_slot = hidden + i;
        ic->exc_slot = hidden + i;
        if (ic->kind == MD_EH_CATCH || ic->kind == MD_EH_FILTER)
            map_add(&g->refs, &g->nrefs, (hidden + i) * 8u);
        if (ic->kind == MD_EH_CATCH) {
            ic->catch_type = tok_type(im, c.class_token_or_filter);
            if (!ic->catch_type)
                return -1;
        }
        /* handler entry states */
        uint32_t hstart = c.handler_offset;
        if (hstart >= im->body.code_size)
            return invalid(im, "handler outside the method");
        bstate *b = &im->states[hstart];
        if (ic->kind == MD_EH_CATCH || ic->kind == MD_EH_FILTER) {
            vm_type *et = ic->kind == MD_EH_CATCH ? ic->catch_type : vm_b.object;
            b->known = 1;
            b->depth = 1;
            b->vals = calloc(1, sizeof(sv));
            b->vals[0].kind = VM_SK_REF;
            b->vals[0].slot = b->vals[0].pos = (uint16_t)im->eval_base;
            b->vals[0].nslots = 1;
            b->vals[0].type = et;
        } else {
            b->known = 1;
            b->depth = 0;
        }
        if (ic->kind == MD_EH_FILTER) {
            uint32_t fs = c.class_token_or_filter;
            if (fs >= im->body.code_size)
                return invalid(im, "filter outside the method");
            bstate *fb = &im->states[fs];
            fb->known = 1;
            fb->depth = 1;
            fb->vals = calloc(1, sizeof(sv));
            fb->vals[0].kind = VM_SK_REF;
            fb->vals[0].slot = fb->vals[0].pos = (uint16_t)im->eval_base;
            fb->vals[0].nslots = 1;
            fb->vals[0].type = vm_b.object;
        }
        if (im->eval_base + 1 > im->max_slot)
            im->max_slot = im->eval_base + 1;
    }
    return 0;
}

ir_method *ir_import(vm_thread *t, vm_method *m, const vm_target *target) {
    imp *im = calloc(1, sizeof *im);
    if (!im)
        vm_fatal("out of memory");
    ir_method *out = calloc(1, sizeof *out);
    if (!out)
        vm_fatal("out of memory");
    im->t = t;
    im->m = m;
    im->mod = m->owner->module;
    im->tg = target;
    im->out = out;
    out->method = m;
    vm_method_ctx(m, &im->ctx);

    md_error err;
    if (!m->rva || (m->flags & (VM_MF_ABSTRACT | VM_MF_INTERNALCALL | VM_MF_RUNTIME))) {
        char name[300];
        vm_method_name(m, name, sizeof name);
        vm_throw_newf(t, "System", "MissingMethodException", "Method has no body: '%s'.", name);
        goto fail;
    }
    if (md_method_body(im->mod->img, m->rva, &im->body, &err)) {
        vm_throw_newf(t, "System", "BadImageFormatException", "%s", err.msg);
        goto fail;
    }
    uint32_t size = im->body.code_size;
    im->il2ir = calloc(size + 1, sizeof *im->il2ir);
    im->boundary = calloc(size + 1, 1);
    im->states = calloc(size + 1, sizeof *im->states);
    if (!im->il2ir || !im->boundary || !im->states)
        vm_fatal("out of memory");
    if (setup_frame(im))
        goto fail;
    scan_targets_and_addresses(im);

    int fallthrough = 1;
    uint32_t pc = 0;
    while (pc < size && !im->failed) {
        il_insn ii;
        int len = il_decode(im->body.code, size, pc, &ii);
        if (len < 0) {
            invalid(im, "bad opcode at IL_%04x", pc);
            break;
        }
        im->cur_pc = pc;
        if (fallthrough && im->is_target[pc])
            materialize_all(im);    /* before the label: branches arrive materialised */
        im->boundary[pc] = 1;
        im->il2ir[pc] = im->ncode;
        bstate *b = &im->states[pc];
        if (!fallthrough) {
            /* after an unconditional transfer: the recorded state, else empty */
            im->depth = 0;
            if (b->known && b->depth) {
                im->depth = b->depth;
                memcpy(im->stack, b->vals, b->depth * sizeof(sv));
            }
        } else if (b->known && !same_state(im, b)) {
            invalid(im, "stack mismatch at IL_%04x", pc);
            break;
        }
        if (!b->known)
            branch_to(im, pc);
        fallthrough = 1;
        import_insn(im, &ii, &fallthrough);
        pc += (uint32_t)len;
    }
    if (im->failed)
        goto fail;
    if (fallthrough)
        if (invalid(im, "control falls off the end of the method"))
            goto fail;
    im->il2ir[size] = im->ncode;
    im->boundary[size] = 1;

    /* branch targets: IL offsets to instruction indexes */
    for (uint32_t i = 0; i < im->ncode; i++) {
        ir_insn *in = &im->code[i];
        enum ir_op op = (enum ir_op)in->op;
        int is_branch = op == IR_BR || (op >= IR_BRTRUE_I4 && op <= IR_BGE_UN_P) ||
                        op == IR_LEAVE_FINALLY;
        if (is_branch) {
            uint32_t tgt = in->imm.target;
            if (tgt > size || !im->boundary[tgt]) {
                im->cur_pc = in->il_offset;
                invalid(im, "branch into the middle of an instruction");
                goto fail;
            }
            in->imm.target = im->il2ir[tgt];
        } else if (op == IR_SWITCH) {
            for (uint32_t k = 0; k < in->size; k++) {
                uint32_t tgt = in->imm.table[k];
                if (tgt > size || !im->boundary[tgt]) {
                    im->cur_pc = in->il_offset;
                    invalid(im, "switch into the middle of an instruction");
                    goto fail;
                }
                in->imm.table[k] = im->il2ir[tgt];
            }
        }
        if (op == IR_LEAVE_FINALLY) {
            uint32_t tgt = in->size;   /* the leave's final target, kept in size */
            if (tgt > size || !im->boundary[tgt]) {
                invalid(im, "leave into the middle of an instruction");
                goto fail;
            }
            in->size = im->il2ir[tgt];
        }
    }
    for (uint32_t i = 0; i < out->nclauses; i++) {
        md_eh_clause c;
        md_body_eh(&im->body, i, &c);
        ir_clause *ic = &out->clauses[i];
        uint32_t te = c.try_offset + c.try_length, he = c.handler_offset + c.handler_length;
        if (!im->boundary[c.try_offset] || !im->boundary[te] || !im->boundary[c.handler_offset] ||
            !im->boundary[he] ||
            (ic->kind == MD_EH_FILTER && !im->boundary[c.class_token_or_filter])) {
            invalid(im, "exception clause boundaries are not instruction boundaries");
            goto fail;
        }
        ic->try_start = im->il2ir[c.try_offset];
        ic->try_end = im->il2ir[te];
        ic->handler_start = im->il2ir[c.handler_offset];
        ic->handler_end = im->il2ir[he];
        if (ic->kind == MD_EH_FILTER)
            ic->filter_start = im->il2ir[c.class_token_or_filter];
    }
    out->code = im->code;
    out->ncode = im->ncode;
    out->frame_slots = im->max_slot;
    out->ret_size = m->sig.ret ? vm_value_size(m->sig.ret) : 0;
    im->code = NULL;
    goto done;

fail:
    ir_free(out);
    out = NULL;
done:
    free(im->code);
    free(im->il2ir);
    free(im->boundary);
    if (im->states) {
        for (uint32_t i = 0; i <= im->body.code_size; i++)
            free(im->states[i].vals);
        free(im->states);
    }
    free(im->argtypes);
    free(im->loctypes);
    free(im->argslot);
    free(im->locslot);
    free(im->is_target);
    free(im->var_addr_taken);
    free(im);
    return out;
}

void ir_free(ir_method *irm) {
    if (!irm)
        return;
    for (uint32_t i = 0; i < irm->ncode; i++)
        if (irm->code[i].op == IR_SWITCH)
            free(irm->code[i].imm.table);
    free(irm->code);
    free(irm->clauses);
    free(irm->fixed.refs);
    free(irm->fixed.byrefs);
    for (uint32_t i = 0; i < irm->nmaps; i++) {
        free(irm->maps[i].refs);
        free(irm->maps[i].byrefs);
    }
    free(irm->maps);
    free(irm);
}

/* ---- one instruction --------------------------------------------------------------- */

static void ldarg(imp *im, uint32_t i) {
    if (i >= im->nargs)
        return (void)invalid(im, "argument %u out of range", i);
    load_var(im, im->argslot[i], im->argtypes[i], !im->var_addr_taken[i]);
}

static void ldloc(imp *im, uint32_t i) {
    if (i >= im->nlocals)
        return (void)invalid(im, "local %u out of range", i);
    load_var(im, im->locslot[i], im->loctypes[i], !im->var_addr_taken[im->nargs + i]);
}

static void var_address(imp *im, uint32_t slot, vm_type *type) {
    sv *r = push(im, VM_SK_BYREF, vm_type_byref(im->t, type));
    if (!r)
        return;
    ir_insn *in = emit(im, IR_LDLOCA);
    in->d = r->slot;
    in->a = (uint16_t)slot;
    in->imm.off = small_adj(im, type);
}

static void ldc_i4(imp *im, int32_t v) {
    sv *r = push(im, VM_SK_I4, NULL);
    if (!r)
        return;
    ir_insn *in = emit(im, IR_LDC_I4);
    in->d = r->slot;
    in->imm.i4 = v;
}

static void brtrue(imp *im, int sense, int64_t target) {
    sv a;
    if (pop_src(im, &a))
        return;
    materialize_all(im);
    back_edge(im, target);
    enum ir_op op;
    switch (a.kind) {
    case VM_SK_I4: op = sense ? IR_BRTRUE_I4 : IR_BRFALSE_I4; break;
    case VM_SK_I8: op = sense ? IR_BRTRUE_I8 : IR_BRFALSE_I8; break;
    case VM_SK_I:
        op = nat8(im) ? (sense ? IR_BRTRUE_I8 : IR_BRFALSE_I8) : (sense ? IR_BRTRUE_I4 : IR_BRFALSE_I4);
        break;
    case VM_SK_REF: case VM_SK_BYREF: op = sense ? IR_BRTRUE_P : IR_BRFALSE_P; break;
    default: invalid(im, "brtrue on a value of kind %d", a.kind); return;
    }
    ir_insn *in = emit(im, op);
    in->a = a.slot;
    in->imm.target = (uint32_t)target;
    branch_to(im, target);
}

static void ldind(imp *im, vm_type *type) {
    sv p;
    if (pop_src(im, &p))
        return;
    if (p.kind != VM_SK_BYREF && p.kind != VM_SK_I)
        return (void)invalid(im, "ldind through a non-pointer");
    if (!type)
        type = p.type && p.type->element ? p.type->element : vm_b.object;
    if (prepare(im, type, VM_TS_LAID_OUT))
        return;
    int lk = load_kind(im, type);
    sv *r = push_type(im, type);
    if (!r)
        return;
    ir_insn *in = emit(im, ld_ops[lk]);
    in->d = r->slot;
    in->a = p.slot;
    in->size = vm_value_size(type);
    record_map(im, in, r->slot);
}

static void stind(imp *im, vm_type *type) {
    sv v, p;
    if (pop_src(im, &v) || pop_src(im, &p))
        return;
    if (p.kind != VM_SK_BYREF && p.kind != VM_SK_I)
        return (void)invalid(im, "stind through a non-pointer");
    if (prepare(im, type, VM_TS_LAID_OUT) || store_check(im, &v, type, "stind"))
        return;
    coerce_sv(im, &v, type);
    int lk = load_kind(im, type);
    ir_insn *in = emit(im, st_ops[lk]);
    in->a = p.slot;
    in->b = v.slot;
    in->size = vm_value_size(type);
    if (lk == LK_VT)
        in->cache = type;
    record_map(im, in, p.pos);
}

static void typed_op(imp *im, enum ir_op op, vm_type *type, int pops, int pushes_kind) {
    sv a = {0}, b = {0};
    if (pops >= 2 && pop(im, &b))
        return;
    if (pops >= 1 && pop(im, &a))
        return;
    ir_insn *in = emit(im, op);
    in->imm.type = type;
    in->a = a.slot;
    in->b = b.slot;
    if (pushes_kind >= 0) {
        sv *r = pushes_kind == VM_SK_VALUE ? push_type(im, type) : push(im, pushes_kind, type);
        if (!r)
            return;
        in->d = r->slot;
    }
    in->size = type ? vm_value_size(type) : 0;
    record_map(im, in, pops ? a.slot : top_slot(im));
}

/* Is the instruction after ii a brtrue or brfalse (and not a branch target, whose stack
 * could come from elsewhere)? */
static int next_is_brtrue(imp *im, const il_insn *ii) {
    il_insn nx;
    uint32_t pc = ii->pc + ii->len;
    if (il_decode(im->body.code, im->body.code_size, pc, &nx) < 0 || im->states[pc].known)
        return 0;
    return nx.op == IL_BRTRUE || nx.op == IL_BRTRUE_S || nx.op == IL_BRFALSE ||
           nx.op == IL_BRFALSE_S;
}

static void import_insn(imp *im, const il_insn *ii, int *fallthrough) {
    vm_type *ty;
    sv a, b;
    ir_insn *in;
    switch ((enum il_op)ii->op) {
    case IL_NOP: case IL_BREAK: break;
    case IL_LDARG_0: case IL_LDARG_1: case IL_LDARG_2: case IL_LDARG_3:
        ldarg(im, (uint32_t)(ii->op - IL_LDARG_0)); break;
    case IL_LDARG_S: case IL_LDARG: ldarg(im, (uint32_t)ii->i); break;
    case IL_LDARGA_S: case IL_LDARGA:
        if ((uint64_t)ii->i >= im->nargs) { invalid(im, "argument out of range"); break; }
        var_address(im, im->argslot[ii->i], im->argtypes[ii->i]); break;
    case IL_STARG_S: case IL_STARG:
        if ((uint64_t)ii->i >= im->nargs) { invalid(im, "argument out of range"); break; }
        store_var(im, im->argslot[ii->i], im->argtypes[ii->i]); break;
    case IL_LDLOC_0: case IL_LDLOC_1: case IL_LDLOC_2: case IL_LDLOC_3:
        ldloc(im, (uint32_t)(ii->op - IL_LDLOC_0)); break;
    case IL_LDLOC_S: case IL_LDLOC: ldloc(im, (uint32_t)ii->i); break;
    case IL_LDLOCA_S: case IL_LDLOCA:
        if ((uint64_t)ii->i >= im->nlocals) { invalid(im, "local out of range"); break; }
        var_address(im, im->locslot[ii->i], im->loctypes[ii->i]); break;
    case IL_STLOC_0: case IL_STLOC_1: case IL_STLOC_2: case IL_STLOC_3: {
        uint32_t i = (uint32_t)(ii->op - IL_STLOC_0);
        if (i >= im->nlocals) { invalid(im, "local out of range"); break; }
        store_var(im, im->locslot[i], im->loctypes[i]); break;
    }
    case IL_STLOC_S: case IL_STLOC:
        if ((uint64_t)ii->i >= im->nlocals) { invalid(im, "local out of range"); break; }
        store_var(im, im->locslot[ii->i], im->loctypes[ii->i]); break;
    case IL_LDNULL: {
        sv *r = push(im, VM_SK_REF, NULL);
        if (r) { in = emit(im, IR_LDNULL); in->d = r->slot; }
        break;
    }
    case IL_LDC_I4_M1: case IL_LDC_I4_0: case IL_LDC_I4_1: case IL_LDC_I4_2: case IL_LDC_I4_3:
    case IL_LDC_I4_4: case IL_LDC_I4_5: case IL_LDC_I4_6: case IL_LDC_I4_7: case IL_LDC_I4_8:
        ldc_i4(im, (int32_t)(ii->op - IL_LDC_I4_0)); break;
    case IL_LDC_I4_S: case IL_LDC_I4: ldc_i4(im, (int32_t)ii->i); break;
    case IL_LDC_I8: {
        sv *r = push(im, VM_SK_I8, NULL);
        if (r) { in = emit(im, IR_LDC_I8); in->d = r->slot; in->imm.i8 = ii->i; }
        break;
    }
    case IL_LDC_R4: {
        sv *r = push(im, VM_SK_R4, NULL);
        if (r) { in = emit(im, IR_LDC_R4); in->d = r->slot; in->imm.r4 = (float)ii->r; }
        break;
    }
    case IL_LDC_R8: {
        sv *r = push(im, VM_SK_R8, NULL);
        if (r) { in = emit(im, IR_LDC_R8); in->d = r->slot; in->imm.r8 = ii->r; }
        break;
    }
    case IL_DUP: {
        sv *top = peek(im, 0);
        if (!top) break;
        a = *top;
        sv *r = push(im, a.kind, a.type);
        if (!r) break;
        if (a.kind == VM_SK_VALUE) { in = emit(im, IR_MOV_VT); in->size = vm_value_size(a.type); }
        else in = emit(im, IR_MOV_8);
        in->d = r->slot; in->a = a.slot;
        break;
    }
    case IL_POP: pop(im, &a); break;
    case IL_JMP: {
        vm_method *m = tok_method(im, ii->token);
        if (!m) break;
        if (im->depth) { invalid(im, "jmp with a non-empty stack"); break; }
        in = emit(im, IR_JMP); in->imm.method = m;
        *fallthrough = 0;
        break;
    }
    case IL_CALL: do_call(im, ii->token, 0); break;
    case IL_CALLVIRT: do_call(im, ii->token, 1); break;
    case IL_CALLI: do_calli(im, ii->token); break;
    case IL_RET: {
        vm_type *rt = im->m->sig.ret;
        if (rt) {
            if (pop_src(im, &a) || store_check(im, &a, rt, "ret")) break;
            coerce_sv(im, &a, rt);
            if (vm_stack_kind(rt) == VM_SK_VALUE) { in = emit(im, IR_RET_VT); in->size = vm_value_size(rt); }
            else in = emit(im, IR_RET_8);
            in->a = a.slot;
        } else {
            emit(im, IR_RET);
        }
        if (im->depth) invalid(im, "stack not empty at return");
        *fallthrough = 0;
        break;
    }
    case IL_BR_S: case IL_BR:
        materialize_all(im);
        back_edge(im, ii->target);
        in = emit(im, IR_BR); in->imm.target = (uint32_t)ii->target;
        branch_to(im, ii->target);
        *fallthrough = 0;
        break;
    case IL_BRFALSE_S: case IL_BRFALSE: brtrue(im, 0, ii->target); break;
    case IL_BRTRUE_S: case IL_BRTRUE: brtrue(im, 1, ii->target); break;
    case IL_BEQ_S: case IL_BEQ: cond_branch(im, 0, ii->target); break;
    case IL_BNE_UN_S: case IL_BNE_UN: cond_branch(im, 1, ii->target); break;
    case IL_BLT_S: case IL_BLT: cond_branch(im, 2, ii->target); break;
    case IL_BLT_UN_S: case IL_BLT_UN: cond_branch(im, 3, ii->target); break;
    case IL_BLE_S: case IL_BLE: cond_branch(im, 4, ii->target); break;
    case IL_BLE_UN_S: case IL_BLE_UN: cond_branch(im, 5, ii->target); break;
    case IL_BGT_S: case IL_BGT: cond_branch(im, 6, ii->target); break;
    case IL_BGT_UN_S: case IL_BGT_UN: cond_branch(im, 7, ii->target); break;
    case IL_BGE_S: case IL_BGE: cond_branch(im, 8, ii->target); break;
    case IL_BGE_UN_S: case IL_BGE_UN: cond_branch(im, 9, ii->target); break;
    case IL_SWITCH: {
        if (pop_src(im, &a)) break;
        if (a.kind != VM_SK_I4 && a.kind != VM_SK_I) { invalid(im, "switch on a non-integer"); break; }
        materialize_all(im);
        if (a.kind == VM_SK_I && nat8(im)) {
            in = emit(im, IR_CONV_I8_I4); in->d = a.pos; in->a = a.slot; a.slot = a.pos;
        }
        in = emit(im, IR_SWITCH);
        in->a = a.slot;
        in->size = ii->switch_count;
        in->imm.table = malloc((ii->switch_count + 1) * sizeof(uint32_t));
        if (!in->imm.table) vm_fatal("out of memory");
        for (uint32_t k = 0; k < ii->switch_count; k++) {
            int64_t tgt = il_switch_target(ii, k);
            if (branch_to(im, tgt)) break;
            in->imm.table[k] = (uint32_t)tgt;
        }
        break;
    }
    case IL_LDIND_I1: ldind(im, vm_b.sbyte); break;
    case IL_LDIND_U1: ldind(im, vm_b.byte); break;
    case IL_LDIND_I2: ldind(im, vm_b.int16); break;
    case IL_LDIND_U2: ldind(im, vm_b.uint16); break;
    case IL_LDIND_I4: ldind(im, vm_b.int32); break;
    case IL_LDIND_U4: ldind(im, vm_b.uint32); break;
    case IL_LDIND_I8: ldind(im, vm_b.int64); break;
    case IL_LDIND_I: ldind(im, vm_b.intptr); break;
    case IL_LDIND_R4: ldind(im, vm_b.single); break;
    case IL_LDIND_R8: ldind(im, vm_b.double_); break;
    case IL_LDIND_REF: {
        sv *p = peek(im, 0);
        if (!p) break;
        vm_type *et = p->type && p->type->element && vm_is_ref(p->type->element) ? p->type->element : vm_b.object;
        ldind(im, et);
        break;
    }
    case IL_STIND_REF: stind(im, vm_b.object); break;
    case IL_STIND_I1: stind(im, vm_b.sbyte); break;
    case IL_STIND_I2: stind(im, vm_b.int16); break;
    case IL_STIND_I4: stind(im, vm_b.int32); break;
    case IL_STIND_I8: stind(im, vm_b.int64); break;
    case IL_STIND_R4: stind(im, vm_b.single); break;
    case IL_STIND_R8: stind(im, vm_b.double_); break;
    case IL_STIND_I: stind(im, vm_b.intptr); break;
    case IL_ADD: binop(im, (opset){IR_ADD_I4, IR_ADD_I8, IR_ADD_R4, IR_ADD_R8}, 1, 1); break;
    case IL_SUB: binop(im, (opset){IR_SUB_I4, IR_SUB_I8, IR_SUB_R4, IR_SUB_R8}, 1, 2); break;
    case IL_MUL: binop(im, (opset){IR_MUL_I4, IR_MUL_I8, IR_MUL_R4, IR_MUL_R8}, 1, 0); break;
    case IL_DIV: binop(im, (opset){IR_DIV_I4, IR_DIV_I8, IR_DIV_R4, IR_DIV_R8}, 1, 0); break;
    case IL_DIV_UN: binop(im, (opset){IR_DIV_UN_I4, IR_DIV_UN_I8, IR_NOP, IR_NOP}, 0, 0); break;
    case IL_REM: binop(im, (opset){IR_REM_I4, IR_REM_I8, IR_REM_R4, IR_REM_R8}, 1, 0); break;
    case IL_REM_UN: binop(im, (opset){IR_REM_UN_I4, IR_REM_UN_I8, IR_NOP, IR_NOP}, 0, 0); break;
    case IL_AND: binop(im, (opset){IR_AND_I4, IR_AND_I8, IR_NOP, IR_NOP}, 0, 0); break;
    case IL_OR: binop(im, (opset){IR_OR_I4, IR_OR_I8, IR_NOP, IR_NOP}, 0, 0); break;
    case IL_XOR: binop(im, (opset){IR_XOR_I4, IR_XOR_I8, IR_NOP, IR_NOP}, 0, 0); break;
    case IL_SHL: shiftop(im, IR_SHL_I4, IR_SHL_I8); break;
    case IL_SHR: shiftop(im, IR_SHR_I4, IR_SHR_I8); break;
    case IL_SHR_UN: shiftop(im, IR_SHR_UN_I4, IR_SHR_UN_I8); break;
    case IL_NEG: unop(im, IR_NEG_I4, IR_NEG_I8, IR_NEG_R4, IR_NEG_R8); break;
    case IL_NOT: unop(im, IR_NOT_I4, IR_NOT_I8, IR_NOP, IR_NOP); break;
    case IL_ADD_OVF: binop(im, (opset){IR_ADD_OVF_I4, IR_ADD_OVF_I8, IR_NOP, IR_NOP}, 0, 0); goto ovfmap;
    case IL_ADD_OVF_UN: binop(im, (opset){IR_ADD_OVF_UN_I4, IR_ADD_OVF_UN_I8, IR_NOP, IR_NOP}, 0, 1); goto ovfmap;
    case IL_SUB_OVF: binop(im, (opset){IR_SUB_OVF_I4, IR_SUB_OVF_I8, IR_NOP, IR_NOP}, 0, 0); goto ovfmap;
    case IL_SUB_OVF_UN: binop(im, (opset){IR_SUB_OVF_UN_I4, IR_SUB_OVF_UN_I8, IR_NOP, IR_NOP}, 0, 2); goto ovfmap;
    case IL_MUL_OVF: binop(im, (opset){IR_MUL_OVF_I4, IR_MUL_OVF_I8, IR_NOP, IR_NOP}, 0, 0); goto ovfmap;
    case IL_MUL_OVF_UN: binop(im, (opset){IR_MUL_OVF_UN_I4, IR_MUL_OVF_UN_I8, IR_NOP, IR_NOP}, 0, 0); goto ovfmap;
    ovfmap:
        if (!im->failed) record_map(im, &im->code[im->ncode - 1], im->stack[im->depth - 1].slot);
        break;
    case IL_CONV_I1: conv(im, CT_I1, 0, 0); break;
    case IL_CONV_I2: conv(im, CT_I2, 0, 0); break;
    case IL_CONV_I4: conv(im, CT_I4, 0, 0); break;
    case IL_CONV_I8: conv(im, CT_I8, 0, 0); break;
    case IL_CONV_R4: conv(im, CT_R4, 0, 0); break;
    case IL_CONV_R8: conv(im, CT_R8, 0, 0); break;
    case IL_CONV_U4: conv(im, CT_U4, 0, 0); break;
    case IL_CONV_U8: conv(im, CT_U8, 0, 0); break;
    case IL_CONV_U2: conv(im, CT_U2, 0, 0); break;
    case IL_CONV_U1: conv(im, CT_U1, 0, 0); break;
    case IL_CONV_R_UN: conv(im, CT_RUN, 0, 1); break;
    case IL_CONV_I: conv_native(im, 0, 0, 0); break;
    case IL_CONV_U: conv_native(im, 1, 0, 1); break;
    case IL_CONV_OVF_I1_UN: conv(im, CT_I1, 1, 1); break;
    case IL_CONV_OVF_I2_UN: conv(im, CT_I2, 1, 1); break;
    case IL_CONV_OVF_I4_UN: conv(im, CT_I4, 1, 1); break;
    case IL_CONV_OVF_I8_UN: conv(im, CT_I8, 1, 1); break;
    case IL_CONV_OVF_U1_UN: conv(im, CT_U1, 1, 1); break;
    case IL_CONV_OVF_U2_UN: conv(im, CT_U2, 1, 1); break;
    case IL_CONV_OVF_U4_UN: conv(im, CT_U4, 1, 1); break;
    case IL_CONV_OVF_U8_UN: conv(im, CT_U8, 1, 1); break;
    case IL_CONV_OVF_I_UN: conv_native(im, 0, 1, 1); break;
    case IL_CONV_OVF_U_UN: conv_native(im, 1, 1, 1); break;
    case IL_CONV_OVF_I1: conv(im, CT_I1, 1, 0); break;
    case IL_CONV_OVF_U1: conv(im, CT_U1, 1, 0); break;
    case IL_CONV_OVF_I2: conv(im, CT_I2, 1, 0); break;
    case IL_CONV_OVF_U2: conv(im, CT_U2, 1, 0); break;
    case IL_CONV_OVF_I4: conv(im, CT_I4, 1, 0); break;
    case IL_CONV_OVF_U4: conv(im, CT_U4, 1, 0); break;
    case IL_CONV_OVF_I8: conv(im, CT_I8, 1, 0); break;
    case IL_CONV_OVF_U8: conv(im, CT_U8, 1, 0); break;
    case IL_CONV_OVF_I: conv_native(im, 0, 1, 0); break;
    case IL_CONV_OVF_U: conv_native(im, 1, 1, 0); break;
    case IL_CKFINITE: {
        sv *top = peek(im, 0);
        if (!top) break;
        if (top->kind != VM_SK_R8 && top->kind != VM_SK_R4) { invalid(im, "ckfinite on a non-float"); break; }
        widen_r4(im, top);
        in = emit(im, IR_CKFINITE_R8); in->d = in->a = top->slot;
        record_map(im, in, top->slot);
        break;
    }
    case IL_CEQ: compare(im, 0); break;
    case IL_CGT: compare(im, 1); break;
    case IL_CGT_UN: compare(im, 2); break;
    case IL_CLT: compare(im, 3); break;
    case IL_CLT_UN: compare(im, 4); break;
    case IL_CPOBJ:
        if (!(ty = tok_type(im, ii->token)) || prepare(im, ty, VM_TS_LAID_OUT)) break;
        if (pop(im, &b) || pop(im, &a)) break;
        in = emit(im, IR_CPOBJ); in->a = a.slot; in->b = b.slot; in->imm.type = ty;
        in->size = vm_value_size(ty);
        record_map(im, in, a.slot);
        break;
    case IL_LDOBJ:
        if (!(ty = tok_type(im, ii->token))) break;
        ldind(im, ty);
        break;
    case IL_STOBJ:
        if (!(ty = tok_type(im, ii->token))) break;
        stind(im, ty);
        break;
    case IL_LDSTR: {
        sv *r = push(im, VM_SK_REF, vm_b.string);
        if (!r) break;
        in = emit(im, IR_LDSTR);
        in->d = r->slot;
        in->imm.i4 = (int32_t)ii->token;   /* resolved by the back end on first use */
        in->cache = im->mod;
        record_map(im, in, r->slot);
        break;
    }
    case IL_NEWOBJ: do_newobj(im, ii->token); break;
    case IL_CASTCLASS: case IL_ISINST:
        if (!(ty = tok_type(im, ii->token)) || prepare(im, ty, VM_TS_READY)) break;
        if (pop(im, &a)) break;
        if (a.kind != VM_SK_REF) { invalid(im, "cast of a non-reference"); break; }
        {
            sv *r = push(im, VM_SK_REF, ii->op == IL_CASTCLASS ? ty : NULL);
            if (!r) break;
            in = emit(im, ii->op == IL_CASTCLASS ? IR_CASTCLASS : IR_ISINST);
            in->d = r->slot; in->a = a.slot; in->imm.type = ty;
            record_map(im, in, r->slot);
        }
        break;
    case IL_UNBOX:
        if (!(ty = tok_type(im, ii->token)) || prepare(im, ty, VM_TS_READY)) break;
        typed_op(im, IR_UNBOX, ty, 1, VM_SK_BYREF);
        if (!im->failed) im->stack[im->depth - 1].type = vm_type_byref(im->t, ty);
        break;
    case IL_UNBOX_ANY:
        if (!(ty = tok_type(im, ii->token)) || prepare(im, ty, VM_TS_READY)) break;
        if (vm_is_ref(ty)) {
            if (pop(im, &a)) break;
            sv *r = push(im, VM_SK_REF, ty);
            if (!r) break;
            in = emit(im, IR_CASTCLASS); in->d = r->slot; in->a = a.slot; in->imm.type = ty;
            record_map(im, in, r->slot);
        } else if (vm_stack_kind(ty) != VM_SK_VALUE) {
            /* a primitive or enum: the address of the value, then a typed load that
             * widens it to its stack form (Nullable<T> is VALUE, handled below) */
            typed_op(im, IR_UNBOX, ty, 1, VM_SK_BYREF);
            if (!im->failed)
                ldind(im, ty);
        } else {
            typed_op(im, IR_UNBOX_ANY_VT, ty, 1, (int)vm_stack_kind(ty));
        }
        break;
    case IL_THROW:
        if (pop(im, &a)) break;
        if (a.kind != VM_SK_REF) { invalid(im, "throw of a non-reference"); break; }
        in = emit(im, IR_THROW); in->a = a.slot;
        record_map(im, in, a.slot);
        *fallthrough = 0;
        break;
    case IL_RETHROW: {
        /* the exception of the innermost catch handler around this instruction */
        int found = -1;
        for (uint32_t i = 0; i < im->body.eh_count; i++) {
            md_eh_clause c;
            md_body_eh(&im->body, i, &c);
            if ((c.flags & 7) != MD_EH_CATCH && (c.flags & 7) != MD_EH_FILTER) continue;
            if (im->cur_pc >= c.handler_offset && im->cur_pc < c.handler_offset + c.handler_length) {
                found = (int)i;
                break;
            }
        }
        if (found < 0) { invalid(im, "rethrow outside a catch handler"); break; }
        in = emit(im, IR_RETHROW);
        in->a = (uint16_t)im->out->clauses[found].exc_slot;
        *fallthrough = 0;
        break;
    }
    case IL_LDFLD: do_ldfld(im, ii->token, 0); break;
    case IL_LDFLDA: do_ldfld(im, ii->token, 1); break;
    case IL_STFLD: do_stfld(im, ii->token); break;
    case IL_LDSFLD: do_sfld(im, ii->token, 0); break;
    case IL_STSFLD: do_sfld(im, ii->token, 1); break;
    case IL_LDSFLDA: do_sfld(im, ii->token, 2); break;
    case IL_BOX:
        if (!(ty = tok_type(im, ii->token)) || prepare(im, ty, VM_TS_READY)) break;
        if (vm_is_ref(ty)) break;   /* boxing a reference type does nothing */
        if (pop(im, &a)) break;
        if (!(ty->flags & VM_TF_NULLABLE) && next_is_brtrue(im, ii)) {
            /* box T; brtrue/brfalse (a generic null test, T a value type): the box is
             * never null, so test a constant instead of allocating */
            sv *r = push(im, VM_SK_I4, NULL);
            if (!r) break;
            in = emit(im, IR_LDC_I4); in->d = r->slot; in->imm.i4 = 1;
            break;
        }
        {
            coerce(im, a.slot, a.kind, ty);
            in = emit(im, IR_BOX);
            in->a = a.slot; in->imm.type = ty; in->size = vm_value_size(ty);
            /* a small value sits in its slot as an int32: box its low-order bytes */
            in->b = (uint16_t)(a.kind == VM_SK_I4 ? small_adj(im, ty) : 0);
            in->d = a.slot;     /* the box replaces the value on the stack */
            /* the value stays live during the allocation */
            im->depth++;
            record_map(im, in, a.slot + a.nslots);
            im->depth--;
            push(im, VM_SK_REF, ty);
        }
        break;
    case IL_NEWARR:
        if (!(ty = tok_type(im, ii->token))) break;
        if (pop(im, &a)) break;
        if (a.kind != VM_SK_I4 && a.kind != VM_SK_I) { invalid(im, "newarr length is not an integer"); break; }
        {
            vm_type *at = vm_type_szarray(im->t, ty);
            if (!at) { pending(im); break; }
            if (prepare(im, at, VM_TS_READY)) break;
            sv *r = push(im, VM_SK_REF, at);
            if (!r) break;
            in = emit(im, a.kind == VM_SK_I && nat8(im) ? IR_NEWARR_I : IR_NEWARR);
            in->d = r->slot; in->a = a.slot; in->imm.type = at;
            record_map(im, in, r->slot);
        }
        break;
    case IL_LDLEN:
        if (pop(im, &a)) break;
        if (a.kind != VM_SK_REF) { invalid(im, "ldlen on a non-array"); break; }
        {
            sv *r = push(im, VM_SK_I, NULL);
            if (!r) break;
            in = emit(im, IR_LDLEN); in->d = r->slot; in->a = a.slot;
            record_map(im, in, r->slot);
        }
        break;
    case IL_LDELEMA: {
        if (!(ty = tok_type(im, ii->token)) || prepare(im, ty, VM_TS_LAID_OUT)) break;
        if (pop(im, &b) || pop(im, &a)) break;
        if (index_operand(im, &b)) break;
        sv *r = push(im, VM_SK_BYREF, vm_type_byref(im->t, ty));
        if (!r) break;
        int chk = vm_is_ref(ty) && !im->readonly_prefix;
        in = emit(im, chk ? IR_LDELEMA_CHK : IR_LDELEMA);
        in->d = r->slot; in->a = a.slot; in->b = b.slot; in->size = vm_value_size(ty);
        in->imm.type = ty;
        record_map(im, in, r->slot);
        break;
    }
    case IL_LDELEM_I1: do_ldelem(im, vm_b.sbyte); break;
    case IL_LDELEM_U1: do_ldelem(im, vm_b.byte); break;
    case IL_LDELEM_I2: do_ldelem(im, vm_b.int16); break;
    case IL_LDELEM_U2: do_ldelem(im, vm_b.uint16); break;
    case IL_LDELEM_I4: do_ldelem(im, vm_b.int32); break;
    case IL_LDELEM_U4: do_ldelem(im, vm_b.uint32); break;
    case IL_LDELEM_I8: do_ldelem(im, vm_b.int64); break;
    case IL_LDELEM_I: do_ldelem(im, vm_b.intptr); break;
    case IL_LDELEM_R4: do_ldelem(im, vm_b.single); break;
    case IL_LDELEM_R8: do_ldelem(im, vm_b.double_); break;
    case IL_LDELEM_REF: do_ldelem(im, NULL); break;
    case IL_LDELEM:
        if (!(ty = tok_type(im, ii->token))) break;
        do_ldelem(im, ty);
        break;
    case IL_STELEM_I: do_stelem(im, vm_b.intptr); break;
    case IL_STELEM_I1: do_stelem(im, vm_b.sbyte); break;
    case IL_STELEM_I2: do_stelem(im, vm_b.int16); break;
    case IL_STELEM_I4: do_stelem(im, vm_b.int32); break;
    case IL_STELEM_I8: do_stelem(im, vm_b.int64); break;
    case IL_STELEM_R4: do_stelem(im, vm_b.single); break;
    case IL_STELEM_R8: do_stelem(im, vm_b.double_); break;
    case IL_STELEM_REF: do_stelem(im, NULL); break;
    case IL_STELEM:
        if (!(ty = tok_type(im, ii->token))) break;
        do_stelem(im, ty);
        break;
    case IL_MKREFANY: case IL_REFANYVAL: {
        vm_type *tr = typed_reference(im);
        if (!tr || !(ty = tok_type(im, ii->token)) || prepare(im, ty, VM_TS_LAID_OUT)) break;
        if (pop(im, &a)) break;
        int mk = ii->op == IL_MKREFANY;
        if (mk ? (a.kind != VM_SK_BYREF && a.kind != VM_SK_I) : a.kind != VM_SK_VALUE) {
            invalid(im, mk ? "mkrefany of a non-pointer" : "refanyval of a non-TypedReference");
            break;
        }
        sv *r = mk ? push_type(im, tr) : push(im, VM_SK_BYREF, vm_type_byref(im->t, ty));
        if (!r) break;
        in = emit(im, mk ? IR_MKREFANY : IR_REFANYVAL);
        in->d = r->slot; in->a = a.slot; in->imm.type = ty;
        if (!mk) record_map(im, in, r->slot);
        break;
    }
    case IL_REFANYTYPE: {
        if (!typed_reference(im)) break;
        if (pop(im, &a)) break;
        if (a.kind != VM_SK_VALUE) { invalid(im, "refanytype of a non-TypedReference"); break; }
        sv *r = push(im, VM_SK_VALUE, vm_b.runtime_type_handle);
        if (!r) break;
        in = emit(im, IR_REFANYTYPE); in->d = r->slot; in->a = a.slot;
        break;
    }
    case IL_ARGLIST:
        /* varargs methods are not supported: raise when reached */
        in = emit(im, IR_NOT_SUPPORTED); in->imm.i4 = ii->op;
        push(im, VM_SK_VALUE, vm_b.runtime_method_handle);
        break;
    case IL_LDTOKEN: {
        uint32_t tt = MD_TOKEN_TABLE(ii->token);
        sv *r;
        if (tt == MD_Field) {
            vm_field *f = tok_field(im, ii->token);
            if (!f) break;
            r = push(im, VM_SK_VALUE, vm_b.runtime_field_handle);
            if (!r) break;
            in = emit(im, IR_LDTOKEN_FIELD); in->d = r->slot; in->imm.field = f;
        } else if (tt == MD_MethodDef || tt == MD_MethodSpec ||
                   (tt == MD_MemberRef && 0)) {
            vm_method *m = tok_method(im, ii->token);
            if (!m) break;
            r = push(im, VM_SK_VALUE, vm_b.runtime_method_handle);
            if (!r) break;
            in = emit(im, IR_LDTOKEN_METHOD); in->d = r->slot; in->imm.method = m;
        } else if (tt == MD_MemberRef) {
            /* a MemberRef is a field or a method by its signature's first byte */
            vm_method *m = NULL;
            vm_field *f = vm_resolve_field(im->t, im->mod, ii->token, &im->ctx);
            if (!f) {
                im->t->exception = NULL;
                m = tok_method(im, ii->token);
                if (!m) break;
                r = push(im, VM_SK_VALUE, vm_b.runtime_method_handle);
                if (!r) break;
                in = emit(im, IR_LDTOKEN_METHOD); in->d = r->slot; in->imm.method = m;
            } else {
                r = push(im, VM_SK_VALUE, vm_b.runtime_field_handle);
                if (!r) break;
                in = emit(im, IR_LDTOKEN_FIELD); in->d = r->slot; in->imm.field = f;
            }
        } else {
            if (!(ty = tok_type(im, ii->token))) break;
            r = push(im, VM_SK_VALUE, vm_b.runtime_type_handle);
            if (!r) break;
            in = emit(im, IR_LDTOKEN_TYPE); in->d = r->slot; in->imm.type = ty;
        }
        break;
    }
    case IL_ENDFINALLY: {
        int c = find_clause_for_handler(im, im->cur_pc, 1);
        if (c < 0) { invalid(im, "endfinally outside a finally"); break; }
        in = emit(im, IR_ENDFINALLY); in->imm.i4 = c;
        in->a = (uint16_t)im->out->clauses[c].ret_slot;
        im->depth = 0;
        *fallthrough = 0;
        break;
    }
    case IL_LEAVE: case IL_LEAVE_S: {
        int64_t target = ii->target;
        if (target < 0 || target > im->body.code_size) { invalid(im, "leave target outside the method"); break; }
        im->depth = 0;
        /* run every finally whose try block contains this leave but not its target */
        for (uint32_t i = 0; i < im->body.eh_count; i++) {
            md_eh_clause c;
            md_body_eh(&im->body, i, &c);
            if ((c.flags & 7) != MD_EH_FINALLY) continue;
            int inside = im->cur_pc >= c.try_offset && im->cur_pc < c.try_offset + c.try_length;
            int tgt_inside = target >= c.try_offset && target < c.try_offset + c.try_length;
            if (inside && !tgt_inside) {
                in = emit(im, IR_LEAVE_FINALLY);
                in->imm.target = c.handler_offset;
                in->size = (uint32_t)target;      /* patched to an IR index later */
                in->a = (uint16_t)im->out->clauses[i].ret_slot;
                in->b = (uint16_t)i;
            }
        }
        in = emit(im, IR_BR); in->imm.target = (uint32_t)target;
        branch_to(im, target);
        *fallthrough = 0;
        break;
    }
    case IL_LDFTN: case IL_LDVIRTFTN: {
        vm_method *m = tok_method(im, ii->token);
        if (!m) break;
        if (ii->op == IL_LDVIRTFTN && pop(im, &a)) break;
        sv *r = push(im, VM_SK_I, NULL);
        if (!r) break;
        in = emit(im, ii->op == IL_LDFTN ? IR_LDFTN : IR_LDVIRTFTN);
        in->d = r->slot; in->a = a.slot; in->imm.method = m;
        record_map(im, in, r->slot);
        break;
    }
    case IL_LOCALLOC: {
        if (pop(im, &a)) break;
        if (a.kind == VM_SK_I && nat8(im)) { in = emit(im, IR_CONV_I8_I4); in->d = in->a = a.slot; }
        sv *r = push(im, VM_SK_I, NULL);
        if (!r) break;
        in = emit(im, IR_LOCALLOC); in->d = r->slot; in->a = a.slot;
        record_map(im, in, r->slot);
        break;
    }
    case IL_ENDFILTER:
        if (pop(im, &a)) break;
        in = emit(im, IR_ENDFILTER); in->a = a.slot;
        *fallthrough = 0;
        break;
    case IL_TAIL:
        im->tail_prefix = 1;
        return;
    case IL_UNALIGNED: case IL_VOLATILE: case IL_NO:
        break;
    case IL_READONLY: im->readonly_prefix = 1; return;
    case IL_CONSTRAINED:
        if (!(ty = tok_type(im, ii->token))) break;
        im->constrained = ty;
        return;
    case IL_INITOBJ:
        if (!(ty = tok_type(im, ii->token)) || prepare(im, ty, VM_TS_LAID_OUT)) break;
        if (pop(im, &a)) break;
        in = emit(im, IR_INITOBJ); in->a = a.slot; in->imm.type = ty; in->size = vm_value_size(ty);
        record_map(im, in, a.slot);
        break;
    case IL_CPBLK: case IL_INITBLK: {
        sv c;
        if (pop(im, &c) || pop(im, &b) || pop(im, &a)) break;
        in = emit(im, ii->op == IL_CPBLK ? IR_CPBLK : IR_INITBLK);
        in->a = a.slot; in->b = b.slot; in->d = c.slot;
        record_map(im, in, a.slot);
        break;
    }
    case IL_SIZEOF:
        if (!(ty = tok_type(im, ii->token)) || prepare(im, ty, VM_TS_LAID_OUT)) break;
        ldc_i4(im, (int32_t)vm_value_size(ty));
        break;
    default:
        in = emit(im, IR_NOT_SUPPORTED); in->imm.i4 = ii->op;
        break;
    }
    im->readonly_prefix = 0;
    im->tail_prefix = 0;
    if (im->constrained && ii->op != IL_CALLVIRT)
        im->constrained = NULL;
}
