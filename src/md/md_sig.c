/*
 * md_sig.c — the signature cursor (II.23.2) and the custom attribute value cursor
 * (II.23.3). Signature blobs are checked as they are read: every read is bounds-checked,
 * nesting is bounded by MD_SIG_MAX_DEPTH, and every count is checked against the bytes
 * left, so a hostile blob costs at most its own length.
 */
#include "md/md_int.h"

#include <stdarg.h>
#include <stdio.h>

/* Records the first failure, at the file offset of `at`. */
static void sig_fail(md_sig *s, const uint8_t *at, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
static void sig_fail(md_sig *s, const uint8_t *at, const char *fmt, ...) {
    if (s->failed)
        return;
    s->failed = 1;
    if (!s->err)
        return;
    char msg[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    uint64_t off = s->img ? md_ptr_offset(s->img, at) : UINT64_MAX;
    md_fail(s->err, off, off != UINT64_MAX, "%s", msg);
}

static size_t left(const md_sig *s) { return s->p ? (size_t)(s->end - s->p) : 0; }

void md_sig_init(md_sig *s, const md_image *img, md_blob blob, md_error *err) {
    s->img = img;
    s->p = blob.data;
    s->end = blob.data + blob.size;
    s->failed = 0;
    s->depth = 0;
    s->err = err;
}

int md_sig_at_end(const md_sig *s) { return s->failed || left(s) == 0; }

uint8_t md_sig_peek(md_sig *s) { return s->failed || left(s) == 0 ? 0 : s->p[0]; }

uint8_t md_sig_byte(md_sig *s) {
    if (s->failed)
        return 0;
    if (left(s) == 0) {
        sig_fail(s, s->p, "signature ends early");
        return 0;
    }
    return *s->p++;
}

uint32_t md_sig_uint(md_sig *s) {
    if (s->failed)
        return 0;
    uint32_t v;
    unsigned n = s->p ? md_decode_uint(s->p, s->end, &v) : 0;
    if (n == 0) {
        if (left(s) == 0)
            sig_fail(s, s->p, "signature ends early");
        else
            sig_fail(s, s->p, "signature has a bad compressed integer (0x%02x)", s->p[0]);
        return 0;
    }
    s->p += n;
    return v;
}

int32_t md_sig_int(md_sig *s) {
    if (s->failed)
        return 0;
    uint32_t u;
    unsigned n = s->p ? md_decode_uint(s->p, s->end, &u) : 0;
    if (n == 0) {
        md_sig_uint(s);   /* reports the error */
        return 0;
    }
    s->p += n;
    /* The sign bit was rotated to bit 0 (II.23.2); the value has 6, 13 or 28 bits. */
    uint32_t v = u >> 1;
    if (u & 1)
        v |= n == 1 ? 0xFFFFFFC0u : n == 2 ? 0xFFFFE000u : 0xF0000000u;
    return (int32_t)v;
}

uint32_t md_sig_typetoken(md_sig *s) {
    const uint8_t *at = s->p;
    uint32_t v = md_sig_uint(s);
    if (s->failed)
        return 0;
    static const uint8_t tables[3] = {MD_TypeDef, MD_TypeRef, MD_TypeSpec};
    uint32_t tag = v & 3, row = v >> 2;
    if (tag == 3) {
        sig_fail(s, at, "signature has an invalid TypeDefOrRef tag");
        return 0;
    }
    uint32_t tok = MD_TOKEN(tables[tag], row);
    if (!md_token_ok(s->img, tok)) {
        sig_fail(s, at, "signature names %s row %u, out of range", md_table_name(tables[tag]),
                 row);
        return 0;
    }
    return tok;
}

int md_sig_skip_cmods(md_sig *s) {
    int n = 0;
    while (!s->failed) {
        uint8_t b = md_sig_peek(s);
        if (b != MD_ELEM_CMOD_REQD && b != MD_ELEM_CMOD_OPT)
            break;
        s->p++;
        md_sig_typetoken(s);
        n++;
    }
    return n;
}

/* What a Type may be at a given place. */
enum {
    ALLOW_VOID = 1, ALLOW_BYREF = 2, ALLOW_TYPEDBYREF = 4, ALLOW_PINNED = 8
};

static void skip_type(md_sig *s, unsigned allow);

static int is_method_kind(uint8_t cc) {
    unsigned k = cc & MD_CC_KIND_MASK;
    return k <= MD_CC_VARARG || k == MD_CC_UNMANAGED;
}

/* RetType and Params of a method signature whose head was read. */
static void skip_method_rest(md_sig *s, const md_method_sig_head *h) {
    skip_type(s, ALLOW_VOID | ALLOW_BYREF | ALLOW_TYPEDBYREF);
    int sentinel = 0;
    for (uint32_t i = 0; i < h->param_count && !s->failed; i++) {
        if (md_sig_peek(s) == MD_ELEM_SENTINEL) {
            if (sentinel || (h->callconv & MD_CC_KIND_MASK) != MD_CC_VARARG) {
                sig_fail(s, s->p, "signature has a misplaced SENTINEL");
                return;
            }
            sentinel = 1;
            s->p++;
        }
        skip_type(s, ALLOW_BYREF | ALLOW_TYPEDBYREF);
    }
}

/* Checks a count read from the blob against the bytes left: each item takes >= 1 byte. */
static int count_ok(md_sig *s, const uint8_t *at, uint32_t n, const char *what) {
    if (!s->failed && n > left(s)) {
        sig_fail(s, at, "signature %s count %u exceeds its length", what, n);
        return 0;
    }
    return !s->failed;
}

static void skip_array_shape(md_sig *s) {
    const uint8_t *at = s->p;
    uint32_t rank = md_sig_uint(s);
    if (!s->failed && rank == 0) {
        sig_fail(s, at, "signature has an array of rank 0");
        return;
    }
    for (int pass = 0; pass < 2; pass++) {   /* sizes, then lower bounds */
        at = s->p;
        uint32_t n = md_sig_uint(s);
        if (!count_ok(s, at, n, pass ? "lower bound" : "size"))
            return;
        if (n > rank) {
            sig_fail(s, at, "signature array shape has %u bounds for rank %u", n, rank);
            return;
        }
        for (uint32_t i = 0; i < n && !s->failed; i++) {
            if (pass)
                md_sig_int(s);
            else
                md_sig_uint(s);
        }
    }
}

static void skip_type(md_sig *s, unsigned allow) {
    if (s->failed)
        return;
    if (++s->depth > MD_SIG_MAX_DEPTH) {
        sig_fail(s, s->p, "signature nested too deeply");
        s->depth--;
        return;
    }
    for (;;) {   /* custom modifiers, and PINNED where locals allow it */
        md_sig_skip_cmods(s);
        if ((allow & ALLOW_PINNED) && md_sig_peek(s) == MD_ELEM_PINNED)
            s->p++;
        else
            break;
    }
    const uint8_t *at = s->p;
    uint8_t b = md_sig_byte(s);
    if (s->failed) {
        s->depth--;
        return;
    }
    switch (b) {
    case MD_ELEM_BOOLEAN: case MD_ELEM_CHAR: case MD_ELEM_I1: case MD_ELEM_U1:
    case MD_ELEM_I2: case MD_ELEM_U2: case MD_ELEM_I4: case MD_ELEM_U4: case MD_ELEM_I8:
    case MD_ELEM_U8: case MD_ELEM_R4: case MD_ELEM_R8: case MD_ELEM_STRING:
    case MD_ELEM_I: case MD_ELEM_U: case MD_ELEM_OBJECT:
        break;
    case MD_ELEM_VOID:
        if (!(allow & ALLOW_VOID))
            sig_fail(s, at, "signature has VOID where a type is required");
        break;
    case MD_ELEM_TYPEDBYREF:
        if (!(allow & ALLOW_TYPEDBYREF))
            sig_fail(s, at, "signature has TYPEDBYREF in a nested type");
        break;
    case MD_ELEM_BYREF:
        if (!(allow & ALLOW_BYREF))
            sig_fail(s, at, "signature has BYREF in a nested type");
        else
            skip_type(s, 0);
        break;
    case MD_ELEM_PTR:
        skip_type(s, ALLOW_VOID);
        break;
    case MD_ELEM_SZARRAY:
        skip_type(s, 0);
        break;
    case MD_ELEM_ARRAY:
        skip_type(s, 0);
        skip_array_shape(s);
        break;
    case MD_ELEM_CLASS: case MD_ELEM_VALUETYPE:
        md_sig_typetoken(s);
        break;
    case MD_ELEM_VAR: case MD_ELEM_MVAR:
        md_sig_uint(s);
        break;
    case MD_ELEM_GENERICINST: {
        const uint8_t *kat = s->p;
        uint8_t k = md_sig_byte(s);
        if (!s->failed && k != MD_ELEM_CLASS && k != MD_ELEM_VALUETYPE) {
            sig_fail(s, kat, "signature GENERICINST of element type 0x%02x", k);
            break;
        }
        md_sig_typetoken(s);
        const uint8_t *nat = s->p;
        uint32_t n = md_sig_uint(s);
        if (!s->failed && n == 0) {
            sig_fail(s, nat, "signature GENERICINST with no type arguments");
            break;
        }
        if (!count_ok(s, nat, n, "type argument"))
            break;
        for (uint32_t i = 0; i < n && !s->failed; i++)
            skip_type(s, 0);
        break;
    }
    case MD_ELEM_FNPTR: {
        md_method_sig_head h;
        const uint8_t *hat = s->p;
        md_sig_method_head(s, &h);
        if (!s->failed && !is_method_kind(h.callconv))
            sig_fail(s, hat, "signature FNPTR with calling convention 0x%02x", h.callconv);
        skip_method_rest(s, &h);
        break;
    }
    default:
        sig_fail(s, at, "signature has bad element type 0x%02x", b);
        break;
    }
    s->depth--;
}

void md_sig_skip_type(md_sig *s) {
    skip_type(s, ALLOW_VOID | ALLOW_BYREF | ALLOW_TYPEDBYREF | ALLOW_PINNED);
}

void md_sig_method_head(md_sig *s, md_method_sig_head *out) {
    out->callconv = 0;
    out->generic_count = 0;
    out->param_count = 0;
    const uint8_t *at = s->p;
    uint8_t cc = md_sig_byte(s);
    if (s->failed)
        return;
    unsigned k = cc & MD_CC_KIND_MASK;
    if (k == MD_CC_FIELD || k == MD_CC_LOCALS || k >= MD_CC_GENERICINST) {
        sig_fail(s, at, "not a method signature (calling convention 0x%02x)", cc);
        return;
    }
    out->callconv = cc;
    if (cc & MD_CC_GENERIC)
        out->generic_count = md_sig_uint(s);
    const uint8_t *nat = s->p;
    uint32_t n = md_sig_uint(s);
    if (!s->failed && (uint64_t)n + 1 > left(s)) {   /* the return type takes a byte too */
        sig_fail(s, nat, "signature parameter count %u exceeds its length", n);
        return;
    }
    out->param_count = s->failed ? 0 : n;
}

static int finish(md_sig *s) {
    if (!s->failed && left(s) != 0)
        sig_fail(s, s->p, "signature has %zu trailing bytes", left(s));
    return s->failed ? -1 : 0;
}

int md_check_method_sig(const md_image *img, md_blob blob, md_error *err) {
    md_sig s;
    md_sig_init(&s, img, blob, err);
    md_method_sig_head h;
    const uint8_t *at = s.p;
    md_sig_method_head(&s, &h);
    if (!s.failed && !is_method_kind(h.callconv))
        sig_fail(&s, at, "not a method signature (calling convention 0x%02x)", h.callconv);
    skip_method_rest(&s, &h);
    return finish(&s);
}

int md_check_field_sig(const md_image *img, md_blob blob, md_error *err) {
    md_sig s;
    md_sig_init(&s, img, blob, err);
    const uint8_t *at = s.p;
    uint8_t cc = md_sig_byte(&s);
    if (!s.failed && cc != MD_CC_FIELD)
        sig_fail(&s, at, "not a field signature (calling convention 0x%02x)", cc);
    skip_type(&s, ALLOW_BYREF);   /* ref fields of ref structs */
    return finish(&s);
}

/* ---- custom attribute values ------------------------------------------------------ */

int md_ca_open(md_sig *s, const md_image *img, md_blob blob, md_error *err) {
    md_sig_init(s, img, blob, err);
    if (left(s) < 2 || md_le16(s->p) != 0x0001) {
        sig_fail(s, s->p, "custom attribute value has no 0x0001 prolog");
        return -1;
    }
    s->p += 2;
    return 0;
}

int md_ca_string(md_sig *s, const char **utf8, uint32_t *len, int *is_null) {
    *utf8 = NULL;
    *len = 0;
    *is_null = 0;
    if (s->failed)
        return -1;
    if (md_sig_peek(s) == 0xFF && left(s) > 0) {
        s->p++;
        *is_null = 1;
        return 0;
    }
    const uint8_t *at = s->p;
    uint32_t n = md_sig_uint(s);
    if (s->failed)
        return -1;
    if (n > left(s)) {
        sig_fail(s, at, "custom attribute string of %u bytes exceeds the blob", n);
        return -1;
    }
    *utf8 = (const char *)s->p;
    *len = n;
    s->p += n;
    return 0;
}

uint64_t md_ca_fixed(md_sig *s, unsigned size) {
    if (s->failed)
        return 0;
    if (size != 1 && size != 2 && size != 4 && size != 8) {
        sig_fail(s, s->p, "custom attribute value of bad size %u", size);
        return 0;
    }
    if (left(s) < size) {
        sig_fail(s, s->p, "custom attribute value ends early");
        return 0;
    }
    uint64_t v = 0;
    for (unsigned i = 0; i < size; i++)
        v |= (uint64_t)s->p[i] << (8 * i);
    s->p += size;
    return v;
}
