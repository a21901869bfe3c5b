/*
 * md_tables.c — the metadata table stream, "#~" or "#-" (II.24.2.6): row counts, row
 * layout from md_schema.def, validation of every cell at open, and the accessors over
 * it (cells, lists through the …Ptr indirection tables, owners, key lookup).
 */
#include "md/md_int.h"

#include <assert.h>
#include <stdlib.h>

/* ---- the schema, as data ---------------------------------------------------------- */

typedef struct col_desc {
    uint8_t table;   /* enum md_table */
    uint8_t kind;    /* enum md_kind */
    uint8_t arg;     /* MD_K_IDX: the target table; MD_K_CI: enum md_ci */
    const char *name;
} col_desc;

/* md_schema.def spells kinds as U16, T(Field), CI_TYPEDEFORREF...: turn each into the
 * "kind, arg" pair of a col_desc initializer. */
#define U8P  MD_K_U8P, 0
#define U16  MD_K_U16, 0
#define U32  MD_K_U32, 0
#define STR  MD_K_STR, 0
#define GUID MD_K_GUID, 0
#define BLOB MD_K_BLOB, 0
#define T(tbl) MD_K_IDX, MD_##tbl
#define CI_TYPEDEFORREF        MD_K_CI, MD_CI_TYPEDEFORREF
#define CI_HASCONSTANT         MD_K_CI, MD_CI_HASCONSTANT
#define CI_HASCUSTOMATTRIBUTE  MD_K_CI, MD_CI_HASCUSTOMATTRIBUTE
#define CI_HASFIELDMARSHAL     MD_K_CI, MD_CI_HASFIELDMARSHAL
#define CI_HASDECLSECURITY     MD_K_CI, MD_CI_HASDECLSECURITY
#define CI_MEMBERREFPARENT     MD_K_CI, MD_CI_MEMBERREFPARENT
#define CI_HASSEMANTICS        MD_K_CI, MD_CI_HASSEMANTICS
#define CI_METHODDEFORREF      MD_K_CI, MD_CI_METHODDEFORREF
#define CI_MEMBERFORWARDED     MD_K_CI, MD_CI_MEMBERFORWARDED
#define CI_IMPLEMENTATION      MD_K_CI, MD_CI_IMPLEMENTATION
#define CI_CUSTOMATTRIBUTETYPE MD_K_CI, MD_CI_CUSTOMATTRIBUTETYPE
#define CI_RESOLUTIONSCOPE     MD_K_CI, MD_CI_RESOLUTIONSCOPE
#define CI_TYPEORMETHODDEF     MD_K_CI, MD_CI_TYPEORMETHODDEF

static const col_desc cols[MDC_COUNT] = {
#define MD_TABLE(id, name)
#define MD_COL(table, name, kind) {MD_##table, kind, #name},
#include "md/md_schema.def"
#undef MD_TABLE
#undef MD_COL
};

#undef U8P
#undef U16
#undef U32
#undef STR
#undef GUID
#undef BLOB
#undef T
#undef CI_TYPEDEFORREF
#undef CI_HASCONSTANT
#undef CI_HASCUSTOMATTRIBUTE
#undef CI_HASFIELDMARSHAL
#undef CI_HASDECLSECURITY
#undef CI_MEMBERREFPARENT
#undef CI_HASSEMANTICS
#undef CI_METHODDEFORREF
#undef CI_MEMBERFORWARDED
#undef CI_IMPLEMENTATION
#undef CI_CUSTOMATTRIBUTETYPE
#undef CI_RESOLUTIONSCOPE
#undef CI_TYPEORMETHODDEF

static const char *const table_names[MD_TABLE_COUNT] = {
#define MD_TABLE(id, name) [id] = #name,
#define MD_COL(table, name, kind)
#include "md/md_schema.def"
#undef MD_TABLE
#undef MD_COL
};

#define NONE 0xFF   /* a tag value that no table uses */

/* Coded indexes (II.24.2.6): tag bits and the table each tag selects. */
typedef struct ci_desc {
    uint8_t bits;
    uint8_t ntags;
    uint8_t tables[22];
} ci_desc;

static const ci_desc cis[MD_CI_COUNT] = {
    [MD_CI_TYPEDEFORREF] = {2, 3, {MD_TypeDef, MD_TypeRef, MD_TypeSpec}},
    [MD_CI_HASCONSTANT] = {2, 3, {MD_Field, MD_Param, MD_Property}},
    [MD_CI_HASCUSTOMATTRIBUTE] = {5, 22, {MD_MethodDef, MD_Field, MD_TypeRef, MD_TypeDef,
        MD_Param, MD_InterfaceImpl, MD_MemberRef, MD_Module, MD_DeclSecurity, MD_Property,
        MD_Event, MD_StandAloneSig, MD_ModuleRef, MD_TypeSpec, MD_Assembly, MD_AssemblyRef,
        MD_File, MD_ExportedType, MD_ManifestResource, MD_GenericParam,
        MD_GenericParamConstraint, MD_MethodSpec}},
    [MD_CI_HASFIELDMARSHAL] = {1, 2, {MD_Field, MD_Param}},
    [MD_CI_HASDECLSECURITY] = {2, 3, {MD_TypeDef, MD_MethodDef, MD_Assembly}},
    [MD_CI_MEMBERREFPARENT] = {3, 5, {MD_TypeDef, MD_TypeRef, MD_ModuleRef, MD_MethodDef,
        MD_TypeSpec}},
    [MD_CI_HASSEMANTICS] = {1, 2, {MD_Event, MD_Property}},
    [MD_CI_METHODDEFORREF] = {1, 2, {MD_MethodDef, MD_MemberRef}},
    [MD_CI_MEMBERFORWARDED] = {1, 2, {MD_Field, MD_MethodDef}},
    [MD_CI_IMPLEMENTATION] = {2, 3, {MD_File, MD_AssemblyRef, MD_ExportedType}},
    [MD_CI_CUSTOMATTRIBUTETYPE] = {3, 5, {NONE, NONE, MD_MethodDef, MD_MemberRef, NONE}},
    [MD_CI_RESOLUTIONSCOPE] = {2, 4, {MD_Module, MD_ModuleRef, MD_AssemblyRef, MD_TypeRef}},
    [MD_CI_TYPEORMETHODDEF] = {1, 2, {MD_TypeDef, MD_MethodDef}},
};

/* The list columns and their indirection tables (II.22: FieldPtr etc. appear only in
 * unoptimized "#-" metadata, where the list indexes the Ptr table instead). */
typedef struct list_desc {
    enum md_col col;       /* e.g. TypeDef.FieldList */
    uint8_t ptr_table;     /* FieldPtr */
    enum md_col ptr_col;   /* FieldPtr.Field */
    uint8_t target;        /* Field */
} list_desc;

static const list_desc lists[MD_LIST_COUNT] = {
    {MDC_TypeDef_FieldList, MD_FieldPtr, MDC_FieldPtr_Field, MD_Field},
    {MDC_TypeDef_MethodList, MD_MethodPtr, MDC_MethodPtr_Method, MD_MethodDef},
    {MDC_MethodDef_ParamList, MD_ParamPtr, MDC_ParamPtr_Param, MD_Param},
    {MDC_EventMap_EventList, MD_EventPtr, MDC_EventPtr_Event, MD_Event},
    {MDC_PropertyMap_PropertyList, MD_PropertyPtr, MDC_PropertyPtr_Property, MD_Property},
};

static int list_index(enum md_col col) {
    for (int i = 0; i < MD_LIST_COUNT; i++)
        if (lists[i].col == col)
            return i;
    return -1;
}

static int is_ptr_table(unsigned t) {
    return t == MD_FieldPtr || t == MD_MethodPtr || t == MD_ParamPtr || t == MD_EventPtr ||
           t == MD_PropertyPtr;
}

/* ---- names ------------------------------------------------------------------------ */

const char *md_table_name(unsigned table) {
    return table < MD_TABLE_COUNT ? table_names[table] : NULL;
}

const char *md_col_name(enum md_col col) {
    return (unsigned)col < MDC_COUNT ? cols[col].name : NULL;
}

enum md_table md_col_table(enum md_col col) {
    assert((unsigned)col < MDC_COUNT);
    return (enum md_table)cols[col].table;
}

/* ---- cells ------------------------------------------------------------------------ */

uint32_t md_rows(const md_image *img, unsigned table) {
    return table < MD_TABLE_COUNT ? img->rows[table] : 0;
}

/* The cell's bytes as stored (coded indexes still encoded). row is 1..rows. */
static uint32_t raw_cell(const md_image *img, enum md_col col, uint32_t row) {
    unsigned t = cols[col].table;
    const uint8_t *p = img->tab[t] + (size_t)(row - 1) * img->row_size[t] + img->col_off[col];
    switch (img->col_width[col]) {
    case 1: return p[0];
    case 2: return md_le16(p);
    default: return md_le32(p);
    }
}

/* Coded index value -> token (0 for a null row). Tags were checked at open. */
static uint32_t ci_decode(unsigned ci, uint32_t raw) {
    const ci_desc *c = &cis[ci];
    uint32_t row = raw >> c->bits;
    if (row == 0)
        return 0;
    return MD_TOKEN(c->tables[raw & ((1u << c->bits) - 1)], row);
}

/* Token -> coded index value, or 0 if the token's table is not one of this index's. */
static int ci_encode(unsigned ci, uint32_t tok, uint32_t *raw) {
    const ci_desc *c = &cis[ci];
    uint32_t row = MD_TOKEN_ROW(tok);
    if (row == 0 || row > (UINT32_MAX >> c->bits))
        return 0;
    for (unsigned tag = 0; tag < c->ntags; tag++) {
        if (c->tables[tag] == MD_TOKEN_TABLE(tok)) {
            *raw = (row << c->bits) | tag;
            return 1;
        }
    }
    return 0;
}

uint64_t md_cell_offset(const md_image *img, enum md_col col, uint32_t row) {
    unsigned t = cols[col].table;
    if (row == 0 || row > img->rows[t])
        return 0;
    return (uint64_t)(img->tab[t] - img->data) + (uint64_t)(row - 1) * img->row_size[t] +
           img->col_off[col];
}

uint32_t md_get(const md_image *img, enum md_col col, uint32_t row) {
    assert((unsigned)col < MDC_COUNT);
    unsigned t = cols[col].table;
    if (row == 0 || row > img->rows[t]) {
        assert(!"md_get: row out of range");
        return 0;
    }
    uint32_t raw = raw_cell(img, col, row);
    return cols[col].kind == MD_K_CI ? ci_decode(cols[col].arg, raw) : raw;
}

int md_token_ok(const md_image *img, uint32_t tok) {
    unsigned t = MD_TOKEN_TABLE(tok);
    uint32_t row = MD_TOKEN_ROW(tok);
    return t < MD_TABLE_COUNT && row >= 1 && row <= img->rows[t];
}

/* ---- lists and owners ------------------------------------------------------------- */

/* Number of positions a list column can address: the Ptr table's rows when it is used. */
static uint32_t list_len(const md_image *img, const list_desc *l) {
    return img->rows[l->ptr_table] ? img->rows[l->ptr_table] : img->rows[l->target];
}

/* A list start as a position: 0 (seen for empty tables) means 1. */
static uint32_t list_start(const md_image *img, enum md_col col, uint32_t row) {
    uint32_t v = raw_cell(img, col, row);
    return v ? v : 1;
}

uint32_t md_list(const md_image *img, enum md_col listcol, uint32_t row, uint32_t *first) {
    int li = list_index(listcol);
    assert(li >= 0);
    unsigned t = cols[listcol].table;
    *first = 1;
    if (li < 0 || row == 0 || row > img->rows[t]) {
        assert(!"md_list: bad column or row");
        return 0;
    }
    uint32_t start = list_start(img, listcol, row);
    uint32_t end = row < img->rows[t] ? list_start(img, listcol, row + 1)
                                      : list_len(img, &lists[li]) + 1;
    *first = start;
    return end - start;   /* checked at open: starts never decrease, end <= len + 1 */
}

uint32_t md_list_item(const md_image *img, enum md_col listcol, uint32_t pos) {
    int li = list_index(listcol);
    assert(li >= 0);
    if (li < 0 || pos == 0 || pos > list_len(img, &lists[li])) {
        assert(!"md_list_item: bad column or position");
        return 0;
    }
    const list_desc *l = &lists[li];
    return img->rows[l->ptr_table] ? raw_cell(img, l->ptr_col, pos) : pos;
}

/* The row of the list column's table whose run [start, next start) holds pos, or 0. */
static uint32_t list_owner(const md_image *img, int li, uint32_t child) {
    const list_desc *l = &lists[li];
    if (child == 0 || child > img->rows[l->target])
        return 0;
    uint32_t pos = img->list_pos[li] ? img->list_pos[li][child] : child;
    unsigned t = cols[l->col].table;
    uint32_t lo = 1, hi = img->rows[t], found = 0;
    while (pos && lo <= hi) {   /* last row whose start <= pos */
        uint32_t mid = lo + (hi - lo) / 2;
        if (list_start(img, l->col, mid) <= pos)
            found = mid, lo = mid + 1;
        else
            hi = mid - 1;
    }
    if (!found)
        return 0;
    uint32_t first, n = md_list(img, l->col, found, &first);
    return pos - first < n ? found : 0;
}

uint32_t md_field_owner(const md_image *img, uint32_t field_row) {
    return list_owner(img, 0, field_row);
}

uint32_t md_method_owner(const md_image *img, uint32_t method_row) {
    return list_owner(img, 1, method_row);
}

uint32_t md_param_owner(const md_image *img, uint32_t param_row) {
    return list_owner(img, 2, param_row);
}

/* ---- lookup by key ---------------------------------------------------------------- */

/* The stored form of a key, when binary search can use it. */
static int key_raw(enum md_col col, uint32_t key, uint32_t *raw) {
    if (cols[col].kind == MD_K_CI)
        return ci_encode(cols[col].arg, key, raw);
    *raw = key;
    return 1;
}

uint32_t md_find(const md_image *img, enum md_col keycol, uint32_t key, uint32_t *first) {
    assert((unsigned)keycol < MDC_COUNT);
    unsigned t = cols[keycol].table;
    uint32_t n = img->rows[t], kraw;
    *first = 0;
    if (img->col_sorted[keycol] && key_raw(keycol, key, &kraw)) {
        uint32_t lo = 1, hi = n + 1;   /* first row with raw >= kraw, in [lo, hi) */
        while (lo < hi) {
            uint32_t mid = lo + (hi - lo) / 2;
            if (raw_cell(img, keycol, mid) < kraw)
                lo = mid + 1;
            else
                hi = mid;
        }
        uint32_t count = 0;
        while (lo + count <= n && raw_cell(img, keycol, lo + count) == kraw)
            count++;
        if (count)
            *first = lo;
        return count;
    }
    uint32_t count = 0;
    for (uint32_t r = 1; r <= n; r++) {
        if (md_get(img, keycol, r) == key) {
            if (!count)
                *first = r;
            count++;
        }
    }
    return count;
}

uint32_t md_find_next(const md_image *img, enum md_col keycol, uint32_t key, uint32_t row) {
    assert((unsigned)keycol < MDC_COUNT);
    uint32_t n = img->rows[cols[keycol].table], kraw;
    if (img->col_sorted[keycol] && key_raw(keycol, key, &kraw))
        return row < n && raw_cell(img, keycol, row + 1) == kraw ? row + 1 : 0;
    for (uint32_t r = row + 1; r <= n && r > row; r++)
        if (md_get(img, keycol, r) == key)
            return r;
    return 0;
}

/* ---- loading and validation ------------------------------------------------------- */

#define HEAP_STRINGS_4 0x01
#define HEAP_GUID_4 0x02
#define HEAP_BLOB_4 0x04
#define HEAP_EXTRA_DATA 0x40   /* an extra 4 bytes follow the row counts */

/* Byte width of a column, given the row counts and heap flags. */
static unsigned col_width(const md_image *img, const col_desc *d) {
    switch (d->kind) {
    case MD_K_U8P: case MD_K_U16: return 2;
    case MD_K_U32: return 4;
    case MD_K_STR: return img->heap_flags & HEAP_STRINGS_4 ? 4 : 2;
    case MD_K_GUID: return img->heap_flags & HEAP_GUID_4 ? 4 : 2;
    case MD_K_BLOB: return img->heap_flags & HEAP_BLOB_4 ? 4 : 2;
    case MD_K_IDX: return img->rows[d->arg] > 0xFFFF ? 4 : 2;
    default: {
        const ci_desc *c = &cis[d->arg];
        uint32_t max = 0;
        for (unsigned i = 0; i < c->ntags; i++)
            if (c->tables[i] != NONE && img->rows[c->tables[i]] > max)
                max = img->rows[c->tables[i]];
        return max < (1u << (16 - c->bits)) ? 2 : 4;
    }
    }
}

/* Checks every cell of one column and records whether the column is sorted. */
static int check_column(md_image *img, enum md_col c, md_error *err) {
    const col_desc *d = &cols[c];
    unsigned t = d->table;
    uint32_t n = img->rows[t];
    int li = list_index(c);
    uint32_t len = li >= 0 ? list_len(img, &lists[li]) : 0;
    uint32_t prev = 0, prev_start = 1;
    int sorted = 1;
    for (uint32_t r = 1; r <= n; r++) {
        uint32_t v = raw_cell(img, c, r);
        const uint8_t *p = img->tab[t] + (size_t)(r - 1) * img->row_size[t] + img->col_off[c];
        uint64_t at = md_ptr_offset(img, p);
        if (v < prev)
            sorted = 0;
        prev = v;
        switch (d->kind) {
        case MD_K_STR:
            if (!md_string_ok(img, v))
                return md_fail(err, at, 1, "%s row %u column %s: string offset 0x%x outside "
                               "#Strings", table_names[t], r, d->name, v);
            break;
        case MD_K_BLOB:
            if (!md_blob_ok(img, v))
                return md_fail(err, at, 1, "%s row %u column %s: blob offset 0x%x is not a "
                               "valid blob in #Blob", table_names[t], r, d->name, v);
            break;
        case MD_K_GUID:
            if (!md_guid_ok(img, v))
                return md_fail(err, at, 1, "%s row %u column %s: GUID index %u outside #GUID",
                               table_names[t], r, d->name, v);
            break;
        case MD_K_IDX:
            if (li >= 0) {
                uint32_t s = v ? v : 1;
                if (s > len + 1)
                    return md_fail(err, at, 1, "%s row %u column %s: list start %u past the "
                                   "end of %s (%u rows)", table_names[t], r, d->name, v,
                                   table_names[img->rows[lists[li].ptr_table]
                                                   ? lists[li].ptr_table : lists[li].target],
                                   len);
                if (s < prev_start)
                    return md_fail(err, at, 1, "%s row %u column %s: list start %u is before "
                                   "the previous row's %u", table_names[t], r, d->name, v,
                                   prev_start);
                prev_start = s;
            } else if (v > img->rows[d->arg] || (v == 0 && is_ptr_table(t))) {
                return md_fail(err, at, 1, "%s row %u column %s: index %u outside %s (%u rows)",
                               table_names[t], r, d->name, v, table_names[d->arg],
                               img->rows[d->arg]);
            }
            break;
        case MD_K_CI: {
            const ci_desc *ci = &cis[d->arg];
            uint32_t tag = v & ((1u << ci->bits) - 1), row = v >> ci->bits;
            if (row == 0)
                break;
            if (tag >= ci->ntags || ci->tables[tag] == NONE)
                return md_fail(err, at, 1, "%s row %u column %s: invalid coded index tag %u",
                               table_names[t], r, d->name, tag);
            if (row > img->rows[ci->tables[tag]])
                return md_fail(err, at, 1, "%s row %u column %s: %s row %u out of range "
                               "(%u rows)", table_names[t], r, d->name,
                               table_names[ci->tables[tag]], row, img->rows[ci->tables[tag]]);
            break;
        }
        default:
            break;
        }
    }
    img->col_sorted[c] = (uint8_t)sorted;
    return 0;
}

/* For a list used through its Ptr table, the inverse map child row -> position. */
static int build_list_pos(md_image *img, int li, md_error *err) {
    const list_desc *l = &lists[li];
    uint32_t nptr = img->rows[l->ptr_table];
    if (nptr == 0)
        return 0;
    uint32_t *pos = calloc((size_t)img->rows[l->target] + 1, sizeof *pos);
    if (!pos)
        return md_fail(err, 0, 0, "out of memory");
    for (uint32_t i = 1; i <= nptr; i++) {
        uint32_t child = raw_cell(img, l->ptr_col, i);   /* 1..rows, checked */
        if (!pos[child])
            pos[child] = i;
    }
    img->list_pos[li] = pos;
    return 0;
}

int md_tables_load(md_image *img, const uint8_t *p, uint32_t size, md_error *err) {
    uint64_t base = md_ptr_offset(img, p);
    const char *sname = img->uncompressed ? "#-" : "#~";
    if (size < 24)
        return md_fail(err, base, 1, "table stream '%s' too small (%u bytes)", sname, size);
    uint8_t major = p[4], minor = p[5];
    if (major != 1 && major != 2)
        return md_fail(err, base + 4, 1, "unsupported table stream version %u.%u", major, minor);
    img->heap_flags = p[6];
    uint64_t valid = md_le64(p + 8);
    uint32_t pos = 24;
    for (unsigned t = 0; t < 64; t++) {
        if (!(valid >> t & 1))
            continue;
        if (t >= MD_TABLE_COUNT)
            return md_fail(err, base + 8, 1, "metadata table 0x%02x present: %s", t,
                           t >= 0x30 && t <= 0x37 ? "portable PDB tables are not supported"
                                                  : "unknown table");
        if (is_ptr_table(t) && !img->uncompressed)
            return md_fail(err, base + 8, 1, "%s table in a '#~' stream (only '#-' may have it)",
                           table_names[t]);
        if ((uint64_t)pos + 4 > size)
            return md_fail(err, base + pos, 1, "table stream '%s' row counts cut short", sname);
        uint32_t n = md_le32(p + pos);
        if (n > 0xFFFFFF)   /* a token has 24 bits for the row */
            return md_fail(err, base + pos, 1, "%s table has too many rows (%u)",
                           table_names[t], n);
        img->rows[t] = n;
        pos += 4;
    }
    if (img->heap_flags & HEAP_EXTRA_DATA) {
        if ((uint64_t)pos + 4 > size)
            return md_fail(err, base + pos, 1, "table stream '%s' cut short", sname);
        pos += 4;
    }

    /* Row layouts, then where each table starts. */
    for (unsigned c = 0; c < MDC_COUNT; c++) {
        unsigned t = cols[c].table;
        unsigned w = col_width(img, &cols[c]);
        img->col_off[c] = (uint8_t)img->row_size[t];
        img->col_width[c] = (uint8_t)(cols[c].kind == MD_K_U8P ? 1 : w);
        img->row_size[t] += w;
    }
    uint64_t at = pos;
    for (unsigned t = 0; t < MD_TABLE_COUNT; t++) {
        uint64_t bytes = (uint64_t)img->rows[t] * img->row_size[t];
        if (bytes > size - at)
            return md_fail(err, base + at, 1, "%s table (%u rows of %u bytes) extends past the "
                           "end of '%s'", table_names[t], img->rows[t], img->row_size[t], sname);
        img->tab[t] = p + at;
        at += bytes;
    }

    /* Every cell, column by column. */
    for (unsigned c = 0; c < MDC_COUNT; c++)
        if (check_column(img, (enum md_col)c, err) < 0)
            return -1;
    for (int li = 0; li < MD_LIST_COUNT; li++)
        if (build_list_pos(img, li, err) < 0)
            return -1;

    if (img->rows[MD_Module] != 1)
        return md_fail(err, base, 1, "Module table has %u rows, expected exactly 1",
                       img->rows[MD_Module]);
    if (img->rows[MD_Assembly] > 1)
        return md_fail(err, base, 1, "Assembly table has %u rows, expected at most 1",
                       img->rows[MD_Assembly]);
    return 0;
}

void md_tables_free(md_image *img) {
    for (int li = 0; li < MD_LIST_COUNT; li++) {
        free(img->list_pos[li]);
        img->list_pos[li] = NULL;
    }
}
