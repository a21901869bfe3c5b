/*
 * types.c — `anyclr types [--target NAME] [--corlib PATH] FILE [TYPENAME]`: loads an
 * assembly through the loader and prints, for every type it defines (or the one named,
 * e.g. "System.Collections.Generic.List`1[System.Int32]"), the layout computed for the
 * target: size, alignment, fields and offsets, GC reference offsets, static storage,
 * vtable slots with the method in each, and the interface maps. The output depends only
 * on the assembly and the target row, so it can be compared across hosts and targets.
 * A type that fails to load prints its exception and the listing goes on. With --refs
 * it resolves every TypeRef, TypeSpec, MemberRef and MethodSpec instead.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "gc/gc.h"
#include "interp/interp.h"
#include "vm/thread.h"

/* ---- exceptions ------------------------------------------------------------------ */

/* "Type: message" of the pending exception, read from Exception._message. */
static void describe_exception(vm_thread *t, char *buf, size_t size) {
    vm_object *exc = t->exception;
    snprintf(buf, size, "unknown error");
    if (!exc || !exc->type)
        return;
    char name[300];
    vm_type_name(exc->type, name, sizeof name);
    vm_field *f = vm_find_field(exc->type, "_message");
    vm_string *s = NULL;
    if (f && f->type == vm_b.string && !(f->md_flags & VM_FIELD_STATIC))
        s = *(vm_string **)(void *)((uint8_t *)exc + f->offset);
    size_t n = (size_t)snprintf(buf, size, "%s", name);
    if (!s || n + 2 >= size)
        return;
    n += (size_t)snprintf(buf + n, size - n, ": ");
    for (int32_t i = 0; i < s->length && n + 1 < size; i++) {
        uint16_t c = s->chars[i];
        buf[n++] = c >= 0x20 && c < 0x7f ? (char)c : '?';
    }
    buf[n] = 0;
}

static void report(vm_thread *t, const char *indent) {
    char msg[1200];
    describe_exception(t, msg, sizeof msg);
    printf("%serror: %s\n", indent, msg);
    t->exception = NULL;
}

/* ---- printing one type ----------------------------------------------------------- */

static const char *kind_name(const vm_type *type) {
    static const char *const names[] = {"class", "struct", "interface", "szarray", "array",
                                        "pointer", "byref", "fnptr", "var", "mvar"};
    if (type->flags & VM_TF_ENUM)
        return "enum";
    if (type->flags & VM_TF_DELEGATE)
        return "delegate";
    return type->kind < sizeof names / sizeof names[0] ? names[type->kind] : "?";
}

static void print_flags(const vm_type *type) {
    static const struct { uint32_t bit; const char *name; } fl[] = {
        {VM_TF_ABSTRACT, "abstract"}, {VM_TF_SEALED, "sealed"}, {VM_TF_NULLABLE, "nullable"},
        {VM_TF_HAS_REFS, "has-refs"}, {VM_TF_HAS_FINALIZER, "finalizer"},
        {VM_TF_BYREFLIKE, "byref-like"}, {VM_TF_GENERIC_DEF, "generic-def"},
        {VM_TF_BEFOREFIELDINIT, "beforefieldinit"}, {VM_TF_PRIMITIVE, "primitive"},
        {VM_TF_EXPLICIT_LAYOUT, "explicit"}, {VM_TF_SEQUENTIAL_LAYOUT, "sequential"},
        {VM_TF_STRING, "string"}, {VM_TF_ARRAY_OF_REFS, "array-of-refs"},
        {VM_TF_HAS_BYREFS, "has-byrefs"}, {VM_TF_INTERFACE_VARIANT, "variant"},
    };
    printf("  flags:");
    for (size_t i = 0; i < sizeof fl / sizeof fl[0]; i++)
        if (type->flags & fl[i].bit)
            printf(" %s", fl[i].name);
    printf("\n");
}

static void print_offsets(const char *what, uint32_t n, const uint32_t *v) {
    if (!n)
        return;
    printf("  %s:", what);
    for (uint32_t i = 0; i < n; i++)
        printf(" %u", v[i]);
    printf("\n");
}

static void method_line(const char *prefix, const vm_method *m) {
    char name[1200];
    if (!m) {
        printf("%s(none)\n", prefix);
        return;
    }
    vm_method_name(m, name, sizeof name);
    printf("%s%s%s\n", prefix, name, (m->flags & VM_MF_ABSTRACT) ? " abstract" : "");
}

static void print_type(vm_thread *t, vm_type *type) {
    char name[1200], other[1200];
    vm_type_name(type, name, sizeof name);
    printf("%s %s\n", kind_name(type), name);
    if (vm_type_prepare(t, type, VM_TS_READY) != 0) {
        report(t, "  ");
        return;
    }
    if (type->parent) {
        vm_type_name(type->parent, other, sizeof other);
        printf("  parent: %s\n", other);
    }
    if (type->element) {
        vm_type_name(type->element, other, sizeof other);
        printf("  element: %s\n", other);
    }
    print_flags(type);
    if (type->kind == VM_KIND_SZARRAY || type->kind == VM_KIND_ARRAY)
        printf("  base size %u, element size %u\n", type->instance_size, type->component_size);
    else if (type->flags & VM_TF_STRING)
        printf("  base size %u, char size %u\n", type->instance_size, type->component_size);
    else if (type->kind != VM_KIND_INTERFACE)
        printf("  size %u, align %u\n", type->instance_size, type->align);
    print_offsets("refs", type->nrefs, type->ref_offsets);
    print_offsets("byrefs", type->nbyrefs, type->byref_offsets);
    for (uint32_t i = 0; i < type->nfields; i++) {
        const vm_field *f = &type->fields[i];
        vm_type_name(f->type, other, sizeof other);
        if (f->md_flags & VM_FIELD_LITERAL)
            printf("  const         %s %s\n", other, f->name);
        else if (f->md_flags & VM_FIELD_STATIC)
            printf("  static %6u %s %s%s\n", f->offset, other, f->name,
                   f->thread_static ? " [ThreadStatic]" : "");
        else
            printf("  field  %6u %s %s\n", f->offset, other, f->name);
    }
    if (type->statics_size) {
        printf("  statics: %u bytes%s\n", type->statics_size, type->statics ? "" : " (open)");
        print_offsets("static refs", type->nstatic_refs, type->static_ref_offsets);
    }
    if (type->vtable_size)
        printf("  vtable: %u slots\n", type->vtable_size);
    for (uint32_t i = 0; i < type->vtable_size; i++) {
        char prefix[32];
        snprintf(prefix, sizeof prefix, "    %3u ", i);
        method_line(prefix, type->vtable[i]);
    }
    if (type->finalizer)
        method_line("  finalizer: ", type->finalizer);
    if (type->cctor)
        method_line("  cctor: ", type->cctor);
    for (uint32_t i = 0; i < type->ninterfaces; i++) {
        vm_type *it = type->interfaces[i];
        vm_type_name(it, other, sizeof other);
        printf("  interface %s\n", other);
        if (!type->iface_impl)
            continue;
        for (uint32_t k = 0; k < it->nmethods; k++) {
            if (!(it->methods[k]->flags & VM_MF_VIRTUAL))
                continue;
            char prefix[300];
            snprintf(prefix, sizeof prefix, "    %s -> ", it->methods[k]->name);
            method_line(prefix, type->iface_impl[i][k]);
        }
    }
}

/* ---- type names on the command line ---------------------------------------------- */

typedef struct parser {
    const char *p;
    vm_module *mod;
} parser;

static vm_type *parse_type(vm_thread *t, parser *ps, int depth);

/* A plain name "Ns.Outer+Inner" looked up in the file's module, then the core library. */
static vm_type *lookup(vm_thread *t, vm_module *mod, const char *full) {
    char ns[512], name[512];
    const char *plus = strchr(full, '+');
    const char *end = plus ? plus : full + strlen(full);
    const char *dot = NULL;
    for (const char *q = full; q < end; q++)
        if (*q == '.')
            dot = q;
    size_t nsl = dot ? (size_t)(dot - full) : 0;
    if (nsl >= sizeof ns || strlen(full) >= sizeof name)
        return NULL;
    memcpy(ns, full, nsl);
    ns[nsl] = 0;
    snprintf(name, sizeof name, "%s", dot ? dot + 1 : full);
    for (char *q = name; *q; q++)
        if (*q == '+')
            *q = '/';
    vm_module *mods[2] = {mod, vm_corlib};
    for (int i = 0; i < 2; i++) {
        vm_type *type = vm_find_type(t, mods[i], ns, name);
        if (type)
            return type;
        if (i == 0 && mod != vm_corlib)
            t->exception = NULL;
    }
    return NULL;
}

static vm_type *parse_type(vm_thread *t, parser *ps, int depth) {
    char simple[512];
    size_t n = 0;
    while (*ps->p && !strchr("[],&*", *ps->p) && n + 1 < sizeof simple)
        simple[n++] = *ps->p++;
    simple[n] = 0;
    if (!n || depth > 16)
        return NULL;
    vm_type *type = lookup(t, ps->mod, simple);
    if (!type)
        return NULL;
    if (ps->p[0] == '[' && ps->p[1] != ']' && ps->p[1] != ',') {
        vm_type *args[32];
        uint32_t na = 0;
        ps->p++;
        do {
            int bracket = *ps->p == '[';
            ps->p += bracket;
            if (na == 32 || !(args[na++] = parse_type(t, ps, depth + 1)))
                return NULL;
            if (bracket && *ps->p++ != ']')
                return NULL;
        } while (*ps->p == ',' && ps->p++);
        if (*ps->p++ != ']')
            return NULL;
        type = vm_type_instantiate(t, type, na, args);
    }
    while (type) {
        if (ps->p[0] == '[' && (ps->p[1] == ']' || ps->p[1] == ',' || ps->p[1] == '*')) {
            uint32_t rank = 1;
            int star = ps->p[1] == '*';
            ps->p += 1 + star;
            while (*ps->p == ',')
                rank++, ps->p++;
            if (*ps->p++ != ']')
                return NULL;
            type = rank == 1 && !star ? vm_type_szarray(t, type) : vm_type_array(t, type, rank);
        } else if (*ps->p == '&') {
            ps->p++;
            type = vm_type_byref(t, type);
        } else if (*ps->p == '*') {
            ps->p++;
            type = vm_type_pointer(t, type);
        } else {
            break;
        }
    }
    return type;
}

/* ---- --refs: every reference of the assembly, resolved ---------------------------- */

static void print_refs(vm_thread *t, vm_module *mod) {
    md_image *img = mod->img;
    char name[1200];
    for (uint32_t r = 1; r <= md_rows(img, MD_TypeRef); r++) {
        vm_type *type = vm_resolve_type(t, mod, MD_TOKEN(MD_TypeRef, r), NULL);
        printf("typeref %u: ", r);
        if (!type) {
            report(t, "");
            continue;
        }
        vm_type_name(type, name, sizeof name);
        printf("%s [%s]\n", name, type->module ? type->module->name : "-");
    }
    for (uint32_t r = 1; r <= md_rows(img, MD_TypeSpec); r++) {
        vm_type *type = vm_resolve_type(t, mod, MD_TOKEN(MD_TypeSpec, r), NULL);
        printf("typespec %u: ", r);
        if (!type) {
            report(t, "");
            continue;
        }
        vm_type_name(type, name, sizeof name);
        printf("%s\n", name);
    }
    for (uint32_t r = 1; r <= md_rows(img, MD_MemberRef); r++) {
        uint32_t tok = MD_TOKEN(MD_MemberRef, r);
        md_blob b = md_blob_at(img, md_get(img, MDC_MemberRef_Signature, r));
        printf("memberref %u: ", r);
        if (b.size && (b.data[0] & 0x0f) == 0x06) {
            vm_field *f = vm_resolve_field(t, mod, tok, NULL);
            if (!f) {
                report(t, "");
                continue;
            }
            vm_type_name(f->owner, name, sizeof name);
            printf("field %s.%s at %u\n", name, f->name, f->offset);
        } else {
            vm_method *m = vm_resolve_method(t, mod, tok, NULL);
            if (!m) {
                report(t, "");
                continue;
            }
            vm_method_name(m, name, sizeof name);
            printf("%s slot %d\n", name, m->slot);
        }
    }
    for (uint32_t r = 1; r <= md_rows(img, MD_MethodSpec); r++) {
        vm_method *m = vm_resolve_method(t, mod, MD_TOKEN(MD_MethodSpec, r), NULL);
        printf("methodspec %u: ", r);
        if (!m) {
            report(t, "");
            continue;
        }
        vm_method_name(m, name, sizeof name);
        printf("%s\n", name);
    }
}

/* ---- the command ----------------------------------------------------------------- */

/* Is the file a core library itself (defines System.Object, references no assembly)? */
static int is_corlib_file(const char *path) {
    md_image *img;
    md_error err;
    if (md_open_file(path, &img, &err) != 0)
        return 0;
    int yes = md_rows(img, MD_AssemblyRef) == 0;
    if (yes) {
        yes = 0;
        for (uint32_t r = 1; r <= md_rows(img, MD_TypeDef) && !yes; r++)
            yes = strcmp(md_string(img, md_get(img, MDC_TypeDef_Name, r)), "Object") == 0 &&
                  strcmp(md_string(img, md_get(img, MDC_TypeDef_Namespace, r)), "System") == 0;
    }
    md_close(img);
    return yes;
}

int cli_types(int argc, char **argv) {
    const char *target_name = NULL, *corlib = NULL, *file = NULL, *type_name = NULL;
    int refs = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--target") == 0 && i + 1 < argc)
            target_name = argv[++i];
        else if (strcmp(argv[i], "--refs") == 0)
            refs = 1;
        else if (strcmp(argv[i], "--corlib") == 0 && i + 1 < argc)
            corlib = argv[++i];
        else if (!file)
            file = argv[i];
        else if (!type_name)
            type_name = argv[i];
        else
            file = NULL, i = argc;
    }
    if (!file) {
        fputs("usage: anyclr types [--target NAME] [--corlib PATH] [--refs] FILE.dll [TYPENAME]\n",
              stderr);
        return 2;
    }
    const vm_target *target = vm_host;
    if (target_name && !(target = vm_target_find(target_name))) {
        cli_error("unknown target '%s'", target_name);
        return 2;
    }
    char corlib_buf[PATH_MAX + 64];
    if (!corlib) {
        if (is_corlib_file(file))
            corlib = file;
        else if (cli_default_corlib(corlib_buf, sizeof corlib_buf) == 0)
            corlib = corlib_buf;
        else {
            cli_error("cannot find the core library (use --corlib)");
            return 1;
        }
    }
    vm_thread *t = vm_current_thread();
    if (gc_init() || interp_init(t)) {
        cli_error("cannot initialise the runtime (out of memory)");
        return 1;
    }
    if (vm_init(target, corlib) != 0)
        return 1;
    vm_module *mod = strcmp(file, corlib) == 0 ? vm_corlib : vm_load_assembly_file(t, file);
    if (!mod) {
        report(t, "");
        return 1;
    }
    printf("target %s (pointer %u, align8 %u)\n", target->name, target->ptr_size,
           target->align8);
    if (refs) {
        print_refs(t, mod);
        return 0;
    }
    if (type_name) {
        parser ps = {type_name, mod};
        vm_type *type = parse_type(t, &ps, 0);
        if (!type || *ps.p) {
            if (t->exception)
                report(t, "");
            else
                cli_error("cannot parse type name '%s'", type_name);
            return 1;
        }
        print_type(t, type);
        return 0;
    }
    uint32_t n = md_rows(mod->img, MD_TypeDef);
    for (uint32_t r = 1; r <= n; r++) {
        vm_type *type = vm_resolve_type(t, mod, MD_TOKEN(MD_TypeDef, r), NULL);
        if (!type) {
            printf("typedef %u\n", r);
            report(t, "  ");
            continue;
        }
        print_type(t, type);
    }
    return 0;
}
