/*
 * il.h — CIL instructions: the opcode table (il_opcodes.def), the decoder and the
 * disassembler. This is the public interface of il/ for what concerns single
 * instructions; every consumer of IL bytes (importer, interpreter, `dump`) decodes
 * through il_decode rather than reading opcodes on its own.
 */
#ifndef ANYCLR_IL_H
#define ANYCLR_IL_H

#include <stdint.h>
#include <stdio.h>

#include "md/md.h"

/* Every instruction: IL_NOP, IL_LDARG_0, ..., IL_READONLY, in table order. */
enum il_op {
#define OP(e, name, b1, b2, operand, pop, push, flow) IL_##e,
#include "il/il_opcodes.def"
#undef OP
    IL_OP_COUNT
};

/* What follows the opcode bytes. */
enum il_operand {
    IL_OPND_NONE, IL_OPND_I1, IL_OPND_U1, IL_OPND_U2, IL_OPND_I4, IL_OPND_I8,
    IL_OPND_R4, IL_OPND_R8, IL_OPND_TOKEN, IL_OPND_TYPE, IL_OPND_METHOD, IL_OPND_FIELD,
    IL_OPND_STRING, IL_OPND_SIG, IL_OPND_BR_S, IL_OPND_BR, IL_OPND_SWITCH,
    IL_OPND_COUNT
};

/* What an instruction pops, deepest first (see il_opcodes.def). */
enum il_pop {
    IL_POP0, IL_POP1, IL_POP1_POP1, IL_POPI, IL_POPI_POP1, IL_POPI_POPI, IL_POPI_POPI8,
    IL_POPI_POPR4, IL_POPI_POPR8, IL_POPI_POPREF, IL_POPI_POPI_POPI, IL_POPREF,
    IL_POPREF_POPI, IL_POPREF_POPI_POPI, IL_POPREF_POPI_POPI8, IL_POPREF_POPI_POPR4,
    IL_POPREF_POPI_POPR8, IL_POPREF_POPI_POPREF, IL_POPREF_POPI_POP1, IL_VARPOP,
    IL_POP_COUNT
};

/* What an instruction pushes. */
enum il_push {
    IL_PUSH0, IL_PUSH1, IL_PUSH1_PUSH1, IL_PUSHI, IL_PUSHI8, IL_PUSHR4, IL_PUSHR8,
    IL_PUSHREF, IL_VARPUSH,
    IL_PUSH_COUNT
};

/* How control leaves an instruction. */
enum il_flow {
    IL_FLOW_NEXT, IL_FLOW_BRANCH, IL_FLOW_COND_BRANCH, IL_FLOW_CALL, IL_FLOW_RETURN,
    IL_FLOW_THROW, IL_FLOW_PREFIX, IL_FLOW_BREAK,
    IL_FLOW_COUNT
};

/* One row of the table, in the form the tools want it. */
typedef struct il_opinfo {
    const char *name;       /* the mnemonic, "ldarg.0" */
    uint8_t byte1, byte2;   /* 0xFF, op for one-byte opcodes; 0xFE, op for two-byte */
    uint8_t operand;        /* enum il_operand */
    uint8_t pop;            /* enum il_pop */
    uint8_t push;           /* enum il_push */
    uint8_t flow;           /* enum il_flow */
    uint8_t oplen;          /* bytes of opcode: 1 or 2 */
    uint8_t operand_size;   /* bytes of operand; for switch, the 4-byte count only */
} il_opinfo;

extern const il_opinfo il_ops[IL_OP_COUNT];

/* Byte → op + 1 for one-byte opcodes (il_op1_map) and for the byte after 0xFE
 * (il_op2_map); 0 where there is no such opcode. (The + 1 lets unlisted entries stay
 * 0 in a table built at compile time from the .def.) */
extern const uint16_t il_op1_map[256];
extern const uint16_t il_op2_map[256];

/* The op for a one-byte opcode (b1 = 0xFF) or 0xFE b2, or -1 when there is none. */
static inline int il_op_lookup(uint8_t b1, uint8_t b2) {
    uint16_t m = b1 == 0xFE ? il_op2_map[b2] : b1 == 0xFF ? il_op1_map[b2] : 0;
    return (int)m - 1;
}

/* How many values a pop / push kind stands for; -1 for VARPOP / VARPUSH. */
extern const int8_t il_pop_count[IL_POP_COUNT];
extern const int8_t il_push_count[IL_PUSH_COUNT];

/* Names of the kinds, for messages and tests: "POPI_POPI", "COND_BRANCH", "BR_S". */
const char *il_operand_name(unsigned operand);
const char *il_pop_name(unsigned pop);
const char *il_push_name(unsigned push);
const char *il_flow_name(unsigned flow);

/* ---- the decoder ------------------------------------------------------------------ */

/* One decoded instruction. Only the fields its operand kind names are set. */
typedef struct il_insn {
    enum il_op op;
    uint32_t pc;                 /* offset of the first opcode byte */
    uint32_t len;                /* total length, opcode + operand (+ switch table) */
    int64_t i;                   /* I1, U1, U2, I4, I8: the value, sign- or zero-extended */
    double r;                    /* R4, R8: the value (R4 widened exactly) */
    uint64_t rbits;              /* R4, R8: the raw bits, for exact printing */
    uint32_t token;              /* TOKEN, TYPE, METHOD, FIELD, STRING, SIG */
    int64_t target;              /* BR_S, BR: absolute target, not checked against size */
    uint32_t switch_count;       /* SWITCH: number of targets */
    const uint8_t *switch_table; /* SWITCH: switch_count little-endian int32s */
} il_insn;

/*
 * Decodes the instruction at code[pc]. Returns its total length (> 0), or -1 when the
 * opcode is unknown or the instruction runs past `size`. Branch targets are decoded,
 * not validated: checking that they land on instructions is the importer's job.
 */
int il_decode(const uint8_t *code, uint32_t size, uint32_t pc, il_insn *out);

/* Absolute target i (< switch_count) of a decoded switch. */
int64_t il_switch_target(const il_insn *in, uint32_t i);

/* ---- the disassembler ------------------------------------------------------------- */

/*
 * The name of the entity behind an IL token, in ildasm's form for the operand kind: a
 * type, a method with its signature, a field, a calli signature, or for ldtoken any of
 * them. Returns a string the namer owns, valid until its next call, or NULL with *err
 * set when the token is bad.
 */
typedef const char *(*il_token_namer)(void *ctx, uint32_t token, enum il_operand kind,
                                      md_error *err);

/*
 * Prints the IL of a method body, one instruction a line ("IL_0000:  ldarg.0"),
 * with EH regions as ildasm-style nested .try / catch / finally / filter / fault
 * blocks (or, when the clauses do not nest, as a list of clauses first). `indent` is
 * the number of leading spaces. Returns 0, or -1 with *err (a bad opcode, operand,
 * string or token) after printing what came before it.
 */
int il_disasm(FILE *out, const md_image *img, const md_body *body, int indent,
              il_token_namer namer, void *ctx, md_error *err);

/* Formats a float64 so that it reads back exactly and the same on every host: the
 * shortest round-tripping %g form for finite values, "(bits)" hex otherwise. */
void il_format_r8(char *buf, size_t size, double v, uint64_t bits);
/* The same for a float32 (v is the widened value, bits its 32 raw bits). */
void il_format_r4(char *buf, size_t size, double v, uint32_t bits);

#endif
