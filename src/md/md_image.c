/*
 * md_image.c — opening an assembly: the PE/COFF headers and sections, RVA mapping, the
 * CLI header (II.25.3.3), the metadata root and its stream headers (II.24.2), and the
 * one error mechanism of md.
 */
#include "md/md_int.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- errors ----------------------------------------------------------------------- */

int md_fail(md_error *err, uint64_t offset, int has_offset, const char *fmt, ...) {
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
        err->offset = has_offset ? offset : 0;
        err->has_offset = has_offset;
    }
    return -1;
}

void md_format_error(char *buf, size_t size, const char *file, const md_error *err) {
    if (!buf || size == 0)
        return;
    if (!err) {
        snprintf(buf, size, "%s: unknown error", file ? file : "?");
        return;
    }
    if (!file)
        file = "?";
    if (err->has_offset)
        snprintf(buf, size, "%s: %s (at offset 0x%llx)", file, err->msg,
                 (unsigned long long)err->offset);
    else
        snprintf(buf, size, "%s: %s", file, err->msg);
}

/* ---- RVAs ------------------------------------------------------------------------- */

const uint8_t *md_rva_ptr64(const md_image *img, uint64_t rva, uint64_t size) {
    for (uint32_t i = 0; i < img->nsect; i++) {
        const md_section *s = &img->sect[i];
        if (rva >= s->va && rva - s->va < s->raw_size) {
            uint64_t in = rva - s->va;
            if (size > (uint64_t)s->raw_size - in)
                return NULL;   /* starts in this section but runs past its data */
            return img->data + s->raw_off + in;
        }
    }
    return NULL;
}

const uint8_t *md_rva_ptr(const md_image *img, uint32_t rva, uint32_t size) {
    return md_rva_ptr64(img, rva, size);
}

uint64_t md_rva_to_offset(const md_image *img, uint32_t rva) {
    const uint8_t *p = md_rva_ptr64(img, rva, 0);
    return p ? (uint64_t)(p - img->data) : UINT64_MAX;
}

uint64_t md_ptr_offset(const md_image *img, const void *p) {
    /* Compared as integers: p may point anywhere, and relational operators on
     * pointers into different objects are undefined. */
    uintptr_t b = (uintptr_t)p, lo = img ? (uintptr_t)img->data : 0;
    if (!img || !p || b < lo || b - lo > img->size)
        return UINT64_MAX;
    return (uint64_t)(b - lo);
}

/* ---- accessors -------------------------------------------------------------------- */

const char *md_image_name(const md_image *img) { return img->name; }

const md_cli_header *md_cli(const md_image *img) { return &img->cli; }

/* ---- PE headers ------------------------------------------------------------------- */

#define PE_DIR_CLI 14           /* the CLI header's index among the data directories */
#define CLI_HEADER_SIZE 72
#define CLI_FLAG_NATIVE_ENTRY 0x10u
#define PE_MAX_SECTIONS 96      /* the Windows loader's limit; RVA lookups scan them */

/* Copies a section name (8 bytes, maybe without NUL) into something printable. */
static void section_name(const uint8_t *p, char out[9]) {
    int i;
    for (i = 0; i < 8 && p[i]; i++)
        out[i] = (p[i] >= 0x20 && p[i] < 0x7f) ? (char)p[i] : '?';
    out[i] = 0;
}

/* DOS stub, PE signature, COFF and optional header, section table; returns the CLI
 * header's RVA and size in *cli_rva / *cli_size. */
static int read_pe(md_image *img, uint32_t *cli_rva, uint32_t *cli_size, md_error *err) {
    const uint8_t *d = img->data;
    uint64_t n = img->size;

    if (n < 0x40)
        return md_fail(err, 0, 0, "file too small for a PE image (%llu bytes)",
                       (unsigned long long)n);
    if (d[0] != 'M' || d[1] != 'Z')
        return md_fail(err, 0, 1, "not a PE image (no 'MZ' signature)");
    uint64_t pe = md_le32(d + 0x3c);
    if (pe + 24 > n)
        return md_fail(err, 0x3c, 1, "PE header offset 0x%llx is past end of file",
                       (unsigned long long)pe);
    if (memcmp(d + pe, "PE\0\0", 4) != 0)
        return md_fail(err, pe, 1, "not a PE image (no 'PE' signature)");

    const uint8_t *coff = d + pe + 4;
    uint32_t nsect = md_le16(coff + 2);
    uint32_t opt_size = md_le16(coff + 16);
    img->cli.pe_machine = md_le16(coff);
    img->cli.pe_characteristics = md_le16(coff + 18);

    uint64_t opt = pe + 24;
    if (opt + opt_size > n)
        return md_fail(err, opt, 1, "PE optional header extends past end of file");
    if (opt_size < 2)
        return md_fail(err, opt, 1, "PE optional header missing");
    uint32_t magic = md_le16(d + opt);
    uint32_t dirs;   /* offset of the data directories in the optional header */
    if (magic == 0x10b)
        dirs = 96;
    else if (magic == 0x20b)
        dirs = 112, img->cli.pe32_plus = 1;
    else
        return md_fail(err, opt, 1, "unknown PE optional header magic 0x%x", magic);
    if (opt_size < dirs)
        return md_fail(err, opt, 1, "PE optional header too small (%u bytes)", opt_size);
    uint32_t ndirs = md_le32(d + opt + dirs - 4);
    if (ndirs <= PE_DIR_CLI || dirs + (PE_DIR_CLI + 1) * 8u > opt_size)
        return md_fail(err, opt, 1, "no CLI header directory: not a .NET assembly");
    img->cli_dir_off = opt + dirs + PE_DIR_CLI * 8;
    *cli_rva = md_le32(d + opt + dirs + PE_DIR_CLI * 8);
    *cli_size = md_le32(d + opt + dirs + PE_DIR_CLI * 8 + 4);
    if (*cli_rva == 0)
        return md_fail(err, opt + dirs + PE_DIR_CLI * 8, 1,
                       "no CLI header: not a .NET assembly");

    uint64_t sh = opt + opt_size;
    if (nsect == 0 || nsect > PE_MAX_SECTIONS)
        return md_fail(err, pe + 6, 1, "PE image has %u sections (1 to %d allowed)", nsect,
                       PE_MAX_SECTIONS);
    if (sh + (uint64_t)nsect * 40 > n)
        return md_fail(err, sh, 1, "PE section table extends past end of file");
    img->sect = calloc(nsect, sizeof *img->sect);
    if (!img->sect)
        return md_fail(err, 0, 0, "out of memory");
    img->nsect = nsect;
    for (uint32_t i = 0; i < nsect; i++) {
        const uint8_t *s = d + sh + (uint64_t)i * 40;
        md_section *m = &img->sect[i];
        m->vsize = md_le32(s + 8);
        m->va = md_le32(s + 12);
        m->raw_size = md_le32(s + 16);
        m->raw_off = md_le32(s + 20);
        if (m->raw_size && (uint64_t)m->raw_off + m->raw_size > n) {
            char name[9];
            section_name(s, name);
            return md_fail(err, sh + (uint64_t)i * 40, 1,
                           "section '%s' data (0x%x bytes at 0x%x) extends past end of file",
                           name, m->raw_size, m->raw_off);
        }
    }
    return 0;
}

/* The CLI header (II.25.3.3); returns the metadata directory. */
static int read_cli(md_image *img, uint32_t rva, uint32_t size, uint32_t *md_rva,
                    uint32_t *md_size, md_error *err) {
    /* errors about the directory entry point at it: that is where the bad value is */
    if (size < CLI_HEADER_SIZE)
        return md_fail(err, img->cli_dir_off + 4, 1, "CLI header directory too small (%u bytes)",
                       size);
    const uint8_t *h = md_rva_ptr(img, rva, CLI_HEADER_SIZE);
    if (!h)
        return md_fail(err, img->cli_dir_off, 1,
                       "CLI header (RVA 0x%x) is outside the image's sections", rva);
    uint64_t off = md_ptr_offset(img, h);
    img->cli_off = off;
    md_cli_header *c = &img->cli;
    uint32_t cb = md_le32(h);
    if (cb < CLI_HEADER_SIZE)
        return md_fail(err, off, 1, "CLI header size field is %u, expected 72", cb);
    c->major_runtime = md_le16(h + 4);
    c->minor_runtime = md_le16(h + 6);
    *md_rva = md_le32(h + 8);
    *md_size = md_le32(h + 12);
    c->flags = md_le32(h + 16);
    c->entry_point = md_le32(h + 20);
    c->resources_rva = md_le32(h + 24);
    c->resources_size = md_le32(h + 28);
    c->strong_name_rva = md_le32(h + 32);
    c->strong_name_size = md_le32(h + 36);
    if (c->flags & CLI_FLAG_NATIVE_ENTRY)
        return md_fail(err, off + 16, 1, "native entry point not supported (mixed-mode image)");
    if (c->resources_size && !md_rva_ptr(img, c->resources_rva, c->resources_size))
        return md_fail(err, off + 24, 1,
                       "resources (RVA 0x%x, 0x%x bytes) lie outside the image's sections",
                       c->resources_rva, c->resources_size);
    return 0;
}

/* Which of the streams we know a name is. */
enum { ST_TABLES, ST_TABLES_UNCOMPRESSED, ST_STRINGS, ST_US, ST_BLOB, ST_GUID, ST_COUNT };
static const char *const stream_names[ST_COUNT] = {
    "#~", "#-", "#Strings", "#US", "#Blob", "#GUID"
};

/* The metadata root and stream headers (II.24.2.1-2), then heaps and tables. */
static int read_metadata(md_image *img, uint32_t rva, uint32_t size, md_error *err) {
    const uint8_t *m = md_rva_ptr(img, rva, size);
    if (!m) {
        uint64_t at = md_rva_to_offset(img, rva);
        if (at == UINT64_MAX)   /* point at the CLI header's metadata directory */
            return md_fail(err, img->cli_off + 8, 1,
                           "metadata (RVA 0x%x) is outside the image's sections", rva);
        return md_fail(err, at, 1, "metadata (0x%x bytes) extends past its section", size);
    }
    uint64_t base = md_ptr_offset(img, m);
    if (size < 20)
        return md_fail(err, base, 1, "metadata root too small (%u bytes)", size);
    if (md_le32(m) != 0x424A5342)
        return md_fail(err, base, 1, "bad metadata signature 0x%08x", md_le32(m));
    uint32_t vlen = md_le32(m + 12);
    if (vlen > 256 || 16 + vlen + 4 > size)
        return md_fail(err, base + 12, 1, "metadata version string length %u is invalid", vlen);
    uint32_t i;
    for (i = 0; i < vlen && m[16 + i]; i++)
        img->version[i] = (char)m[16 + i];
    img->version[i] = 0;
    img->cli.version = img->version;

    uint32_t pos = 16 + vlen;
    uint32_t nstreams = md_le16(m + pos + 2);
    pos += 4;
    const uint8_t *sp[ST_COUNT] = {0};
    uint32_t ssize[ST_COUNT] = {0};
    for (uint32_t s = 0; s < nstreams; s++) {
        uint64_t hdr = base + pos;
        if ((uint64_t)pos + 8 > size)
            return md_fail(err, hdr, 1, "metadata stream header %u extends past the metadata", s);
        uint32_t off = md_le32(m + pos), len = md_le32(m + pos + 4);
        uint32_t nlen = 0;
        const uint8_t *name = m + pos + 8;
        while (nlen < 32 && pos + 8 + nlen < size && name[nlen])
            nlen++;
        if (nlen == 32 || pos + 8 + nlen >= size)
            return md_fail(err, hdr, 1, "metadata stream header %u has an unterminated name", s);
        char sname[33];
        memcpy(sname, name, nlen);
        sname[nlen] = 0;
        pos += 8 + ((nlen + 4) & ~3u);   /* the name, its NUL, padding to 4 */
        if (strcmp(sname, "#JTD") == 0)   /* every index would be 4 bytes wide */
            return md_fail(err, hdr, 1, "metadata stream '#JTD': edit-and-continue delta "
                           "metadata is not supported");
        if ((uint64_t)off + len > size) {
            if (base + off + len > img->size)
                return md_fail(err, hdr, 1, "metadata stream '%s' extends past end of file",
                               sname);
            return md_fail(err, hdr, 1, "metadata stream '%s' extends past end of metadata",
                           sname);
        }
        for (int k = 0; k < ST_COUNT; k++) {
            if (strcmp(sname, stream_names[k]) != 0)
                continue;
            if (sp[k])
                return md_fail(err, hdr, 1, "duplicate metadata stream '%s'", sname);
            sp[k] = m + off;
            ssize[k] = len;
        }
    }
    if (sp[ST_TABLES] && sp[ST_TABLES_UNCOMPRESSED])
        return md_fail(err, base, 1, "metadata has both '#~' and '#-' table streams");
    md_heap *heaps[4] = {&img->strings, &img->us, &img->blob, &img->guid};
    for (int k = 0; k < 4; k++) {
        heaps[k]->p = sp[ST_STRINGS + k];
        heaps[k]->size = ssize[ST_STRINGS + k];
        heaps[k]->present = sp[ST_STRINGS + k] != NULL;
    }
    if (md_heaps_check(img, err) < 0)
        return -1;
    int t = sp[ST_TABLES] ? ST_TABLES : ST_TABLES_UNCOMPRESSED;
    if (!sp[t])
        return md_fail(err, base, 1, "metadata has no table stream ('#~' or '#-')");
    img->uncompressed = t == ST_TABLES_UNCOMPRESSED;
    return md_tables_load(img, sp[t], ssize[t], err);
}

/* Checks that what the CLI header names exists now that tables are known. */
static int check_entry_point(md_image *img, md_error *err) {
    uint32_t ep = img->cli.entry_point;
    if (ep == 0)
        return 0;
    if (MD_TOKEN_TABLE(ep) != MD_MethodDef || !md_token_ok(img, ep))
        return md_fail(err, img->cli_off + 20, 1,
                       "entry point token 0x%08x is not a MethodDef of this image", ep);
    return 0;
}

/* Takes ownership of data (malloc'd) and checks everything. */
static int open_owned(const char *name, uint8_t *data, size_t size, md_image **out,
                      md_error *err) {
    *out = NULL;
    md_image *img = calloc(1, sizeof *img);
    if (!img) {
        free(data);
        return md_fail(err, 0, 0, "out of memory");
    }
    img->data = data;
    img->size = size;
    img->name = strdup(name ? name : "");
    if (!img->name) {
        md_close(img);
        return md_fail(err, 0, 0, "out of memory");
    }
    uint32_t cli_rva = 0, cli_size = 0, md_rva = 0, md_size = 0;
    if (read_pe(img, &cli_rva, &cli_size, err) < 0 ||
        read_cli(img, cli_rva, cli_size, &md_rva, &md_size, err) < 0 ||
        read_metadata(img, md_rva, md_size, err) < 0 || check_entry_point(img, err) < 0) {
        md_close(img);
        return -1;
    }
    *out = img;
    return 0;
}

int md_open_memory(const char *name, const uint8_t *data, size_t size, md_image **out,
                   md_error *err) {
    *out = NULL;
    if (size > MD_MAX_FILE_SIZE)
        return md_fail(err, 0, 0, "image too large (%llu bytes)", (unsigned long long)size);
    uint8_t *copy = malloc(size ? size : 1);
    if (!copy)
        return md_fail(err, 0, 0, "out of memory");
    if (size)
        memcpy(copy, data, size);
    return open_owned(name, copy, size, out, err);
}

int md_open_file(const char *path, md_image **out, md_error *err) {
    *out = NULL;
    FILE *f = fopen(path, "rb");
    if (!f)
        return md_fail(err, 0, 0, "cannot open: %s", strerror(errno));
    uint8_t *buf = NULL;
    size_t len = 0, cap = 0;
    /* Read in chunks rather than trusting a size from seek: works for pipes too, and
     * stops at the limit instead of allocating whatever the file claims. */
    for (;;) {
        if (len == cap) {
            size_t ncap = cap ? cap * 2 : 1u << 16;
            if (ncap > (size_t)MD_MAX_FILE_SIZE + 1)
                ncap = (size_t)MD_MAX_FILE_SIZE + 1;
            if (ncap == cap) {
                free(buf);
                fclose(f);
                return md_fail(err, 0, 0, "file too large (over %u bytes)", MD_MAX_FILE_SIZE);
            }
            uint8_t *nb = realloc(buf, ncap);
            if (!nb) {
                free(buf);
                fclose(f);
                return md_fail(err, 0, 0, "out of memory");
            }
            buf = nb;
            cap = ncap;
        }
        size_t got = fread(buf + len, 1, cap - len, f);
        len += got;
        if (got == 0) {
            int bad = ferror(f);
            int e = errno;
            fclose(f);
            if (bad) {
                free(buf);
                return md_fail(err, 0, 0, "cannot read: %s", strerror(e));
            }
            break;
        }
    }
    if (len > MD_MAX_FILE_SIZE) {
        free(buf);
        return md_fail(err, 0, 0, "file too large (over %u bytes)", MD_MAX_FILE_SIZE);
    }
    return open_owned(path, buf, len, out, err);
}

void md_close(md_image *img) {
    if (!img)
        return;
    md_tables_free(img);
    free(img->sect);
    free(img->data);
    free(img->name);
    free(img);
}
