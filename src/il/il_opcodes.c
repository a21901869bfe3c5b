/* il_opcodes.c — the opcode tables built from il_opcodes.def, and the decoder. */
#include <stdint.h>
#include <string.h>

#include "il/il.h"

/* Operand bytes after the opcode for each operand kind (switch: its count only). */
#define OPSZ_NONE   0
#define OPSZ_I1     1
#define OPSZ_U1     1
#define OPSZ_U2     2
#define OPSZ_I4     4
#define OPSZ_I8     8
#define OPSZ_R4     4
#define OPSZ_R8     8
#define OPSZ_TOKEN  4
#define OPSZ_TYPE   4
#define OPSZ_METHOD 4
#define OPSZ_FIELD  4
#define OPSZ_STRING 4
#define OPSZ_SIG    4
#define OPSZ_BR_S   1
#define OPSZ_BR     4
#define OPSZ_SWITCH 4

const il_opinfo il_ops[IL_OP_COUNT] = {
#define OP(e, name, b1, b2, operand, pop, push, flow)                                   \
    { name, b1, b2, IL_OPND_##operand, IL_##pop, IL_##push, IL_FLOW_##flow,             \
      (b1) == 0xFE ? 2 : 1, OPSZ_##operand },
#include "il/il_opcodes.def"
#undef OP
};

/* Each map takes only its own rows: MAP1_0xFF keeps a row, MAP1_0xFE drops it. The
 * pasted byte1 is the literal 0xFF / 0xFE written in the .def. */
#define MAP1_0xFF(b2, e) [b2] = IL_##e + 1,
#define MAP1_0xFE(b2, e)
#define MAP2_0xFF(b2, e)
#define MAP2_0xFE(b2, e) [b2] = IL_##e + 1,

const uint16_t il_op1_map[256] = {
#define OP(e, name, b1, b2, operand, pop, push, flow) MAP1_##b1(b2, e)
#include "il/il_opcodes.def"
#undef OP
};

const uint16_t il_op2_map[256] = {
#define OP(e, name, b1, b2, operand, pop, push, flow) MAP2_##b1(b2, e)
#include "il/il_opcodes.def"
#undef OP
};

const int8_t il_pop_count[IL_POP_COUNT] = {
    [IL_POP0] = 0, [IL_POP1] = 1, [IL_POP1_POP1] = 2, [IL_POPI] = 1, [IL_POPI_POP1] = 2,
    [IL_POPI_POPI] = 2, [IL_POPI_POPI8] = 2, [IL_POPI_POPR4] = 2, [IL_POPI_POPR8] = 2,
    [IL_POPI_POPREF] = 2, [IL_POPI_POPI_POPI] = 3, [IL_POPREF] = 1, [IL_POPREF_POPI] = 2,
    [IL_POPREF_POPI_POPI] = 3, [IL_POPREF_POPI_POPI8] = 3, [IL_POPREF_POPI_POPR4] = 3,
    [IL_POPREF_POPI_POPR8] = 3, [IL_POPREF_POPI_POPREF] = 3, [IL_POPREF_POPI_POP1] = 3,
    [IL_VARPOP] = -1,
};

const int8_t il_push_count[IL_PUSH_COUNT] = {
    [IL_PUSH0] = 0, [IL_PUSH1] = 1, [IL_PUSH1_PUSH1] = 2, [IL_PUSHI] = 1, [IL_PUSHI8] = 1,
    [IL_PUSHR4] = 1, [IL_PUSHR8] = 1, [IL_PUSHREF] = 1, [IL_VARPUSH] = -1,
};

static const char *const operand_names[IL_OPND_COUNT] = {
    "NONE", "I1", "U1", "U2", "I4", "I8", "R4", "R8", "TOKEN", "TYPE", "METHOD", "FIELD",
    "STRING", "SIG", "BR_S", "BR", "SWITCH",
};
static const char *const pop_names[IL_POP_COUNT] = {
    "POP0", "POP1", "POP1_POP1", "POPI", "POPI_POP1", "POPI_POPI", "POPI_POPI8",
    "POPI_POPR4", "POPI_POPR8", "POPI_POPREF", "POPI_POPI_POPI", "POPREF",
    "POPREF_POPI", "POPREF_POPI_POPI", "POPREF_POPI_POPI8", "POPREF_POPI_POPR4",
    "POPREF_POPI_POPR8", "POPREF_POPI_POPREF", "POPREF_POPI_POP1", "VARPOP",
};
static const char *const push_names[IL_PUSH_COUNT] = {
    "PUSH0", "PUSH1", "PUSH1_PUSH1", "PUSHI", "PUSHI8", "PUSHR4", "PUSHR8", "PUSHREF",
    "VARPUSH",
};
static const char *const flow_names[IL_FLOW_COUNT] = {
    "NEXT", "BRANCH", "COND_BRANCH", "CALL", "RETURN", "THROW", "PREFIX", "BREAK",
};

const char *il_operand_name(unsigned operand) {
    return operand < IL_OPND_COUNT ? operand_names[operand] : "?";
}
const char *il_pop_name(unsigned pop) {
    return pop < IL_POP_COUNT ? pop_names[pop] : "?";
}
const char *il_push_name(unsigned push) {
    return push < IL_PUSH_COUNT ? push_names[push] : "?";
}
const char *il_flow_name(unsigned flow) {
    return flow < IL_FLOW_COUNT ? flow_names[flow] : "?";
}

/* Bit-exact float32 from its encoding, without type-punning through pointers. */
static float f32_from_bits(uint32_t bits) {
    float f;
    memcpy(&f, &bits, sizeof f);
    return f;
}

static double f64_from_bits(uint64_t bits) {
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

int il_decode(const uint8_t *code, uint32_t size, uint32_t pc, il_insn *out) {
    uint32_t p = pc, avail;
    uint16_t m;
    const il_opinfo *info;

    if (pc >= size)
        return -1;
    if (code[p] == 0xFE) {
        if (size - p < 2)
            return -1;
        m = il_op2_map[code[p + 1]];
        p += 2;
    } else {
        m = il_op1_map[code[p]];
        p += 1;
    }
    if (m == 0)
        return -1;
    info = &il_ops[m - 1];
    out->op = (enum il_op)(m - 1);
    out->pc = pc;
    avail = size - p;
    if (avail < info->operand_size)
        return -1;

    /* p now points at the operand, which lies inside the code. */
    switch ((enum il_operand)info->operand) {
    case IL_OPND_NONE:
        break;
    case IL_OPND_I1:
        out->i = (int8_t)code[p];
        break;
    case IL_OPND_U1:
        out->i = code[p];
        break;
    case IL_OPND_U2:
        out->i = md_le16(code + p);
        break;
    case IL_OPND_I4:
        out->i = (int32_t)md_le32(code + p);
        break;
    case IL_OPND_I8:
        out->i = (int64_t)md_le64(code + p);
        break;
    case IL_OPND_R4:
        out->rbits = md_le32(code + p);
        out->r = (double)f32_from_bits((uint32_t)out->rbits);
        break;
    case IL_OPND_R8:
        out->rbits = md_le64(code + p);
        out->r = f64_from_bits(out->rbits);
        break;
    case IL_OPND_TOKEN: case IL_OPND_TYPE: case IL_OPND_METHOD: case IL_OPND_FIELD:
    case IL_OPND_STRING: case IL_OPND_SIG:
        out->token = md_le32(code + p);
        break;
    case IL_OPND_BR_S:
        out->target = (int64_t)p + 1 + (int8_t)code[p];
        break;
    case IL_OPND_BR:
        out->target = (int64_t)p + 4 + (int32_t)md_le32(code + p);
        break;
    case IL_OPND_SWITCH: {
        uint32_t n = md_le32(code + p);
        /* Check against what is left before multiplying: n * 4 may overflow. */
        if (n > (avail - 4) / 4 || n > (uint32_t)(INT32_MAX - 16) / 4)
            return -1;
        out->switch_count = n;
        out->switch_table = code + p + 4;
        out->len = info->oplen + 4 + n * 4;
        return (int)out->len;
    }
    case IL_OPND_COUNT:
        return -1;
    }
    out->len = info->oplen + info->operand_size;
    return (int)out->len;
}

int64_t il_switch_target(const il_insn *in, uint32_t i) {
    return (int64_t)in->pc + in->len + (int32_t)md_le32(in->switch_table + 4 * (size_t)i);
}
