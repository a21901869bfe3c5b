/*
 * md_int.h — private to src/md: the image structure and what the md_*.c files share.
 * Nothing outside src/md includes this; the public contract is md.h.
 */
#ifndef ANYCLR_MD_INT_H
#define ANYCLR_MD_INT_H

#include "md/md.h"

/* One PE section: where its RVA range lives in the file. */
typedef struct md_section {
    uint32_t va, vsize;
    uint32_t raw_off, raw_size;   /* checked at open: raw_off + raw_size <= file size */
} md_section;

/* One metadata heap: bytes inside the image, and the stream's file offset. */
typedef struct md_heap {
    const uint8_t *p;             /* NULL when the stream is absent */
    uint32_t size;
    int present;
} md_heap;

/* Column kinds of md_schema.def. */
enum md_kind { MD_K_U8P, MD_K_U16, MD_K_U32, MD_K_STR, MD_K_GUID, MD_K_BLOB, MD_K_IDX, MD_K_CI };

/* The coded index kinds of II.24.2.6. */
enum md_ci {
    MD_CI_TYPEDEFORREF, MD_CI_HASCONSTANT, MD_CI_HASCUSTOMATTRIBUTE, MD_CI_HASFIELDMARSHAL,
    MD_CI_HASDECLSECURITY, MD_CI_MEMBERREFPARENT, MD_CI_HASSEMANTICS, MD_CI_METHODDEFORREF,
    MD_CI_MEMBERFORWARDED, MD_CI_IMPLEMENTATION, MD_CI_CUSTOMATTRIBUTETYPE,
    MD_CI_RESOLUTIONSCOPE, MD_CI_TYPEORMETHODDEF, MD_CI_COUNT
};

/* The five list columns, each with its optional indirection (…Ptr) table. */
#define MD_LIST_COUNT 5

struct md_image {
    char *name;
    uint8_t *data;                /* the whole file, owned */
    size_t size;

    md_cli_header cli;
    uint64_t cli_dir_off;         /* file offset of the CLI header's data directory entry */
    uint64_t cli_off;             /* file offset of the CLI header itself */
    char version[260];            /* metadata root version string, NUL-terminated */

    md_section *sect;
    uint32_t nsect;

    md_heap strings, blob, guid, us;
    int uncompressed;             /* the table stream is "#-" rather than "#~" */
    uint8_t heap_flags;

    uint32_t rows[MD_TABLE_COUNT];
    uint32_t row_size[MD_TABLE_COUNT];
    const uint8_t *tab[MD_TABLE_COUNT];   /* first row of each present table */

    uint8_t col_off[MDC_COUNT];   /* byte offset of the column inside a row */
    uint8_t col_width[MDC_COUNT]; /* 1, 2 or 4 bytes */
    uint8_t col_sorted[MDC_COUNT];/* rows are in non-decreasing order of this column */

    /* For a list whose …Ptr table exists: child row -> list position (0 = not listed). */
    uint32_t *list_pos[MD_LIST_COUNT];
};

/* ---- shared between the md_*.c files ---------------------------------------------- */

/* The file offset of a table cell (for errors about what the cell says). */
uint64_t md_cell_offset(const md_image *img, enum md_col col, uint32_t row);

/* Bytes at a 64-bit RVA range (no wrap-around), or NULL. */
const uint8_t *md_rva_ptr64(const md_image *img, uint64_t rva, uint64_t size);

/* Reads the #~ / #- stream and checks every cell (md_tables.c). */
int md_tables_load(md_image *img, const uint8_t *p, uint32_t size, md_error *err);
void md_tables_free(md_image *img);

/* Heap checks used by the table validation (md_heaps.c). */
int md_heaps_check(md_image *img, md_error *err);
int md_string_ok(const md_image *img, uint32_t offset);
int md_blob_ok(const md_image *img, uint32_t offset);
int md_guid_ok(const md_image *img, uint32_t index);

/*
 * A compressed unsigned integer (II.23.2) at p, not reading at or past end.
 * Returns its length in bytes (1, 2 or 4), or 0 if it is cut short or malformed.
 */
static inline unsigned md_decode_uint(const uint8_t *p, const uint8_t *end, uint32_t *val) {
    if (p >= end)
        return 0;
    uint8_t b = p[0];
    if ((b & 0x80) == 0) {
        *val = b;
        return 1;
    }
    if ((b & 0xC0) == 0x80) {
        if (end - p < 2)
            return 0;
        *val = ((uint32_t)(b & 0x3F) << 8) | p[1];
        return 2;
    }
    if ((b & 0xE0) == 0xC0) {
        if (end - p < 4)
            return 0;
        *val = ((uint32_t)(b & 0x1F) << 24) | ((uint32_t)p[1] << 16) |
               ((uint32_t)p[2] << 8) | p[3];
        return 4;
    }
    return 0;
}

#endif
