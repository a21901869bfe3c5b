/*
 * fuzz_md.c — the metadata reader under hostile bytes.
 *
 * LLVMFuzzerTestOneInput opens the input with md_open_memory and, when md accepts it,
 * walks everything md.h offers: every table cell, list, owner and key search, every
 * blob decoded as each kind of signature, every method body with its EH clauses, the
 * user strings that ldstr in those bodies names, custom attribute values, resources and
 * field data. The sanitizers catch bad reads; CHECK catches broken promises of md.h
 * (an index past its table, a pointer outside the image, an error without a message).
 *
 * Built two ways (tests/tests.mk): with libFuzzer (`make fuzz`), and with -DREPLAY,
 * where a plain main() runs each file or directory given, once, for the regression
 * replay in `make test`.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "md/md.h"

/* What the walk computes goes here, so the compiler cannot drop the reads. */
static volatile uint32_t sink;

/* How much of the input the walk reached, for REPLAY_VERBOSE (a walk that silently
 * stops early would fuzz nothing). */
static struct {
    uint32_t bodies, bad_bodies, eh_clauses, user_strings, bad_user_strings;
    uint32_t method_sigs, bad_method_sigs, cas, bad_cas, resources;
} stats;

/* The input's size: every file offset md reports must lie within it. */
static uint64_t input_size;

/* A broken promise of md.h: report it and abort, which the fuzzer records as a crash. */
static void check_failed(const char *what, int line) {
    fprintf(stderr, "fuzz_md: md.h contract broken at fuzz_md.c:%d: %s\n", line, what);
    abort();
}
#define CHECK(cond) ((cond) ? (void)0 : check_failed(#cond, __LINE__))

/* Bounds that keep one input's walk well inside the fuzzer's time limit. */
enum {
    MAX_FINDS_PER_COL = 256,    /* md_find calls per key column */
    MAX_SIG_ITEMS = 1024,       /* types read from one signature by hand */
    MAX_CA_ELEMS = 4096,        /* custom attribute array elements */
    MAX_IL_SCAN = 1 << 16       /* IL bytes scanned for ldstr per body */
};

/* ---- column kinds, from the schema --------------------------------------------- */

/* What a column holds; a simple index also carries its target table in bits 8 up. */
enum { K_NUM = 1, K_STR, K_GUID, K_BLOB, K_CODED, K_TABLE = 0x80 };

#define KIND_U8P  K_NUM
#define KIND_U16  K_NUM
#define KIND_U32  K_NUM
#define KIND_STR  K_STR
#define KIND_GUID K_GUID
#define KIND_BLOB K_BLOB
#define KIND_T(table) (K_TABLE | (MD_##table << 8))
#define KIND_CI_TYPEDEFORREF        K_CODED
#define KIND_CI_HASCONSTANT         K_CODED
#define KIND_CI_HASCUSTOMATTRIBUTE  K_CODED
#define KIND_CI_HASFIELDMARSHAL     K_CODED
#define KIND_CI_HASDECLSECURITY     K_CODED
#define KIND_CI_MEMBERREFPARENT     K_CODED
#define KIND_CI_HASSEMANTICS        K_CODED
#define KIND_CI_METHODDEFORREF      K_CODED
#define KIND_CI_MEMBERFORWARDED     K_CODED
#define KIND_CI_IMPLEMENTATION      K_CODED
#define KIND_CI_CUSTOMATTRIBUTETYPE K_CODED
#define KIND_CI_RESOLUTIONSCOPE     K_CODED
#define KIND_CI_TYPEORMETHODDEF     K_CODED

static const int col_kind[MDC_COUNT] = {
#define MD_TABLE(id, name)
#define MD_COL(table, name, kind) [MDC_##table##_##name] = KIND_##kind,
#include "md/md_schema.def"
#undef MD_TABLE
#undef MD_COL
};

/* ---- helpers --------------------------------------------------------------------- */

/* A pointer md returned, of n bytes, must lie inside the image: touch every byte. */
static void touch(const md_image *img, const uint8_t *p, uint64_t n) {
    uint32_t sum = 0;
    if (n == 0)
        return;
    CHECK(p != NULL);
    CHECK(md_ptr_offset(img, p) + n <= input_size);
    for (uint64_t i = 0; i < n; i++)
        sum += p[i];
    sink ^= sum;
}

/* An md_error after a failure: a message, and an offset within the file if any. */
static void check_error(const md_error *err) {
    char buf[64], big[512];
    CHECK(err->msg[0] != '\0');
    CHECK(memchr(err->msg, '\0', sizeof err->msg) != NULL);
    CHECK(!err->has_offset || err->offset <= input_size);
    md_format_error(buf, sizeof buf, "a-rather-long-file-name-to-force-truncation.dll", err);
    CHECK(memchr(buf, '\0', sizeof buf) != NULL);
    md_format_error(big, sizeof big, "fuzz.dll", err);
    sink ^= (uint32_t)strlen(big);
}

/* A cursor's position stays inside its blob, whatever it was fed. */
static void check_cursor(const md_sig *s, md_blob b) {
    if (b.size == 0) {   /* an empty blob's data may be NULL: no arithmetic on it */
        CHECK(s->p == s->end);
        return;
    }
    CHECK(s->p >= b.data && s->p <= s->end);
    CHECK(s->end == b.data + b.size);
}

/* ---- tables, lists, owners, searches --------------------------------------------- */

static void walk_cells(const md_image *img) {
    for (int c = 0; c < MDC_COUNT; c++) {
        unsigned table = md_col_table((enum md_col)c);
        uint32_t rows = md_rows(img, table);
        int kind = col_kind[c];
        CHECK(md_col_name((enum md_col)c) != NULL);
        for (uint32_t r = 1; r <= rows; r++) {
            uint32_t v = md_get(img, (enum md_col)c, r);
            if (kind == K_STR) {
                sink ^= (uint32_t)strlen(md_string(img, v));
            } else if (kind == K_BLOB) {
                md_blob b = md_blob_at(img, v);
                touch(img, b.data, b.size);
            } else if (kind == K_GUID) {
                const uint8_t *g = md_guid(img, v);
                CHECK((g == NULL) == (v == 0));
                if (g)
                    touch(img, g, 16);
            } else if (kind == K_CODED) {
                CHECK(v == 0 || md_token_ok(img, v));
            } else if (kind & K_TABLE) {
                /* a list column may point one past the end of its table */
                CHECK(v <= md_rows(img, (unsigned)kind >> 8) + 1);
            }
            sink ^= v;
        }
    }
}

/* The list columns, and the indirection table each may go through. */
static const struct {
    enum md_col col;
    unsigned ptr_table;
} list_cols[] = {
    {MDC_TypeDef_FieldList, MD_FieldPtr}, {MDC_TypeDef_MethodList, MD_MethodPtr},
    {MDC_MethodDef_ParamList, MD_ParamPtr}, {MDC_EventMap_EventList, MD_EventPtr},
    {MDC_PropertyMap_PropertyList, MD_PropertyPtr},
};

static void walk_lists(const md_image *img) {
    for (size_t i = 0; i < sizeof list_cols / sizeof list_cols[0]; i++) {
        enum md_col col = list_cols[i].col;
        uint32_t rows = md_rows(img, md_col_table(col));
        uint32_t child_rows = md_rows(img, (unsigned)col_kind[col] >> 8);
        uint32_t ptr_rows = md_rows(img, list_cols[i].ptr_table);
        for (uint32_t r = 1; r <= rows; r++) {
            uint32_t first = 0;
            uint32_t n = md_list(img, col, r, &first);
            CHECK(n == 0 || first >= 1);
            CHECK(n <= (child_rows > ptr_rows ? child_rows : ptr_rows));
            for (uint32_t k = 0; k < n; k++) {
                uint32_t child = md_list_item(img, col, first + k);
                CHECK(child >= 1 && child <= child_rows);
                sink ^= child;
            }
        }
    }
    for (uint32_t r = 1; r <= md_rows(img, MD_Field); r++)
        CHECK(md_field_owner(img, r) <= md_rows(img, MD_TypeDef));
    for (uint32_t r = 1; r <= md_rows(img, MD_MethodDef); r++)
        CHECK(md_method_owner(img, r) <= md_rows(img, MD_TypeDef));
    for (uint32_t r = 1; r <= md_rows(img, MD_Param); r++)
        CHECK(md_param_owner(img, r) <= md_rows(img, MD_MethodDef));
}

/* The columns the runtime searches by, sorted ones and unsorted ones alike. */
static const enum md_col key_cols[] = {
    MDC_InterfaceImpl_Class, MDC_Constant_Parent, MDC_CustomAttribute_Parent,
    MDC_FieldMarshal_Parent, MDC_DeclSecurity_Parent, MDC_ClassLayout_Parent,
    MDC_FieldLayout_Field, MDC_EventMap_Parent, MDC_PropertyMap_Parent,
    MDC_MethodSemantics_Association, MDC_MethodSemantics_Method, MDC_MethodImpl_Class,
    MDC_ImplMap_MemberForwarded, MDC_FieldRVA_Field, MDC_NestedClass_NestedClass,
    MDC_NestedClass_EnclosingClass, MDC_GenericParam_Owner,
    MDC_GenericParamConstraint_Owner, MDC_MemberRef_Class, MDC_TypeRef_ResolutionScope,
};

/* Every row md_find reports has the key; the row we took the key from is among them. */
static void find_key(const md_image *img, enum md_col col, uint32_t key, uint32_t must) {
    uint32_t rows = md_rows(img, md_col_table(col));
    uint32_t first = 0, row, n = md_find(img, col, key, &first);
    int seen = 0;
    CHECK(n <= rows);
    CHECK(n == 0 || (first >= 1 && first <= rows));
    row = first;
    for (uint32_t k = 0; k < n; k++) {
        CHECK(row >= 1 && row <= rows);
        CHECK(md_get(img, col, row) == key);
        seen |= row == must;
        row = md_find_next(img, col, key, row);
    }
    CHECK(must == 0 || seen);
}

static void walk_finds(const md_image *img) {
    for (size_t i = 0; i < sizeof key_cols / sizeof key_cols[0]; i++) {
        enum md_col col = key_cols[i];
        uint32_t rows = md_rows(img, md_col_table(col));
        uint32_t step = rows / MAX_FINDS_PER_COL + 1;
        for (uint32_t r = 1; r <= rows; r += step) {
            uint32_t key = md_get(img, col, r);
            find_key(img, col, key, r);
            find_key(img, col, key + 1, 0);   /* usually absent: the miss path */
        }
        find_key(img, col, 0xFFFFFFFFu, 0);
    }
}

/* ---- signatures ----------------------------------------------------------------- */

/* One parameter or return type by hand: cmods, BYREF, then a Type (or VOID, etc.). */
static void sig_param(md_sig *s) {
    md_sig_skip_cmods(s);
    uint8_t b = md_sig_peek(s);
    if (b == MD_ELEM_SENTINEL) {
        md_sig_byte(s);
        b = md_sig_peek(s);
    }
    if (b == MD_ELEM_BYREF) {
        md_sig_byte(s);
        md_sig_skip_type(s);
    } else if (b == MD_ELEM_VOID || b == MD_ELEM_TYPEDBYREF) {
        md_sig_byte(s);
    } else {
        md_sig_skip_type(s);
    }
}

/* Reads a blob as a method, field, property, locals or method-spec signature by hand,
 * the way the loader will, whatever its first byte claims. */
static void sig_walk(const md_image *img, md_blob b) {
    md_error err;
    md_sig s;
    md_method_sig_head head;
    uint8_t cc;
    uint32_t n;

    md_sig_init(&s, img, b, &err);
    cc = md_sig_peek(&s);
    switch (cc & MD_CC_KIND_MASK) {
    case MD_CC_FIELD:
        md_sig_byte(&s);
        md_sig_skip_cmods(&s);
        md_sig_skip_type(&s);
        break;
    case MD_CC_LOCALS:
    case MD_CC_GENERICINST:
        md_sig_byte(&s);
        n = md_sig_uint(&s);
        for (uint32_t i = 0; i < n && i < MAX_SIG_ITEMS && !s.failed; i++) {
            md_sig_skip_cmods(&s);
            if (md_sig_peek(&s) == MD_ELEM_PINNED)
                md_sig_byte(&s);
            sig_param(&s);
        }
        break;
    default:   /* method and property signatures share the head's shape */
        md_sig_method_head(&s, &head);
        sig_param(&s);
        for (uint32_t i = 0; i < head.param_count && i < MAX_SIG_ITEMS && !s.failed; i++)
            sig_param(&s);
        break;
    }
    check_cursor(&s, b);
    if (s.failed) {
        CHECK(md_sig_byte(&s) == 0 && md_sig_uint(&s) == 0 && md_sig_peek(&s) == 0);
        check_error(&err);
    }
    sink ^= (uint32_t)md_sig_at_end(&s);

    /* The same bytes through the primitive readers, to the end. */
    md_sig_init(&s, img, b, NULL);
    for (uint32_t i = 0; i < MAX_SIG_ITEMS && !s.failed && !md_sig_at_end(&s); i++) {
        switch (i % 4) {
        case 0: sink ^= md_sig_uint(&s); break;
        case 1: sink ^= (uint32_t)md_sig_int(&s); break;
        case 2: sink ^= md_sig_typetoken(&s); break;
        default: md_sig_skip_type(&s); break;
        }
        check_cursor(&s, b);
    }
    md_sig_init(&s, img, b, &err);
    while (!s.failed && !md_sig_at_end(&s)) {
        uint32_t tok = md_sig_typetoken(&s);
        CHECK(s.failed || md_token_ok(img, tok));
    }
    check_cursor(&s, b);
}

static void check_sig(const md_image *img, md_blob b) {
    md_error err;
    if (md_check_method_sig(img, b, &err) != 0)
        check_error(&err);
    else
        stats.method_sigs++;
    if (md_check_field_sig(img, b, &err) != 0)
        check_error(&err);
    sig_walk(img, b);
}

static void walk_sigs(const md_image *img) {
    for (int c = 0; c < MDC_COUNT; c++) {
        if (col_kind[c] != K_BLOB)
            continue;
        uint32_t rows = md_rows(img, md_col_table((enum md_col)c));
        for (uint32_t r = 1; r <= rows; r++)
            check_sig(img, md_blob_at(img, md_get(img, (enum md_col)c, r)));
    }
}

/* ---- method bodies and user strings ------------------------------------------------ */

static void user_string(const md_image *img, uint32_t offset) {
    const uint8_t *p = NULL;
    uint32_t n = 0;
    md_error err;
    if (md_user_string(img, offset, &p, &n, &err) != 0) {
        check_error(&err);
        stats.bad_user_strings++;
        return;
    }
    stats.user_strings++;
    touch(img, p, 2 * (uint64_t)n);
    for (uint32_t i = 0; i < n; i++)
        sink ^= md_utf16_at(p, i);
}

static void walk_body(const md_image *img, uint32_t rva) {
    md_body body;
    md_error err;
    if (md_method_body(img, rva, &body, &err) != 0) {
        check_error(&err);
        stats.bad_bodies++;
        return;
    }
    stats.bodies++;
    stats.eh_clauses += body.eh_count;
    touch(img, body.code, body.code_size);
    CHECK(body.code_size == 0 || body.code_file_offset == md_ptr_offset(img, body.code));
    for (uint32_t i = 0; i < body.eh_count; i++) {
        md_eh_clause cl;
        md_body_eh(&body, i, &cl);
        CHECK((uint64_t)cl.try_offset + cl.try_length <= body.code_size);
        CHECK((uint64_t)cl.handler_offset + cl.handler_length <= body.code_size);
        if (cl.flags == MD_EH_FILTER)
            CHECK(cl.class_token_or_filter < body.code_size);
        sink ^= cl.flags ^ cl.class_token_or_filter;
    }
    if (body.local_sig != 0 && md_token_ok(img, body.local_sig) &&
        MD_TOKEN_TABLE(body.local_sig) == MD_StandAloneSig) {
        uint32_t row = MD_TOKEN_ROW(body.local_sig);
        check_sig(img, md_blob_at(img, md_get(img, MDC_StandAloneSig_Signature, row)));
    }
    /* Crude: every 0x72 byte followed by a #US token is taken for ldstr, and every
     * 4 bytes for a token; the point is hostile offsets, not an IL decoder. */
    for (uint32_t i = 0; i + 5 <= body.code_size && i < MAX_IL_SCAN; i++) {
        uint32_t tok = md_le32(body.code + i + 1);
        if (body.code[i] == 0x72 && MD_TOKEN_TABLE(tok) == MD_TOKEN_STRING)
            user_string(img, MD_TOKEN_ROW(tok));
        sink ^= (uint32_t)md_token_ok(img, tok);
    }
}

static void walk_bodies(const md_image *img) {
    uint32_t rows = md_rows(img, MD_MethodDef);
    for (uint32_t r = 1; r <= rows; r++) {
        uint32_t rva = md_get(img, MDC_MethodDef_RVA, r);
        if (rva != 0)
            walk_body(img, rva);
    }
    for (uint32_t off = 0; off < 64; off++)
        user_string(img, off);
    user_string(img, 0xFFFFFFu);
}

/* ---- custom attributes ----------------------------------------------------------- */

static void ca_value(md_sig *s, uint8_t type, int depth);

/* One element of a custom attribute value of element type `type`. */
static void ca_elem(md_sig *s, uint8_t type, int depth) {
    const char *str;
    uint32_t len;
    int is_null;
    switch (type) {
    case MD_ELEM_BOOLEAN: case MD_ELEM_I1: case MD_ELEM_U1:
        sink ^= (uint32_t)md_ca_fixed(s, 1);
        break;
    case MD_ELEM_CHAR: case MD_ELEM_I2: case MD_ELEM_U2:
        sink ^= (uint32_t)md_ca_fixed(s, 2);
        break;
    case MD_ELEM_I4: case MD_ELEM_U4: case MD_ELEM_R4:
    case MD_ELEM_VALUETYPE:   /* an enum: md does not resolve it; int is the usual */
    case MD_ELEM_CA_ENUM:
        sink ^= (uint32_t)md_ca_fixed(s, 4);
        break;
    case MD_ELEM_I8: case MD_ELEM_U8: case MD_ELEM_R8:
        sink ^= (uint32_t)md_ca_fixed(s, 8);
        break;
    case MD_ELEM_STRING: case MD_ELEM_CLASS: case MD_ELEM_CA_TYPE:
        if (md_ca_string(s, &str, &len, &is_null) == 0 && !is_null) {
            CHECK(str != NULL);
            for (uint32_t i = 0; i < len; i++)
                sink ^= (uint8_t)str[i];
        }
        break;
    case MD_ELEM_OBJECT: case MD_ELEM_CA_BOXED:
        if (depth < 4)
            ca_value(s, md_sig_byte(s), depth + 1);
        break;
    default:
        md_sig_byte(s);
        break;
    }
}

/* A value whose type byte came from the blob itself (boxed and named arguments). */
static void ca_value(md_sig *s, uint8_t type, int depth) {
    if (type == MD_ELEM_SZARRAY) {
        uint8_t et = md_sig_byte(s);
        if (et == MD_ELEM_CA_ENUM) {
            const char *name;
            uint32_t len;
            int is_null;
            md_ca_string(s, &name, &len, &is_null);   /* the enum's type name */
            et = MD_ELEM_I4;
        }
        uint32_t n = (uint32_t)md_ca_fixed(s, 4);
        if (n == 0xFFFFFFFFu)
            return;
        for (uint32_t i = 0; i < n && i < MAX_CA_ELEMS && !s->failed; i++)
            ca_elem(s, et, depth);
    } else if (type == MD_ELEM_CA_ENUM) {
        const char *name;
        uint32_t len;
        int is_null;
        md_ca_string(s, &name, &len, &is_null);   /* the enum's type name */
        sink ^= (uint32_t)md_ca_fixed(s, 4);
    } else {
        ca_elem(s, type, depth);
    }
}

static void walk_ca(const md_image *img, uint32_t row) {
    md_blob value = md_blob_at(img, md_get(img, MDC_CustomAttribute_Value, row));
    uint32_t ctor = md_get(img, MDC_CustomAttribute_Type, row);
    md_blob ctor_sig = md_blob_at(img, 0);   /* the empty blob */
    md_error err, cerr;
    md_sig s, c;
    md_method_sig_head head = {0, 0, 0};

    if (md_ca_open(&s, img, value, &err) != 0) {
        check_error(&err);
        stats.bad_cas++;
        return;
    }
    if (MD_TOKEN_TABLE(ctor) == MD_MethodDef)
        ctor_sig = md_blob_at(img, md_get(img, MDC_MethodDef_Signature, MD_TOKEN_ROW(ctor)));
    else if (MD_TOKEN_TABLE(ctor) == MD_MemberRef)
        ctor_sig = md_blob_at(img, md_get(img, MDC_MemberRef_Signature, MD_TOKEN_ROW(ctor)));

    /* Fixed arguments, driven by the constructor's parameter types. */
    md_sig_init(&c, img, ctor_sig, &cerr);
    md_sig_method_head(&c, &head);
    sig_param(&c);   /* the return type */
    for (uint32_t i = 0; i < head.param_count && i < MAX_SIG_ITEMS; i++) {
        if (c.failed || s.failed)
            break;
        md_sig_skip_cmods(&c);
        uint8_t t = md_sig_byte(&c);
        if (t == MD_ELEM_SZARRAY) {
            uint8_t et = md_sig_peek(&c);
            md_sig_skip_type(&c);
            uint32_t n = (uint32_t)md_ca_fixed(&s, 4);
            for (uint32_t k = 0; n != 0xFFFFFFFFu && k < n && k < MAX_CA_ELEMS; k++) {
                if (s.failed)
                    break;
                ca_elem(&s, et, 0);
            }
        } else {
            if (t == MD_ELEM_VALUETYPE || t == MD_ELEM_CLASS)
                md_sig_typetoken(&c);
            else if (t == MD_ELEM_GENERICINST || t == MD_ELEM_PTR || t == MD_ELEM_ARRAY)
                break;   /* not valid in an attribute constructor; stop here */
            ca_elem(&s, t, 0);
        }
        check_cursor(&s, value);
    }

    /* Named arguments: FIELD or PROPERTY, a type, a name, a value. */
    uint32_t named = (uint32_t)md_ca_fixed(&s, 2);
    for (uint32_t i = 0; i < named && i < MAX_SIG_ITEMS && !s.failed; i++) {
        const char *name;
        uint32_t len;
        int is_null;
        md_sig_byte(&s);
        uint8_t t = md_sig_byte(&s);
        uint8_t et = 0;
        if (t == MD_ELEM_SZARRAY)
            et = md_sig_byte(&s);
        if (t == MD_ELEM_CA_ENUM || et == MD_ELEM_CA_ENUM)
            md_ca_string(&s, &name, &len, &is_null);
        md_ca_string(&s, &name, &len, &is_null);
        if (t == MD_ELEM_SZARRAY) {
            uint32_t n = (uint32_t)md_ca_fixed(&s, 4);
            for (uint32_t k = 0; n != 0xFFFFFFFFu && k < n && k < MAX_CA_ELEMS; k++) {
                if (s.failed)
                    break;
                ca_elem(&s, et == MD_ELEM_CA_ENUM ? MD_ELEM_I4 : et, 0);
            }
        } else {
            ca_elem(&s, t == MD_ELEM_CA_ENUM ? MD_ELEM_I4 : t, 0);
        }
    }
    check_cursor(&s, value);
    if (s.failed) {
        check_error(&err);
        stats.bad_cas++;
    } else {
        stats.cas++;
    }
    sink ^= (uint32_t)md_sig_at_end(&s);

    /* The same value as nothing but strings, the shape most likely to overrun. */
    if (md_ca_open(&s, img, value, NULL) == 0) {
        for (uint32_t i = 0; i < MAX_SIG_ITEMS && !s.failed && !md_sig_at_end(&s); i++) {
            const char *str;
            uint32_t len;
            int is_null;
            if (md_ca_string(&s, &str, &len, &is_null) == 0 && !is_null)
                for (uint32_t k = 0; k < len; k++)
                    sink ^= (uint8_t)str[k];
            check_cursor(&s, value);
        }
    }
}

static void walk_cas(const md_image *img) {
    for (uint32_t r = 1; r <= md_rows(img, MD_CustomAttribute); r++)
        walk_ca(img, r);
}

/* ---- resources, field data, header ----------------------------------------------- */

static void walk_data(const md_image *img) {
    static const uint32_t sizes[] = {0, 1, 2, 4, 8, 16, 1024, 1u << 20, 0xFFFFFFFFu};
    const md_cli_header *cli = md_cli(img);
    md_error err;

    CHECK(cli != NULL && cli->version != NULL);
    sink ^= (uint32_t)strlen(cli->version);
    CHECK(cli->entry_point == 0 || md_token_ok(img, cli->entry_point));
    sink ^= (uint32_t)strlen(md_image_name(img));

    for (uint32_t r = 1; r <= md_rows(img, MD_ManifestResource); r++) {
        md_blob b;
        memset(&err, 0, sizeof err);
        if (md_resource(img, r, &b, &err) == 0) {
            touch(img, b.data, b.size);
            stats.resources++;
        }
        else if (err.msg[0] != '\0')
            check_error(&err);   /* an external resource may fail without a message */
    }
    for (uint32_t r = 1; r <= md_rows(img, MD_FieldRVA); r++) {
        uint32_t field = md_get(img, MDC_FieldRVA_Field, r);
        for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
            const uint8_t *p = md_field_data(img, field, sizes[k], &err);
            if (p)
                touch(img, p, sizes[k]);
            else
                check_error(&err);
        }
    }
    /* RVAs the image itself names, and some that it does not. */
    const uint32_t rvas[] = {cli->resources_rva, cli->strong_name_rva, 0, 1, 0x2000,
                             0xFFFFFFFFu, cli->resources_rva + cli->resources_size};
    for (size_t i = 0; i < sizeof rvas / sizeof rvas[0]; i++) {
        for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
            const uint8_t *p = md_rva_ptr(img, rvas[i], sizes[k]);
            if (p)
                touch(img, p, sizes[k]);
        }
        uint64_t off = md_rva_to_offset(img, rvas[i]);
        CHECK(off == UINT64_MAX || off <= input_size);
    }
    for (unsigned t = 0; t < 0x40; t++) {
        const char *name = md_table_name(t);
        CHECK((name != NULL) == (t < MD_TABLE_COUNT));
        if (name)
            sink ^= (uint32_t)strlen(name) ^ md_rows(img, t);
    }
}

/* ---- entry points ---------------------------------------------------------------- */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    md_image *img = NULL;
    md_error err;

    input_size = size;
    memset(&err, 0, sizeof err);
    memset(&stats, 0, sizeof stats);
    if (md_open_memory("fuzz.dll", data, size, &img, &err) != 0) {
        CHECK(img == NULL);
        check_error(&err);
#ifdef REPLAY
        if (getenv("REPLAY_VERBOSE"))
            fprintf(stderr, "replay_md:   rejected: %s\n", err.msg);
#endif
        return 0;
    }
    CHECK(img != NULL);
    walk_cells(img);
    walk_lists(img);
    walk_finds(img);
    walk_sigs(img);
    walk_bodies(img);
    walk_cas(img);
    walk_data(img);
    md_close(img);
#ifdef REPLAY
    if (getenv("REPLAY_VERBOSE"))
        fprintf(stderr, "replay_md:   bodies %u (bad %u), EH clauses %u, user strings %u "
                "(bad %u), method sigs %u, CA values %u (bad %u), resources %u\n",
                stats.bodies, stats.bad_bodies, stats.eh_clauses, stats.user_strings,
                stats.bad_user_strings, stats.method_sigs, stats.cas, stats.bad_cas,
                stats.resources);
#endif
    return 0;
}

#ifdef REPLAY
#include <dirent.h>
#include <sys/stat.h>

static int replayed;

static int replay_file(const char *path) {
    FILE *f = fopen(path, "rb");
    uint8_t *buf;
    long n;
    if (!f || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
        fprintf(stderr, "replay_md: cannot read %s\n", path);
        if (f)
            fclose(f);
        return -1;
    }
    buf = malloc(n > 0 ? (size_t)n : 1);
    if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) {
        fprintf(stderr, "replay_md: cannot read %s\n", path);
        free(buf);
        fclose(f);
        return -1;
    }
    fclose(f);
    /* Print the name first, so the file is known if it crashes the reader. */
    if (getenv("REPLAY_VERBOSE"))
        fprintf(stderr, "replay_md: %s\n", path);
    LLVMFuzzerTestOneInput(buf, (size_t)n);
    free(buf);
    replayed++;
    return 0;
}

static int replay_path(const char *path) {
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "replay_md: no such file: %s\n", path);
        return -1;
    }
    if (!S_ISDIR(st.st_mode))
        return replay_file(path);
    struct dirent **names;
    int n = scandir(path, &names, NULL, alphasort), status = 0;
    if (n < 0) {
        fprintf(stderr, "replay_md: cannot list %s\n", path);
        return -1;
    }
    for (int i = 0; i < n; i++) {
        if (names[i]->d_name[0] != '.') {
            char sub[4096];
            snprintf(sub, sizeof sub, "%s/%s", path, names[i]->d_name);
            if (replay_path(sub) != 0)
                status = -1;
        }
        free(names[i]);
    }
    free(names);
    return status;
}

int main(int argc, char **argv) {
    int status = 0;
    if (argc < 2) {
        fprintf(stderr, "usage: replay_md FILE|DIR...\n");
        return 2;
    }
    for (int i = 1; i < argc; i++)
        if (replay_path(argv[i]) != 0)
            status = 1;
    printf("replay_md: %d inputs, no crash\n", replayed);
    return status;
}
#endif
