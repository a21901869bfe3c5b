/*
 * loader.c — start-up, assemblies and type references.
 *
 * The program's assembly is loaded from its file; its AssemblyRefs are looked up next
 * to the referencing file, next to the program and in the library folder (where the
 * core library lives). Every name of the .NET shared framework and reference packs
 * (System.Runtime, System.Console, netstandard, mscorlib, ...) that is not found beside
 * the program is unified onto the core library: its TypeRefs are then resolved by
 * namespace and name there. ExportedType forwarders are followed, so a real facade such
 * as System.Runtime.dll placed beside the program also ends up in the core library.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "gc/gc.h"
#include "vm/vm_int.h"

vm_module *vm_corlib;
vm_builtins vm_b;
const vm_target *vm_layout_target;

static vm_module **modules;        /* every loaded assembly, corlib first */
static uint32_t nmodules, modules_cap;
static char *program_dir;          /* directory of the first assembly loaded after corlib */
static char *library_dir;          /* directory of the core library */

/* Forwarders may chain (facade -> facade -> corlib); a loop must end. */
#define MAX_FORWARD_DEPTH 16

void vm_statics_scan(gc_visitor *v, void *ctx);   /* layout.c */

/* ---- small helpers --------------------------------------------------------------- */

static char *xstrdup(const char *s) {
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d)
        memcpy(d, s, n);
    return d;
}

static char *dir_of(const char *path) {
    const char *slash = strrchr(path, '/');
    if (!slash)
        return xstrdup(".");
    if (slash == path)
        return xstrdup("/");
    size_t n = (size_t)(slash - path);
    char *d = malloc(n + 1);
    if (d) {
        memcpy(d, path, n);
        d[n] = 0;
    }
    return d;
}

static int file_exists(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return 0;
    fclose(f);
    return 1;
}

/* "Name, Version=a.b.c.d, Culture=neutral, PublicKeyToken=..." of an Assembly or
 * AssemblyRef row (the columns are in the same order in both tables). */
static void assembly_display(const md_image *img, int ref, uint32_t row, char *buf,
                             size_t size) {
    enum md_col name = ref ? MDC_AssemblyRef_Name : MDC_Assembly_Name;
    enum md_col major = ref ? MDC_AssemblyRef_MajorVersion : MDC_Assembly_MajorVersion;
    enum md_col culture = ref ? MDC_AssemblyRef_Culture : MDC_Assembly_Culture;
    enum md_col key = ref ? MDC_AssemblyRef_PublicKeyOrToken : MDC_Assembly_PublicKey;
    const char *cul = md_string(img, md_get(img, culture, row));
    size_t n = (size_t)snprintf(buf, size, "%s, Version=%u.%u.%u.%u, Culture=%s",
                                md_string(img, md_get(img, name, row)),
                                md_get(img, major, row), md_get(img, (enum md_col)(major + 1), row),
                                md_get(img, (enum md_col)(major + 2), row),
                                md_get(img, (enum md_col)(major + 3), row),
                                *cul ? cul : "neutral");
    if (n >= size)
        return;
    md_blob k = md_blob_at(img, md_get(img, key, row));
    if (k.size == 0) {
        snprintf(buf + n, size - n, ", PublicKeyToken=null");
    } else if (ref && k.size == 8) {
        n += (size_t)snprintf(buf + n, size - n, ", PublicKeyToken=");
        for (uint32_t i = 0; i < 8 && n + 2 < size; i++)
            n += (size_t)snprintf(buf + n, size - n, "%02x", k.data[i]);
    }
    /* XXX: a full public key would need SHA-1 to give its token; it is left out. */
}

/* ---- exceptions ------------------------------------------------------------------ */

int vm_throw_type_load_name(vm_thread *t, const char *nspace, const char *name,
                            const char *assembly) {
    /* Raising looks the exception type up by name; if that lookup fails too, the core
     * library lacks its own exception types and there is nothing left to raise. */
    static int depth;
    if (depth > 2)
        vm_fatal("Could not load type '%s%s%s' from assembly '%s', nor the exception "
                 "type to report it with", nspace, *nspace ? "." : "", name, assembly);
    depth++;
    int r = vm_throw_newf(t, "System", "TypeLoadException",
                          "Could not load type '%s%s%s' from assembly '%s'.", nspace,
                          *nspace ? "." : "", name, assembly);
    depth--;
    return r;
}

int vm_throw_type_load(vm_thread *t, const vm_type *type) {
    char name[512];
    vm_type_name(type, name, sizeof name);
    const vm_module *m = type->module;
    return vm_throw_newf(t, "System", "TypeLoadException",
                         "Could not load type '%s' from assembly '%s'.", name,
                         m ? MX(m)->display : "?");
}

int vm_throw_bad_image(vm_thread *t, const vm_module *m, const char *what) {
    return vm_throw_newf(t, "System", "BadImageFormatException", "%s: %s",
                         m ? m->path : "?", what);
}

/* ---- modules --------------------------------------------------------------------- */

static vm_module *module_by_name(const char *name) {
    for (uint32_t i = 0; i < nmodules; i++)
        if (strcasecmp(modules[i]->name, name) == 0)
            return modules[i];
    return NULL;
}

static int register_module(vm_module *m) {
    if (nmodules == modules_cap) {
        uint32_t cap = modules_cap ? modules_cap * 2 : 8;
        vm_module **n = realloc(modules, cap * sizeof *n);
        if (!n)
            return -1;
        modules = n;
        modules_cap = cap;
    }
    modules[nmodules++] = m;
    return 0;
}

/* Opens a file as a module. NULL with an exception pending (or, before the core library
 * exists, a message printed) when it is missing or not a valid assembly. */
static vm_module *module_open(vm_thread *t, const char *path, int is_corlib) {
    if (!file_exists(path)) {
        if (!vm_corlib) {
            fprintf(stderr, "anyclr: error: %s: no such file\n", path);
            return NULL;
        }
        vm_throw_newf(t, "System.IO", "FileNotFoundException",
                      "Could not load file or assembly '%s'. The system cannot find the "
                      "file specified.", path);
        return NULL;
    }
    md_image *img;
    md_error err;
    if (md_open_file(path, &img, &err) != 0) {
        char msg[400];
        md_format_error(msg, sizeof msg, path, &err);
        if (!vm_corlib)
            fprintf(stderr, "anyclr: error: %s\n", msg);
        else
            vm_throw_newf(t, "System", "BadImageFormatException", "%s", msg);
        return NULL;
    }
    vm_modx *x = calloc(1, sizeof *x);
    char disp[400];
    const char *name;
    if (md_rows(img, MD_Assembly) >= 1) {
        name = md_string(img, md_get(img, MDC_Assembly_Name, 1));
        assembly_display(img, 0, 1, disp, sizeof disp);
    } else {
        name = md_string(img, md_get(img, MDC_Module_Name, 1));
        snprintf(disp, sizeof disp, "%s", name);
    }
    if (!x)
        goto oom;
    vm_module *m = &x->m;
    m->img = img;
    m->name = name;
    m->path = xstrdup(path);
    m->is_corlib = is_corlib;
    x->display = xstrdup(disp);
    x->dir = dir_of(path);
    m->typedefs = calloc(md_rows(img, MD_TypeDef) + 1, sizeof *m->typedefs);
    m->methoddefs = calloc(md_rows(img, MD_MethodDef) + 1, sizeof *m->methoddefs);
    m->fielddefs = calloc(md_rows(img, MD_Field) + 1, sizeof *m->fielddefs);
    m->assemblyrefs = calloc(md_rows(img, MD_AssemblyRef) + 1, sizeof *m->assemblyrefs);
    x->typerefs = calloc(md_rows(img, MD_TypeRef) + 1, sizeof *x->typerefs);
    if (!m->path || !x->display || !x->dir || !m->typedefs || !m->methoddefs ||
        !m->fielddefs || !m->assemblyrefs || !x->typerefs || register_module(m) != 0)
        goto oom;
    return m;
oom:
    /* Start-up cannot go on without memory for metadata. */
    vm_fatal("out of memory loading %s", path);
}

vm_module *vm_load_assembly_file(vm_thread *t, const char *path) {
    for (uint32_t i = 0; i < nmodules; i++)
        if (strcmp(modules[i]->path, path) == 0)
            return modules[i];
    vm_module *m = module_open(t, path, 0);
    if (!m)
        return NULL;
    /* The same assembly name twice (say the program names the core library): the first
     * one loaded wins, as in one .NET load context. */
    for (uint32_t i = 0; i + 1 < nmodules; i++)
        if (strcasecmp(modules[i]->name, m->name) == 0) {
            nmodules--;
            return modules[i];
        }
    if (!program_dir)
        program_dir = xstrdup(MX(m)->dir);
    return m;
}

/* Assembly names of the .NET shared framework and reference packs: not found beside the
 * program, they are unified onto the core library. */
static int is_framework_name(const char *n) {
    static const char *const exact[] = {
        "mscorlib", "netstandard", "System", "WindowsBase", "Microsoft.CSharp",
        "Microsoft.VisualBasic", "Microsoft.VisualBasic.Core", "Microsoft.Win32.Primitives",
        "Microsoft.Win32.Registry",
    };
    for (size_t i = 0; i < sizeof exact / sizeof exact[0]; i++)
        if (strcasecmp(n, exact[i]) == 0)
            return 1;
    return strncasecmp(n, "System.", 7) == 0;
}

static vm_module *try_dir(vm_thread *t, const char *dir, const char *name) {
    if (!dir)
        return NULL;
    char path[4096];
    if ((size_t)snprintf(path, sizeof path, "%s/%s.dll", dir, name) >= sizeof path)
        return NULL;
    if (!file_exists(path))
        return NULL;
    return vm_load_assembly_file(t, path);
}

vm_module *vm_resolve_assemblyref(vm_thread *t, vm_module *from, uint32_t row) {
    md_image *img = from->img;
    if (row == 0 || row > md_rows(img, MD_AssemblyRef)) {
        vm_throw_bad_image(t, from, "AssemblyRef row out of range");
        return NULL;
    }
    if (from->assemblyrefs[row])
        return from->assemblyrefs[row];
    const char *name = md_string(img, md_get(img, MDC_AssemblyRef_Name, row));
    vm_module *m = module_by_name(name);
    int fw = is_framework_name(name);
    if (!m)
        m = try_dir(t, MX(from)->dir, name);
    if (!m && !t->exception && program_dir && strcmp(program_dir, MX(from)->dir) != 0)
        m = try_dir(t, program_dir, name);
    if (!m && !t->exception && !fw)
        m = try_dir(t, library_dir, name);
    if (!m && !t->exception && fw)
        m = vm_corlib;
    if (!m) {
        if (!t->exception) {
            char disp[400];
            assembly_display(img, 1, row, disp, sizeof disp);
            vm_throw_newf(t, "System.IO", "FileNotFoundException",
                          "Could not load file or assembly '%s'. The system cannot find the "
                          "file specified.", disp);
        }
        return NULL;
    }
    from->assemblyrefs[row] = m;
    return m;
}

/* ---- finding types by name ------------------------------------------------------- */

static uint32_t name_hash(const char *ns, const char *name) {
    uint32_t h = 2166136261u;
    for (const char *p = ns; *p; p++)
        h = (h ^ (uint8_t)*p) * 16777619u;
    h = (h ^ '.') * 16777619u;
    for (const char *p = name; *p; p++)
        h = (h ^ (uint8_t)*p) * 16777619u;
    return h;
}

static int is_nested_flags(uint32_t flags) { return (flags & 7u) >= 2; }

static void build_name_index(vm_modx *x) {
    md_image *img = x->m.img;
    uint32_t n = md_rows(img, MD_TypeDef), cap = 16;
    while (cap < 2 * n + 2)
        cap *= 2;
    x->names = calloc(cap, sizeof *x->names);
    if (!x->names)
        vm_fatal("out of memory indexing %s", x->m.path);
    x->names_cap = cap;
    for (uint32_t r = 1; r <= n; r++) {
        if (is_nested_flags(md_get(img, MDC_TypeDef_Flags, r)))
            continue;
        uint32_t h = name_hash(md_string(img, md_get(img, MDC_TypeDef_Namespace, r)),
                               md_string(img, md_get(img, MDC_TypeDef_Name, r)));
        for (uint32_t i = h & (cap - 1);; i = (i + 1) & (cap - 1))
            if (!x->names[i]) {
                x->names[i] = r;
                break;
            }
    }
}

uint32_t vm_module_find_typedef(vm_module *m, const char *nspace, const char *name) {
    vm_modx *x = MX(m);
    md_image *img = m->img;
    if (!x->names)
        build_name_index(x);
    uint32_t cap = x->names_cap;
    for (uint32_t i = name_hash(nspace, name) & (cap - 1); x->names[i]; i = (i + 1) & (cap - 1)) {
        uint32_t r = x->names[i];
        if (strcmp(md_string(img, md_get(img, MDC_TypeDef_Name, r)), name) == 0 &&
            strcmp(md_string(img, md_get(img, MDC_TypeDef_Namespace, r)), nspace) == 0)
            return r;
    }
    return 0;
}

uint32_t vm_module_find_nested(vm_module *m, uint32_t enclosing, const char *name) {
    md_image *img = m->img;
    uint32_t r;
    if (!md_find(img, MDC_NestedClass_EnclosingClass, enclosing, &r))
        return 0;
    for (; r; r = md_find_next(img, MDC_NestedClass_EnclosingClass, enclosing, r)) {
        uint32_t nested = md_get(img, MDC_NestedClass_NestedClass, r);
        if (nested && strcmp(md_string(img, md_get(img, MDC_TypeDef_Name, nested)), name) == 0)
            return nested;
    }
    return 0;
}

int vm_token_is_named(vm_module *m, uint32_t token, const char *nspace, const char *name) {
    md_image *img = m->img;
    uint32_t row = MD_TOKEN_ROW(token);
    if (!md_token_ok(img, token))
        return 0;
    switch (MD_TOKEN_TABLE(token)) {
    case MD_TypeDef:
        return strcmp(md_string(img, md_get(img, MDC_TypeDef_Name, row)), name) == 0 &&
               strcmp(md_string(img, md_get(img, MDC_TypeDef_Namespace, row)), nspace) == 0;
    case MD_TypeRef:
        return strcmp(md_string(img, md_get(img, MDC_TypeRef_Name, row)), name) == 0 &&
               strcmp(md_string(img, md_get(img, MDC_TypeRef_Namespace, row)), nspace) == 0;
    default:
        return 0;
    }
}

static vm_type *find_type_in(vm_thread *t, vm_module *m, const char *nspace, const char *name,
                             const char *asm_for_error, int depth);

/* A top-level type through m's ExportedType rows, or NULL (nothing pending) if m has no
 * forwarder for it. */
static vm_type *follow_forwarder(vm_thread *t, vm_module *m, const char *nspace,
                                 const char *name, const char *asm_for_error, int depth,
                                 int *found) {
    md_image *img = m->img;
    uint32_t n = md_rows(img, MD_ExportedType);
    *found = 0;
    for (uint32_t r = 1; r <= n; r++) {
        uint32_t impl = md_get(img, MDC_ExportedType_Implementation, r);
        if (MD_TOKEN_TABLE(impl) == MD_ExportedType)
            continue;   /* nested: reached through its enclosing type */
        if (strcmp(md_string(img, md_get(img, MDC_ExportedType_TypeName, r)), name) != 0 ||
            strcmp(md_string(img, md_get(img, MDC_ExportedType_TypeNamespace, r)), nspace) != 0)
            continue;
        *found = 1;
        if (MD_TOKEN_TABLE(impl) != MD_AssemblyRef) {
            /* XXX: multi-file assemblies (Implementation = File) are not supported. */
            vm_throw_type_load_name(t, nspace, name, asm_for_error);
            return NULL;
        }
        vm_module *target = vm_resolve_assemblyref(t, m, MD_TOKEN_ROW(impl));
        if (!target)
            return NULL;
        return find_type_in(t, target, nspace, name, asm_for_error, depth + 1);
    }
    return NULL;
}

/* ns.name in m, where name may be "Outer/Inner"; forwarders followed. */
static vm_type *find_type_in(vm_thread *t, vm_module *m, const char *nspace, const char *name,
                             const char *asm_for_error, int depth) {
    if (depth > MAX_FORWARD_DEPTH) {
        vm_throw_type_load_name(t, nspace, name, asm_for_error);
        return NULL;
    }
    char outer[512];
    const char *slash = strchr(name, '/');
    size_t len = slash ? (size_t)(slash - name) : strlen(name);
    if (len >= sizeof outer) {
        vm_throw_type_load_name(t, nspace, name, asm_for_error);
        return NULL;
    }
    memcpy(outer, name, len);
    outer[len] = 0;
    vm_type *type = NULL;
    uint32_t row = vm_module_find_typedef(m, nspace, outer);
    if (row) {
        type = vm_typedef(t, m, row);
    } else {
        int found;
        type = follow_forwarder(t, m, nspace, outer, asm_for_error, depth, &found);
        if (!found)
            vm_throw_type_load_name(t, nspace, name, asm_for_error);
    }
    while (type && slash) {
        const char *seg = slash + 1;
        slash = strchr(seg, '/');
        len = slash ? (size_t)(slash - seg) : strlen(seg);
        if (len >= sizeof outer)
            len = sizeof outer - 1;
        memcpy(outer, seg, len);
        outer[len] = 0;
        uint32_t nested = vm_module_find_nested(type->module, MD_TOKEN_ROW(type->token), outer);
        if (!nested) {
            vm_throw_type_load_name(t, nspace, name, asm_for_error);
            return NULL;
        }
        type = vm_typedef(t, type->module, nested);
    }
    return type;
}

vm_type *vm_find_type(vm_thread *t, vm_module *m, const char *nspace, const char *name) {
    return find_type_in(t, m, nspace, name, MX(m)->display, 0);
}

/* ---- type references ------------------------------------------------------------- */

static vm_type *resolve_typeref(vm_thread *t, vm_module *m, uint32_t row, int depth) {
    vm_modx *x = MX(m);
    md_image *img = m->img;
    if (x->typerefs[row]) {
        vm_type *cached = x->typerefs[row];
        if (cached->state == VM_TS_FAILED) {
            vm_throw_type_load(t, cached);
            return NULL;
        }
        return cached;
    }
    if (depth > 64) {
        vm_throw_bad_image(t, m, "TypeRef nesting too deep");
        return NULL;
    }
    const char *name = md_string(img, md_get(img, MDC_TypeRef_Name, row));
    const char *nspace = md_string(img, md_get(img, MDC_TypeRef_Namespace, row));
    uint32_t scope = md_get(img, MDC_TypeRef_ResolutionScope, row);
    vm_type *type = NULL;
    switch (MD_TOKEN_TABLE(scope)) {
    case MD_AssemblyRef: {
        vm_module *target = vm_resolve_assemblyref(t, m, MD_TOKEN_ROW(scope));
        if (!target)
            return NULL;
        char disp[400];
        assembly_display(img, 1, MD_TOKEN_ROW(scope), disp, sizeof disp);
        type = find_type_in(t, target, nspace, name, disp, 0);
        break;
    }
    case MD_TypeRef: {
        vm_type *enc = resolve_typeref(t, m, MD_TOKEN_ROW(scope), depth + 1);
        if (!enc)
            return NULL;
        uint32_t nested = vm_module_find_nested(enc->module, MD_TOKEN_ROW(enc->token), name);
        if (!nested) {
            char encname[512], full[700];
            vm_type_name(enc, encname, sizeof encname);
            snprintf(full, sizeof full, "%s+%s", encname, name);
            vm_throw_type_load_name(t, "", full, MX(enc->module)->display);
            return NULL;
        }
        type = vm_typedef(t, enc->module, nested);
        break;
    }
    case MD_ModuleRef:
        /* XXX: multi-module assemblies: only a ModuleRef naming this module works. */
    case MD_Module:   /* also the null scope: this module's ExportedType rows */
        type = find_type_in(t, m, nspace, name, x->display, 0);
        break;
    default:
        vm_throw_bad_image(t, m, "TypeRef with a bad resolution scope");
        return NULL;
    }
    if (type)
        x->typerefs[row] = type;
    return type;
}

vm_type *vm_resolve_type(vm_thread *t, vm_module *m, uint32_t token, const vm_generic_ctx *ctx) {
    md_image *img = m->img;
    if (!md_token_ok(img, token)) {
        char what[64];
        snprintf(what, sizeof what, "bad type token 0x%08x", token);
        vm_throw_bad_image(t, m, what);
        return NULL;
    }
    uint32_t row = MD_TOKEN_ROW(token);
    switch (MD_TOKEN_TABLE(token)) {
    case MD_TypeDef:
        return vm_typedef(t, m, row);
    case MD_TypeRef:
        return resolve_typeref(t, m, row, 0);
    case MD_TypeSpec: {
        md_sig s;
        md_error err;
        md_sig_init(&s, img, md_blob_at(img, md_get(img, MDC_TypeSpec_Signature, row)), &err);
        vm_type *type = vm_sig_type(t, m, &s, ctx);
        return type;
    }
    default: {
        char what[64];
        snprintf(what, sizeof what, "token 0x%08x is not a type", token);
        vm_throw_bad_image(t, m, what);
        return NULL;
    }
    }
}

/* ---- start-up -------------------------------------------------------------------- */

int vm_builtins_load(vm_thread *t);   /* type.c */

int vm_init(const vm_target *target, const char *corlib_path) {
    if (vm_targets_init() != 0)
        return -1;
    /* vm_host read before this call is the compiled-in facts; use the checked row. */
    if (target == NULL || strcmp(target->name, vm_host->name) == 0)
        target = vm_host;
    vm_layout_target = target;
    vm_thread *t = vm_current_thread();
    vm_module *m = module_open(t, corlib_path, 1);
    if (!m)
        return -1;
    vm_corlib = m;
    library_dir = xstrdup(MX(m)->dir);
    if (vm_builtins_load(t) != 0)
        return -1;
    gc_add_root_scanner(vm_statics_scan, NULL);
    return 0;
}
