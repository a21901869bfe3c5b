/*
 * verify.c — `anyclr verify [--corlib PATH] FILE`: imports every method body of an
 * assembly (of its non-generic types, and the non-generic methods) through the IL
 * importer, as the interpreter and the AOT compiler would, and reports the ones that
 * fail, grouped by reason. For porters and for testing the importer on large, valid
 * code (the framework's own System.Private.CoreLib imports with no failure).
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "gc/gc.h"
#include "il/ir.h"
#include "interp/interp.h"
#include "vm/object.h"

typedef struct reason {
    char text[240];
    uint32_t count;
    char example[300];
} reason;

static void describe(vm_thread *t, char *buf, size_t size) {
    vm_object *exc = t->exception;
    char name[200];
    if (!exc) {
        snprintf(buf, size, "failed without an exception");
        return;
    }
    vm_type_name(exc->type, name, sizeof name);
    vm_field *f = vm_find_field(vm_b.exception, "_message");
    vm_string *s = f ? *(vm_string **)(void *)((uint8_t *)exc + f->offset) : NULL;
    char *m = s ? vm_string_to_utf8(s) : NULL;
    snprintf(buf, size, "%s: %s", name, m ? m : "");
    free(m);
}

static void note(reason **rs, uint32_t *n, const char *text, const char *where) {
    for (uint32_t i = 0; i < *n; i++)
        if (strcmp((*rs)[i].text, text) == 0) {
            (*rs)[i].count++;
            return;
        }
    reason *x = realloc(*rs, (*n + 1) * sizeof **rs);
    if (!x)
        vm_fatal("out of memory");
    *rs = x;
    snprintf(x[*n].text, sizeof x[*n].text, "%s", text);
    snprintf(x[*n].example, sizeof x[*n].example, "%s", where);
    x[*n].count = 1;
    (*n)++;
}

static int by_count(const void *a, const void *b) {
    const reason *x = a, *y = b;
    return x->count < y->count ? 1 : x->count > y->count ? -1 : 0;
}

int cli_verify(int argc, char **argv) {
    const char *corlib = NULL, *file = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--corlib") == 0 && i + 1 < argc)
            corlib = argv[++i];
        else
            file = argv[i];
    }
    if (!file) {
        fputs("usage: anyclr verify [--corlib PATH] FILE.dll\n", stderr);
        return 2;
    }
    char corlib_buf[PATH_MAX + 64];
    if (!corlib) {
        if (cli_default_corlib(corlib_buf, sizeof corlib_buf)) {
            cli_error("cannot find the core library (use --corlib)");
            return 1;
        }
        corlib = corlib_buf;
    }
    vm_thread *t = vm_current_thread();
    t->lite_exceptions = 1;
    if (gc_init() || interp_init(t) || vm_init(vm_host, corlib))
        return 1;
    vm_module *mod = strcmp(file, corlib) == 0 ? vm_corlib : vm_load_assembly_file(t, file);
    if (!mod) {
        char msg[300];
        describe(t, msg, sizeof msg);
        cli_error("%s: %s", file, msg);
        return 1;
    }
    reason *rs = NULL;
    uint32_t nr = 0, ok = 0, failed = 0, skipped = 0;
    uint32_t ntypes = md_rows(mod->img, MD_TypeDef);
    for (uint32_t row = 1; row <= ntypes; row++) {
        t->exception = NULL;
        vm_type *type = vm_resolve_type(t, mod, MD_TOKEN(MD_TypeDef, row), NULL);
        char where[300], msg[240];
        if (!type || vm_type_prepare(t, type, VM_TS_READY)) {
            describe(t, msg, sizeof msg);
            snprintf(where, sizeof where, "type row %u", row);
            note(&rs, &nr, msg, where);
            failed++;
            continue;
        }
        if (type->flags & VM_TF_GENERIC_DEF) {
            skipped += type->nmethods;
            continue;
        }
        for (uint32_t i = 0; i < type->nmethods; i++) {
            vm_method *m = type->methods[i];
            if (!m->rva || (m->flags & (VM_MF_ABSTRACT | VM_MF_INTERNALCALL | VM_MF_RUNTIME)))
                continue;
            if (m->flags & VM_MF_GENERIC_DEF) {
                skipped++;
                continue;
            }
            t->exception = NULL;
            ir_method *irm = ir_import(t, m, vm_host);
            if (irm) {
                ok++;
                ir_free(irm);
                continue;
            }
            failed++;
            describe(t, msg, sizeof msg);
            vm_method_name(m, where, sizeof where);
            note(&rs, &nr, msg, where);
        }
    }
    if (nr)
        qsort(rs, nr, sizeof *rs, by_count);
    for (uint32_t i = 0; i < nr && i < 40; i++)
        printf("%6u  %s\n        e.g. %s\n", rs[i].count, rs[i].text, rs[i].example);
    printf("%u methods imported, %u failed, %u generic skipped\n", ok, failed, skipped);
    free(rs);
    return failed ? 1 : 0;
}
