/*
 * il_disasm.c — a method body as text, close to ildasm's: one instruction a line,
 * branch targets as IL_xxxx labels, EH regions as nested .try / handler blocks.
 * Token names come from the caller (il_token_namer); strings are read through md.
 */
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "il/il.h"

/* ---- numbers ---------------------------------------------------------------------- */

/* The shortest %.Ng that reads back to the same value. glibc and musl both print and
 * parse correctly rounded, so this is the same text on every host (in the C locale,
 * which anyclr never changes). */
void il_format_r8(char *buf, size_t size, double v, uint64_t bits) {
    int prec;
    if (!isfinite(v)) {
        snprintf(buf, size, "(0x%016" PRIX64 ")", bits);
        return;
    }
    for (prec = 1; prec < 17; prec++) {
        snprintf(buf, size, "%.*g", prec, v);
        if (strtod(buf, NULL) == v)
            break;
    }
    if (prec == 17)
        snprintf(buf, size, "%.17g", v);
    /* -0.0 == 0.0 compares equal: keep the sign visible. */
    if (v == 0 && signbit(v))
        snprintf(buf, size, "-0");
}

void il_format_r4(char *buf, size_t size, double v, uint32_t bits) {
    int prec;
    if (!isfinite(v)) {
        snprintf(buf, size, "(0x%08" PRIX32 ")", bits);
        return;
    }
    for (prec = 1; prec < 9; prec++) {
        snprintf(buf, size, "%.*g", prec, v);
        if ((double)strtof(buf, NULL) == v)
            break;
    }
    if (prec == 9)
        snprintf(buf, size, "%.9g", v);
    if (v == 0 && signbit(v))
        snprintf(buf, size, "-0");
}

static void put_label(FILE *out, int64_t target) {
    if (target >= 0 && target <= (int64_t)UINT32_MAX)
        fprintf(out, "IL_%04" PRIx32, (uint32_t)target);
    else
        fprintf(out, "IL_(%" PRId64 ")", target);
}

/* ---- strings ---------------------------------------------------------------------- */

/* A #US string as a quoted literal: UTF-8 for well-formed text, escapes for control
 * characters, quotes, backslashes and unpaired surrogates. */
static void put_utf16(FILE *out, const uint8_t *s, uint32_t n) {
    uint32_t i;
    putc('"', out);
    for (i = 0; i < n; i++) {
        uint32_t c = md_utf16_at(s, i);
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n) {
            uint32_t lo = md_utf16_at(s, i + 1);
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
                i++;
            }
        }
        switch (c) {
        case '"':  fputs("\\\"", out); continue;
        case '\\': fputs("\\\\", out); continue;
        case '\n': fputs("\\n", out); continue;
        case '\r': fputs("\\r", out); continue;
        case '\t': fputs("\\t", out); continue;
        case 0:    fputs("\\0", out); continue;
        default:   break;
        }
        if (c < 0x20 || c == 0x7F || (c >= 0xD800 && c <= 0xDFFF) || c == 0x2028 ||
            c == 0x2029 || c == 0x85) {
            fprintf(out, "\\u%04" PRIX32, c);
        } else if (c < 0x80) {
            putc((int)c, out);
        } else if (c < 0x800) {
            putc((int)(0xC0 | (c >> 6)), out);
            putc((int)(0x80 | (c & 0x3F)), out);
        } else if (c < 0x10000) {
            putc((int)(0xE0 | (c >> 12)), out);
            putc((int)(0x80 | ((c >> 6) & 0x3F)), out);
            putc((int)(0x80 | (c & 0x3F)), out);
        } else {
            putc((int)(0xF0 | (c >> 18)), out);
            putc((int)(0x80 | ((c >> 12) & 0x3F)), out);
            putc((int)(0x80 | ((c >> 6) & 0x3F)), out);
            putc((int)(0x80 | (c & 0x3F)), out);
        }
    }
    putc('"', out);
}

/* ---- EH regions ------------------------------------------------------------------- */

/* One brace block: [start, end) of the code, with the words that open it. */
typedef struct region {
    uint32_t start, end;
    uint32_t clause;       /* index of the clause it comes from */
    uint8_t kind;          /* R_TRY, R_FILTER, R_HANDLER */
} region;

enum { R_TRY, R_FILTER, R_HANDLER };

/* Outer blocks first: by start, then longest first, then try before its handlers. */
static int region_cmp(const void *a, const void *b) {
    const region *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->end != y->end)
        return x->end > y->end ? -1 : 1;
    if (x->clause != y->clause)
        return x->clause < y->clause ? -1 : 1;
    return (int)x->kind - (int)y->kind;
}

/*
 * Builds the blocks of all clauses. Clauses with the same try range share one .try
 * (a try with several catches). Returns the count, or -1 when the blocks cannot be
 * shown as nested braces: a handler before its try, or overlapping ranges.
 */
static int build_regions(const md_body *body, const uint8_t *boundary, region *r) {
    uint32_t i, j, n = 0;
    for (i = 0; i < body->eh_count; i++) {
        md_eh_clause c, d;
        int shared = 0;
        md_body_eh(body, i, &c);
        for (j = 0; j < i && !shared; j++) {
            md_body_eh(body, j, &d);
            shared = d.try_offset == c.try_offset && d.try_length == c.try_length;
        }
        /* md checked the try and handler ranges; the boundary map covers [0, size]. */
        if (c.try_length == 0 || c.handler_length == 0 ||
            ((c.flags & MD_EH_FILTER) && c.class_token_or_filter > body->code_size))
            return -1;
        if (!shared)
            r[n++] = (region){ c.try_offset, c.try_offset + c.try_length, i, R_TRY };
        if (c.flags & MD_EH_FILTER) {
            if (c.class_token_or_filter >= c.handler_offset ||
                c.class_token_or_filter < c.try_offset + c.try_length)
                return -1;
            r[n++] = (region){ c.class_token_or_filter, c.handler_offset, i, R_FILTER };
        } else if (c.handler_offset < c.try_offset + c.try_length) {
            return -1;
        }
        r[n++] = (region){ c.handler_offset, c.handler_offset + c.handler_length, i,
                           R_HANDLER };
    }
    /* A block that starts or ends inside an instruction cannot be drawn with braces. */
    for (i = 0; i < n; i++)
        if (!boundary[r[i].start] || !boundary[r[i].end])
            return -1;
    qsort(r, n, sizeof *r, region_cmp);
    /* Proper nesting: each block lies inside the innermost open one, or after it. */
    {
        uint32_t stack[64];
        int depth = 0;
        for (i = 0; i < n; i++) {
            while (depth > 0 && r[stack[depth - 1]].end <= r[i].start)
                depth--;
            if (depth > 0 && r[i].end > r[stack[depth - 1]].end)
                return -1;
            if (depth > 0 && r[i].start == r[stack[depth - 1]].start &&
                r[i].end == r[stack[depth - 1]].end)
                return -1;
            if (depth == 64)
                return -1;
            stack[depth++] = i;
        }
    }
    return (int)n;
}

static void put_indent(FILE *out, int n) {
    while (n-- > 0)
        putc(' ', out);
}

/* The words before a handler block's brace, "catch [System.Runtime]System.Exception". */
static int open_handler(FILE *out, const md_image *img, const md_eh_clause *c, int ind,
                        uint64_t code_offset, il_token_namer namer, void *ctx,
                        md_error *err) {
    const char *name = NULL;
    if (!(c->flags & (MD_EH_FINALLY | MD_EH_FAULT | MD_EH_FILTER))) {
        uint32_t t = MD_TOKEN_TABLE(c->class_token_or_filter);
        if ((t != MD_TypeDef && t != MD_TypeRef && t != MD_TypeSpec) ||
            !md_token_ok(img, c->class_token_or_filter))
            return md_fail(err, code_offset, 1, "catch clause has bad class token 0x%08"
                           PRIX32, c->class_token_or_filter);
        name = namer(ctx, c->class_token_or_filter, IL_OPND_TYPE, err);
        if (!name)
            return -1;
    }
    put_indent(out, ind);
    if (c->flags & MD_EH_FINALLY) {
        fputs("finally\n", out);
    } else if (c->flags & MD_EH_FAULT) {
        fputs("fault\n", out);
    } else if (c->flags & MD_EH_FILTER) {
        fputs("{  // handler\n", out);
        return 0;
    } else {
        fprintf(out, "catch %s\n", name);
    }
    put_indent(out, ind);
    fputs("{\n", out);
    return 0;
}

/* Prints every clause as a comment line: the fallback when they do not nest. */
static void list_clauses(FILE *out, const md_body *body, int indent) {
    static const char *const kinds[] = { "catch", "filter", "finally", "?", "fault" };
    uint32_t i;
    for (i = 0; i < body->eh_count; i++) {
        md_eh_clause c;
        md_body_eh(body, i, &c);
        put_indent(out, indent);
        fprintf(out, "// .try IL_%04" PRIx32 " to IL_%04" PRIx32 " %s ", c.try_offset,
                c.try_offset + c.try_length, c.flags <= 4 ? kinds[c.flags] : "?");
        if (c.flags == MD_EH_CATCH)
            fprintf(out, "0x%08" PRIX32 " ", c.class_token_or_filter);
        else if (c.flags == MD_EH_FILTER)
            fprintf(out, "IL_%04" PRIx32 " ", c.class_token_or_filter);
        fprintf(out, "handler IL_%04" PRIx32 " to IL_%04" PRIx32 "\n", c.handler_offset,
                c.handler_offset + c.handler_length);
    }
}

/* ---- the instruction -------------------------------------------------------------- */

static int put_operand(FILE *out, const md_image *img, const md_body *body,
                       const il_insn *in, il_token_namer namer, void *ctx, md_error *err) {
    const il_opinfo *info = &il_ops[in->op];
    uint64_t off = body->code_file_offset + in->pc;
    char num[64];

    switch ((enum il_operand)info->operand) {
    case IL_OPND_NONE:
        return 0;
    case IL_OPND_I1: case IL_OPND_I8:
        if (info->operand == IL_OPND_I8)
            fprintf(out, "0x%" PRIx64, (uint64_t)in->i);
        else
            fprintf(out, "%" PRId64, in->i);
        return 0;
    case IL_OPND_I4:
        fprintf(out, "0x%" PRIx32, (uint32_t)in->i);
        return 0;
    case IL_OPND_U1: case IL_OPND_U2:
        switch (in->op) {
        case IL_LDLOC_S: case IL_LDLOCA_S: case IL_STLOC_S:
        case IL_LDLOC: case IL_LDLOCA: case IL_STLOC:
            fprintf(out, "V_%" PRId64, in->i);
            break;
        case IL_LDARG_S: case IL_LDARGA_S: case IL_STARG_S:
        case IL_LDARG: case IL_LDARGA: case IL_STARG:
            fprintf(out, "A_%" PRId64, in->i);
            break;
        default:   /* unaligned., no. */
            fprintf(out, "%" PRId64, in->i);
            break;
        }
        return 0;
    case IL_OPND_R4:
        il_format_r4(num, sizeof num, in->r, (uint32_t)in->rbits);
        fputs(num, out);
        return 0;
    case IL_OPND_R8:
        il_format_r8(num, sizeof num, in->r, in->rbits);
        fputs(num, out);
        return 0;
    case IL_OPND_STRING: {
        const uint8_t *s;
        uint32_t n;
        if (MD_TOKEN_TABLE(in->token) != MD_TOKEN_STRING)
            return md_fail(err, off, 1, "ldstr at IL_%04" PRIx32 " has token 0x%08" PRIX32
                           ", not a string", in->pc, in->token);
        if (md_user_string(img, MD_TOKEN_ROW(in->token), &s, &n, err) < 0)
            return -1;
        put_utf16(out, s, n);
        return 0;
    }
    case IL_OPND_TOKEN: case IL_OPND_TYPE: case IL_OPND_METHOD: case IL_OPND_FIELD:
    case IL_OPND_SIG: {
        uint32_t t = MD_TOKEN_TABLE(in->token);
        const char *name;
        int ok;
        switch (info->operand) {
        case IL_OPND_TYPE:
            ok = t == MD_TypeDef || t == MD_TypeRef || t == MD_TypeSpec;
            break;
        case IL_OPND_METHOD:
            ok = t == MD_MethodDef || t == MD_MemberRef || t == MD_MethodSpec;
            break;
        case IL_OPND_FIELD:
            ok = t == MD_Field || t == MD_MemberRef;
            break;
        case IL_OPND_SIG:
            ok = t == MD_StandAloneSig;
            break;
        default:
            ok = t == MD_TypeDef || t == MD_TypeRef || t == MD_TypeSpec ||
                 t == MD_MethodDef || t == MD_MemberRef || t == MD_MethodSpec ||
                 t == MD_Field;
            break;
        }
        if (!ok || !md_token_ok(img, in->token))
            return md_fail(err, off, 1, "%s at IL_%04" PRIx32 " has bad token 0x%08" PRIX32,
                           info->name, in->pc, in->token);
        name = namer(ctx, in->token, (enum il_operand)info->operand, err);
        if (!name) {
            if (!err->has_offset) {
                err->offset = off;
                err->has_offset = 1;
            }
            return -1;
        }
        fputs(name, out);
        return 0;
    }
    case IL_OPND_BR_S: case IL_OPND_BR:
        put_label(out, in->target);
        return 0;
    case IL_OPND_SWITCH: {
        uint32_t i;
        fputs("( ", out);
        for (i = 0; i < in->switch_count; i++) {
            if (i)
                fputs(", ", out);
            put_label(out, il_switch_target(in, i));
        }
        putc(')', out);
        return 0;
    }
    case IL_OPND_COUNT:
        break;
    }
    return 0;
}

int il_disasm(FILE *out, const md_image *img, const md_body *body, int indent,
              il_token_namer namer, void *ctx, md_error *err) {
    region *regs = NULL;
    uint8_t *boundary = NULL;
    uint32_t open[64];
    int nreg = 0, depth = 0, next = 0, rc = -1;
    uint32_t pc = 0;

    if (body->eh_count > 0) {
        /* Instruction starts, to check that every block lies on them. Decoding stops
         * at the first bad instruction; the printing loop reports it. */
        uint32_t p = 0;
        boundary = calloc((size_t)body->code_size + 1, 1);
        /* A clause gives at most three blocks. */
        regs = malloc(sizeof *regs * 3 * (size_t)body->eh_count);
        if (!regs || !boundary) {
            md_fail(err, 0, 0, "out of memory");
            goto done;
        }
        while (p < body->code_size) {
            il_insn in;
            int len = il_decode(body->code, body->code_size, p, &in);
            if (len < 0)
                break;
            boundary[p] = 1;
            p += (uint32_t)len;
        }
        boundary[p] = 1;
        nreg = build_regions(body, boundary, regs);
        if (nreg < 0)
            list_clauses(out, body, indent);
    }

    while (pc < body->code_size) {
        il_insn in;
        int len;

        /* Close the blocks that end here, then open those that start here. */
        while (depth > 0 && regs[open[depth - 1]].end <= pc) {
            const region *r = &regs[open[--depth]];
            static const char *const ends[] = { "end .try", "end filter", "end handler" };
            put_indent(out, indent + 2 * depth);
            fprintf(out, "}  // %s\n", ends[r->kind]);
        }
        while (next < nreg && regs[next].start <= pc) {
            const region *r = &regs[next];
            md_eh_clause c;
            md_body_eh(body, r->clause, &c);
            if (r->kind == R_TRY) {
                put_indent(out, indent + 2 * depth);
                fputs(".try\n", out);
                put_indent(out, indent + 2 * depth);
                fputs("{\n", out);
            } else if (r->kind == R_FILTER) {
                put_indent(out, indent + 2 * depth);
                fputs("filter\n", out);
                put_indent(out, indent + 2 * depth);
                fputs("{\n", out);
            } else if (open_handler(out, img, &c, indent + 2 * depth,
                                    body->code_file_offset, namer, ctx, err) < 0) {
                goto done;
            }
            if (depth == 64) {   /* build_regions bounds nesting; this keeps open[] safe */
                md_fail(err, body->code_file_offset, 1, "EH regions nest too deeply");
                goto done;
            }
            open[depth++] = (uint32_t)next++;
        }

        len = il_decode(body->code, body->code_size, pc, &in);
        if (len < 0) {
            uint8_t b = body->code[pc];
            if (b == 0xFE && pc + 1 < body->code_size)
                md_fail(err, body->code_file_offset + pc, 1,
                        "bad IL at IL_%04" PRIx32 ": opcode 0xFE 0x%02X %s", pc,
                        body->code[pc + 1],
                        il_op_lookup(0xFE, body->code[pc + 1]) < 0 ? "is unknown"
                                                                     : "runs past the end");
            else
                md_fail(err, body->code_file_offset + pc, 1,
                        "bad IL at IL_%04" PRIx32 ": opcode 0x%02X %s", pc, b,
                        il_op_lookup(0xFF, b) < 0 && b != 0xFE ? "is unknown"
                                                              : "runs past the end");
            goto done;
        }
        put_indent(out, indent + 2 * depth);
        fprintf(out, "IL_%04" PRIx32 ":  ", pc);
        if (il_ops[in.op].operand == IL_OPND_NONE) {
            fputs(il_ops[in.op].name, out);
        } else {
            fprintf(out, "%-10s ", il_ops[in.op].name);
            if (put_operand(out, img, body, &in, namer, ctx, err) < 0) {
                putc('\n', out);
                goto done;
            }
        }
        putc('\n', out);
        pc += (uint32_t)len;
    }
    while (depth > 0) {
        static const char *const ends[] = { "end .try", "end filter", "end handler" };
        const region *r = &regs[open[--depth]];
        put_indent(out, indent + 2 * depth);
        fprintf(out, "}  // %s\n", ends[r->kind]);
    }
    rc = 0;
done:
    free(boundary);
    free(regs);
    return rc;
}
