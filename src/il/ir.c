/* ir.c — names of the IR operations and a printer for debugging. */
#include <stdio.h>

#include "il/ir.h"

const char *const ir_op_names[IR_OP_COUNT] = {
#define IR(name, operands) #name,
#include "il/ir_ops.def"
#undef IR
};

void ir_print(const ir_method *irm, void *file) {
    FILE *f = file;
    char name[300];
    vm_method_name(irm->method, name, sizeof name);
    fprintf(f, "%s: %u insns, args %u slots, locals %u, frame %u, eval base %u\n", name,
            irm->ncode, irm->nargs_slots, irm->nlocals_slots, irm->frame_slots, irm->eval_base);
    for (uint32_t i = 0; i < irm->ncode; i++) {
        const ir_insn *in = &irm->code[i];
        fprintf(f, "  %4u IL_%04x %-16s d=%u a=%u b=%u size=%u imm=%lld%s\n", i, in->il_offset,
                ir_op_names[in->op], in->d, in->a, in->b, in->size, (long long)in->imm.i8,
                in->gcmap != IR_NO_MAP ? " (gc map)" : "");
    }
    for (uint32_t i = 0; i < irm->nclauses; i++) {
        const ir_clause *c = &irm->clauses[i];
        fprintf(f, "  clause %u kind %u try [%u,%u) handler [%u,%u) filter %u\n", i, c->kind,
                c->try_start, c->try_end, c->handler_start, c->handler_end, c->filter_start);
    }
}
