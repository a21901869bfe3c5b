/*
 * dump.c — `anyclr dump [--il] FILE`: what an assembly contains, in a text close to
 * ildasm's: the assembly and its references, then every type with its members,
 * custom attributes and, with --il, each method's IL. The output depends only on the
 * file's bytes, so it is the same on every host. A bad file ends the dump with one
 * error line and status 1.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/dump_int.h"
#include "il/il.h"

typedef struct dumper {
    const char *file;
    const md_image *img;
    FILE *out;
    md_error err;
    cli_names nm;
    cli_sb sb;            /* the line being built */
    cli_sb tok;           /* token names for the disassembler */
    int il;               /* --il */
    uint32_t *child_first, *child_next;   /* nested types, in row order */
    uint8_t *printed;     /* TypeDef rows already printed */
} dumper;

static void put_indent(dumper *d, int n) {
    while (n-- > 0)
        putc(' ', d->out);
}

/* Writes the built line at `indent` and empties the buffer. */
static int flush_line(dumper *d, int indent) {
    if (d->sb.oom)
        return md_fail(&d->err, 0, 0, "out of memory");
    put_indent(d, indent);
    fputs(cli_sb_str(&d->sb), d->out);
    putc('\n', d->out);
    cli_sb_reset(&d->sb);
    return 0;
}

/* Flag words: each entry names a value of the bits under its mask. */
typedef struct flagword {
    uint32_t mask, value;
    const char *word;
} flagword;

/* Appends the words of `flags` in table order, and any bits left as flags(0x...). */
static void put_flags(cli_sb *sb, uint32_t flags, const flagword *w, size_t n,
                      uint32_t ignore) {
    uint32_t known = ignore;
    size_t i;
    for (i = 0; i < n; i++) {
        known |= w[i].mask;
        if ((flags & w[i].mask) == w[i].value && w[i].word[0]) {
            cli_sb_puts(sb, w[i].word);
            cli_sb_putc(sb, ' ');
        }
    }
    if (flags & ~known)
        cli_sb_printf(sb, "flags(0x%" PRIX32 ") ", flags & ~known);
}

#define NWORDS(a) (sizeof(a) / sizeof((a)[0]))

/* ---- SHA-1 (FIPS 180-4), for public key tokens ------------------------------------ */

static uint32_t rol32(uint32_t x, int n) {
    return (x << n) | (x >> (32 - n));
}

static void sha1(const uint8_t *data, size_t len, uint8_t out[20]) {
    uint32_t h[5] = { 0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u, 0xC3D2E1F0u };
    uint64_t bits = (uint64_t)len * 8;
    size_t total = ((len + 8) / 64 + 1) * 64, off, k;
    uint32_t w[80];
    int t, j;

    for (off = 0; off < total; off += 64) {
        uint32_t a, b, c, dd, e;
        uint8_t block[64];
        /* The message, then 0x80, zeros, and the bit length big-endian. */
        for (j = 0; j < 64; j++) {
            k = off + (size_t)j;
            block[j] = k < len ? data[k] : k == len ? 0x80
                     : k >= total - 8 ? (uint8_t)(bits >> (8 * (total - 1 - k))) : 0;
        }
        for (t = 0; t < 16; t++)
            w[t] = (uint32_t)block[4 * t] << 24 | (uint32_t)block[4 * t + 1] << 16 |
                   (uint32_t)block[4 * t + 2] << 8 | block[4 * t + 3];
        for (t = 16; t < 80; t++)
            w[t] = rol32(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
        a = h[0], b = h[1], c = h[2], dd = h[3], e = h[4];
        for (t = 0; t < 80; t++) {
            uint32_t f, kk, tmp;
            if (t < 20)
                f = (b & c) | (~b & dd), kk = 0x5A827999u;
            else if (t < 40)
                f = b ^ c ^ dd, kk = 0x6ED9EBA1u;
            else if (t < 60)
                f = (b & c) | (b & dd) | (c & dd), kk = 0x8F1BBCDCu;
            else
                f = b ^ c ^ dd, kk = 0xCA62C1D6u;
            tmp = rol32(a, 5) + f + e + kk + w[t];
            e = dd, dd = c, c = rol32(b, 30), b = a, a = tmp;
        }
        h[0] += a, h[1] += b, h[2] += c, h[3] += dd, h[4] += e;
    }
    for (t = 0; t < 5; t++)
        for (j = 0; j < 4; j++)
            out[4 * t + j] = (uint8_t)(h[t] >> (24 - 8 * j));
}

/* "// public key token: b03f5f7f11d50a3a": the last 8 bytes of SHA-1, reversed. */
static void put_key_token(dumper *d, int indent, md_blob key) {
    uint8_t hash[20];
    int i;
    sha1(key.data, key.size, hash);
    put_indent(d, indent);
    fputs("// public key token: ", d->out);
    for (i = 19; i >= 12; i--)
        fprintf(d->out, "%02x", hash[i]);
    putc('\n', d->out);
}

/* ---- literals --------------------------------------------------------------------- */

/* "(01 02 03 )", 16 bytes a line, continuation lines under the first byte. */
static void put_bytes(dumper *d, int indent, const char *prefix, const uint8_t *p,
                      uint32_t n) {
    uint32_t i;
    int col = indent + (int)strlen(prefix) + 1;
    put_indent(d, indent);
    fputs(prefix, d->out);
    putc('(', d->out);
    for (i = 0; i < n; i++) {
        if (i && i % 16 == 0) {
            putc('\n', d->out);
            put_indent(d, col);
        }
        fprintf(d->out, "%02X ", p[i]);
    }
    fputs(")\n", d->out);
}

static void sb_bytes(cli_sb *sb, const uint8_t *p, uint32_t n) {
    uint32_t i;
    cli_sb_puts(sb, "( ");
    for (i = 0; i < n; i++)
        cli_sb_printf(sb, "%02X ", p[i]);
    cli_sb_putc(sb, ')');
}

/* One code point into a literal: printable ASCII as is, UTF-8 above, escapes for the
 * quote, backslash, control characters and unpaired surrogates. */
static void sb_codepoint(cli_sb *sb, uint32_t c, char quote) {
    if (c == (uint32_t)quote || c == '\\') {
        cli_sb_putc(sb, '\\');
        cli_sb_putc(sb, (char)c);
    } else if (c == '\n') {
        cli_sb_puts(sb, "\\n");
    } else if (c == '\r') {
        cli_sb_puts(sb, "\\r");
    } else if (c == '\t') {
        cli_sb_puts(sb, "\\t");
    } else if (c < 0x20 || c == 0x7F || (c >= 0xD800 && c <= 0xDFFF) || c == 0x85 ||
               c == 0x2028 || c == 0x2029 || c > 0x10FFFF) {
        cli_sb_printf(sb, "\\u%04" PRIX32, c);
    } else if (c < 0x80) {
        cli_sb_putc(sb, (char)c);
    } else if (c < 0x800) {
        cli_sb_putc(sb, (char)(0xC0 | (c >> 6)));
        cli_sb_putc(sb, (char)(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        cli_sb_putc(sb, (char)(0xE0 | (c >> 12)));
        cli_sb_putc(sb, (char)(0x80 | ((c >> 6) & 0x3F)));
        cli_sb_putc(sb, (char)(0x80 | (c & 0x3F)));
    } else {
        cli_sb_putc(sb, (char)(0xF0 | (c >> 18)));
        cli_sb_putc(sb, (char)(0x80 | ((c >> 12) & 0x3F)));
        cli_sb_putc(sb, (char)(0x80 | ((c >> 6) & 0x3F)));
        cli_sb_putc(sb, (char)(0x80 | (c & 0x3F)));
    }
}

static void sb_utf16(cli_sb *sb, const uint8_t *s, uint32_t n) {
    uint32_t i;
    cli_sb_putc(sb, '"');
    for (i = 0; i < n; i++) {
        uint32_t c = md_utf16_at(s, i);
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n) {
            uint32_t lo = md_utf16_at(s, i + 1);
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
                i++;
            }
        }
        sb_codepoint(sb, c, '"');
    }
    cli_sb_putc(sb, '"');
}

/* A UTF-8 string from a blob: well-formed sequences pass, other bytes are escaped. */
static void sb_utf8(cli_sb *sb, const char *s, uint32_t n, char quote) {
    const uint8_t *p = (const uint8_t *)s;
    uint32_t i = 0;
    cli_sb_putc(sb, quote);
    while (i < n) {
        uint32_t c = p[i], need, j;
        if (c < 0x80)
            need = 0;
        else if (c >= 0xC2 && c <= 0xDF)
            need = 1, c &= 0x1F;
        else if (c >= 0xE0 && c <= 0xEF)
            need = 2, c &= 0x0F;
        else if (c >= 0xF0 && c <= 0xF4)
            need = 3, c &= 0x07;
        else
            need = 4;   /* never a lead byte */
        if (need <= 3 && need <= n - i - 1) {
            for (j = 1; j <= need; j++) {
                if ((p[i + j] & 0xC0) != 0x80)
                    break;
                c = (c << 6) | (p[i + j] & 0x3F);
            }
            if (j > need) {
                sb_codepoint(sb, c, quote);
                i += need + 1;
                continue;
            }
        }
        cli_sb_printf(sb, "\\x%02X", p[i++]);
    }
    cli_sb_putc(sb, quote);
}

/* A float with its type keyword: "float64(0.5)". */
static void sb_float(cli_sb *sb, int is64, uint64_t bits) {
    char buf[64];
    if (is64) {
        double v;
        memcpy(&v, &bits, sizeof v);
        il_format_r8(buf, sizeof buf, v, bits);
    } else {
        uint32_t b32 = (uint32_t)bits;
        float f;
        memcpy(&f, &b32, sizeof f);
        il_format_r4(buf, sizeof buf, (double)f, b32);
    }
    /* Non-finite values come back as "(0x...)": the bits, already parenthesised. */
    cli_sb_printf(sb, buf[0] == '(' ? "%s%s" : "%s(%s)", is64 ? "float64" : "float32", buf);
}

/* A value of primitive element type e from n little-endian bytes: "int32(5)". */
static void sb_prim(cli_sb *sb, uint8_t e, const uint8_t *p) {
    switch (e) {
    case MD_ELEM_BOOLEAN: cli_sb_printf(sb, "bool(%s)", p[0] ? "true" : "false"); break;
    case MD_ELEM_CHAR:    cli_sb_printf(sb, "char(0x%04X)", md_le16(p)); break;
    case MD_ELEM_I1:      cli_sb_printf(sb, "int8(%d)", (int8_t)p[0]); break;
    case MD_ELEM_U1:      cli_sb_printf(sb, "uint8(%u)", p[0]); break;
    case MD_ELEM_I2:      cli_sb_printf(sb, "int16(%d)", (int16_t)md_le16(p)); break;
    case MD_ELEM_U2:      cli_sb_printf(sb, "uint16(%u)", md_le16(p)); break;
    case MD_ELEM_I4:      cli_sb_printf(sb, "int32(%" PRId32 ")", (int32_t)md_le32(p)); break;
    case MD_ELEM_U4:      cli_sb_printf(sb, "uint32(%" PRIu32 ")", md_le32(p)); break;
    case MD_ELEM_I8:      cli_sb_printf(sb, "int64(%" PRId64 ")", (int64_t)md_le64(p)); break;
    case MD_ELEM_U8:      cli_sb_printf(sb, "uint64(%" PRIu64 ")", md_le64(p)); break;
    case MD_ELEM_R4:      sb_float(sb, 0, md_le32(p)); break;
    case MD_ELEM_R8:      sb_float(sb, 1, md_le64(p)); break;
    default: break;
    }
}

/* Bytes of a primitive element type, 0 if it is not one. */
static uint32_t prim_size(uint8_t e) {
    switch (e) {
    case MD_ELEM_BOOLEAN: case MD_ELEM_I1: case MD_ELEM_U1: return 1;
    case MD_ELEM_CHAR: case MD_ELEM_I2: case MD_ELEM_U2: return 2;
    case MD_ELEM_I4: case MD_ELEM_U4: case MD_ELEM_R4: return 4;
    case MD_ELEM_I8: case MD_ELEM_U8: case MD_ELEM_R8: return 8;
    default: return 0;
    }
}

/* " = int32(5)" for the Constant row of `parent`, if there is one. */
static int put_constant(dumper *d, cli_sb *sb, uint32_t parent) {
    const md_image *img = d->img;
    uint32_t row, type, size;
    md_blob b;
    if (!md_find(img, MDC_Constant_Parent, parent, &row))
        return 0;
    type = md_get(img, MDC_Constant_Type, row);
    b = md_blob_at(img, md_get(img, MDC_Constant_Value, row));
    cli_sb_puts(sb, " = ");
    if (type == MD_ELEM_STRING) {
        if (b.size % 2)
            goto bad;
        sb_utf16(sb, b.data, b.size / 2);
        return 0;
    }
    if (type == MD_ELEM_CLASS) {
        if (b.size != 4 || md_le32(b.data) != 0)
            goto bad;
        cli_sb_puts(sb, "nullref");
        return 0;
    }
    size = prim_size((uint8_t)type);
    if (!size || b.size != size)
        goto bad;
    sb_prim(sb, (uint8_t)type, b.data);
    return 0;
bad:
    return md_fail(&d->err, md_ptr_offset(img, b.data), 1,
                   "constant of type 0x%02" PRIX32 " has %" PRIu32 " bytes", type, b.size);
}

/* ---- custom attributes ------------------------------------------------------------ */

/* What a custom attribute argument is (II.23.3), from the constructor's signature or
 * from a named argument's FieldOrPropType. */
typedef struct ca_type {
    uint8_t elem;     /* a primitive, STRING, CA_TYPE (System.Type), CA_BOXED, or 0 */
    uint8_t array;    /* an SZARRAY of elem */
} ca_type;

/* The underlying primitive of an enum defined in this image: its value__ field. */
static uint8_t enum_underlying(dumper *d, uint32_t typedef_row) {
    const md_image *img = d->img;
    uint32_t first, count, i;
    count = md_list(img, MDC_TypeDef_FieldList, typedef_row, &first);
    for (i = 0; i < count; i++) {
        uint32_t f = md_list_item(img, MDC_TypeDef_FieldList, first + i);
        md_blob b;
        if (md_get(img, MDC_Field_Flags, f) & 0x10)   /* static */
            continue;
        b = md_blob_at(img, md_get(img, MDC_Field_Signature, f));
        if (b.size == 2 && b.data[0] == MD_CC_FIELD && prim_size(b.data[1]) &&
            b.data[1] != MD_ELEM_R4 && b.data[1] != MD_ELEM_R8)
            return b.data[1];
        return 0;
    }
    return 0;
}

/* A TypeDef row by "Namespace.Name" (top-level types), for enum names in named args. */
static uint32_t find_typedef(dumper *d, const char *name, uint32_t len) {
    const md_image *img = d->img;
    uint32_t rows = md_rows(img, MD_TypeDef), r;
    for (r = 1; r <= rows; r++) {
        const char *ns = md_string(img, md_get(img, MDC_TypeDef_Namespace, r));
        const char *nm = md_string(img, md_get(img, MDC_TypeDef_Name, r));
        size_t nsl = strlen(ns), nml = strlen(nm);
        if (d->nm.enclosing[r])
            continue;
        if (nsl ? nsl + 1 + nml == len && memcmp(name, ns, nsl) == 0 && name[nsl] == '.' &&
                      memcmp(name + nsl + 1, nm, nml) == 0
                : nml == len && memcmp(name, nm, nml) == 0)
            return r;
    }
    return 0;
}

/* Is the TypeDefOrRef token System.Type? */
static int is_system_type(dumper *d, uint32_t tok) {
    const md_image *img = d->img;
    const char *ns, *nm;
    if (MD_TOKEN_TABLE(tok) == MD_TypeRef) {
        ns = md_string(img, md_get(img, MDC_TypeRef_Namespace, MD_TOKEN_ROW(tok)));
        nm = md_string(img, md_get(img, MDC_TypeRef_Name, MD_TOKEN_ROW(tok)));
    } else if (MD_TOKEN_TABLE(tok) == MD_TypeDef) {
        ns = md_string(img, md_get(img, MDC_TypeDef_Namespace, MD_TOKEN_ROW(tok)));
        nm = md_string(img, md_get(img, MDC_TypeDef_Name, MD_TOKEN_ROW(tok)));
    } else {
        return 0;
    }
    return strcmp(ns, "System") == 0 && strcmp(nm, "Type") == 0;
}

/* One element of a constructor parameter type; 0 elem when it cannot be decoded. */
static uint8_t ca_elem_from_sig(dumper *d, md_sig *s) {
    uint8_t e = md_sig_byte(s);
    uint32_t tok;
    if (prim_size(e) || e == MD_ELEM_STRING)
        return e;
    if (e == MD_ELEM_OBJECT)
        return MD_ELEM_CA_BOXED;
    if (e == MD_ELEM_CLASS || e == MD_ELEM_VALUETYPE) {
        tok = md_sig_typetoken(s);
        if (s->failed)
            return 0;
        if (e == MD_ELEM_CLASS)
            return is_system_type(d, tok) ? MD_ELEM_CA_TYPE : 0;
        return MD_TOKEN_TABLE(tok) == MD_TypeDef ? enum_underlying(d, MD_TOKEN_ROW(tok)) : 0;
    }
    return 0;
}

static ca_type ca_type_from_sig(dumper *d, md_sig *s) {
    ca_type t = { 0, 0 };
    md_sig_skip_cmods(s);
    if (md_sig_peek(s) == MD_ELEM_SZARRAY) {
        md_sig_byte(s);
        t.array = 1;
    }
    t.elem = ca_elem_from_sig(d, s);
    return t;
}

/* FieldOrPropType of a named argument or a boxed value. */
static ca_type ca_type_from_blob(dumper *d, md_sig *v) {
    ca_type t = { 0, 0 };
    uint8_t e = md_sig_byte(v);
    if (e == MD_ELEM_SZARRAY) {
        t.array = 1;
        e = md_sig_byte(v);
    }
    if (prim_size(e) || e == MD_ELEM_STRING || e == MD_ELEM_CA_TYPE || e == MD_ELEM_CA_BOXED) {
        t.elem = e;
    } else if (e == MD_ELEM_CA_ENUM) {
        const char *name;
        uint32_t len, comma, row;
        int is_null;
        if (md_ca_string(v, &name, &len, &is_null) < 0 || is_null)
            return t;
        for (comma = 0; comma < len && name[comma] != ','; comma++)
            ;
        row = find_typedef(d, name, comma);
        t.elem = row ? enum_underlying(d, row) : 0;
    }
    return t;
}

/* One value of type (elem) from the blob. Returns -1 when it cannot be decoded. */
static int ca_elem_value(dumper *d, cli_sb *sb, uint8_t elem, md_sig *v, int depth) {
    uint32_t size = prim_size(elem);
    if (size) {
        uint8_t b[8];
        uint64_t x = md_ca_fixed(v, size);
        uint32_t i;
        if (v->failed)
            return -1;
        for (i = 0; i < 8; i++)
            b[i] = (uint8_t)(x >> (8 * i));
        sb_prim(sb, elem, b);
        return 0;
    }
    if (elem == MD_ELEM_STRING || elem == MD_ELEM_CA_TYPE) {
        const char *s;
        uint32_t len;
        int is_null;
        if (md_ca_string(v, &s, &len, &is_null) < 0)
            return -1;
        cli_sb_puts(sb, elem == MD_ELEM_STRING ? "string(" : "type(");
        if (is_null)
            cli_sb_puts(sb, "nullref");
        else
            sb_utf8(sb, s, len, '\'');
        cli_sb_putc(sb, ')');
        return 0;
    }
    if (elem == MD_ELEM_CA_BOXED && depth == 0) {
        ca_type t = ca_type_from_blob(d, v);
        if (!t.elem || t.array || v->failed)
            return -1;
        cli_sb_puts(sb, "object(");
        if (ca_elem_value(d, sb, t.elem, v, depth + 1) < 0)
            return -1;
        cli_sb_putc(sb, ')');
        return 0;
    }
    return -1;
}

static int ca_value(dumper *d, cli_sb *sb, ca_type t, md_sig *v) {
    uint32_t n, i;
    if (!t.elem)
        return -1;
    if (!t.array)
        return ca_elem_value(d, sb, t.elem, v, 0);
    n = (uint32_t)md_ca_fixed(v, 4);
    if (v->failed)
        return -1;
    if (n == 0xFFFFFFFFu) {
        cli_sb_puts(sb, "nullref[]");
        return 0;
    }
    if (n > (uint32_t)(v->end - v->p))   /* each element takes a byte at least */
        return -1;
    cli_sb_printf(sb, "[%" PRIu32 "](", n);
    for (i = 0; i < n; i++) {
        if (i)
            cli_sb_putc(sb, ' ');
        if (ca_elem_value(d, sb, t.elem, v, 0) < 0)
            return -1;
    }
    cli_sb_putc(sb, ')');
    return 0;
}

/* A named argument's name: as is when it is a plain identifier, else quoted. */
static void put_ca_name(cli_sb *sb, const char *name, uint32_t len) {
    uint32_t i;
    for (i = 0; i < len; i++) {
        char c = name[i];
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' ||
              (i > 0 && c >= '0' && c <= '9')))
            break;
    }
    if (len > 0 && i == len)
        cli_sb_putn(sb, name, len);
    else
        sb_utf8(sb, name, len, '\'');
}

/* "{int32(5) property bool X = bool(true)}" from the ctor's signature and the blob;
 * -1 (nothing written that matters) when it is not simple enough to decode. */
static int ca_decode(dumper *d, cli_sb *sb, uint32_t ctor, md_blob value) {
    const md_image *img = d->img;
    md_blob sigb;
    md_sig s, v;
    md_method_sig_head h;
    uint32_t i, named;

    if (MD_TOKEN_TABLE(ctor) == MD_MethodDef)
        sigb = md_blob_at(img, md_get(img, MDC_MethodDef_Signature, MD_TOKEN_ROW(ctor)));
    else
        sigb = md_blob_at(img, md_get(img, MDC_MemberRef_Signature, MD_TOKEN_ROW(ctor)));
    md_sig_init(&s, img, sigb, NULL);
    md_sig_method_head(&s, &h);
    md_sig_skip_type(&s);   /* void */
    if (s.failed || md_ca_open(&v, img, value, NULL) < 0)
        return -1;
    cli_sb_putc(sb, '{');
    for (i = 0; i < h.param_count; i++) {
        ca_type t = ca_type_from_sig(d, &s);
        if (s.failed)
            return -1;
        if (i)
            cli_sb_putc(sb, ' ');
        if (ca_value(d, sb, t, &v) < 0)
            return -1;
    }
    named = (uint32_t)md_ca_fixed(&v, 2);
    for (i = 0; i < named && !v.failed; i++) {
        uint8_t kind = md_sig_byte(&v);
        ca_type t;
        const char *name;
        uint32_t len;
        int is_null;
        if (kind != MD_ELEM_CA_FIELD && kind != MD_ELEM_CA_PROPERTY)
            return -1;
        t = ca_type_from_blob(d, &v);
        if (!t.elem || md_ca_string(&v, &name, &len, &is_null) < 0 || is_null)
            return -1;
        if (h.param_count || i)
            cli_sb_putc(sb, ' ');
        cli_sb_puts(sb, kind == MD_ELEM_CA_FIELD ? "field " : "property ");
        put_ca_name(sb, name, len);
        cli_sb_puts(sb, " = ");
        if (ca_value(d, sb, t, &v) < 0)
            return -1;
    }
    if (v.failed || !md_sig_at_end(&v))
        return -1;
    cli_sb_putc(sb, '}');
    return 0;
}

/* Every .custom line of `parent` (any HasCustomAttribute token). */
static int put_customs(dumper *d, int indent, uint32_t parent) {
    const md_image *img = d->img;
    uint32_t row;
    cli_gctx none = { 0, 0 };
    if (!md_find(img, MDC_CustomAttribute_Parent, parent, &row))
        return 0;
    for (; row; row = md_find_next(img, MDC_CustomAttribute_Parent, parent, row)) {
        uint32_t ctor = md_get(img, MDC_CustomAttribute_Type, row);
        md_blob value = md_blob_at(img, md_get(img, MDC_CustomAttribute_Value, row));
        size_t mark;
        cli_sb_puts(&d->sb, ".custom ");
        if (cli_token_name(&d->nm, &d->sb, ctor, 0, &none) < 0)
            return -1;
        cli_sb_puts(&d->sb, " = ");
        mark = d->sb.len;
        if (ca_decode(d, &d->sb, ctor, value) < 0) {
            d->sb.len = mark;
            d->sb.p[mark] = 0;
            sb_bytes(&d->sb, value.data, value.size);
        }
        if (flush_line(d, indent) < 0)
            return -1;
    }
    return 0;
}

/* .permissionset lines of `parent` (a TypeDef, MethodDef or Assembly token), raw. */
static int put_security(dumper *d, int indent, uint32_t parent) {
    const md_image *img = d->img;
    uint32_t row;
    if (!md_find(img, MDC_DeclSecurity_Parent, parent, &row))
        return 0;
    for (; row; row = md_find_next(img, MDC_DeclSecurity_Parent, parent, row)) {
        md_blob b = md_blob_at(img, md_get(img, MDC_DeclSecurity_PermissionSet, row));
        char prefix[64];
        snprintf(prefix, sizeof prefix, ".permissionset action(%" PRIu32 ") = ",
                 md_get(img, MDC_DeclSecurity_Action, row));
        put_bytes(d, indent, prefix, b.data, b.size);
    }
    return 0;
}

/* ".param type T" and the custom attributes of each generic parameter that has some. */
static int put_gparam_customs(dumper *d, int indent, uint32_t owner) {
    const md_image *img = d->img;
    uint32_t row, ca;
    if (!md_find(img, MDC_GenericParam_Owner, owner, &row))
        return 0;
    for (; row; row = md_find_next(img, MDC_GenericParam_Owner, owner, row)) {
        uint32_t tok = MD_TOKEN(MD_GenericParam, row);
        if (!md_find(img, MDC_CustomAttribute_Parent, tok, &ca))
            continue;
        cli_sb_puts(&d->sb, ".param type ");
        cli_put_id(&d->sb, md_string(img, md_get(img, MDC_GenericParam_Name, row)));
        if (flush_line(d, indent) < 0 || put_customs(d, indent, tok) < 0)
            return -1;
    }
    return 0;
}

/* ---- assembly, references, module ------------------------------------------------- */

static void put_version(dumper *d, int indent, enum md_col major, uint32_t row) {
    /* Major, Minor, Build, Revision are consecutive columns in both tables. */
    put_indent(d, indent);
    fprintf(d->out, ".ver %" PRIu32 ":%" PRIu32 ":%" PRIu32 ":%" PRIu32 "\n",
            md_get(d->img, major, row), md_get(d->img, (enum md_col)(major + 1), row),
            md_get(d->img, (enum md_col)(major + 2), row),
            md_get(d->img, (enum md_col)(major + 3), row));
}

static const flagword asm_flags[] = {
    { 0x0001, 0x0001, "" },             /* PublicKey: shown by .publickey */
    { 0x0100, 0x0100, "retargetable" },
    { 0x0E00, 0x0200, "windowsruntime" },
    { 0x4000, 0x4000, "noplatform" },   /* DisableJITcompileOptimizer */
    { 0x8000, 0x8000, "jittracking" },  /* EnableJITcompileTracking */
    { 0x0030, 0x0010, "x86-msil" },     /* the obsolete processor architecture bits */
    { 0x0070, 0x0020, "x86" },
    { 0x0070, 0x0030, "ia64" },
    { 0x0070, 0x0040, "amd64" },
    { 0x0070, 0x0050, "arm" },
};

static int put_culture(dumper *d, int indent, const char *culture) {
    if (!*culture)
        return 0;
    cli_sb_puts(&d->sb, ".culture ");
    sb_utf8(&d->sb, culture, (uint32_t)strlen(culture), '"');
    return flush_line(d, indent);
}

static int dump_assembly_refs(dumper *d) {
    const md_image *img = d->img;
    uint32_t rows = md_rows(img, MD_AssemblyRef), r;
    for (r = 1; r <= rows; r++) {
        uint32_t flags = md_get(img, MDC_AssemblyRef_Flags, r);
        md_blob key = md_blob_at(img, md_get(img, MDC_AssemblyRef_PublicKeyOrToken, r));
        md_blob hash = md_blob_at(img, md_get(img, MDC_AssemblyRef_HashValue, r));
        cli_sb_puts(&d->sb, ".assembly extern ");
        put_flags(&d->sb, flags, asm_flags, NWORDS(asm_flags), 0);
        cli_put_dotted(&d->sb, md_string(img, md_get(img, MDC_AssemblyRef_Name, r)));
        if (flush_line(d, 0) < 0)
            return -1;
        fputs("{\n", d->out);
        if (put_customs(d, 2, MD_TOKEN(MD_AssemblyRef, r)) < 0)
            return -1;
        if (key.size && (flags & 1)) {
            put_bytes(d, 2, ".publickey = ", key.data, key.size);
            put_key_token(d, 2, key);
        } else if (key.size) {
            put_bytes(d, 2, ".publickeytoken = ", key.data, key.size);
        }
        if (hash.size)
            put_bytes(d, 2, ".hash = ", hash.data, hash.size);
        put_version(d, 2, MDC_AssemblyRef_MajorVersion, r);
        if (put_culture(d, 2, md_string(img, md_get(img, MDC_AssemblyRef_Culture, r))) < 0)
            return -1;
        fputs("}\n", d->out);
    }
    return 0;
}

static int dump_assembly(dumper *d) {
    const md_image *img = d->img;
    uint32_t flags;
    md_blob key;
    if (md_rows(img, MD_Assembly) == 0) {
        fputs("// no assembly manifest: this is a module\n", d->out);
        return 0;
    }
    flags = md_get(img, MDC_Assembly_Flags, 1);
    key = md_blob_at(img, md_get(img, MDC_Assembly_PublicKey, 1));
    cli_sb_puts(&d->sb, ".assembly ");
    put_flags(&d->sb, flags, asm_flags, NWORDS(asm_flags), 0);
    cli_put_dotted(&d->sb, md_string(img, md_get(img, MDC_Assembly_Name, 1)));
    if (flush_line(d, 0) < 0)
        return -1;
    fputs("{\n", d->out);
    if (put_customs(d, 2, MD_TOKEN(MD_Assembly, 1)) < 0 ||
        put_security(d, 2, MD_TOKEN(MD_Assembly, 1)) < 0)
        return -1;
    if (key.size) {
        put_bytes(d, 2, ".publickey = ", key.data, key.size);
        put_key_token(d, 2, key);
    }
    fprintf(d->out, "  .hash algorithm 0x%08" PRIX32 "\n",
            md_get(img, MDC_Assembly_HashAlgId, 1));
    put_version(d, 2, MDC_Assembly_MajorVersion, 1);
    if (put_culture(d, 2, md_string(img, md_get(img, MDC_Assembly_Culture, 1))) < 0)
        return -1;
    fputs("}\n", d->out);
    return 0;
}

static int dump_module_refs(dumper *d) {
    const md_image *img = d->img;
    uint32_t rows = md_rows(img, MD_ModuleRef), r;
    for (r = 1; r <= rows; r++) {
        cli_sb_puts(&d->sb, ".module extern ");
        cli_put_dotted(&d->sb, md_string(img, md_get(img, MDC_ModuleRef_Name, r)));
        if (flush_line(d, 0) < 0)
            return -1;
    }
    rows = md_rows(img, MD_File);
    for (r = 1; r <= rows; r++) {
        md_blob h = md_blob_at(img, md_get(img, MDC_File_HashValue, r));
        cli_sb_puts(&d->sb, ".file ");
        if (md_get(img, MDC_File_Flags, r) & 1)
            cli_sb_puts(&d->sb, "nometadata ");
        cli_put_dotted(&d->sb, md_string(img, md_get(img, MDC_File_Name, r)));
        if (flush_line(d, 0) < 0)
            return -1;
        if (h.size)
            put_bytes(d, 4, ".hash = ", h.data, h.size);
    }
    return 0;
}

/* The implementation of an exported type or resource: ".assembly extern X" etc. */
static int put_implementation(dumper *d, int indent, uint32_t impl) {
    const md_image *img = d->img;
    uint32_t row = MD_TOKEN_ROW(impl);
    if (!row)
        return 0;
    switch (MD_TOKEN_TABLE(impl)) {
    case MD_AssemblyRef:
        cli_sb_puts(&d->sb, ".assembly extern ");
        cli_put_dotted(&d->sb, md_string(img, md_get(img, MDC_AssemblyRef_Name, row)));
        break;
    case MD_File:
        cli_sb_puts(&d->sb, ".file ");
        cli_put_dotted(&d->sb, md_string(img, md_get(img, MDC_File_Name, row)));
        break;
    case MD_ExportedType:
        cli_sb_puts(&d->sb, ".class extern ");
        cli_put_dotted(&d->sb, md_string(img, md_get(img, MDC_ExportedType_TypeName, row)));
        break;
    default:
        return 0;
    }
    return flush_line(d, indent);
}

static int dump_exported_types(dumper *d) {
    const md_image *img = d->img;
    uint32_t rows = md_rows(img, MD_ExportedType), r;
    for (r = 1; r <= rows; r++) {
        uint32_t flags = md_get(img, MDC_ExportedType_Flags, r);
        cli_sb_puts(&d->sb, ".class extern ");
        if (flags & 0x00200000)
            cli_sb_puts(&d->sb, "forwarder ");
        else if ((flags & 7) == 1)
            cli_sb_puts(&d->sb, "public ");
        else if (flags & 7)
            cli_sb_puts(&d->sb, "nested ");
        cli_put_dotted(&d->sb, md_string(img, md_get(img, MDC_ExportedType_TypeNamespace, r)));
        if (*md_string(img, md_get(img, MDC_ExportedType_TypeNamespace, r)))
            cli_sb_putc(&d->sb, '.');
        cli_put_id(&d->sb, md_string(img, md_get(img, MDC_ExportedType_TypeName, r)));
        if (flush_line(d, 0) < 0)
            return -1;
        fputs("{\n", d->out);
        if (put_implementation(d, 2, md_get(img, MDC_ExportedType_Implementation, r)) < 0)
            return -1;
        fputs("}\n", d->out);
    }
    return 0;
}

static int dump_resources(dumper *d) {
    const md_image *img = d->img;
    uint32_t rows = md_rows(img, MD_ManifestResource), r;
    for (r = 1; r <= rows; r++) {
        uint32_t flags = md_get(img, MDC_ManifestResource_Flags, r);
        uint32_t impl = md_get(img, MDC_ManifestResource_Implementation, r);
        cli_sb_puts(&d->sb, ".mresource ");
        cli_sb_puts(&d->sb, (flags & 7) == 1 ? "public " : (flags & 7) == 2 ? "private " : "");
        cli_put_dotted(&d->sb, md_string(img, md_get(img, MDC_ManifestResource_Name, r)));
        if (flush_line(d, 0) < 0)
            return -1;
        fputs("{\n", d->out);
        if (MD_TOKEN_ROW(impl)) {
            if (put_implementation(d, 2, impl) < 0)
                return -1;
            fprintf(d->out, "  // at offset 0x%08" PRIX32 "\n",
                    md_get(img, MDC_ManifestResource_Offset, r));
        } else {
            md_blob b;
            if (md_resource(img, r, &b, &d->err) < 0)
                return -1;
            fprintf(d->out, "  // embedded, %" PRIu32 " bytes\n", b.size);
        }
        fputs("}\n", d->out);
    }
    return 0;
}

static int dump_module(dumper *d) {
    const md_image *img = d->img;
    const md_cli_header *h = md_cli(img);
    const uint8_t *g = md_guid(img, md_get(img, MDC_Module_Mvid, 1));
    cli_sb_puts(&d->sb, ".module ");
    cli_put_dotted(&d->sb, md_string(img, md_get(img, MDC_Module_Name, 1)));
    if (flush_line(d, 0) < 0)
        return -1;
    if (g)
        fprintf(d->out, "// MVID: {%08" PRIX32 "-%04X-%04X-%02X%02X-%02X%02X%02X%02X%02X%02X}\n",
                md_le32(g), md_le16(g + 4), md_le16(g + 6), g[8], g[9], g[10], g[11], g[12],
                g[13], g[14], g[15]);
    cli_sb_puts(&d->sb, "// metadata version: ");
    sb_utf8(&d->sb, h->version, (uint32_t)strlen(h->version), '"');
    if (flush_line(d, 0) < 0)
        return -1;
    fprintf(d->out, "// runtime %u.%u, flags 0x%08" PRIX32 "%s%s, machine 0x%04X, %s\n",
            h->major_runtime, h->minor_runtime, h->flags, h->flags & 1 ? " ilonly" : "",
            h->flags & 2 ? " 32bitrequired" : "", h->pe_machine,
            h->pe32_plus ? "PE32+" : "PE32");
    if (h->entry_point) {
        cli_gctx none = { 0, 0 };
        cli_sb_puts(&d->sb, "// entry point: ");
        if (cli_token_name(&d->nm, &d->sb, h->entry_point, 0, &none) < 0 ||
            flush_line(d, 0) < 0)
            return -1;
    }
    return put_customs(d, 0, MD_TOKEN(MD_Module, 1));
}

/* ---- fields ----------------------------------------------------------------------- */

static const flagword field_flags[] = {
    { 7, 0, "privatescope" }, { 7, 1, "private" }, { 7, 2, "famandassem" },
    { 7, 3, "assembly" }, { 7, 4, "family" }, { 7, 5, "famorassem" }, { 7, 6, "public" },
    { 0x10, 0x10, "static" }, { 0x20, 0x20, "initonly" }, { 0x40, 0x40, "literal" },
    { 0x80, 0x80, "notserialized" }, { 0x200, 0x200, "specialname" },
    { 0x400, 0x400, "rtspecialname" }, { 0x2000, 0x2000, "pinvokeimpl" },
};
/* HasFieldRVA, HasFieldMarshal, HasDefault: shown by what they announce. */
#define FIELD_FLAGS_SHOWN_ELSEWHERE 0x9100u

/* " marshal( 08 )": the native type blob of a field or parameter, raw. */
static void put_marshal(dumper *d, uint32_t parent) {
    uint32_t row;
    md_blob b;
    if (!md_find(d->img, MDC_FieldMarshal_Parent, parent, &row))
        return;
    b = md_blob_at(d->img, md_get(d->img, MDC_FieldMarshal_NativeType, row));
    cli_sb_puts(&d->sb, "marshal");
    sb_bytes(&d->sb, b.data, b.size);
    cli_sb_putc(&d->sb, ' ');
}

/* Bytes of a field's initial data when its type tells: a primitive, or a value type
 * defined here with an explicit .size (what compilers emit for array initializers). */
static uint32_t field_data_size(dumper *d, uint32_t f) {
    const md_image *img = d->img;
    md_sig s;
    uint8_t e;
    uint32_t tok, row;
    md_sig_init(&s, img, md_blob_at(img, md_get(img, MDC_Field_Signature, f)), NULL);
    md_sig_byte(&s);
    md_sig_skip_cmods(&s);
    e = md_sig_byte(&s);
    if (s.failed)
        return 0;
    if (prim_size(e))
        return prim_size(e);
    if (e != MD_ELEM_VALUETYPE)
        return 0;
    tok = md_sig_typetoken(&s);
    if (s.failed || MD_TOKEN_TABLE(tok) != MD_TypeDef)
        return 0;
    if (!md_find(img, MDC_ClassLayout_Parent, MD_TOKEN_ROW(tok), &row))
        return 0;
    return md_get(img, MDC_ClassLayout_ClassSize, row);
}

/* Printed field data stops here: enough to recognise a table, bounded output. */
#define FIELD_DATA_SHOWN 64u

static int dump_field(dumper *d, int ind, uint32_t type_row, uint32_t f) {
    const md_image *img = d->img;
    uint32_t flags = md_get(img, MDC_Field_Flags, f), row, rva = 0, size;
    uint32_t tok = MD_TOKEN(MD_Field, f);
    cli_gctx g = { type_row, 0 };

    cli_sb_puts(&d->sb, ".field ");
    if (md_find(img, MDC_FieldLayout_Field, f, &row))
        cli_sb_printf(&d->sb, "[%" PRIu32 "] ", md_get(img, MDC_FieldLayout_Offset, row));
    put_flags(&d->sb, flags, field_flags, NWORDS(field_flags), FIELD_FLAGS_SHOWN_ELSEWHERE);
    put_marshal(d, tok);
    if (cli_field_sig(&d->nm, &d->sb, md_blob_at(img, md_get(img, MDC_Field_Signature, f)),
                      &g) < 0)
        return -1;
    cli_sb_putc(&d->sb, ' ');
    cli_put_id(&d->sb, md_string(img, md_get(img, MDC_Field_Name, f)));
    if (put_constant(d, &d->sb, tok) < 0)
        return -1;
    if (md_find(img, MDC_FieldRVA_Field, f, &row)) {
        rva = md_get(img, MDC_FieldRVA_RVA, row);
        cli_sb_printf(&d->sb, " at RVA 0x%08" PRIX32, rva);
    }
    if (flush_line(d, ind) < 0)
        return -1;
    if (rva && (size = field_data_size(d, f)) > 0) {
        const uint8_t *p = md_field_data(img, f, size, &d->err);
        uint32_t i, shown = size < FIELD_DATA_SHOWN ? size : FIELD_DATA_SHOWN;
        if (!p)
            return -1;
        cli_sb_printf(&d->sb, "// %" PRIu32 " bytes:", size);
        for (i = 0; i < shown; i++)
            cli_sb_printf(&d->sb, " %02X", p[i]);
        if (shown < size)
            cli_sb_puts(&d->sb, " ...");
        if (flush_line(d, ind + 2) < 0)
            return -1;
    }
    return put_customs(d, ind + 2, tok);
}

/* ---- methods ---------------------------------------------------------------------- */

static const flagword method_flags[] = {
    { 7, 0, "privatescope" }, { 7, 1, "private" }, { 7, 2, "famandassem" },
    { 7, 3, "assembly" }, { 7, 4, "family" }, { 7, 5, "famorassem" }, { 7, 6, "public" },
    { 0x80, 0x80, "hidebysig" }, { 0x100, 0x100, "newslot" },
    { 0x800, 0x800, "specialname" }, { 0x1000, 0x1000, "rtspecialname" },
    { 0x200, 0x200, "strict" }, { 0x400, 0x400, "abstract" }, { 0x40, 0x40, "virtual" },
    { 0x20, 0x20, "final" }, { 0x10, 0x10, "static" }, { 0x8, 0x8, "unmanagedexp" },
    { 0x8000, 0x8000, "reqsecobj" },
};
/* PinvokeImpl is printed with its details; HasSecurity by its DeclSecurity rows. */
#define METHOD_FLAGS_SHOWN_ELSEWHERE 0x6000u

static const flagword impl_flags[] = {
    { 3, 0, "cil" }, { 3, 1, "native" }, { 3, 2, "optil" }, { 3, 3, "runtime" },
    { 4, 0, "managed" }, { 4, 4, "unmanaged" }, { 0x10, 0x10, "forwardref" },
    { 0x80, 0x80, "preservesig" }, { 0x1000, 0x1000, "internalcall" },
    { 0x20, 0x20, "synchronized" }, { 0x8, 0x8, "noinlining" },
    { 0x100, 0x100, "aggressiveinlining" }, { 0x40, 0x40, "nooptimization" },
    { 0x200, 0x200, "aggressiveoptimization" }, { 0x2000, 0x2000, "async" },
};

static const flagword pinvoke_flags[] = {
    { 1, 1, "nomangle" }, { 6, 2, "ansi" }, { 6, 4, "unicode" }, { 6, 6, "autochar" },
    { 0x40, 0x40, "lasterr" }, { 0x700, 0x100, "winapi" }, { 0x700, 0x200, "cdecl" },
    { 0x700, 0x300, "stdcall" }, { 0x700, 0x400, "thiscall" },
    { 0x700, 0x500, "fastcall" }, { 0x30, 0x10, "bestfit:on" },
    { 0x30, 0x20, "bestfit:off" }, { 0x3000, 0x1000, "charmaperror:on" },
    { 0x3000, 0x2000, "charmaperror:off" },
};

/* Drops the space put_flags leaves after its last word. */
static void trim_space(cli_sb *sb) {
    if (sb->len && sb->p[sb->len - 1] == ' ')
        sb->p[--sb->len] = 0;
}

/* pinvokeimpl("lib" as "entry" cdecl lasterr) */
static void put_pinvoke(dumper *d, uint32_t m) {
    const md_image *img = d->img;
    uint32_t row, scope;
    const char *entry, *name;
    if (!md_find(img, MDC_ImplMap_MemberForwarded, MD_TOKEN(MD_MethodDef, m), &row)) {
        cli_sb_puts(&d->sb, "pinvokeimpl() ");
        return;
    }
    scope = md_get(img, MDC_ImplMap_ImportScope, row);
    entry = md_string(img, md_get(img, MDC_ImplMap_ImportName, row));
    name = md_string(img, md_get(img, MDC_MethodDef_Name, m));
    cli_sb_puts(&d->sb, "pinvokeimpl(");
    if (scope) {
        const char *lib = md_string(img, md_get(img, MDC_ModuleRef_Name, scope));
        sb_utf8(&d->sb, lib, (uint32_t)strlen(lib), '"');
        cli_sb_putc(&d->sb, ' ');
    }
    if (strcmp(entry, name) != 0) {
        cli_sb_puts(&d->sb, "as ");
        sb_utf8(&d->sb, entry, (uint32_t)strlen(entry), '"');
        cli_sb_putc(&d->sb, ' ');
    }
    put_flags(&d->sb, md_get(img, MDC_ImplMap_MappingFlags, row), pinvoke_flags,
              NWORDS(pinvoke_flags), 0);
    trim_space(&d->sb);
    cli_sb_puts(&d->sb, ") ");
}

typedef struct disasm_ctx {
    dumper *d;
    cli_gctx g;
} disasm_ctx;

/* The il_token_namer for il_disasm: names in the context of the method's generics. */
static const char *disasm_namer(void *vctx, uint32_t token, enum il_operand kind,
                                md_error *err) {
    disasm_ctx *c = vctx;
    dumper *d = c->d;
    (void)err;   /* d->nm reports into d->err, the same md_error il_disasm was given */
    cli_sb_reset(&d->tok);
    if (cli_token_name(&d->nm, &d->tok, token, kind == IL_OPND_TOKEN, &c->g) < 0)
        return NULL;
    if (d->tok.oom) {
        md_fail(&d->err, 0, 0, "out of memory");
        return NULL;
    }
    return cli_sb_str(&d->tok);
}

/* .locals init ([0] int32 V_0, [1] string V_1) */
static int put_locals(dumper *d, int ind, const md_body *body, const cli_gctx *g) {
    const md_image *img = d->img;
    uint32_t tok = body->local_sig, count, i;
    md_sig s;
    uint8_t cc;
    if (!tok)
        return 0;
    if (MD_TOKEN_TABLE(tok) != MD_StandAloneSig || !md_token_ok(img, tok))
        return md_fail(&d->err, body->code_file_offset, 1,
                       "method body has bad locals token 0x%08" PRIX32, tok);
    md_sig_init(&s, img, md_blob_at(img, md_get(img, MDC_StandAloneSig_Signature,
                                                 MD_TOKEN_ROW(tok))), &d->err);
    cc = md_sig_byte(&s);
    count = md_sig_uint(&s);
    if (s.failed)
        return -1;
    if (cc != MD_CC_LOCALS)
        return md_fail(&d->err, md_ptr_offset(img, s.p), 1,
                       "locals signature starts with 0x%02X", cc);
    cli_sb_puts(&d->sb, body->init_locals ? ".locals init (" : ".locals (");
    for (i = 0; i < count && !s.failed; i++) {
        if (i)
            cli_sb_puts(&d->sb, ", ");
        cli_sb_printf(&d->sb, "[%" PRIu32 "] ", i);
        if (cli_sig_type(&d->nm, &d->sb, &s, g) < 0)
            return -1;
        cli_sb_printf(&d->sb, " V_%" PRIu32, i);
    }
    if (s.failed)
        return -1;
    cli_sb_putc(&d->sb, ')');
    return flush_line(d, ind);
}

static int dump_body(dumper *d, int ind, uint32_t m, uint32_t rva, const cli_gctx *g) {
    md_body body;
    disasm_ctx ctx = { d, *g };
    if (md_method_body(d->img, rva, &body, &d->err) < 0)
        return -1;
    put_indent(d, ind);
    fprintf(d->out, "// code size %" PRIu32 " (0x%" PRIx32 ")\n", body.code_size,
            body.code_size);
    put_indent(d, ind);
    fprintf(d->out, ".maxstack %u\n", body.max_stack);
    if (put_locals(d, ind, &body, g) < 0)
        return -1;
    (void)m;
    return il_disasm(d->out, d->img, &body, ind, disasm_namer, &ctx, &d->err);
}

/* .param [n] = value, and the custom attributes of parameters and the return value. */
static int dump_params(dumper *d, int ind, uint32_t m) {
    const md_image *img = d->img;
    uint32_t first, count, i;
    count = md_list(img, MDC_MethodDef_ParamList, m, &first);
    for (i = 0; i < count; i++) {
        uint32_t p = md_list_item(img, MDC_MethodDef_ParamList, first + i);
        uint32_t tok = MD_TOKEN(MD_Param, p), row;
        int has_const = md_find(img, MDC_Constant_Parent, tok, &row) > 0;
        int has_ca = md_find(img, MDC_CustomAttribute_Parent, tok, &row) > 0;
        int has_marshal = md_find(img, MDC_FieldMarshal_Parent, tok, &row) > 0;
        if (!has_const && !has_ca && !has_marshal)
            continue;
        cli_sb_printf(&d->sb, ".param [%" PRIu32 "]", md_get(img, MDC_Param_Sequence, p));
        if (has_marshal) {
            cli_sb_putc(&d->sb, ' ');
            put_marshal(d, tok);
            trim_space(&d->sb);
        }
        if (put_constant(d, &d->sb, tok) < 0 || flush_line(d, ind) < 0 ||
            put_customs(d, ind, tok) < 0)
            return -1;
    }
    return 0;
}

/* .override lines: the MethodImpl rows of the type whose body is this method. */
static int dump_overrides(dumper *d, int ind, uint32_t type_row, uint32_t m) {
    const md_image *img = d->img;
    uint32_t row;
    cli_gctx none = { 0, 0 };
    if (!md_find(img, MDC_MethodImpl_Class, type_row, &row))
        return 0;
    for (; row; row = md_find_next(img, MDC_MethodImpl_Class, type_row, row)) {
        if (md_get(img, MDC_MethodImpl_MethodBody, row) != MD_TOKEN(MD_MethodDef, m))
            continue;
        cli_sb_puts(&d->sb, ".override method ");
        if (cli_token_name(&d->nm, &d->sb, md_get(img, MDC_MethodImpl_MethodDeclaration, row),
                           0, &none) < 0 ||
            flush_line(d, ind) < 0)
            return -1;
    }
    return 0;
}

static int dump_method(dumper *d, int ind, uint32_t type_row, uint32_t m) {
    const md_image *img = d->img;
    uint32_t flags = md_get(img, MDC_MethodDef_Flags, m);
    uint32_t impl = md_get(img, MDC_MethodDef_ImplFlags, m);
    uint32_t rva = md_get(img, MDC_MethodDef_RVA, m);
    uint32_t tok = MD_TOKEN(MD_MethodDef, m);
    cli_gctx g = { type_row, m };
    cli_sb mid = { 0 };
    int rc;

    cli_put_id(&mid, md_string(img, md_get(img, MDC_MethodDef_Name, m)));
    rc = cli_generic_params(&d->nm, &mid, tok);
    if (rc == 0 && mid.oom)
        rc = md_fail(&d->err, 0, 0, "out of memory");
    if (rc == 0) {
        cli_sb_puts(&d->sb, ".method ");
        put_flags(&d->sb, flags, method_flags, NWORDS(method_flags),
                  METHOD_FLAGS_SHOWN_ELSEWHERE);
        if (flags & 0x2000)
            put_pinvoke(d, m);
        rc = cli_method_sig(&d->nm, &d->sb,
                            md_blob_at(img, md_get(img, MDC_MethodDef_Signature, m)),
                            cli_sb_str(&mid), &g, m);
    }
    cli_sb_free(&mid);
    if (rc < 0)
        return -1;
    cli_sb_putc(&d->sb, ' ');
    put_flags(&d->sb, impl, impl_flags, NWORDS(impl_flags), 0);
    trim_space(&d->sb);
    if (flush_line(d, ind) < 0)
        return -1;
    put_indent(d, ind);
    fputs("{\n", d->out);
    if (put_customs(d, ind + 2, tok) < 0 || put_security(d, ind + 2, tok) < 0 ||
        put_gparam_customs(d, ind + 2, tok) < 0 || dump_params(d, ind + 2, m) < 0 ||
        dump_overrides(d, ind + 2, type_row, m) < 0)
        return -1;
    if (md_cli(img)->entry_point == tok) {
        put_indent(d, ind + 2);
        fputs(".entrypoint\n", d->out);
    }
    if (rva) {
        put_indent(d, ind + 2);
        fprintf(d->out, "// RVA 0x%08" PRIX32 "\n", rva);
        if (d->il && (impl & 3) == 0 && dump_body(d, ind + 2, m, rva, &g) < 0)
            return -1;
    }
    put_indent(d, ind);
    fputs("}\n", d->out);
    return 0;
}

/* ---- properties and events -------------------------------------------------------- */

/* The .get / .set / .addon ... lines of a property or event. */
static int dump_semantics(dumper *d, int ind, uint32_t assoc) {
    static const flagword sem[] = {
        { 0x01, 0x01, ".set" }, { 0x02, 0x02, ".get" }, { 0x04, 0x04, ".other" },
        { 0x08, 0x08, ".addon" }, { 0x10, 0x10, ".removeon" }, { 0x20, 0x20, ".fire" },
    };
    const md_image *img = d->img;
    uint32_t row;
    cli_gctx none = { 0, 0 };
    if (!md_find(img, MDC_MethodSemantics_Association, assoc, &row))
        return 0;
    for (; row; row = md_find_next(img, MDC_MethodSemantics_Association, assoc, row)) {
        put_flags(&d->sb, md_get(img, MDC_MethodSemantics_Semantics, row), sem, NWORDS(sem),
                  0);
        if (cli_token_name(&d->nm, &d->sb,
                           MD_TOKEN(MD_MethodDef, md_get(img, MDC_MethodSemantics_Method, row)),
                           0, &none) < 0 ||
            flush_line(d, ind) < 0)
            return -1;
    }
    return 0;
}

static int dump_properties(dumper *d, int ind, uint32_t type_row) {
    const md_image *img = d->img;
    uint32_t map, first, count, i;
    cli_gctx g = { type_row, 0 };
    if (!md_find(img, MDC_PropertyMap_Parent, type_row, &map))
        return 0;
    count = md_list(img, MDC_PropertyMap_PropertyList, map, &first);
    for (i = 0; i < count; i++) {
        uint32_t p = md_list_item(img, MDC_PropertyMap_PropertyList, first + i);
        uint32_t flags = md_get(img, MDC_Property_Flags, p);
        cli_sb mid = { 0 };
        int rc;
        cli_sb_puts(&d->sb, ".property ");
        if (flags & 0x200)
            cli_sb_puts(&d->sb, "specialname ");
        if (flags & 0x400)
            cli_sb_puts(&d->sb, "rtspecialname ");
        cli_put_id(&mid, md_string(img, md_get(img, MDC_Property_Name, p)));
        rc = cli_method_sig(&d->nm, &d->sb, md_blob_at(img, md_get(img, MDC_Property_Type, p)),
                            cli_sb_str(&mid), &g, 0);
        cli_sb_free(&mid);
        if (rc < 0 || put_constant(d, &d->sb, MD_TOKEN(MD_Property, p)) < 0 ||
            flush_line(d, ind) < 0)
            return -1;
        put_indent(d, ind);
        fputs("{\n", d->out);
        if (put_customs(d, ind + 2, MD_TOKEN(MD_Property, p)) < 0 ||
            dump_semantics(d, ind + 2, MD_TOKEN(MD_Property, p)) < 0)
            return -1;
        put_indent(d, ind);
        fputs("}\n", d->out);
    }
    return 0;
}

static int dump_events(dumper *d, int ind, uint32_t type_row) {
    const md_image *img = d->img;
    uint32_t map, first, count, i;
    cli_gctx g = { type_row, 0 };
    if (!md_find(img, MDC_EventMap_Parent, type_row, &map))
        return 0;
    count = md_list(img, MDC_EventMap_EventList, map, &first);
    for (i = 0; i < count; i++) {
        uint32_t e = md_list_item(img, MDC_EventMap_EventList, first + i);
        uint32_t flags = md_get(img, MDC_Event_EventFlags, e);
        uint32_t type = md_get(img, MDC_Event_EventType, e);
        cli_sb_puts(&d->sb, ".event ");
        if (flags & 0x200)
            cli_sb_puts(&d->sb, "specialname ");
        if (flags & 0x400)
            cli_sb_puts(&d->sb, "rtspecialname ");
        if (MD_TOKEN_ROW(type)) {
            if (cli_type_name(&d->nm, &d->sb, type, &g) < 0)
                return -1;
            cli_sb_putc(&d->sb, ' ');
        }
        cli_put_id(&d->sb, md_string(img, md_get(img, MDC_Event_Name, e)));
        if (flush_line(d, ind) < 0)
            return -1;
        put_indent(d, ind);
        fputs("{\n", d->out);
        if (put_customs(d, ind + 2, MD_TOKEN(MD_Event, e)) < 0 ||
            dump_semantics(d, ind + 2, MD_TOKEN(MD_Event, e)) < 0)
            return -1;
        put_indent(d, ind);
        fputs("}\n", d->out);
    }
    return 0;
}

/* ---- types ------------------------------------------------------------------------ */

static const flagword type_flags[] = {
    { 0x20, 0x20, "interface" },
    { 7, 0, "private" }, { 7, 1, "public" }, { 7, 2, "nested public" },
    { 7, 3, "nested private" }, { 7, 4, "nested family" }, { 7, 5, "nested assembly" },
    { 7, 6, "nested famandassem" }, { 7, 7, "nested famorassem" },
    { 0x18, 0, "auto" }, { 0x18, 0x08, "sequential" }, { 0x18, 0x10, "explicit" },
    { 0x30000, 0, "ansi" }, { 0x30000, 0x10000, "unicode" },
    { 0x30000, 0x20000, "autochar" }, { 0x30000, 0x30000, "customformat" },
    { 0x80, 0x80, "abstract" }, { 0x100, 0x100, "sealed" },
    { 0x400, 0x400, "specialname" }, { 0x800, 0x800, "rtspecialname" },
    { 0x1000, 0x1000, "import" }, { 0x2000, 0x2000, "serializable" },
    { 0x4000, 0x4000, "windowsruntime" }, { 0x100000, 0x100000, "beforefieldinit" },
};
/* HasSecurity: shown by the DeclSecurity rows. */
#define TYPE_FLAGS_SHOWN_ELSEWHERE 0x40000u

/* Nesting deeper than this is taken for a corrupt file rather than recursed into. */
#define MAX_TYPE_NESTING 256

static int dump_type(dumper *d, uint32_t row, int ind, int depth) {
    const md_image *img = d->img;
    uint32_t flags = md_get(img, MDC_TypeDef_Flags, row);
    uint32_t extends = md_get(img, MDC_TypeDef_Extends, row);
    uint32_t tok = MD_TOKEN(MD_TypeDef, row), first, count, i, r, c, nimpl;
    cli_gctx g = { row, 0 };

    if (depth > MAX_TYPE_NESTING)
        return md_fail(&d->err, 0, 0, "types nest more than %d deep", MAX_TYPE_NESTING);
    d->printed[row] = 1;
    cli_sb_puts(&d->sb, ".class ");
    put_flags(&d->sb, flags, type_flags, NWORDS(type_flags), TYPE_FLAGS_SHOWN_ELSEWHERE);
    cli_typedef_header_name(&d->nm, &d->sb, row);
    if (cli_generic_params(&d->nm, &d->sb, tok) < 0 || flush_line(d, ind) < 0)
        return -1;
    if (MD_TOKEN_ROW(extends)) {
        cli_sb_puts(&d->sb, "extends ");
        if (cli_type_name(&d->nm, &d->sb, extends, &g) < 0 || flush_line(d, ind + 7) < 0)
            return -1;
    }
    if ((nimpl = md_find(img, MDC_InterfaceImpl_Class, row, &r)) > 0) {
        cli_sb_puts(&d->sb, "implements ");
        for (i = 0; r; r = md_find_next(img, MDC_InterfaceImpl_Class, row, r), i++) {
            if (i)
                cli_sb_puts(&d->sb, ", ");
            if (cli_type_name(&d->nm, &d->sb, md_get(img, MDC_InterfaceImpl_Interface, r),
                              &g) < 0)
                return -1;
        }
        if (flush_line(d, ind + 7) < 0)
            return -1;
    }
    put_indent(d, ind);
    fputs("{\n", d->out);
    if (put_customs(d, ind + 2, tok) < 0 || put_security(d, ind + 2, tok) < 0 ||
        put_gparam_customs(d, ind + 2, tok) < 0)
        return -1;
    /* .interfaceimpl type I, for interfaces that carry attributes (nullability...). */
    if (nimpl && md_find(img, MDC_InterfaceImpl_Class, row, &r)) {
        for (; r; r = md_find_next(img, MDC_InterfaceImpl_Class, row, r)) {
            uint32_t itok = MD_TOKEN(MD_InterfaceImpl, r), ca;
            if (!md_find(img, MDC_CustomAttribute_Parent, itok, &ca))
                continue;
            cli_sb_puts(&d->sb, ".interfaceimpl type ");
            if (cli_type_name(&d->nm, &d->sb, md_get(img, MDC_InterfaceImpl_Interface, r),
                              &g) < 0 ||
                flush_line(d, ind + 2) < 0 || put_customs(d, ind + 2, itok) < 0)
                return -1;
        }
    }
    if (md_find(img, MDC_ClassLayout_Parent, row, &r)) {
        put_indent(d, ind + 2);
        fprintf(d->out, ".pack %" PRIu32 "\n", md_get(img, MDC_ClassLayout_PackingSize, r));
        put_indent(d, ind + 2);
        fprintf(d->out, ".size %" PRIu32 "\n", md_get(img, MDC_ClassLayout_ClassSize, r));
    }
    count = md_list(img, MDC_TypeDef_FieldList, row, &first);
    for (i = 0; i < count; i++)
        if (dump_field(d, ind + 2, row, md_list_item(img, MDC_TypeDef_FieldList, first + i)) < 0)
            return -1;
    count = md_list(img, MDC_TypeDef_MethodList, row, &first);
    for (i = 0; i < count; i++)
        if (dump_method(d, ind + 2, row,
                        md_list_item(img, MDC_TypeDef_MethodList, first + i)) < 0)
            return -1;
    if (dump_properties(d, ind + 2, row) < 0 || dump_events(d, ind + 2, row) < 0)
        return -1;
    for (c = d->child_first[row]; c; c = d->child_next[c])
        if (!d->printed[c] && dump_type(d, c, ind + 2, depth + 1) < 0)
            return -1;
    put_indent(d, ind);
    cli_sb_puts(&d->sb, "}  // end of class ");
    cli_typedef_header_name(&d->nm, &d->sb, row);
    return flush_line(d, 0);
}

static int dump_types(dumper *d) {
    uint32_t n = md_rows(d->img, MD_TypeDef), r;
    d->child_first = calloc((size_t)n + 1, sizeof *d->child_first);
    d->child_next = calloc((size_t)n + 1, sizeof *d->child_next);
    d->printed = calloc((size_t)n + 1, 1);
    if (!d->child_first || !d->child_next || !d->printed)
        return md_fail(&d->err, 0, 0, "out of memory");
    /* Prepending from the last row keeps each type's nested types in row order. */
    for (r = n; r >= 1; r--) {
        uint32_t enc = d->nm.enclosing[r];
        if (enc) {
            d->child_next[r] = d->child_first[enc];
            d->child_first[enc] = r;
        }
    }
    for (r = 1; r <= n; r++)
        if (!d->nm.enclosing[r] && dump_type(d, r, 0, 0) < 0)
            return -1;
    /* Types whose enclosing chain never reaches a top-level type (a corrupt file). */
    for (r = 1; r <= n; r++)
        if (!d->printed[r]) {
            fputs("// nested in a cycle of enclosing types:\n", d->out);
            if (dump_type(d, r, 0, 0) < 0)
                return -1;
        }
    return 0;
}

/* ---- the command ------------------------------------------------------------------ */

int cli_dump(int argc, char **argv) {
    dumper d;
    const char *file = NULL;
    md_image *img = NULL;
    static char outbuf[1 << 16];
    int i, rc = 0;

    int counts = 0;
    memset(&d, 0, sizeof d);
    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--il") == 0) {
            d.il = 1;
        } else if (strcmp(argv[i], "--counts") == 0) {
            counts = 1;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            cli_error("dump: unknown option '%s'", argv[i]);
            return 2;
        } else if (file) {
            cli_error("dump: one file at a time");
            return 2;
        } else {
            file = argv[i];
        }
    }
    if (!file) {
        cli_error("usage: anyclr dump [--il | --counts] FILE");
        return 2;
    }
    d.file = file;
    d.out = stdout;
    setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);

    if (md_open_file(file, &img, &d.err) < 0) {
        rc = 1;
        goto done;
    }
    d.img = img;
    if (counts) {
        /* the row count of every table present: what the metadata tests compare */
        for (unsigned tb = 0; tb < MD_TABLE_COUNT; tb++)
            if (md_table_name(tb) && md_rows(img, tb))
                fprintf(d.out, "%s %u\n", md_table_name(tb), md_rows(img, tb));
        goto flush;
    }
    if (cli_names_init(&d.nm, img, &d.err) < 0 || dump_assembly_refs(&d) < 0 ||
        dump_module_refs(&d) < 0 || dump_assembly(&d) < 0 || dump_exported_types(&d) < 0 ||
        dump_resources(&d) < 0 || dump_module(&d) < 0 || dump_types(&d) < 0)
        rc = 1;
flush:
    if (rc == 0 && (fflush(stdout) != 0 || ferror(stdout))) {
        md_fail(&d.err, 0, 0, "cannot write the output");
        rc = 1;
    }
done:
    if (rc) {
        char buf[512];
        md_format_error(buf, sizeof buf, file, &d.err);
        cli_error("%s", buf);
    }
    fflush(stdout);
    cli_sb_free(&d.sb);
    cli_sb_free(&d.tok);
    cli_names_free(&d.nm);
    free(d.child_first);
    free(d.child_next);
    free(d.printed);
    if (img)
        md_close(img);
    return rc;
}
