/*
 * ir.h — the importer's output: one typed, verified form of a method, shared by the
 * interpreter (which executes it directly) and the C back end (which translates it).
 *
 * A method's frame is an array of 8-byte slots: [arguments][locals][hidden temps]
 * [evaluation stack]. Each IL stack position has a fixed slot offset (the sum of the
 * sizes below it), so a call's arguments are already consecutive and the callee's frame
 * starts where they are: no copying. A value narrower than 4 bytes lives in its slot as a
 * normalised int32; its address (ldloca) is the int32's low-order byte(s), so on a
 * big-endian target it is offset by 4 - size.
 */
#ifndef ANYCLR_IL_IR_H
#define ANYCLR_IL_IR_H

#include <stdint.h>

#include "vm/vm.h"

enum ir_op {
#define IR(name, operands) IR_##name,
#include "il/ir_ops.def"
#undef IR
    IR_OP_COUNT
};

extern const char *const ir_op_names[IR_OP_COUNT];

typedef struct ir_insn {
    uint16_t op;            /* enum ir_op */
    uint16_t d, a, b;       /* slots */
    uint32_t size;          /* value-type size in bytes, switch count, ... */
    uint32_t il_offset;     /* for stack traces and EH */
    uint16_t gcmap;         /* index into ir_method.maps at a call/allocation, or IR_NO_MAP */
    uint16_t pad;
    union {
        int32_t i4;
        int64_t i8;
        float r4;
        double r8;
        uint32_t target;    /* instruction index */
        uint32_t off;       /* byte offset */
        void *p;
        vm_type *type;
        vm_method *method;
        vm_field *field;
        vm_object **root;   /* ldstr: where the interned string is kept */
        uint32_t *table;    /* switch targets */
    } imm;
    void *cache;            /* call sites: the inline cache (last receiver type) */
    void *cache2;           /*             and its resolved target */
} ir_insn;

#define IR_NO_MAP 0xFFFFu

/* An exception clause in IR positions (innermost first, as in metadata). */
typedef struct ir_clause {
    uint32_t kind;              /* MD_EH_* */
    uint32_t try_start, try_end;            /* [start, end) instruction indexes */
    uint32_t handler_start, handler_end;
    uint32_t filter_start;                  /* MD_EH_FILTER */
    vm_type *catch_type;                    /* MD_EH_CATCH */
    uint32_t ret_slot;                      /* finally: slot holding the return position */
    uint32_t exc_slot;                      /* catch/filter: slot the exception is put in */
} ir_clause;

/* The references live in the frame at one program point: byte offsets from the frame
 * base of slots holding object references, and of managed pointers (interior). */
typedef struct ir_gcmap {
    uint32_t nrefs, nbyrefs;
    uint32_t *refs;
    uint32_t *byrefs;
} ir_gcmap;

typedef struct ir_method {
    vm_method *method;
    ir_insn *code;
    uint32_t ncode;
    uint32_t nargs_slots;       /* slots taken by the arguments (incl. this) */
    uint32_t nlocals_slots;     /* locals and hidden temps, zeroed at entry */
    uint32_t frame_slots;       /* the whole frame, incl. the deepest evaluation stack */
    uint32_t ret_size;          /* bytes of the return value (0 for void) */
    uint32_t nclauses;
    ir_clause *clauses;
    ir_gcmap fixed;             /* args, locals, temps: live for the whole method */
    uint32_t nmaps;
    ir_gcmap *maps;             /* evaluation stack maps, per call/allocation site */
    uint32_t eval_base;         /* first slot of the evaluation stack */
} ir_method;

/* Imports m (its IL body, in its generic context) for the given target. NULL with an
 * exception pending (InvalidProgramException, MissingMethodException, TypeLoad...). */
ir_method *ir_import(vm_thread *t, vm_method *m, const vm_target *target);
void ir_free(ir_method *irm);

/* Prints the IR of a method (for `anyclr dump --ir` and debugging). */
void ir_print(const ir_method *irm, void *file);

#endif
