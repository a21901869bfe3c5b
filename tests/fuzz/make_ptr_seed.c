/*
 * make_ptr_seed.c — makes a seed that csc never writes: an assembly whose table stream
 * is the uncompressed '#-' with the indirection tables FieldPtr, MethodPtr, ParamPtr
 * (and EventPtr, PropertyPtr when there are events, properties): each the identity, or
 * with "reverse" each the reverse order, which moves members between their owners.
 * Without such a seed the fuzzer never reaches md's Ptr-table code.
 *
 * usage: make_ptr_seed IN.dll OUT.dll [reverse]
 * The metadata is rebuilt with the grown table stream and appended to the last section
 * (which grows to hold it); the CLI header is pointed at it. Everything else — method
 * bodies, resources, the old metadata — stays where it was. Run by make-seeds.sh.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "md/md.h"   /* the table numbers and the little-endian decoders */

static void die(const char *msg) {
    fprintf(stderr, "make_ptr_seed: %s\n", msg);
    exit(1);
}

static void put16(uint8_t *p, uint32_t v) { p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); }
static void put32(uint8_t *p, uint32_t v) { put16(p, v & 0xFFFF); put16(p + 2, v >> 16); }

/* ---- the table schema: column kinds from md_schema.def, coded indexes from II.24.2.6 */

/* A kind: what the column holds in the low 4 bits, its table or coded index above. */
enum { K_U8P = 1, K_U16, K_U32, K_STR, K_GUID, K_BLOB, K_CI, K_T };
enum { CI_TDR, CI_HC, CI_HCA, CI_HFM, CI_HDS, CI_MRP, CI_HS, CI_MDR, CI_MF, CI_IMPL,
       CI_CAT, CI_RS, CI_TMD };

#define KIND_U8P  K_U8P
#define KIND_U16  K_U16
#define KIND_U32  K_U32
#define KIND_STR  K_STR
#define KIND_GUID K_GUID
#define KIND_BLOB K_BLOB
#define KIND_T(table) (K_T | MD_##table << 8)
#define KIND_CI_TYPEDEFORREF        (K_CI | CI_TDR << 8)
#define KIND_CI_HASCONSTANT         (K_CI | CI_HC << 8)
#define KIND_CI_HASCUSTOMATTRIBUTE  (K_CI | CI_HCA << 8)
#define KIND_CI_HASFIELDMARSHAL     (K_CI | CI_HFM << 8)
#define KIND_CI_HASDECLSECURITY     (K_CI | CI_HDS << 8)
#define KIND_CI_MEMBERREFPARENT     (K_CI | CI_MRP << 8)
#define KIND_CI_HASSEMANTICS        (K_CI | CI_HS << 8)
#define KIND_CI_METHODDEFORREF      (K_CI | CI_MDR << 8)
#define KIND_CI_MEMBERFORWARDED     (K_CI | CI_MF << 8)
#define KIND_CI_IMPLEMENTATION      (K_CI | CI_IMPL << 8)
#define KIND_CI_CUSTOMATTRIBUTETYPE (K_CI | CI_CAT << 8)
#define KIND_CI_RESOLUTIONSCOPE     (K_CI | CI_RS << 8)
#define KIND_CI_TYPEORMETHODDEF     (K_CI | CI_TMD << 8)

static const struct { int table, kind; } cols[] = {
#define MD_TABLE(id, name)
#define MD_COL(table, name, kind) {MD_##table, KIND_##kind},
#include "md/md_schema.def"
#undef MD_TABLE
#undef MD_COL
};

/* Each coded index: its tag bits and the tables it can name (-1: an unused tag). */
static const struct { int bits; int tables[24]; } coded[] = {
    [CI_TDR] = {2, {MD_TypeDef, MD_TypeRef, MD_TypeSpec, -2}},
    [CI_HC] = {2, {MD_Field, MD_Param, MD_Property, -2}},
    [CI_HCA] = {5, {MD_MethodDef, MD_Field, MD_TypeRef, MD_TypeDef, MD_Param,
                    MD_InterfaceImpl, MD_MemberRef, MD_Module, MD_DeclSecurity, MD_Property,
                    MD_Event, MD_StandAloneSig, MD_ModuleRef, MD_TypeSpec, MD_Assembly,
                    MD_AssemblyRef, MD_File, MD_ExportedType, MD_ManifestResource,
                    MD_GenericParam, MD_GenericParamConstraint, MD_MethodSpec, -2}},
    [CI_HFM] = {1, {MD_Field, MD_Param, -2}},
    [CI_HDS] = {2, {MD_TypeDef, MD_MethodDef, MD_Assembly, -2}},
    [CI_MRP] = {3, {MD_TypeDef, MD_TypeRef, MD_ModuleRef, MD_MethodDef, MD_TypeSpec, -2}},
    [CI_HS] = {1, {MD_Event, MD_Property, -2}},
    [CI_MDR] = {1, {MD_MethodDef, MD_MemberRef, -2}},
    [CI_MF] = {1, {MD_Field, MD_MethodDef, -2}},
    [CI_IMPL] = {2, {MD_File, MD_AssemblyRef, MD_ExportedType, -2}},
    [CI_CAT] = {3, {-1, -1, MD_MethodDef, MD_MemberRef, -1, -2}},
    [CI_RS] = {2, {MD_Module, MD_ModuleRef, MD_AssemblyRef, MD_TypeRef, -2}},
    [CI_TMD] = {1, {MD_TypeDef, MD_MethodDef, -2}},
};

static uint32_t rows[64];
static unsigned heap_sizes;

static unsigned col_size(int kind) {
    switch (kind & 0xF) {
    case K_U8P: case K_U16: return 2;
    case K_U32: return 4;
    case K_STR: return heap_sizes & 1 ? 4 : 2;
    case K_GUID: return heap_sizes & 2 ? 4 : 2;
    case K_BLOB: return heap_sizes & 4 ? 4 : 2;
    case K_CI: {
        int ci = kind >> 8;
        uint32_t max = 0;
        for (int i = 0; coded[ci].tables[i] != -2; i++)
            if (coded[ci].tables[i] >= 0 && rows[coded[ci].tables[i]] > max)
                max = rows[coded[ci].tables[i]];
        return max < (1u << (16 - coded[ci].bits)) ? 2 : 4;
    }
    default:   /* K_T: a simple index */
        return rows[kind >> 8] < 0x10000 ? 2 : 4;
    }
}

static unsigned row_size(int table) {
    unsigned n = 0;
    for (size_t c = 0; c < sizeof cols / sizeof cols[0]; c++)
        if (cols[c].table == table)
            n += col_size(cols[c].kind);
    return n;
}

/* ---- the PE file ----------------------------------------------------------------- */

static uint8_t *file;
static size_t file_size;
static uint32_t sections, section_table;

static const uint8_t *at(uint64_t off, uint64_t n) {
    if (off > file_size || n > file_size - off)
        die("input is cut short or malformed");
    return file + off;
}

static uint64_t rva_to_offset(uint32_t rva) {
    for (uint32_t i = 0; i < sections; i++) {
        const uint8_t *s = at(section_table + 40 * i, 40);
        uint32_t va = md_le32(s + 12), raw = md_le32(s + 16), ptr = md_le32(s + 20);
        if (rva >= va && rva - va < raw)
            return (uint64_t)ptr + (rva - va);
    }
    die("an RVA is outside the sections");
    return 0;
}

static uint32_t align(uint32_t v, uint32_t a) { return (v + a - 1) / a * a; }

int main(int argc, char **argv) {
    if (argc != 3 && !(argc == 4 && !strcmp(argv[3], "reverse")))
        die("usage: make_ptr_seed IN.dll OUT.dll [reverse]");
    int reverse = argc == 4;
    FILE *f = fopen(argv[1], "rb");
    if (!f || fseek(f, 0, SEEK_END) != 0)
        die("cannot read the input");
    file_size = (size_t)ftell(f);
    rewind(f);
    file = malloc(file_size);
    if (!file || fread(file, 1, file_size, f) != file_size)
        die("cannot read the input");
    fclose(f);

    uint32_t pe = md_le32(at(0x3C, 4));
    sections = md_le16(at(pe + 6, 2));
    uint32_t opt = pe + 24, opt_size = md_le16(at(pe + 20, 2));
    section_table = opt + opt_size;
    int plus = md_le16(at(opt, 2)) == 0x20b;
    uint32_t section_align = md_le32(at(opt + 32, 4)), file_align = md_le32(at(opt + 36, 4));
    uint32_t cli_rva = md_le32(at(opt + (plus ? 112 : 96) + 14 * 8, 4));
    uint64_t cli = rva_to_offset(cli_rva);
    uint64_t root = rva_to_offset(md_le32(at(cli + 8, 4)));

    /* The metadata root and its stream headers. */
    uint32_t vlen = md_le32(at(root + 12, 4));
    uint64_t hdrs = root + 16 + vlen + 4;
    uint32_t nstreams = md_le16(at(root + 16 + vlen + 2, 2));
    struct { uint32_t off, size; char name[32]; } st[8];
    if (nstreams > 8)
        die("too many streams");
    uint64_t p = hdrs;
    int tables = -1;
    for (uint32_t i = 0; i < nstreams; i++) {
        st[i].off = md_le32(at(p, 4));
        st[i].size = md_le32(at(p + 4, 4));
        const char *name = (const char *)at(p + 8, 32);
        size_t len = strnlen(name, 31);
        memcpy(st[i].name, name, len);
        st[i].name[len] = '\0';
        p += 8 + align((uint32_t)len + 1, 4);
        if (!strcmp(st[i].name, "#~") || !strcmp(st[i].name, "#-"))
            tables = (int)i;
    }
    if (tables < 0)
        die("no table stream");

    /* The table stream: header, row counts, then each present table's rows. */
    const uint8_t *ts = at(root + st[tables].off, st[tables].size);
    heap_sizes = ts[6];
    uint64_t valid = md_le64(ts + 8);
    const uint8_t *rp = ts + 24;
    for (int t = 0; t < 64; t++)
        if (valid >> t & 1) {
            rows[t] = md_le32(rp);
            rp += 4;
        }
    if (heap_sizes & 0x40)
        rp += 4;   /* the extra data word of some '#-' streams */
    const uint8_t *table_data = rp;

    static const struct { int ptr, child; } ptrs[] = {
        {MD_FieldPtr, MD_Field}, {MD_MethodPtr, MD_MethodDef}, {MD_ParamPtr, MD_Param},
        {MD_EventPtr, MD_Event}, {MD_PropertyPtr, MD_Property},
    };
    uint64_t new_valid = valid;
    for (size_t i = 0; i < sizeof ptrs / sizeof ptrs[0]; i++) {
        if (valid >> ptrs[i].ptr & 1)
            die("the input already has Ptr tables");
        if (rows[ptrs[i].child]) {
            new_valid |= (uint64_t)1 << ptrs[i].ptr;
            rows[ptrs[i].ptr] = rows[ptrs[i].child];
        }
    }

    /* The new table stream. Ptr tables change no other column's width. */
    size_t cap = st[tables].size + 4096 + 8 * (size_t)(rows[MD_Field] + rows[MD_MethodDef] +
                 rows[MD_Param] + rows[MD_Event] + rows[MD_Property]);
    uint8_t *nt = calloc(1, cap), *q = nt;
    if (!nt)
        die("out of memory");
    memcpy(q, ts, 24);
    q[6] = (uint8_t)(heap_sizes & ~0x40u);
    put32(q + 8, (uint32_t)new_valid);
    put32(q + 12, (uint32_t)(new_valid >> 32));
    q += 24;
    for (int t = 0; t < 64; t++)
        if (new_valid >> t & 1) {
            put32(q, rows[t]);
            q += 4;
        }
    const uint8_t *src = table_data;
    for (int t = 0; t < MD_TABLE_COUNT; t++) {
        if (!(new_valid >> t & 1))
            continue;
        if (!(valid >> t & 1)) {   /* a new Ptr table: row i names child i (or n+1-i) */
            unsigned w = row_size(t);
            for (uint32_t r = 1; r <= rows[t]; r++) {
                uint32_t child = reverse ? rows[t] + 1 - r : r;
                if (w == 2)
                    put16(q, child);
                else
                    put32(q, child);
                q += w;
            }
            continue;
        }
        size_t n = (size_t)row_size(t) * rows[t];
        if (src + n > ts + st[tables].size)
            die("tables run past their stream");
        memcpy(q, src, n);
        q += n;
        src += n;
    }
    while ((q - nt) % 4)
        *q++ = 0;
    uint32_t nt_size = (uint32_t)(q - nt);

    /* The new metadata: the root as it was, stream headers with new offsets, streams. */
    uint32_t hdr_size = (uint32_t)(p - root);
    uint32_t md_size = hdr_size;
    for (uint32_t i = 0; i < nstreams; i++)
        md_size += (int)i == tables ? nt_size : align(st[i].size, 4);
    uint8_t *md = calloc(1, md_size);
    if (!md)
        die("out of memory");
    memcpy(md, at(root, hdr_size), hdr_size);
    uint32_t off = hdr_size;
    uint8_t *h = md + (hdrs - root);
    for (uint32_t i = 0; i < nstreams; i++) {
        uint32_t size = (int)i == tables ? nt_size : st[i].size;
        put32(h, off);
        put32(h + 4, size);
        if ((int)i == tables)
            h[9] = '-';   /* "#~" becomes "#-" */
        if ((int)i == tables)
            memcpy(md + off, nt, nt_size);
        else
            memcpy(md + off, at(root + st[i].off, st[i].size), st[i].size);
        h += 8 + align((uint32_t)strlen(st[i].name) + 1, 4);
        off += (int)i == tables ? nt_size : align(size, 4);
    }

    /* Append it to the last section, which grows to hold it. */
    uint8_t *last = file + section_table + 40 * (sections - 1);
    uint32_t va = md_le32(last + 12), raw = md_le32(last + 16), ptr = md_le32(last + 20);
    if ((uint64_t)ptr + raw != file_size)
        die("the last section does not end the file");
    uint32_t grown = align(raw + md_size, file_align);
    size_t out_size = (size_t)ptr + grown;
    uint8_t *out = calloc(1, out_size);
    if (!out)
        die("out of memory");
    memcpy(out, file, file_size);
    memcpy(out + ptr + raw, md, md_size);
    last = out + section_table + 40 * (sections - 1);
    put32(last + 8, grown);    /* VirtualSize */
    put32(last + 16, grown);   /* SizeOfRawData */
    put32(out + opt + 56, align(va + grown, section_align));   /* SizeOfImage */
    put32(out + cli + 8, va + raw);
    put32(out + cli + 12, md_size);

    f = fopen(argv[2], "wb");
    if (!f || fwrite(out, 1, out_size, f) != out_size || fclose(f) != 0)
        die("cannot write the output");
    return 0;
}
