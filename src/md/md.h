/*
 * md.h — the metadata reader: a .NET assembly (ECMA-335 PE file) as tables, heaps,
 * signatures and method bodies. This is the public interface; md_int.h is private.
 *
 * Contract: md_open_* checks the whole image up front — PE and CLI headers, streams,
 * every table cell (heap offsets, table indexes, coded indexes, blob lengths). After a
 * successful open the table and heap accessors below cannot fail and never read out of
 * bounds. What is decoded lazily (signatures, method bodies, EH clauses, user strings,
 * tokens taken from IL) is checked where it is decoded and reports an md_error.
 * All reads go through little-endian decoders: no struct casts, no unaligned loads.
 */
#ifndef ANYCLR_MD_H
#define ANYCLR_MD_H

#include <stddef.h>
#include <stdint.h>

typedef struct md_image md_image;

/* One problem with a file: what is wrong and, where it applies, the file offset. */
typedef struct md_error {
    char msg[240];
    uint64_t offset;   /* file offset of the problem */
    int has_offset;    /* offset is meaningful */
} md_error;

/* Sets *err (when err is non-NULL) and returns -1: the one way md reports errors. */
int md_fail(md_error *err, uint64_t offset, int has_offset, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* Writes "FILE: msg (at offset N)" into buf: the text after "anyclr: error: ". */
void md_format_error(char *buf, size_t size, const char *file, const md_error *err);

/* ---- opening ---------------------------------------------------------------------- */

/* Largest file md_open_file accepts; bigger ones are an error, not an allocation. */
#define MD_MAX_FILE_SIZE (1u << 30)

/* Reads and checks a whole file. Returns 0 and *out, or -1 and *err. */
int md_open_file(const char *path, md_image **out, md_error *err);
/* The same for bytes in memory; the image copies them, so data may be freed after. */
int md_open_memory(const char *name, const uint8_t *data, size_t size, md_image **out,
                   md_error *err);
void md_close(md_image *img);

const char *md_image_name(const md_image *img);   /* the path or name it was opened as */

/* ---- PE and CLI header ------------------------------------------------------------ */

typedef struct md_cli_header {
    uint16_t major_runtime, minor_runtime;
    uint32_t flags;                 /* COMIMAGE_FLAGS_* (ILONLY = 1, 32BITREQUIRED = 2, ...) */
    uint32_t entry_point;           /* a MethodDef token, or 0 (native entry points rejected) */
    uint32_t resources_rva, resources_size;
    uint32_t strong_name_rva, strong_name_size;
    const char *version;            /* metadata root version string, e.g. "v4.0.30319" */
    uint16_t pe_machine;            /* IMAGE_FILE_MACHINE_* */
    uint16_t pe_characteristics;
    int pe32_plus;                  /* 1 when the optional header is PE32+ */
} md_cli_header;

const md_cli_header *md_cli(const md_image *img);

/* Bytes at an RVA, if [rva, rva+size) lies inside one section's raw data; else NULL. */
const uint8_t *md_rva_ptr(const md_image *img, uint32_t rva, uint32_t size);
/* The file offset of an RVA (for error messages and `dump`), or UINT64_MAX. */
uint64_t md_rva_to_offset(const md_image *img, uint32_t rva);
/* The file offset of a pointer into the image's bytes. */
uint64_t md_ptr_offset(const md_image *img, const void *p);

/* ---- tables ----------------------------------------------------------------------- */

enum md_table {
#define MD_TABLE(id, name) MD_##name = id,
#define MD_COL(table, name, kind)
#include "md/md_schema.def"
#undef MD_TABLE
#undef MD_COL
    MD_TABLE_COUNT = 0x2D
};

/* Every column of every table, as one enum: MDC_TypeDef_Name and so on. */
enum md_col {
#define MD_TABLE(id, name)
#define MD_COL(table, name, kind) MDC_##table##_##name,
#include "md/md_schema.def"
#undef MD_TABLE
#undef MD_COL
    MDC_COUNT
};

/* Tokens: table in the top byte, 1-based row below. Row 0 is the null token. */
#define MD_TOKEN(table, row) (((uint32_t)(table) << 24) | (uint32_t)(row))
#define MD_TOKEN_TABLE(tok)  ((uint32_t)(tok) >> 24)
#define MD_TOKEN_ROW(tok)    ((uint32_t)(tok) & 0xFFFFFFu)
#define MD_TOKEN_STRING      0x70u     /* ldstr: the #US heap */

const char *md_table_name(unsigned table);    /* "TypeDef", or NULL if no such table */
const char *md_col_name(enum md_col col);     /* "Name" */
enum md_table md_col_table(enum md_col col);  /* which table a column belongs to */

uint32_t md_rows(const md_image *img, unsigned table);   /* 0 for an absent table */

/*
 * One cell. row is 1-based and must be <= md_rows (asserted). The value is:
 *  - U8P/U16/U32: the number;
 *  - STR, BLOB: the heap offset (pass it to md_string / md_blob);  GUID: the 1-based index;
 *  - a simple table index: the row number (0 = null; a list column may be rows+1);
 *  - a coded index: a token (MD_TOKEN(table, row)), 0 when the row is 0.
 */
uint32_t md_get(const md_image *img, enum md_col col, uint32_t row);

/* Is tok a token whose table exists and whose row is in 1..rows? (for tokens from IL) */
int md_token_ok(const md_image *img, uint32_t tok);

/*
 * The list columns (TypeDef.FieldList, TypeDef.MethodList, MethodDef.ParamList,
 * EventMap.EventList, PropertyMap.PropertyList): the children of `row` are the
 * positions [*first, *first + count) of the list; md_list_item maps a position to the
 * child's row, through the FieldPtr/MethodPtr/... indirection table when there is one.
 */
uint32_t md_list(const md_image *img, enum md_col listcol, uint32_t row, uint32_t *first);
uint32_t md_list_item(const md_image *img, enum md_col listcol, uint32_t pos);

/* The TypeDef row that owns a Field / MethodDef row (0 if none); MethodDef owning a Param. */
uint32_t md_field_owner(const md_image *img, uint32_t field_row);
uint32_t md_method_owner(const md_image *img, uint32_t method_row);
uint32_t md_param_owner(const md_image *img, uint32_t param_row);

/*
 * The rows whose key column equals `key` (a row number, or a token for coded columns),
 * e.g. md_find(img, MDC_CustomAttribute_Parent, tok, &first): returns the count and the
 * first row. Uses binary search when the table is sorted on that column (checked at
 * open, not trusted from the header), a scan otherwise; rows found by a scan may not be
 * contiguous, so callers iterate with md_find_next.
 */
uint32_t md_find(const md_image *img, enum md_col keycol, uint32_t key, uint32_t *first);
/* The next row after `row` whose key column equals key, or 0. */
uint32_t md_find_next(const md_image *img, enum md_col keycol, uint32_t key, uint32_t row);

/* ---- heaps ------------------------------------------------------------------------ */

/* A NUL-terminated UTF-8 string from #Strings (offset from a STR cell): always valid. */
const char *md_string(const md_image *img, uint32_t offset);

typedef struct md_blob {
    const uint8_t *data;
    uint32_t size;
} md_blob;

/* A blob from #Blob (offset from a BLOB cell): always valid, possibly empty (data is
 * never NULL). */
md_blob md_blob_at(const md_image *img, uint32_t offset);

/* 16 bytes of #GUID (1-based index from a GUID cell), or NULL for index 0. */
const uint8_t *md_guid(const md_image *img, uint32_t index);

/* A #US string (offset = token row of an ldstr token): UTF-16LE bytes and length in
 * UTF-16 units. Checked here, since the token comes from IL. */
int md_user_string(const md_image *img, uint32_t offset, const uint8_t **utf16le,
                   uint32_t *nchars, md_error *err);

/* Decode one UTF-16LE unit (alignment-free). */
static inline uint16_t md_utf16_at(const uint8_t *utf16le, uint32_t i) {
    return (uint16_t)(utf16le[2 * i] | (utf16le[2 * i + 1] << 8));
}

/* ---- signatures (II.23.2) --------------------------------------------------------- */

/* ELEMENT_TYPE_* */
enum md_elem {
    MD_ELEM_END = 0x00, MD_ELEM_VOID = 0x01, MD_ELEM_BOOLEAN = 0x02, MD_ELEM_CHAR = 0x03,
    MD_ELEM_I1 = 0x04, MD_ELEM_U1 = 0x05, MD_ELEM_I2 = 0x06, MD_ELEM_U2 = 0x07,
    MD_ELEM_I4 = 0x08, MD_ELEM_U4 = 0x09, MD_ELEM_I8 = 0x0a, MD_ELEM_U8 = 0x0b,
    MD_ELEM_R4 = 0x0c, MD_ELEM_R8 = 0x0d, MD_ELEM_STRING = 0x0e, MD_ELEM_PTR = 0x0f,
    MD_ELEM_BYREF = 0x10, MD_ELEM_VALUETYPE = 0x11, MD_ELEM_CLASS = 0x12,
    MD_ELEM_VAR = 0x13, MD_ELEM_ARRAY = 0x14, MD_ELEM_GENERICINST = 0x15,
    MD_ELEM_TYPEDBYREF = 0x16, MD_ELEM_I = 0x18, MD_ELEM_U = 0x19, MD_ELEM_FNPTR = 0x1b,
    MD_ELEM_OBJECT = 0x1c, MD_ELEM_SZARRAY = 0x1d, MD_ELEM_MVAR = 0x1e,
    MD_ELEM_CMOD_REQD = 0x1f, MD_ELEM_CMOD_OPT = 0x20, MD_ELEM_INTERNAL = 0x21,
    MD_ELEM_SENTINEL = 0x41, MD_ELEM_PINNED = 0x45,
    /* custom attribute blobs only */
    MD_ELEM_CA_TYPE = 0x50, MD_ELEM_CA_BOXED = 0x51, MD_ELEM_CA_FIELD = 0x53,
    MD_ELEM_CA_PROPERTY = 0x54, MD_ELEM_CA_ENUM = 0x55
};

/* Calling-convention byte of a method / field / property / locals / method spec sig. */
enum {
    MD_CC_DEFAULT = 0x0, MD_CC_C = 0x1, MD_CC_STDCALL = 0x2, MD_CC_THISCALL = 0x3,
    MD_CC_FASTCALL = 0x4, MD_CC_VARARG = 0x5, MD_CC_FIELD = 0x6, MD_CC_LOCALS = 0x7,
    MD_CC_PROPERTY = 0x8, MD_CC_UNMANAGED = 0x9, MD_CC_GENERICINST = 0xa,
    MD_CC_KIND_MASK = 0x0f,
    MD_CC_GENERIC = 0x10, MD_CC_HASTHIS = 0x20, MD_CC_EXPLICITTHIS = 0x40
};

/*
 * A cursor over a signature blob. Every read is bounds-checked; the first failure sets
 * `failed` (and the error, with the file offset) and later reads return 0, so a caller
 * may read a whole signature and test `failed` once at the end.
 */
typedef struct md_sig {
    const md_image *img;
    const uint8_t *p, *end;
    int failed;
    int depth;            /* nesting of types, bounded against hostile recursion */
    md_error *err;        /* may be NULL */
} md_sig;

#define MD_SIG_MAX_DEPTH 64

void md_sig_init(md_sig *s, const md_image *img, md_blob blob, md_error *err);
int md_sig_at_end(const md_sig *s);
uint8_t md_sig_peek(md_sig *s);              /* next byte without consuming it (0 at end) */
uint8_t md_sig_byte(md_sig *s);
uint32_t md_sig_uint(md_sig *s);             /* compressed unsigned integer (II.23.2) */
int32_t md_sig_int(md_sig *s);               /* compressed signed integer */
/* TypeDefOrRefOrSpecEncoded → a TypeDef/TypeRef/TypeSpec token, checked against row counts. */
uint32_t md_sig_typetoken(md_sig *s);
/* Skips custom modifiers (CMOD_REQD/OPT), returning how many it skipped. */
int md_sig_skip_cmods(md_sig *s);
/* Skips one whole Type (II.23.2.12), including nested ones; checks it is well formed. */
void md_sig_skip_type(md_sig *s);

/* Method signature header: calling convention, generic arity, parameter count. After it
 * come RetType and the parameters, each a Type (possibly with cmods, BYREF, TYPEDBYREF,
 * SENTINEL for varargs). */
typedef struct md_method_sig_head {
    uint8_t callconv;
    uint32_t generic_count;
    uint32_t param_count;
} md_method_sig_head;
void md_sig_method_head(md_sig *s, md_method_sig_head *out);

/* Whole-signature checks (used by md_open's optional deep check and by the fuzzer). */
int md_check_method_sig(const md_image *img, md_blob blob, md_error *err);
int md_check_field_sig(const md_image *img, md_blob blob, md_error *err);

/* ---- custom attribute values (II.23.3) -------------------------------------------- */

/* A cursor over a custom attribute value blob, after the 0x0001 prolog. The caller drives
 * it with the constructor's parameter types (it knows them; md does not resolve types). */
int md_ca_open(md_sig *s, const md_image *img, md_blob blob, md_error *err);
/* SerString: a length-prefixed UTF-8 string, or null (0xFF). Returns 0 ok, -1 error. */
int md_ca_string(md_sig *s, const char **utf8, uint32_t *len, int *is_null);
/* Fixed-size little-endian values of 1, 2, 4 or 8 bytes. */
uint64_t md_ca_fixed(md_sig *s, unsigned size);

/* ---- method bodies (II.25.4) ------------------------------------------------------ */

enum {
    MD_EH_CATCH = 0, MD_EH_FILTER = 1, MD_EH_FINALLY = 2, MD_EH_FAULT = 4
};

typedef struct md_eh_clause {
    uint32_t flags;                      /* MD_EH_* */
    uint32_t try_offset, try_length;
    uint32_t handler_offset, handler_length;
    uint32_t class_token_or_filter;      /* catch: type token; filter: filter offset */
} md_eh_clause;

typedef struct md_body {
    const uint8_t *code;          /* the IL bytes */
    uint32_t code_size;
    uint64_t code_file_offset;    /* for error messages */
    uint16_t max_stack;
    int fat;
    int init_locals;
    uint32_t local_sig;           /* StandAloneSig token, or 0 */
    uint32_t eh_count;
    /* private: where the EH sections are, decoded by md_body_eh */
    const uint8_t *eh_data;
    uint32_t eh_size;
    int eh_fat;
} md_body;

/* Decodes and checks the header and EH sections of the body at rva (MethodDef.RVA).
 * Every clause's ranges are checked to lie inside the code. */
int md_method_body(const md_image *img, uint32_t rva, md_body *out, md_error *err);
/* Clause i (< eh_count) of a body that md_method_body accepted. */
void md_body_eh(const md_body *body, uint32_t i, md_eh_clause *out);

/* ---- resources and field data ----------------------------------------------------- */

/* The bytes of an embedded ManifestResource row (Implementation null). -1 if external. */
int md_resource(const md_image *img, uint32_t row, md_blob *out, md_error *err);
/* The initial data of a field with a FieldRVA row, `size` bytes (the field type's size,
 * which the caller computes). NULL with *err if it is out of the image. */
const uint8_t *md_field_data(const md_image *img, uint32_t field_row, uint32_t size,
                             md_error *err);

/* ---- little-endian decoders, for every read of file bytes ------------------------- */

static inline uint16_t md_le16(const uint8_t *p) {
    return (uint16_t)(p[0] | (p[1] << 8));
}
static inline uint32_t md_le32(const uint8_t *p) {
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) |
           ((uint32_t)p[3] << 24);
}
static inline uint64_t md_le64(const uint8_t *p) {
    return (uint64_t)md_le32(p) | ((uint64_t)md_le32(p + 4) << 32);
}

#endif
