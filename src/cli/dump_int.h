/*
 * dump_int.h — private to `anyclr dump` (dump.c, dump_names.c): a growable string
 * buffer, and the printer of type names and signatures in ildasm's notation.
 */
#ifndef ANYCLR_CLI_DUMP_INT_H
#define ANYCLR_CLI_DUMP_INT_H

#include <stddef.h>
#include <stdint.h>

#include "md/md.h"

/* The longest name or signature text the printer builds: real ones stay under a few
 * KB; hostile TypeSpecs that refer to each other could otherwise expand exponentially. */
#define CLI_NAME_MAX (1u << 20)

/* A growable NUL-terminated string. Out of memory sets `oom` and stops growing. */
typedef struct cli_sb {
    char *p;
    size_t len, cap;
    int oom;
} cli_sb;

void cli_sb_putc(cli_sb *sb, char c);
void cli_sb_puts(cli_sb *sb, const char *s);
void cli_sb_putn(cli_sb *sb, const char *s, size_t n);
void cli_sb_printf(cli_sb *sb, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
static inline void cli_sb_reset(cli_sb *sb) {
    sb->len = 0;
    if (sb->p)
        sb->p[0] = 0;
}
static inline const char *cli_sb_str(const cli_sb *sb) {
    return sb->p ? sb->p : "";
}
void cli_sb_free(cli_sb *sb);

/*
 * Whose generic parameters !n and !!n mean: a TypeDef row and a MethodDef row (0 when
 * unknown). With a row, the parameter's name is printed ("!T"); without, its number.
 */
typedef struct cli_gctx {
    uint32_t type_row, method_row;
} cli_gctx;

/* The state every printer shares: the image and where errors go. */
typedef struct cli_names {
    const md_image *img;
    md_error *err;
    uint32_t *enclosing;     /* TypeDef row → enclosing TypeDef row, 0 if not nested */
} cli_names;

/* Builds n->enclosing from the NestedClass table. Returns 0 or -1 (out of memory). */
int cli_names_init(cli_names *n, const md_image *img, md_error *err);
void cli_names_free(cli_names *n);

/* A metadata name, quoted ('<>c') when it is not a plain ILAsm identifier. */
void cli_put_id(cli_sb *sb, const char *name);
/* A dotted name (namespace or full name), each part quoted as needed. */
void cli_put_dotted(cli_sb *sb, const char *name);

/* A TypeDef, TypeRef or TypeSpec token as a type name, without class/valuetype:
 * "[System.Runtime]System.Object", "Outer/Inner", "int32[]". */
int cli_type_name(cli_names *n, cli_sb *sb, uint32_t token, const cli_gctx *g);
/* The name of the TypeDef row as written in its own .class header: "Name" with the
 * namespace for top-level types, without generic parameters. */
void cli_typedef_header_name(cli_names *n, cli_sb *sb, uint32_t row);

/* One Type from a signature cursor, in ildasm's notation ("class [x]N.T`1<int32>"). */
int cli_sig_type(cli_names *n, cli_sb *sb, md_sig *s, const cli_gctx *g);

/*
 * A whole method signature around `middle` (the "Owner::Name<...>" part): callconv
 * words, return type, middle, then "(params)". With method_row, parameter names and
 * [in]/[out]/[opt] come from the Param table.
 */
int cli_method_sig(cli_names *n, cli_sb *sb, md_blob blob, const char *middle,
                   const cli_gctx *g, uint32_t method_row);

/* A field signature's type. */
int cli_field_sig(cli_names *n, cli_sb *sb, md_blob blob, const cli_gctx *g);

/*
 * A member token as IL shows it: MethodDef / MemberRef / MethodSpec as "instance void
 * [x]T::M(int32)", Field / field MemberRef as "int32 [x]T::f", a type as its name, a
 * StandAloneSig as a bare method signature. `ldtoken` adds "method " / "field ".
 * g is the generic context of the method whose IL this is.
 */
int cli_token_name(cli_names *n, cli_sb *sb, uint32_t token, int for_ldtoken,
                   const cli_gctx *g);

/* The generic parameter list "<+T, (class [x]I) U>" of a TypeDef or MethodDef token,
 * or nothing when it has none. */
int cli_generic_params(cli_names *n, cli_sb *sb, uint32_t owner_token);

#endif
