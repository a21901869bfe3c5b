/*
 * ucdgen.c — writes the core library's Unicode tables (System.Globalization.CharData)
 * from the Unicode Character Database, as Debian's unicode-data package installs it:
 *
 *   ucdgen UnicodeData.txt PropList.txt CharData.g.cs
 *
 * Every code point 0..10FFFF gets a record: general category, White_Space, simple
 * upper- and lowercase mapping, and numeric values. There are only a few hundred
 * distinct records, so a three-level table maps a code point to its record number;
 * the split points of the levels are chosen here to make the tables smallest.
 *
 * Everything is written as one byte span (`ReadOnlySpan<byte> Data => new byte[] {...}`),
 * which the C# compiler turns into data in the image: no allocation, no static
 * constructor, and the same bytes on every CPU (wider values are little-endian and
 * put together in C#, see corlib/System/Globalization/CharUnicodeInfo.cs).
 *
 * A host tool of the build (corlib/corlib.mk); a malformed input line stops it with
 * "file:line: message" and no output.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NCODEPOINTS 0x110000
#define CAT_UNASSIGNED 29 /* Cn: what UnicodeData.txt does not list */
#define FLAG_WHITESPACE 0x20 /* in a record's category byte, above the category */
#define MAX_RECORDS 65536 /* record numbers are two bytes */
#define MAX_NUMERICS 256 /* numeric-value numbers are one byte */
#define LINE_MAX_LEN 1024

/* .NET's UnicodeCategory order: the enum's value is the index. */
static const char *const category_names[30] = {
    "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc",
    "Cf", "Cs", "Co", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Cn",
};

/* .NET's invariant casing leaves these alone, for compatibility (Turkish dotted and
   dotless i, long s): mapping them would make non-ASCII text equal ASCII text when
   case is ignored. */
static const uint32_t casing_exempt[] = { 0x0130, 0x0131, 0x017F };

/* A numeric value: UnicodeData.txt fields 6 (decimal digit), 7 (digit), 8 (value). */
typedef struct {
    double value; /* -1 when none */
    int decimal_digit, digit; /* -1 when none */
} numeric;

/* What one code point says; records are the distinct ones. */
typedef struct {
    uint8_t category; /* category number | FLAG_WHITESPACE */
    uint16_t upper, lower; /* (mapping - code point) mod 0x10000: mappings stay in their plane */
    uint8_t numeric; /* index in numerics; 0 is "none" */
} record;

static uint8_t category[NCODEPOINTS];
static uint8_t whitespace[NCODEPOINTS];
static uint32_t upper_map[NCODEPOINTS], lower_map[NCODEPOINTS];
static uint8_t numeric_of[NCODEPOINTS];

static numeric numerics[MAX_NUMERICS];
static int nnumerics;
static record records[MAX_RECORDS];
static int nrecords;
static uint16_t record_of[NCODEPOINTS];

static const char *input_name;
static int input_line;

static void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (input_name)
        fprintf(stderr, "ucdgen: %s:%d: ", input_name, input_line);
    else
        fprintf(stderr, "ucdgen: ");
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size);
    if (!p)
        die("out of memory");
    return p;
}

/* Splits line at ';' in place; returns the number of fields (at most max). */
static int split_fields(char *line, char **field, int max)
{
    int n = 0;
    field[n++] = line;
    for (char *p = line; *p && n < max; p++)
        if (*p == ';') {
            *p = 0;
            field[n++] = p + 1;
        }
    return n;
}

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
        s[--n] = 0;
    return s;
}

/* A code point in hex, all of s. */
static uint32_t parse_code_point(const char *s)
{
    char *end;
    errno = 0;
    unsigned long v = strtoul(s, &end, 16);
    if (!*s || *end || errno || v >= NCODEPOINTS)
        die("bad code point '%s'", s);
    return (uint32_t)v;
}

/* A small decimal integer (a digit field), all of s; -1 if s is empty. */
static int parse_digit(const char *s)
{
    if (!*s)
        return -1;
    if (s[0] < '0' || s[0] > '9' || s[1])
        die("bad digit value '%s'", s);
    return s[0] - '0';
}

/* A numeric value: an integer or a fraction ("-1/2"); -1 if s is empty. The quotient
   of two exactly representable integers, rounded once: the nearest double. */
static double parse_value(const char *s)
{
    if (!*s)
        return -1;
    char *end;
    errno = 0;
    long long num = strtoll(s, &end, 10), den = 1;
    if (end == s || errno)
        die("bad numeric value '%s'", s);
    if (*end == '/') {
        const char *d = end + 1;
        den = strtoll(d, &end, 10);
        if (end == d || errno || den <= 0)
            die("bad numeric value '%s'", s);
    }
    if (*end)
        die("bad numeric value '%s'", s);
    const long long exact = 1LL << 53;
    if (num > exact || num < -exact || den > exact)
        die("numeric value '%s' is not exact in a double", s);
    return (double)num / (double)den;
}

static int numeric_index(double value, int decimal_digit, int digit)
{
    if (value == -1 && decimal_digit < 0 && digit < 0)
        return 0;
    for (int i = 1; i < nnumerics; i++)
        if (numerics[i].value == value && numerics[i].decimal_digit == decimal_digit &&
            numerics[i].digit == digit)
            return i;
    if (nnumerics == MAX_NUMERICS)
        die("more than %d distinct numeric values; CharData's numeric numbers are one byte",
            MAX_NUMERICS - 1);
    numerics[nnumerics] = (numeric){ value, decimal_digit, digit };
    return nnumerics++;
}

/* UnicodeData.txt: one code point per line, or a range as a "<..., First>" line and a
   "<..., Last>" line. Fields: 0 code point, 1 name, 2 category, 6 decimal digit,
   7 digit, 8 numeric value, 12 simple uppercase, 13 simple lowercase. */
static void read_unicode_data(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        die("cannot open %s: %s", path, strerror(errno));
    input_name = path;
    input_line = 0;
    memset(category, CAT_UNASSIGNED, sizeof category);
    for (uint32_t cp = 0; cp < NCODEPOINTS; cp++)
        upper_map[cp] = lower_map[cp] = cp;
    nnumerics = 1;
    numerics[0] = (numeric){ -1, -1, -1 };

    char line[LINE_MAX_LEN];
    long range_first = -1;
    int count = 0;
    while (fgets(line, sizeof line, f)) {
        input_line++;
        if (!strchr(line, '\n') && !feof(f))
            die("line too long");
        char *s = trim(line);
        if (!*s)
            continue;
        char *field[16];
        if (split_fields(s, field, 16) != 15)
            die("expected 15 fields");
        uint32_t cp = parse_code_point(field[0]);
        int cat = -1;
        for (int i = 0; i < 30; i++)
            if (!strcmp(field[2], category_names[i]))
                cat = i;
        if (cat < 0)
            die("unknown general category '%s'", field[2]);
        double value = parse_value(field[8]);
        int decimal_digit = parse_digit(field[6]), digit = parse_digit(field[7]);
        int num = numeric_index(value, decimal_digit, digit);
        uint32_t upper = *field[12] ? parse_code_point(field[12]) : cp;
        uint32_t lower = *field[13] ? parse_code_point(field[13]) : cp;

        size_t name_len = strlen(field[1]);
        uint32_t first = cp;
        if (name_len > 8 && !strcmp(field[1] + name_len - 8, ", First>")) {
            if (range_first >= 0)
                die("range inside a range");
            range_first = cp;
            continue;
        }
        if (name_len > 7 && !strcmp(field[1] + name_len - 7, ", Last>")) {
            if (range_first < 0 || (uint32_t)range_first > cp)
                die("range end without its start");
            first = (uint32_t)range_first;
            range_first = -1;
        } else if (range_first >= 0) {
            die("range start without its end");
        }
        for (uint32_t c = first; c <= cp; c++) {
            if (category[c] != CAT_UNASSIGNED)
                die("U+%04X listed twice", (unsigned)c);
            category[c] = (uint8_t)cat;
            numeric_of[c] = (uint8_t)num;
            upper_map[c] = first == cp ? upper : c;
            lower_map[c] = first == cp ? lower : c;
        }
        count++;
    }
    if (ferror(f))
        die("read error: %s", strerror(errno));
    if (range_first >= 0)
        die("range start without its end");
    if (count == 0)
        die("no code points");
    fclose(f);
    input_name = NULL;

    for (size_t i = 0; i < sizeof casing_exempt / sizeof casing_exempt[0]; i++)
        upper_map[casing_exempt[i]] = lower_map[casing_exempt[i]] = casing_exempt[i];
}

/* PropList.txt: "0009..000D    ; White_Space # ..."; only White_Space is used.
   Returns the Unicode version from the first line ("# PropList-15.0.0.txt"). */
static char *read_prop_list(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        die("cannot open %s: %s", path, strerror(errno));
    input_name = path;
    input_line = 0;
    char line[LINE_MAX_LEN];
    char *version = NULL;
    int count = 0;
    while (fgets(line, sizeof line, f)) {
        input_line++;
        if (!strchr(line, '\n') && !feof(f))
            die("line too long");
        if (input_line == 1) {
            const char *v = strstr(line, "PropList-");
            if (!v)
                die("no version line (# PropList-X.Y.Z.txt)");
            v += strlen("PropList-");
            size_t n = strspn(v, "0123456789.");
            if (n < 2)
                die("no version line (# PropList-X.Y.Z.txt)");
            if (v[n - 1] == '.')
                n--;
            version = xcalloc(n + 1, 1);
            memcpy(version, v, n);
        }
        char *hash = strchr(line, '#');
        if (hash)
            *hash = 0;
        char *s = trim(line);
        if (!*s)
            continue;
        char *field[3];
        if (split_fields(s, field, 3) != 2)
            die("expected 'range ; property'");
        if (strcmp(trim(field[1]), "White_Space"))
            continue;
        char *range = trim(field[0]);
        char *dots = strstr(range, "..");
        uint32_t first, last;
        if (dots) {
            *dots = 0;
            first = parse_code_point(range);
            last = parse_code_point(dots + 2);
        } else {
            first = last = parse_code_point(range);
        }
        if (first > last)
            die("empty range");
        for (uint32_t c = first; c <= last; c++)
            whitespace[c] = 1;
        count++;
    }
    if (ferror(f))
        die("read error: %s", strerror(errno));
    if (count == 0)
        die("no White_Space entries");
    fclose(f);
    input_name = NULL;
    return version;
}

/* The casing offset as stored: within the plane, modulo 0x10000. */
static uint16_t case_offset(uint32_t cp, uint32_t to)
{
    if ((cp >> 16) != (to >> 16))
        die("U+%04X maps to U+%04X, in another plane; CharData's offsets stay in the plane",
            (unsigned)cp, (unsigned)to);
    return (uint16_t)((to - cp) & 0xFFFF);
}

static int same_record(const record *a, const record *b)
{
    return a->category == b->category && a->upper == b->upper && a->lower == b->lower &&
           a->numeric == b->numeric;
}

static void make_records(void)
{
    for (uint32_t cp = 0; cp < NCODEPOINTS; cp++) {
        record r = {
            .category = (uint8_t)(category[cp] | (whitespace[cp] ? FLAG_WHITESPACE : 0)),
            .upper = case_offset(cp, upper_map[cp]),
            .lower = case_offset(cp, lower_map[cp]),
            .numeric = numeric_of[cp],
        };
        /* Neighbours mostly share a record: try the last one first. */
        int i = cp ? record_of[cp - 1] : 0;
        if (i >= nrecords || !same_record(&records[i], &r))
            for (i = 0; i < nrecords && !same_record(&records[i], &r); i++)
                ;
        if (i == nrecords) {
            if (nrecords == MAX_RECORDS)
                die("more than %d distinct records; CharData's record numbers are two bytes",
                    MAX_RECORDS);
            records[nrecords++] = r;
        }
        record_of[cp] = (uint16_t)i;
    }
}

/* ---- the three-level table ----------------------------------------------------------

   For shifts s1 > s2: level 1 has an entry per 2^s1 code points, the number of its
   block in level 2; a level-2 block has 2^(s1-s2) entries, each the number of a block
   in level 3; a level-3 block has 2^s2 record numbers. Equal blocks are stored once.
   All three levels hold two-byte numbers. */

typedef struct {
    int s1, s2;
    uint16_t *level1, *level2, *level3;
    size_t n1, n2, n3; /* entries */
} levels;

/* Replaces n values (a multiple of bs) by the numbers of their distinct blocks of bs:
   index[n / bs] gets the block numbers, and uniq (n entries) the distinct blocks in
   order; returns their count. An open-addressing hash table finds equal blocks. */
static size_t dedup_blocks(const uint16_t *v, size_t n, size_t bs, uint16_t *index,
                           uint16_t *uniq)
{
    size_t nblocks = n / bs, cap = 1;
    while (cap < 2 * nblocks)
        cap <<= 1;
    uint32_t *slot = xcalloc(cap, sizeof *slot); /* block number + 1; 0 is empty */
    size_t nuniq = 0;
    for (size_t b = 0; b < nblocks; b++) {
        const uint16_t *block = v + b * bs;
        uint32_t h = 2166136261u;
        for (size_t i = 0; i < bs; i++)
            h = (h ^ block[i]) * 16777619u;
        size_t at = h & (cap - 1);
        while (slot[at] && memcmp(uniq + (slot[at] - 1) * bs, block, bs * sizeof *block))
            at = (at + 1) & (cap - 1);
        if (!slot[at]) {
            memcpy(uniq + nuniq * bs, block, bs * sizeof *block);
            slot[at] = (uint32_t)++nuniq;
        }
        index[b] = (uint16_t)(slot[at] - 1);
        if (slot[at] - 1 > 0xFFFF) {
            free(slot);
            return SIZE_MAX; /* too many blocks for a two-byte number */
        }
    }
    free(slot);
    return nuniq;
}

/* Builds the levels for s1, s2; returns their size in bytes, or SIZE_MAX. */
static size_t build_levels(int s1, int s2, levels *out)
{
    size_t b3 = (size_t)1 << s2, b2 = (size_t)1 << (s1 - s2);
    uint16_t *l3_index = xcalloc(NCODEPOINTS >> s2, sizeof *l3_index);
    uint16_t *l3 = xcalloc(NCODEPOINTS, sizeof *l3);
    size_t n3 = dedup_blocks(record_of, NCODEPOINTS, b3, l3_index, l3);
    uint16_t *l1 = xcalloc(NCODEPOINTS >> s1, sizeof *l1);
    uint16_t *l2 = xcalloc(NCODEPOINTS >> s2, sizeof *l2);
    size_t n2 = n3 == SIZE_MAX ? SIZE_MAX : dedup_blocks(l3_index, NCODEPOINTS >> s2, b2, l1, l2);
    free(l3_index);
    if (n2 == SIZE_MAX) {
        free(l1); free(l2); free(l3);
        return SIZE_MAX;
    }
    *out = (levels){ s1, s2, l1, l2, l3, NCODEPOINTS >> s1, n2 * b2, n3 * b3 };
    return 2 * (out->n1 + out->n2 + out->n3);
}

static void free_levels(levels *l)
{
    free(l->level1); free(l->level2); free(l->level3);
}

static levels smallest_levels(void)
{
    levels best = { 0 };
    size_t best_size = SIZE_MAX;
    for (int s1 = 6; s1 <= 12; s1++)
        for (int s2 = 2; s2 < s1; s2++) {
            levels l;
            size_t size = build_levels(s1, s2, &l);
            if (size == SIZE_MAX)
                continue;
            if (size < best_size) {
                if (best_size != SIZE_MAX)
                    free_levels(&best);
                best = l;
                best_size = size;
            } else {
                free_levels(&l);
            }
        }
    if (best_size == SIZE_MAX)
        die("no table split fits two-byte block numbers");
    /* The tables must give back every code point's record. */
    for (uint32_t cp = 0; cp < NCODEPOINTS; cp++) {
        uint32_t b2 = best.level1[cp >> best.s1];
        uint32_t b3 = best.level2[(b2 << (best.s1 - best.s2)) +
                                  ((cp >> best.s2) & ((1u << (best.s1 - best.s2)) - 1))];
        if (best.level3[(b3 << best.s2) + (cp & ((1u << best.s2) - 1))] != record_of[cp])
            die("internal error: the tables lose U+%04X", (unsigned)cp);
    }
    return best;
}

/* ---- output ------------------------------------------------------------------------

   One byte span, Data, holds every table one after the other, so that a lookup in C#
   fetches the span once; a constant names where each table starts. */

typedef struct {
    uint8_t *bytes;
    size_t len, cap;
} buffer;

static void add_byte(buffer *b, unsigned v)
{
    if (b->len == b->cap) {
        b->cap = b->cap ? 2 * b->cap : 65536;
        b->bytes = realloc(b->bytes, b->cap);
        if (!b->bytes)
            die("out of memory");
    }
    b->bytes[b->len++] = (uint8_t)v;
}

static void add_u16s(buffer *b, const uint16_t *v, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        add_byte(b, v[i] & 0xFF);
        add_byte(b, v[i] >> 8);
    }
}

/* One table: its offset in Data as a constant, with what it holds. */
static void put_offset(FILE *out, const char *name, size_t offset, const char *what)
{
    fprintf(out, "        // %s\n        internal const int %s = %zu;\n", what, name, offset);
}

static void write_output(const char *path, const char *version, const levels *l)
{
    buffer data = { 0 };
    size_t level2, level3, category_at, upper_at, lower_at, numeric_at, value_at,
        decimal_at, digit_at;
    add_u16s(&data, l->level1, l->n1);
    level2 = data.len;
    add_u16s(&data, l->level2, l->n2);
    level3 = data.len;
    add_u16s(&data, l->level3, l->n3);
    category_at = data.len;
    for (int i = 0; i < nrecords; i++)
        add_byte(&data, records[i].category);
    upper_at = data.len;
    for (int i = 0; i < nrecords; i++)
        add_u16s(&data, &records[i].upper, 1);
    lower_at = data.len;
    for (int i = 0; i < nrecords; i++)
        add_u16s(&data, &records[i].lower, 1);
    numeric_at = data.len;
    for (int i = 0; i < nrecords; i++)
        add_byte(&data, records[i].numeric);
    value_at = data.len;
    for (int i = 0; i < nnumerics; i++) {
        uint64_t bits;
        memcpy(&bits, &numerics[i].value, sizeof bits);
        for (int k = 0; k < 8; k++)
            add_byte(&data, (unsigned)(bits >> (8 * k)) & 0xFF);
    }
    decimal_at = data.len;
    for (int i = 0; i < nnumerics; i++)
        add_byte(&data, (unsigned)numerics[i].decimal_digit & 0xFF);
    digit_at = data.len;
    for (int i = 0; i < nnumerics; i++)
        add_byte(&data, (unsigned)numerics[i].digit & 0xFF);

    /* Written under another name and renamed: a failed run leaves no half file. */
    size_t n = strlen(path);
    char *tmp = xcalloc(n + 5, 1);
    memcpy(tmp, path, n);
    memcpy(tmp + n, ".tmp", 5);
    FILE *out = fopen(tmp, "w");
    if (!out)
        die("cannot create %s: %s", tmp, strerror(errno));

    fprintf(out,
            "// <auto-generated> by corlib/tools/ucdgen.c from the Unicode Character Database %s\n"
            "// (UnicodeData.txt, PropList.txt). Do not edit; CharUnicodeInfo.cs reads it.\n"
            "namespace System.Globalization\n{\n"
            "    internal static class CharData\n    {\n"
            "        internal const string UnicodeVersion = \"%s\";\n\n"
            "        // Code point -> record number, in three levels of two-byte numbers: Level1's\n"
            "        // entry for cp >> Shift1 is a block of Level2, whose entry for (cp >> Shift2) & Mask2\n"
            "        // is a block of Level3, whose entry for cp & Mask3 is the record number.\n"
            "        // Numbers wider than a byte are little-endian.\n"
            "        internal const int Shift1 = %d, Shift2 = %d, Mask2 = %d, Mask3 = %d;\n",
            version, version, l->s1, l->s2, (1 << (l->s1 - l->s2)) - 1, (1 << l->s2) - 1);
    put_offset(out, "Level1", 0, "A block of Level2 per 2^Shift1 code points.");
    put_offset(out, "Level2", level2, "Blocks of Mask2 + 1 numbers of Level3 blocks.");
    put_offset(out, "Level3", level3, "Blocks of Mask3 + 1 record numbers.");
    put_offset(out, "RecordCategory", category_at,
               "Per record, a byte: UnicodeCategory, | 0x20 if White_Space.");
    put_offset(out, "RecordUpper", upper_at,
               "Per record, two bytes: simple uppercase mapping - code point, modulo 0x10000.");
    put_offset(out, "RecordLower", lower_at,
               "Per record, two bytes: simple lowercase mapping - code point, modulo 0x10000.");
    put_offset(out, "RecordNumeric", numeric_at,
               "Per record, a byte: its numeric number (0: not a number).");
    put_offset(out, "NumericValue", value_at,
               "Per numeric number, eight bytes: the value as IEEE double bits.");
    put_offset(out, "NumericDecimalDigit", decimal_at,
               "Per numeric number, a byte: the decimal digit value (255: none).");
    put_offset(out, "NumericDigit", digit_at,
               "Per numeric number, a byte: the digit value (255: none).");
    put_offset(out, "DataLength", data.len, "The end.");
    fputs("\n        internal static ReadOnlySpan<byte> Data => new byte[]\n        {\n", out);
    for (size_t i = 0; i < data.len; i++)
        fprintf(out, "%s%u,%s", i % 32 == 0 ? "            " : "", data.bytes[i],
                i % 32 == 31 || i + 1 == data.len ? "\n" : " ");
    fputs("        };\n    }\n}\n", out);

    if (ferror(out) || fclose(out) != 0)
        die("cannot write %s", tmp);
    if (rename(tmp, path) != 0)
        die("cannot rename %s to %s: %s", tmp, path, strerror(errno));
    free(tmp);
    free(data.bytes);
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: ucdgen UnicodeData.txt PropList.txt CharData.g.cs\n");
        return 2;
    }
    read_unicode_data(argv[1]);
    char *version = read_prop_list(argv[2]);
    make_records();
    levels l = smallest_levels();
    write_output(argv[3], version, &l);
    printf("ucdgen: Unicode %s: %d records, %d numeric values; levels of %zu, %zu and %zu bytes "
           "(shifts %d, %d)\n", version, nrecords, nnumerics, 2 * l.n1, 2 * l.n2, 2 * l.n3, l.s1,
           l.s2);
    free_levels(&l);
    free(version);
    return 0;
}
