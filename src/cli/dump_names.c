/*
 * dump_names.c — type names, signatures and member references in ildasm's notation,
 * for `anyclr dump` and its disassembly: "[System.Runtime]System.Object",
 * "instance void class [x]List`1<int32>::Add(!0)", "int32[0...,0...]", "!!0&".
 * Everything is built into a cli_sb; a bad signature or token is an md_error.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/dump_int.h"

/* ---- string buffer ---------------------------------------------------------------- */

static int sb_reserve(cli_sb *sb, size_t extra) {
    size_t need, cap;
    char *p;
    if (sb->oom)
        return -1;
    need = sb->len + extra + 1;
    if (need <= sb->cap)
        return 0;
    cap = sb->cap ? sb->cap : 256;
    while (cap < need)
        cap *= 2;
    p = realloc(sb->p, cap);
    if (!p) {
        sb->oom = 1;
        return -1;
    }
    sb->p = p;
    sb->cap = cap;
    return 0;
}

void cli_sb_putn(cli_sb *sb, const char *s, size_t n) {
    if (sb_reserve(sb, n) < 0)
        return;
    memcpy(sb->p + sb->len, s, n);
    sb->len += n;
    sb->p[sb->len] = 0;
}

void cli_sb_putc(cli_sb *sb, char c) {
    cli_sb_putn(sb, &c, 1);
}

void cli_sb_puts(cli_sb *sb, const char *s) {
    cli_sb_putn(sb, s, strlen(s));
}

void cli_sb_printf(cli_sb *sb, const char *fmt, ...) {
    char tmp[256];
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof tmp) {
        cli_sb_putn(sb, tmp, (size_t)n);
        return;
    }
    if (sb_reserve(sb, (size_t)n) < 0)
        return;
    va_start(ap, fmt);
    vsnprintf(sb->p + sb->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    sb->len += (size_t)n;
}

void cli_sb_free(cli_sb *sb) {
    free(sb->p);
    sb->p = NULL;
    sb->len = sb->cap = 0;
}

/* ---- identifiers ------------------------------------------------------------------ */

static int id_start(unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '$' ||
           c == '@' || c == '?' || c == '`';
}

static int id_char(unsigned char c) {
    return id_start(c) || (c >= '0' && c <= '9');
}

/* Is [s, s+n) a plain identifier that ILAsm reads without quotes? */
static int plain_id(const char *s, size_t n) {
    size_t i;
    if (n == 0 || !id_start((unsigned char)s[0]))
        return 0;
    for (i = 1; i < n; i++)
        if (!id_char((unsigned char)s[i]))
            return 0;
    return 1;
}

/* Single-quoted, with quote, backslash and control bytes escaped so that a name never
 * breaks a line of output. Other bytes (UTF-8) pass through. */
static void put_quoted(cli_sb *sb, const char *s) {
    cli_sb_putc(sb, '\'');
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '\'' || c == '\\') {
            cli_sb_putc(sb, '\\');
            cli_sb_putc(sb, (char)c);
        } else if (c < 0x20 || c == 0x7F) {
            cli_sb_printf(sb, "\\x%02X", c);
        } else {
            cli_sb_putc(sb, (char)c);
        }
    }
    cli_sb_putc(sb, '\'');
}

void cli_put_id(cli_sb *sb, const char *name) {
    size_t n = strlen(name);
    if (plain_id(name, n) || strcmp(name, ".ctor") == 0 || strcmp(name, ".cctor") == 0)
        cli_sb_putn(sb, name, n);
    else
        put_quoted(sb, name);
}

void cli_put_dotted(cli_sb *sb, const char *name) {
    const char *p = name, *dot;
    for (;;) {
        dot = strchr(p, '.');
        if (!plain_id(p, dot ? (size_t)(dot - p) : strlen(p))) {
            put_quoted(sb, name);
            return;
        }
        if (!dot)
            break;
        p = dot + 1;
    }
    cli_sb_puts(sb, name);
}

/* ---- set-up ----------------------------------------------------------------------- */

int cli_names_init(cli_names *n, const md_image *img, md_error *err) {
    uint32_t types = md_rows(img, MD_TypeDef), rows = md_rows(img, MD_NestedClass), i;
    n->img = img;
    n->err = err;
    n->enclosing = calloc((size_t)types + 1, sizeof *n->enclosing);
    if (!n->enclosing)
        return md_fail(err, 0, 0, "out of memory");
    for (i = 1; i <= rows; i++) {
        uint32_t nested = md_get(img, MDC_NestedClass_NestedClass, i);
        uint32_t enc = md_get(img, MDC_NestedClass_EnclosingClass, i);
        /* The first row for a type wins; a type enclosing itself is ignored. */
        if (nested >= 1 && nested <= types && enc <= types && enc != nested &&
            !n->enclosing[nested])
            n->enclosing[nested] = enc;
    }
    return 0;
}

void cli_names_free(cli_names *n) {
    free(n->enclosing);
    n->enclosing = NULL;
}

/* ---- type names ------------------------------------------------------------------- */

/* Fails a signature cursor where it stands, with the file offset of that byte. */
static int sig_fail(cli_names *n, md_sig *s, const char *fmt, unsigned v) {
    if (!s->failed) {
        char msg[160];
        s->failed = 1;
        snprintf(msg, sizeof msg, fmt, v);
        md_fail(n->err, md_ptr_offset(n->img, s->p), 1, "%s", msg);
    }
    return -1;
}

static int too_deep(cli_names *n) {
    return md_fail(n->err, 0, 0, "type names nest more than %d deep", MD_SIG_MAX_DEPTH);
}

static int type_name(cli_names *n, cli_sb *sb, uint32_t token, const cli_gctx *g,
                     int depth);
static int sig_type(cli_names *n, cli_sb *sb, md_sig *s, const cli_gctx *g, int depth);
static int method_sig(cli_names *n, cli_sb *sb, md_sig *s, const char *middle,
                      const cli_gctx *g, uint32_t method_row, int depth);

static void ns_and_name(cli_sb *sb, const char *ns, const char *name) {
    if (*ns) {
        cli_put_dotted(sb, ns);
        cli_sb_putc(sb, '.');
    }
    cli_put_id(sb, name);
}

static int typedef_name(cli_names *n, cli_sb *sb, uint32_t row, int depth) {
    uint32_t enc = n->enclosing[row];
    if (depth > MD_SIG_MAX_DEPTH)
        return too_deep(n);
    if (enc) {
        if (typedef_name(n, sb, enc, depth + 1) < 0)
            return -1;
        cli_sb_putc(sb, '/');
    }
    ns_and_name(sb, md_string(n->img, md_get(n->img, MDC_TypeDef_Namespace, row)),
                md_string(n->img, md_get(n->img, MDC_TypeDef_Name, row)));
    return 0;
}

void cli_typedef_header_name(cli_names *n, cli_sb *sb, uint32_t row) {
    const char *ns = md_string(n->img, md_get(n->img, MDC_TypeDef_Namespace, row));
    const char *name = md_string(n->img, md_get(n->img, MDC_TypeDef_Name, row));
    ns_and_name(sb, n->enclosing[row] ? "" : ns, name);
}

static int typeref_name(cli_names *n, cli_sb *sb, uint32_t row, int depth) {
    const md_image *img = n->img;
    uint32_t scope = md_get(img, MDC_TypeRef_ResolutionScope, row);
    if (depth > MD_SIG_MAX_DEPTH)
        return too_deep(n);
    switch (MD_TOKEN_TABLE(scope)) {
    case MD_AssemblyRef:
        if (MD_TOKEN_ROW(scope)) {
            cli_sb_putc(sb, '[');
            cli_put_dotted(sb, md_string(img, md_get(img, MDC_AssemblyRef_Name,
                                                     MD_TOKEN_ROW(scope))));
            cli_sb_putc(sb, ']');
        }
        break;
    case MD_ModuleRef:
        if (MD_TOKEN_ROW(scope)) {
            cli_sb_puts(sb, "[.module ");
            cli_put_dotted(sb, md_string(img, md_get(img, MDC_ModuleRef_Name,
                                                     MD_TOKEN_ROW(scope))));
            cli_sb_putc(sb, ']');
        }
        break;
    case MD_TypeRef:
        if (MD_TOKEN_ROW(scope)) {
            if (typeref_name(n, sb, MD_TOKEN_ROW(scope), depth + 1) < 0)
                return -1;
            cli_sb_putc(sb, '/');
        }
        break;
    default:   /* this module, or null (an exported type) */
        break;
    }
    ns_and_name(sb, md_string(img, md_get(img, MDC_TypeRef_Namespace, row)),
                md_string(img, md_get(img, MDC_TypeRef_Name, row)));
    return 0;
}

static int type_name(cli_names *n, cli_sb *sb, uint32_t token, const cli_gctx *g,
                     int depth) {
    uint32_t row = MD_TOKEN_ROW(token);
    if (!md_token_ok(n->img, token))
        return md_fail(n->err, 0, 0, "bad type token 0x%08" PRIX32, token);
    switch (MD_TOKEN_TABLE(token)) {
    case MD_TypeDef:
        return typedef_name(n, sb, row, depth);
    case MD_TypeRef:
        return typeref_name(n, sb, row, depth);
    case MD_TypeSpec: {
        md_sig s;
        if (depth > MD_SIG_MAX_DEPTH)
            return too_deep(n);
        md_sig_init(&s, n->img, md_blob_at(n->img, md_get(n->img, MDC_TypeSpec_Signature,
                                                          row)), n->err);
        if (sig_type(n, sb, &s, g, depth + 1) < 0)
            return -1;
        return s.failed ? -1 : 0;
    }
    default:
        return md_fail(n->err, 0, 0, "token 0x%08" PRIX32 " is not a type", token);
    }
}

int cli_type_name(cli_names *n, cli_sb *sb, uint32_t token, const cli_gctx *g) {
    return type_name(n, sb, token, g, 0);
}

/* ---- signatures ------------------------------------------------------------------- */

/* The name of generic parameter `number` of owner (a TypeDef or MethodDef token). */
static const char *gp_name(cli_names *n, uint32_t owner, uint32_t number) {
    uint32_t first, row;
    if (!md_find(n->img, MDC_GenericParam_Owner, owner, &first))
        return NULL;
    for (row = first; row; row = md_find_next(n->img, MDC_GenericParam_Owner, owner, row))
        if (md_get(n->img, MDC_GenericParam_Number, row) == number) {
            const char *s = md_string(n->img, md_get(n->img, MDC_GenericParam_Name, row));
            return *s ? s : NULL;
        }
    return NULL;
}

static void put_gparam(cli_names *n, cli_sb *sb, int method, uint32_t num,
                       const cli_gctx *g) {
    const char *name = NULL;
    if (method && g && g->method_row)
        name = gp_name(n, MD_TOKEN(MD_MethodDef, g->method_row), num);
    else if (!method && g && g->type_row)
        name = gp_name(n, MD_TOKEN(MD_TypeDef, g->type_row), num);
    cli_sb_puts(sb, method ? "!!" : "!");
    if (name)
        cli_put_id(sb, name);
    else
        cli_sb_printf(sb, "%" PRIu32, num);
}

static const char *const prim_names[] = {
    [MD_ELEM_VOID] = "void", [MD_ELEM_BOOLEAN] = "bool", [MD_ELEM_CHAR] = "char",
    [MD_ELEM_I1] = "int8", [MD_ELEM_U1] = "uint8", [MD_ELEM_I2] = "int16",
    [MD_ELEM_U2] = "uint16", [MD_ELEM_I4] = "int32", [MD_ELEM_U4] = "uint32",
    [MD_ELEM_I8] = "int64", [MD_ELEM_U8] = "uint64", [MD_ELEM_R4] = "float32",
    [MD_ELEM_R8] = "float64", [MD_ELEM_STRING] = "string",
    [MD_ELEM_TYPEDBYREF] = "typedref", [MD_ELEM_I] = "native int",
    [MD_ELEM_U] = "native uint", [MD_ELEM_OBJECT] = "object",
};

/* ARRAY's shape (II.23.2.13) after the element type: rank, sizes, lower bounds. */
static int array_shape(cli_names *n, cli_sb *sb, md_sig *s) {
    uint32_t rank = md_sig_uint(s), nsizes, nlo, i;
    uint32_t sizes[32];
    int32_t lo[32];
    if (s->failed)
        return -1;
    if (rank == 0 || rank > 32)
        return sig_fail(n, s, "array rank %u is not in 1..32", rank);
    nsizes = md_sig_uint(s);
    if (nsizes > rank)
        return sig_fail(n, s, "array has %u sizes, more than its rank", nsizes);
    for (i = 0; i < nsizes; i++)
        sizes[i] = md_sig_uint(s);
    nlo = md_sig_uint(s);
    if (nlo > rank)
        return sig_fail(n, s, "array has %u lower bounds, more than its rank", nlo);
    for (i = 0; i < nlo; i++)
        lo[i] = md_sig_int(s);
    if (s->failed)
        return -1;
    cli_sb_putc(sb, '[');
    for (i = 0; i < rank; i++) {
        if (i)
            cli_sb_putc(sb, ',');
        if (i < nlo && i < nsizes)
            cli_sb_printf(sb, "%" PRId32 "...%" PRId64, lo[i], (int64_t)lo[i] + sizes[i] - 1);
        else if (i < nlo)
            cli_sb_printf(sb, "%" PRId32 "...", lo[i]);
        else if (i < nsizes)
            cli_sb_printf(sb, "%" PRIu32, sizes[i]);
    }
    cli_sb_putc(sb, ']');
    return 0;
}

static int sig_type(cli_names *n, cli_sb *sb, md_sig *s, const cli_gctx *g, int depth) {
    uint32_t mods[8];
    uint8_t modreq[8];
    int nmods = 0, i;
    uint8_t e;

    if (depth > MD_SIG_MAX_DEPTH)
        return sig_fail(n, s, "signature nests more than %u deep", MD_SIG_MAX_DEPTH);
    if (sb->len > CLI_NAME_MAX)
        return sig_fail(n, s, "signature expands to more than %u bytes of text",
                        CLI_NAME_MAX);
    /* Modifiers come before the type in the blob; ildasm writes them after it. */
    while (md_sig_peek(s) == MD_ELEM_CMOD_REQD || md_sig_peek(s) == MD_ELEM_CMOD_OPT) {
        uint8_t kind = md_sig_byte(s);
        uint32_t tok = md_sig_typetoken(s);
        if (s->failed)
            return -1;
        if (nmods == 8)
            return sig_fail(n, s, "more than %u custom modifiers on one type", 8);
        modreq[nmods] = kind == MD_ELEM_CMOD_REQD;
        mods[nmods++] = tok;
    }

    e = md_sig_byte(s);
    if (s->failed)
        return -1;
    if (e < sizeof prim_names / sizeof prim_names[0] && prim_names[e]) {
        cli_sb_puts(sb, prim_names[e]);
    } else {
        switch (e) {
        case MD_ELEM_PTR:
        case MD_ELEM_BYREF:
        case MD_ELEM_SZARRAY:
        case MD_ELEM_PINNED:
            if (sig_type(n, sb, s, g, depth + 1) < 0)
                return -1;
            cli_sb_puts(sb, e == MD_ELEM_PTR ? "*" : e == MD_ELEM_BYREF ? "&"
                            : e == MD_ELEM_SZARRAY ? "[]" : " pinned");
            break;
        case MD_ELEM_VALUETYPE:
        case MD_ELEM_CLASS: {
            uint32_t tok = md_sig_typetoken(s);
            if (s->failed)
                return -1;
            cli_sb_puts(sb, e == MD_ELEM_CLASS ? "class " : "valuetype ");
            if (type_name(n, sb, tok, g, depth + 1) < 0)
                return -1;
            break;
        }
        case MD_ELEM_VAR:
        case MD_ELEM_MVAR: {
            uint32_t num = md_sig_uint(s);
            if (s->failed)
                return -1;
            put_gparam(n, sb, e == MD_ELEM_MVAR, num, g);
            break;
        }
        case MD_ELEM_ARRAY:
            if (sig_type(n, sb, s, g, depth + 1) < 0 || array_shape(n, sb, s) < 0)
                return -1;
            break;
        case MD_ELEM_GENERICINST: {
            uint8_t k = md_sig_byte(s);
            uint32_t tok, count, j;
            if (s->failed)
                return -1;
            if (k != MD_ELEM_CLASS && k != MD_ELEM_VALUETYPE)
                return sig_fail(n, s, "generic instance of element type 0x%02X, not "
                                "class or valuetype", k);
            tok = md_sig_typetoken(s);
            count = md_sig_uint(s);
            if (s->failed)
                return -1;
            cli_sb_puts(sb, k == MD_ELEM_CLASS ? "class " : "valuetype ");
            if (type_name(n, sb, tok, g, depth + 1) < 0)
                return -1;
            cli_sb_putc(sb, '<');
            for (j = 0; j < count && !s->failed; j++) {
                if (j)
                    cli_sb_putc(sb, ',');
                if (sig_type(n, sb, s, g, depth + 1) < 0)
                    return -1;
            }
            cli_sb_putc(sb, '>');
            break;
        }
        case MD_ELEM_FNPTR:
            cli_sb_puts(sb, "method ");
            if (method_sig(n, sb, s, "*", g, 0, depth + 1) < 0)
                return -1;
            break;
        default:
            s->p--;   /* point the error at the element byte itself */
            return sig_fail(n, s, "bad element type 0x%02X in a signature", e);
        }
    }
    for (i = 0; i < nmods; i++) {
        cli_sb_puts(sb, modreq[i] ? " modreq(" : " modopt(");
        if (type_name(n, sb, mods[i], g, depth + 1) < 0)
            return -1;
        cli_sb_putc(sb, ')');
    }
    return s->failed ? -1 : 0;
}

int cli_sig_type(cli_names *n, cli_sb *sb, md_sig *s, const cli_gctx *g) {
    return sig_type(n, sb, s, g, 0);
}

/* The Param row of `seq` (1-based parameter, 0 = return) of a MethodDef, or 0. */
static uint32_t param_row(cli_names *n, uint32_t method_row, uint32_t seq) {
    uint32_t first, count, i;
    if (!method_row)
        return 0;
    count = md_list(n->img, MDC_MethodDef_ParamList, method_row, &first);
    for (i = 0; i < count; i++) {
        uint32_t row = md_list_item(n->img, MDC_MethodDef_ParamList, first + i);
        if (md_get(n->img, MDC_Param_Sequence, row) == seq)
            return row;
    }
    return 0;
}

/* Calling-convention words before the return type. -1 if it is not a method's. */
static int callconv_words(cli_sb *sb, uint8_t cc, int allow_property) {
    static const char *const kinds[] = {
        [MD_CC_DEFAULT] = "", [MD_CC_C] = "unmanaged cdecl ",
        [MD_CC_STDCALL] = "unmanaged stdcall ", [MD_CC_THISCALL] = "unmanaged thiscall ",
        [MD_CC_FASTCALL] = "unmanaged fastcall ", [MD_CC_VARARG] = "vararg ",
        [MD_CC_UNMANAGED] = "unmanaged ",
    };
    unsigned k = cc & MD_CC_KIND_MASK;
    if (cc & MD_CC_HASTHIS)
        cli_sb_puts(sb, "instance ");
    if (cc & MD_CC_EXPLICITTHIS)
        cli_sb_puts(sb, "explicit ");
    if (k == MD_CC_PROPERTY && allow_property)
        return 0;
    if (k >= sizeof kinds / sizeof kinds[0] || !kinds[k])
        return -1;
    cli_sb_puts(sb, kinds[k]);
    return 0;
}

static int method_sig_any(cli_names *n, cli_sb *sb, md_sig *s, const char *middle,
                          const cli_gctx *g, uint32_t method_row, int depth,
                          int allow_property) {
    md_method_sig_head h;
    const uint8_t *start = s->p;
    uint32_t i;

    md_sig_method_head(s, &h);
    if (s->failed)
        return -1;
    if (callconv_words(sb, h.callconv, allow_property) < 0) {
        s->p = start;
        return sig_fail(n, s, "not a method signature (calling convention 0x%02X)", h.callconv);
    }
    if (sig_type(n, sb, s, g, depth + 1) < 0)
        return -1;
    if (*middle) {
        cli_sb_putc(sb, ' ');
        cli_sb_puts(sb, middle);
    }
    cli_sb_putc(sb, '(');
    for (i = 0; i < h.param_count && !s->failed; i++) {
        uint32_t prow = param_row(n, method_row, i + 1);
        if (i)
            cli_sb_puts(sb, ", ");
        if (md_sig_peek(s) == MD_ELEM_SENTINEL) {
            md_sig_byte(s);
            cli_sb_puts(sb, "..., ");
        }
        if (prow) {
            uint32_t f = md_get(n->img, MDC_Param_Flags, prow);
            if (f & 0x1)
                cli_sb_puts(sb, "[in] ");
            if (f & 0x2)
                cli_sb_puts(sb, "[out] ");
            if (f & 0x10)
                cli_sb_puts(sb, "[opt] ");
        }
        if (sig_type(n, sb, s, g, depth + 1) < 0)
            return -1;
        if (prow) {
            const char *pn = md_string(n->img, md_get(n->img, MDC_Param_Name, prow));
            if (*pn) {
                cli_sb_putc(sb, ' ');
                cli_put_id(sb, pn);
            }
        }
    }
    cli_sb_putc(sb, ')');
    return s->failed ? -1 : 0;
}

static int method_sig(cli_names *n, cli_sb *sb, md_sig *s, const char *middle,
                      const cli_gctx *g, uint32_t method_row, int depth) {
    return method_sig_any(n, sb, s, middle, g, method_row, depth, 0);
}

int cli_method_sig(cli_names *n, cli_sb *sb, md_blob blob, const char *middle,
                   const cli_gctx *g, uint32_t method_row) {
    md_sig s;
    md_sig_init(&s, n->img, blob, n->err);
    /* Property signatures share the layout, so `dump` prints them here too. */
    return method_sig_any(n, sb, &s, middle, g, method_row, 0, 1);
}

int cli_field_sig(cli_names *n, cli_sb *sb, md_blob blob, const cli_gctx *g) {
    md_sig s;
    uint8_t cc;
    md_sig_init(&s, n->img, blob, n->err);
    cc = md_sig_byte(&s);
    if (s.failed)
        return -1;
    if ((cc & MD_CC_KIND_MASK) != MD_CC_FIELD) {
        s.p--;
        return sig_fail(n, &s, "field signature starts with 0x%02X, not 0x06", cc);
    }
    return sig_type(n, sb, &s, g, 0);
}

/* ---- member references ------------------------------------------------------------ */

/* "Owner::" for a member of TypeDef row `owner` (nothing for the <Module> type). */
static int owner_prefix(cli_names *n, cli_sb *sb, uint32_t owner) {
    if (owner <= 1)
        return 0;
    if (typedef_name(n, sb, owner, 0) < 0)
        return -1;
    cli_sb_puts(sb, "::");
    return 0;
}

/* The "Owner::Name" part of a MemberRef, with the parent in the caller's context. */
static int memberref_middle(cli_names *n, cli_sb *sb, uint32_t row, const cli_gctx *g) {
    const md_image *img = n->img;
    uint32_t parent = md_get(img, MDC_MemberRef_Class, row);
    uint32_t prow = MD_TOKEN_ROW(parent);
    switch (MD_TOKEN_TABLE(parent)) {
    case MD_TypeDef: case MD_TypeRef: case MD_TypeSpec:
        if (prow) {
            if (type_name(n, sb, parent, g, 0) < 0)
                return -1;
            cli_sb_puts(sb, "::");
        }
        break;
    case MD_ModuleRef:
        if (prow) {
            cli_sb_puts(sb, "[.module ");
            cli_put_dotted(sb, md_string(img, md_get(img, MDC_ModuleRef_Name, prow)));
            cli_sb_puts(sb, "]::");
        }
        break;
    case MD_MethodDef:   /* a vararg call site of a method defined here */
        if (prow && owner_prefix(n, sb, md_method_owner(img, prow)) < 0)
            return -1;
        break;
    default:
        break;
    }
    cli_put_id(sb, md_string(img, md_get(img, MDC_MemberRef_Name, row)));
    return 0;
}

/* A method token (MethodDef or MemberRef) with an optional "<...>" instantiation. */
static int method_ref(cli_names *n, cli_sb *sb, uint32_t token, const char *inst,
                      const cli_gctx *g) {
    const md_image *img = n->img;
    uint32_t row = MD_TOKEN_ROW(token);
    cli_sb mid = { 0 };
    md_blob blob;
    cli_gctx own = { 0, 0 };
    md_sig s;
    int rc = -1;

    if (!md_token_ok(img, token))
        return md_fail(n->err, 0, 0, "bad method token 0x%08" PRIX32, token);
    if (MD_TOKEN_TABLE(token) == MD_MethodDef) {
        own.type_row = md_method_owner(img, row);
        own.method_row = row;
        if (owner_prefix(n, &mid, own.type_row) < 0)
            goto done;
        cli_put_id(&mid, md_string(img, md_get(img, MDC_MethodDef_Name, row)));
        blob = md_blob_at(img, md_get(img, MDC_MethodDef_Signature, row));
    } else if (MD_TOKEN_TABLE(token) == MD_MemberRef) {
        if (memberref_middle(n, &mid, row, g) < 0)
            goto done;
        blob = md_blob_at(img, md_get(img, MDC_MemberRef_Signature, row));
    } else {
        rc = md_fail(n->err, 0, 0, "token 0x%08" PRIX32 " is not a method", token);
        goto done;
    }
    if (inst)
        cli_sb_puts(&mid, inst);
    md_sig_init(&s, img, blob, n->err);
    rc = method_sig(n, sb, &s, cli_sb_str(&mid), &own, 0, 0);
done:
    cli_sb_free(&mid);
    return rc;
}

/* A MethodSpec: its method with "<args>" from the instantiation blob. */
static int methodspec(cli_names *n, cli_sb *sb, uint32_t row, const cli_gctx *g) {
    const md_image *img = n->img;
    cli_sb inst = { 0 };
    md_sig s;
    uint32_t count, i;
    int rc = -1;
    uint8_t cc;

    md_sig_init(&s, img, md_blob_at(img, md_get(img, MDC_MethodSpec_Instantiation, row)),
                n->err);
    cc = md_sig_byte(&s);
    if (!s.failed && cc != MD_CC_GENERICINST) {
        s.p--;
        sig_fail(n, &s, "method instantiation starts with 0x%02X, not 0x0A", cc);
    }
    count = md_sig_uint(&s);
    if (s.failed)
        goto done;
    cli_sb_putc(&inst, '<');
    for (i = 0; i < count && !s.failed; i++) {
        if (i)
            cli_sb_putc(&inst, ',');
        if (sig_type(n, &inst, &s, g, 0) < 0)
            goto done;
    }
    cli_sb_putc(&inst, '>');
    if (s.failed)
        goto done;
    rc = method_ref(n, sb, md_get(img, MDC_MethodSpec_Method, row), cli_sb_str(&inst), g);
done:
    cli_sb_free(&inst);
    return rc;
}

/* A field: "type Owner::name", the type in the declaring type's own context. */
static int field_ref(cli_names *n, cli_sb *sb, uint32_t token, const cli_gctx *g) {
    const md_image *img = n->img;
    uint32_t row = MD_TOKEN_ROW(token);
    if (MD_TOKEN_TABLE(token) == MD_Field) {
        cli_gctx own = { md_field_owner(img, row), 0 };
        if (cli_field_sig(n, sb, md_blob_at(img, md_get(img, MDC_Field_Signature, row)),
                          &own) < 0)
            return -1;
        cli_sb_putc(sb, ' ');
        if (owner_prefix(n, sb, own.type_row) < 0)
            return -1;
        cli_put_id(sb, md_string(img, md_get(img, MDC_Field_Name, row)));
        return 0;
    }
    {
        cli_gctx none = { 0, 0 };
        if (cli_field_sig(n, sb, md_blob_at(img, md_get(img, MDC_MemberRef_Signature, row)),
                          &none) < 0)
            return -1;
        cli_sb_putc(sb, ' ');
        return memberref_middle(n, sb, row, g);
    }
}

int cli_token_name(cli_names *n, cli_sb *sb, uint32_t token, int for_ldtoken,
                   const cli_gctx *g) {
    const md_image *img = n->img;
    uint32_t row = MD_TOKEN_ROW(token);
    if (!md_token_ok(img, token))
        return md_fail(n->err, 0, 0, "bad token 0x%08" PRIX32, token);
    switch (MD_TOKEN_TABLE(token)) {
    case MD_TypeDef: case MD_TypeRef: case MD_TypeSpec:
        return type_name(n, sb, token, g, 0);
    case MD_MethodDef:
        if (for_ldtoken)
            cli_sb_puts(sb, "method ");
        return method_ref(n, sb, token, NULL, g);
    case MD_MethodSpec:
        if (for_ldtoken)
            cli_sb_puts(sb, "method ");
        return methodspec(n, sb, row, g);
    case MD_Field:
        if (for_ldtoken)
            cli_sb_puts(sb, "field ");
        return field_ref(n, sb, token, g);
    case MD_MemberRef: {
        md_blob b = md_blob_at(img, md_get(img, MDC_MemberRef_Signature, row));
        int is_field = b.size > 0 && (b.data[0] & MD_CC_KIND_MASK) == MD_CC_FIELD;
        if (for_ldtoken)
            cli_sb_puts(sb, is_field ? "field " : "method ");
        return is_field ? field_ref(n, sb, token, g) : method_ref(n, sb, token, NULL, g);
    }
    case MD_StandAloneSig: {
        md_sig s;
        md_sig_init(&s, img, md_blob_at(img, md_get(img, MDC_StandAloneSig_Signature, row)),
                    n->err);
        return method_sig(n, sb, &s, "", g, 0, 0);
    }
    default:
        return md_fail(n->err, 0, 0, "token 0x%08" PRIX32 " names no member", token);
    }
}

/* ---- generic parameter lists ------------------------------------------------------ */

static int cmp_u64(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

int cli_generic_params(cli_names *n, cli_sb *sb, uint32_t owner) {
    const md_image *img = n->img;
    uint32_t first, count, row, i, k = 0;
    uint64_t *keys;
    cli_gctx g = { 0, 0 };

    count = md_find(img, MDC_GenericParam_Owner, owner, &first);
    if (!count)
        return 0;
    if (MD_TOKEN_TABLE(owner) == MD_TypeDef) {
        g.type_row = MD_TOKEN_ROW(owner);
    } else {
        g.method_row = MD_TOKEN_ROW(owner);
        g.type_row = md_method_owner(img, g.method_row);
    }
    /* Print in Number order whatever order the rows are in: key = number << 32 | row. */
    keys = malloc(sizeof *keys * count);
    if (!keys)
        return md_fail(n->err, 0, 0, "out of memory");
    for (row = first; row && k < count;
         row = md_find_next(img, MDC_GenericParam_Owner, owner, row))
        keys[k++] = (uint64_t)md_get(img, MDC_GenericParam_Number, row) << 32 | row;
    qsort(keys, k, sizeof *keys, cmp_u64);
    cli_sb_putc(sb, '<');
    for (i = 0; i < k; i++) {
        uint32_t gp = (uint32_t)keys[i];
        uint32_t f = md_get(img, MDC_GenericParam_Flags, gp), cfirst, c, crow;
        if (i)
            cli_sb_puts(sb, ", ");
        if (f & 0x04)
            cli_sb_puts(sb, "class ");
        if (f & 0x08)
            cli_sb_puts(sb, "valuetype ");
        if (f & 0x20)
            cli_sb_puts(sb, "byreflike ");
        if (f & 0x10)
            cli_sb_puts(sb, ".ctor ");
        c = md_find(img, MDC_GenericParamConstraint_Owner, gp, &cfirst);
        if (c) {
            int nth = 0;
            cli_sb_putc(sb, '(');
            for (crow = cfirst; crow;
                 crow = md_find_next(img, MDC_GenericParamConstraint_Owner, gp, crow)) {
                if (nth++)
                    cli_sb_puts(sb, ", ");
                if (type_name(n, sb, md_get(img, MDC_GenericParamConstraint_Constraint, crow),
                              &g, 0) < 0) {
                    free(keys);
                    return -1;
                }
            }
            cli_sb_puts(sb, ") ");
        }
        if ((f & 3) == 1)
            cli_sb_putc(sb, '+');
        else if ((f & 3) == 2)
            cli_sb_putc(sb, '-');
        cli_put_id(sb, md_string(img, md_get(img, MDC_GenericParam_Name, gp)));
    }
    cli_sb_putc(sb, '>');
    free(keys);
    return 0;
}
