/*
 * names.c — names of types and methods for messages, stack traces and tools.
 *
 * Types print as .NET's Type.ToString() does: "System.Collections.Generic.List`1[
 * System.Int32]", "System.Int32[,]", "Outer+Inner". Inside method signatures they print
 * as CoreCLR's signature formatter does (what MissingMethodException and stack traces
 * show): primitives by their short name ("Int32", "Void"), everything else by full
 * name, generic arguments in angle brackets, byrefs as " ByRef".
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "vm/vm_int.h"

/* A bounded string builder: output is cut at size - 1, always NUL-terminated. */
typedef struct sb {
    char *buf;
    size_t size, len;
} sb;

static void put(sb *b, const char *s) {
    size_t n = strlen(s);
    if (b->size == 0)
        return;
    if (b->len + n >= b->size)
        n = b->size - 1 - b->len;
    memcpy(b->buf + b->len, s, n);
    b->len += n;
    b->buf[b->len] = 0;
}

/* Nesting bound, so a pathological type cannot exhaust the C stack while printing. */
#define MAX_NAME_DEPTH 32

static void type_name(sb *b, const vm_type *type, int depth);
static void sig_name(sb *b, const vm_type *type, int depth);

static void array_suffix(sb *b, const vm_type *type) {
    if (type->kind == VM_KIND_SZARRAY) {
        put(b, "[]");
    } else if (type->rank == 1) {
        put(b, "[*]");
    } else {
        put(b, "[");
        for (uint32_t i = 1; i < type->rank; i++)
            put(b, ",");
        put(b, "]");
    }
}

/* "Ns.Outer+Inner" without generic arguments. */
static void plain_name(sb *b, const vm_type *type, int depth) {
    const vm_type *def = type->generic_def ? type->generic_def : type;
    if (def->enclosing && depth < MAX_NAME_DEPTH) {
        plain_name(b, def->enclosing, depth + 1);
        put(b, "+");
    } else if (def->nspace && *def->nspace) {
        put(b, def->nspace);
        put(b, ".");
    }
    put(b, def->name ? def->name : "?");
}

static int constructed(const vm_type *type, sb *b, int depth,
                       void (*elem)(sb *, const vm_type *, int)) {
    switch (type->kind) {
    case VM_KIND_SZARRAY:
    case VM_KIND_ARRAY:
        elem(b, type->element, depth + 1);
        array_suffix(b, type);
        return 1;
    case VM_KIND_POINTER:
        elem(b, type->element, depth + 1);
        put(b, "*");
        return 1;
    case VM_KIND_VAR:
    case VM_KIND_MVAR:
    case VM_KIND_FNPTR:
        put(b, type->name);
        return 1;
    default:
        return 0;
    }
}

static void type_name(sb *b, const vm_type *type, int depth) {
    if (!type || depth > MAX_NAME_DEPTH) {
        put(b, "...");
        return;
    }
    if (type->kind == VM_KIND_BYREF) {
        type_name(b, type->element, depth + 1);
        put(b, "&");
        return;
    }
    if (constructed(type, b, depth, type_name))
        return;
    plain_name(b, type, depth);
    if (type->generic_def) {
        put(b, "[");
        for (uint32_t i = 0; i < type->ninst; i++) {
            if (i)
                put(b, ",");
            type_name(b, type->inst[i], depth + 1);
        }
        put(b, "]");
    }
}

static void sig_name(sb *b, const vm_type *type, int depth) {
    if (!type) {
        put(b, "Void");
        return;
    }
    if (depth > MAX_NAME_DEPTH) {
        put(b, "...");
        return;
    }
    if (type->kind == VM_KIND_BYREF) {
        sig_name(b, type->element, depth + 1);
        put(b, " ByRef");
        return;
    }
    if (constructed(type, b, depth, sig_name))
        return;
    if ((type->flags & VM_TF_PRIMITIVE) || type->elem == MD_ELEM_VOID) {
        put(b, type->name);
        return;
    }
    plain_name(b, type, depth);
    if (type->generic_def) {
        put(b, "<");
        for (uint32_t i = 0; i < type->ninst; i++) {
            if (i)
                put(b, ",");
            sig_name(b, type->inst[i], depth + 1);
        }
        put(b, ">");
    }
}

void vm_type_name(const vm_type *type, char *buf, size_t size) {
    sb b = {buf, size, 0};
    if (size)
        buf[0] = 0;
    type_name(&b, type, 0);
}

void vm_sig_type_name(const vm_type *type, char *buf, size_t size) {
    sb b = {buf, size, 0};
    if (size)
        buf[0] = 0;
    sig_name(&b, type, 0);
}

static void params(sb *b, const vm_sig *sig) {
    put(b, "(");
    for (uint32_t i = 0; i < sig->nparams && sig->params; i++) {
        if (i)
            put(b, ", ");
        sig_name(b, sig->params[i], 0);
    }
    put(b, ")");
}

void vm_method_sig_text(const vm_type *owner, const char *name, const vm_sig *sig, char *buf,
                        size_t size) {
    sb b = {buf, size, 0};
    if (size)
        buf[0] = 0;
    sig_name(&b, sig->ret, 0);
    put(&b, " ");
    type_name(&b, owner, 0);
    put(&b, ".");
    put(&b, name);
    params(&b, sig);
}

void vm_method_name(const vm_method *m, char *buf, size_t size) {
    sb b = {buf, size, 0};
    if (size)
        buf[0] = 0;
    type_name(&b, m->owner, 0);
    put(&b, ".");
    put(&b, m->name);
    if (m->ninst) {
        put(&b, "[");
        for (uint32_t i = 0; i < m->ninst; i++) {
            if (i)
                put(&b, ",");
            type_name(&b, m->inst[i], 0);
        }
        put(&b, "]");
    }
    params(&b, &m->sig);
}
