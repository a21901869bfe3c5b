/*
 * md_body.c — method bodies (II.25.4): tiny and fat headers, the extra data sections
 * after the code, small and fat exception-handling clauses; embedded resources
 * (II.24.2.4 of the CLI header's Resources directory) and FieldRVA data.
 */
#include "md/md_int.h"

#include <string.h>

#define HDR_TINY 0x2
#define HDR_FAT 0x3
#define FAT_MORE_SECTS 0x08
#define FAT_INIT_LOCALS 0x10

#define SECT_EH_TABLE 0x01
#define SECT_OPT_IL_TABLE 0x02
#define SECT_KIND_MASK 0x3F
#define SECT_FAT 0x40
#define SECT_MORE 0x80

#define SMALL_CLAUSE 12
#define FAT_CLAUSE 24
#define MAX_DATA_SECTIONS 64   /* far more than any compiler emits; bounds the walk */

void md_body_eh(const md_body *body, uint32_t i, md_eh_clause *out) {
    memset(out, 0, sizeof *out);
    if (i >= body->eh_count)
        return;
    if (body->eh_fat) {
        const uint8_t *c = body->eh_data + (size_t)i * FAT_CLAUSE;
        out->flags = md_le32(c);
        out->try_offset = md_le32(c + 4);
        out->try_length = md_le32(c + 8);
        out->handler_offset = md_le32(c + 12);
        out->handler_length = md_le32(c + 16);
        out->class_token_or_filter = md_le32(c + 20);
    } else {
        const uint8_t *c = body->eh_data + (size_t)i * SMALL_CLAUSE;
        out->flags = md_le16(c);
        out->try_offset = md_le16(c + 2);
        out->try_length = c[4];
        out->handler_offset = md_le16(c + 5);
        out->handler_length = c[7];
        out->class_token_or_filter = md_le32(c + 8);
    }
}

/* Checks one clause of a decoded body. */
static int check_clause(const md_image *img, const md_body *b, uint32_t i, md_error *err) {
    md_eh_clause c;
    md_body_eh(b, i, &c);
    uint64_t at = md_ptr_offset(img, b->eh_data + (size_t)i * (b->eh_fat ? FAT_CLAUSE
                                                                           : SMALL_CLAUSE));
    if (c.flags != MD_EH_CATCH && c.flags != MD_EH_FILTER && c.flags != MD_EH_FINALLY &&
        c.flags != MD_EH_FAULT)
        return md_fail(err, at, 1, "exception clause %u has bad flags 0x%x", i, c.flags);
    if ((uint64_t)c.try_offset + c.try_length > b->code_size)
        return md_fail(err, at, 1, "exception clause %u: try block [0x%x, +0x%x) outside the "
                       "code (0x%x bytes)", i, c.try_offset, c.try_length, b->code_size);
    if ((uint64_t)c.handler_offset + c.handler_length > b->code_size)
        return md_fail(err, at, 1, "exception clause %u: handler [0x%x, +0x%x) outside the "
                       "code (0x%x bytes)", i, c.handler_offset, c.handler_length,
                       b->code_size);
    if (c.flags == MD_EH_FILTER && c.class_token_or_filter >= b->code_size)
        return md_fail(err, at, 1, "exception clause %u: filter at 0x%x outside the code", i,
                       c.class_token_or_filter);
    if (c.flags == MD_EH_CATCH) {
        uint32_t tok = c.class_token_or_filter, t = MD_TOKEN_TABLE(tok);
        if ((t != MD_TypeDef && t != MD_TypeRef && t != MD_TypeSpec) || !md_token_ok(img, tok))
            return md_fail(err, at, 1, "exception clause %u: catch type token 0x%08x is not a "
                           "type of this image", i, tok);
    }
    return 0;
}

/* Walks the data sections that follow a fat body's code, from RVA `rva`. */
static int read_sections(const md_image *img, uint64_t rva, md_body *b, md_error *err) {
    for (int n = 0;; n++) {
        rva = (rva + 3) & ~(uint64_t)3;   /* sections are 4-byte aligned */
        const uint8_t *h = md_rva_ptr64(img, rva, 4);
        if (!h)
            return md_fail(err, b->code_file_offset, 1,
                           "method data section (RVA 0x%llx) is outside the image",
                           (unsigned long long)rva);
        uint64_t at = md_ptr_offset(img, h);
        if (n == MAX_DATA_SECTIONS)
            return md_fail(err, at, 1, "method has more than %d data sections",
                           MAX_DATA_SECTIONS);
        uint8_t kind = h[0];
        int fat = (kind & SECT_FAT) != 0;
        uint32_t size = fat ? (uint32_t)h[1] | ((uint32_t)h[2] << 8) | ((uint32_t)h[3] << 16)
                            : h[1];
        if (size < 4)
            return md_fail(err, at, 1, "method data section of size %u", size);
        const uint8_t *d = md_rva_ptr64(img, rva, size);
        if (!d)
            return md_fail(err, at, 1, "method data section (0x%x bytes) extends past its "
                           "image section", size);
        switch (kind & SECT_KIND_MASK) {
        case SECT_EH_TABLE:
            /* XXX: one EH table per body is what compilers emit; md_body holds one. */
            if (b->eh_data)
                return md_fail(err, at, 1, "method has more than one exception table");
            b->eh_fat = fat;
            b->eh_count = (size - 4) / (fat ? FAT_CLAUSE : SMALL_CLAUSE);
            b->eh_data = d + 4;
            b->eh_size = b->eh_count * (fat ? FAT_CLAUSE : SMALL_CLAUSE);
            break;
        case SECT_OPT_IL_TABLE:
            break;   /* reserved; nothing reads it */
        default:
            return md_fail(err, at, 1, "method data section of unknown kind 0x%02x", kind);
        }
        rva += size;
        if (!(kind & SECT_MORE))
            return 0;
    }
}

int md_method_body(const md_image *img, uint32_t rva, md_body *out, md_error *err) {
    memset(out, 0, sizeof *out);
    if (rva == 0)
        return md_fail(err, 0, 0, "method has no body (RVA 0)");
    const uint8_t *h = md_rva_ptr(img, rva, 1);
    if (!h) {
        /* point at the MethodDef cell that holds this RVA (the first one that does) */
        uint64_t at = 0;
        for (uint32_t r = 1; r <= img->rows[MD_MethodDef] && !at; r++)
            if (md_get(img, MDC_MethodDef_RVA, r) == rva)
                at = md_cell_offset(img, MDC_MethodDef_RVA, r);
        return md_fail(err, at, at != 0, "method body RVA 0x%x is outside the image's sections",
                       rva);
    }
    uint64_t at = md_ptr_offset(img, h);
    uint64_t code_rva;
    switch (h[0] & 3) {
    case HDR_TINY:
        out->code_size = h[0] >> 2;
        out->max_stack = 8;
        code_rva = (uint64_t)rva + 1;
        break;
    case HDR_FAT: {
        h = md_rva_ptr(img, rva, 12);
        if (!h)
            return md_fail(err, at, 1, "fat method header extends past its section");
        uint16_t fl = md_le16(h);
        uint32_t hsize = (uint32_t)(fl >> 12) * 4;
        if (hsize < 12)
            return md_fail(err, at, 1, "fat method header size %u is too small", hsize);
        out->fat = 1;
        out->init_locals = (fl & FAT_INIT_LOCALS) != 0;
        out->max_stack = md_le16(h + 2);
        out->code_size = md_le32(h + 4);
        out->local_sig = md_le32(h + 8);
        if (out->local_sig && (MD_TOKEN_TABLE(out->local_sig) != MD_StandAloneSig ||
                               !md_token_ok(img, out->local_sig)))
            return md_fail(err, at + 8, 1, "local variable signature token 0x%08x is not a "
                           "StandAloneSig of this image", out->local_sig);
        code_rva = (uint64_t)rva + hsize;
        break;
    }
    default:
        return md_fail(err, at, 1, "method body at RVA 0x%x has a bad header byte 0x%02x", rva,
                       h[0]);
    }
    out->code = md_rva_ptr64(img, code_rva, out->code_size);
    if (!out->code)
        return md_fail(err, at, 1, "method code (0x%x bytes) extends past its section",
                       out->code_size);
    out->code_file_offset = md_ptr_offset(img, out->code);
    if (out->fat && (md_le16(h) & FAT_MORE_SECTS)) {
        if (read_sections(img, code_rva + out->code_size, out, err) < 0)
            return -1;
        for (uint32_t i = 0; i < out->eh_count; i++)
            if (check_clause(img, out, i, err) < 0)
                return -1;
    }
    return 0;
}

/* ---- resources and field data ----------------------------------------------------- */

int md_resource(const md_image *img, uint32_t row, md_blob *out, md_error *err) {
    out->data = NULL;
    out->size = 0;
    if (row == 0 || row > md_rows(img, MD_ManifestResource))
        return md_fail(err, 0, 0, "no ManifestResource row %u", row);
    const char *name = md_string(img, md_get(img, MDC_ManifestResource_Name, row));
    if (md_get(img, MDC_ManifestResource_Implementation, row) != 0)
        return md_fail(err, 0, 0, "resource '%s' is not embedded in this file", name);
    uint32_t off = md_get(img, MDC_ManifestResource_Offset, row);
    uint32_t dsize = img->cli.resources_size;
    const uint8_t *dir = dsize ? md_rva_ptr(img, img->cli.resources_rva, dsize) : NULL;
    if (!dir || (uint64_t)off + 4 > dsize)
        return md_fail(err, 0, 0, "resource '%s' (offset 0x%x) lies outside the resources "
                       "directory", name, off);
    uint32_t len = md_le32(dir + off);
    if ((uint64_t)off + 4 + len > dsize)
        return md_fail(err, md_ptr_offset(img, dir + off), 1,
                       "resource '%s' (0x%x bytes) extends past the resources directory",
                       name, len);
    out->data = dir + off + 4;
    out->size = len;
    return 0;
}

const uint8_t *md_field_data(const md_image *img, uint32_t field_row, uint32_t size,
                             md_error *err) {
    uint32_t first;
    if (md_find(img, MDC_FieldRVA_Field, field_row, &first) == 0) {
        md_fail(err, 0, 0, "field %u has no FieldRVA row", field_row);
        return NULL;
    }
    uint32_t rva = md_get(img, MDC_FieldRVA_RVA, first);
    const uint8_t *p = md_rva_ptr(img, rva, size);
    if (!p)
        md_fail(err, 0, 0, "data of field %u (RVA 0x%x, %u bytes) is outside the image's "
                "sections", field_row, rva, size);
    return p;
}
