/*
 * method.c — methods and member references: a vm_method for each MethodDef (one per
 * instantiation of a generic owner), signatures resolved in the owner's generic
 * context, the runtime-provided methods of array types, and resolving MethodDef /
 * MemberRef / MethodSpec / Field tokens to members, matched by name and signature.
 *
 * A member reference is matched on the named type in "open" form (generic parameters
 * as the placeholders !n / !!n on both sides), so List<T>.M(T) and List<T>.M(int) stay
 * apart even in List<int>; the base types, searched next, are compared instantiated.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/vm_int.h"

/* MethodAttributes and MethodImplAttributes (II.23.1.10, II.23.1.11) we read. */
enum {
    MA_ACCESS_MASK = 0x7, MA_PUBLIC = 0x6, MA_STATIC = 0x10, MA_FINAL = 0x20,
    MA_VIRTUAL = 0x40, MA_HIDEBYSIG = 0x80, MA_NEWSLOT = 0x100, MA_ABSTRACT = 0x400,
    MA_PINVOKE = 0x2000,
    MI_CODETYPE_MASK = 0x3, MI_RUNTIME = 0x3, MI_NOINLINING = 0x8,
    MI_AGGRESSIVE = 0x100, MI_INTERNALCALL = 0x1000,
};

/* ---- signatures ------------------------------------------------------------------ */

int vm_parse_method_sig(vm_thread *t, vm_module *m, md_blob blob, const vm_generic_ctx *ctx,
                        vm_sig *out) {
    md_sig s;
    md_error err;
    memset(out, 0, sizeof *out);
    md_sig_init(&s, m->img, blob, &err);
    md_method_sig_head h;
    md_sig_method_head(&s, &h);
    if (s.failed) {
        char what[300];
        snprintf(what, sizeof what, "bad method signature: %s", err.msg);
        return vm_throw_bad_image(t, m, what);
    }
    out->callconv = h.callconv;
    out->ngeneric = h.generic_count;
    md_sig_skip_cmods(&s);
    if (md_sig_peek(&s) == MD_ELEM_VOID) {
        md_sig_byte(&s);
    } else if (!(out->ret = vm_sig_type(t, m, &s, ctx))) {
        return -1;
    }
    vm_type **params = malloc((h.param_count ? h.param_count : 1) * sizeof *params);
    if (!params)
        vm_fatal("out of memory");
    uint32_t i;
    for (i = 0; i < h.param_count; i++) {
        md_sig_skip_cmods(&s);
        if (md_sig_peek(&s) == MD_ELEM_SENTINEL)
            break;   /* varargs: what follows belongs to the call site */
        if (!(params[i] = vm_sig_type(t, m, &s, ctx))) {
            free(params);
            out->ret = NULL;
            return -1;
        }
    }
    out->nparams = i;
    out->params = params;
    return 0;
}

int vm_sig_equal(const vm_sig *a, const vm_sig *b) {
    /* Kind, generic and this-ness; EXPLICITTHIS and custom modifiers do not matter. */
    if ((a->callconv & 0x3f) != (b->callconv & 0x3f) || a->ngeneric != b->ngeneric ||
        a->nparams != b->nparams || a->ret != b->ret)
        return 0;
    for (uint32_t i = 0; i < a->nparams; i++)
        if (a->params[i] != b->params[i])
            return 0;
    return 1;
}

/* ---- methods of a type ----------------------------------------------------------- */

static vm_methodx *method_alloc(void) {
    vm_methodx *x = calloc(1, sizeof *x);
    if (!x)
        vm_fatal("out of memory");
    x->m.slot = -1;
    return x;
}

static vm_method *make_method(vm_thread *t, vm_type *owner, uint32_t row,
                              const vm_generic_ctx *ctx, uint32_t index) {
    vm_module *m = owner->module;
    md_image *img = m->img;
    vm_methodx *x = method_alloc();
    vm_method *meth = &x->m;
    x->index = index;
    meth->owner = owner;
    meth->name = md_string(img, md_get(img, MDC_MethodDef_Name, row));
    meth->md_flags = (uint16_t)md_get(img, MDC_MethodDef_Flags, row);
    meth->impl_flags = (uint16_t)md_get(img, MDC_MethodDef_ImplFlags, row);
    meth->token = MD_TOKEN(MD_MethodDef, row);
    meth->rva = md_get(img, MDC_MethodDef_RVA, row);
    uint16_t f = meth->md_flags, fi = meth->impl_flags;
    if (f & MA_STATIC)
        meth->flags |= VM_MF_STATIC;
    if (f & MA_VIRTUAL)
        meth->flags |= VM_MF_VIRTUAL;
    if (f & MA_ABSTRACT)
        meth->flags |= VM_MF_ABSTRACT;
    if (f & MA_NEWSLOT)
        meth->flags |= VM_MF_NEWSLOT;
    if (f & MA_FINAL)
        meth->flags |= VM_MF_FINAL;
    if (f & MA_PINVOKE)
        meth->flags |= VM_MF_PINVOKE;
    if (fi & MI_INTERNALCALL)
        meth->flags |= VM_MF_INTERNALCALL;
    if ((fi & MI_CODETYPE_MASK) == MI_RUNTIME)
        meth->flags |= VM_MF_RUNTIME;
    if (fi & MI_NOINLINING)
        meth->flags |= VM_MF_NOINLINE;
    if (fi & MI_AGGRESSIVE)
        meth->flags |= VM_MF_AGGRESSIVE;
    if (strcmp(meth->name, ".ctor") == 0)
        meth->flags |= VM_MF_CTOR;
    md_blob blob = md_blob_at(img, md_get(img, MDC_MethodDef_Signature, row));
    /* A signature naming a type that does not load spoils only this method: the type
     * stays usable and calling the method raises the error then. */
    vm_object *saved = t->exception;
    if (vm_parse_method_sig(t, m, blob, ctx, &meth->sig) != 0) {
        t->exception = saved;
        x->bad_sig = 1;
        md_sig s;
        md_sig_init(&s, img, blob, NULL);
        md_method_sig_head h;
        md_sig_method_head(&s, &h);
        meth->sig.callconv = h.callconv;
        meth->sig.ngeneric = h.generic_count;
    }
    if (meth->sig.ngeneric)
        meth->flags |= VM_MF_GENERIC_DEF;
    return meth;
}

/* The runtime methods of T[] and T[,]: .ctor, Get, Set, Address (II.14.2). */
static int array_methods(vm_thread *t, vm_type *arr) {
    uint32_t rank = arr->kind == VM_KIND_SZARRAY ? 1 : arr->rank;
    vm_type *i4 = vm_builtin(t, MD_ELEM_I4);
    vm_type *ref = i4 ? vm_type_byref(t, arr->element) : NULL;
    if (!ref)
        return -1;
    static const char *const names[] = {".ctor", ".ctor", "Get", "Set", "Address"};
    uint32_t n = arr->kind == VM_KIND_SZARRAY ? 4 : 5;   /* bounds .ctor: md arrays only */
    vm_method **ms = calloc(n, sizeof *ms);
    if (!ms)
        vm_fatal("out of memory");
    for (uint32_t k = 0, j = 0; k < 5; k++) {
        if (k == 1 && arr->kind == VM_KIND_SZARRAY)
            continue;
        vm_methodx *x = method_alloc();
        vm_method *meth = &x->m;
        x->index = j;
        meth->owner = arr;
        meth->name = names[k];
        meth->flags = VM_MF_RUNTIME | (k <= 1 ? VM_MF_CTOR : 0);
        meth->md_flags = MA_PUBLIC | MA_HIDEBYSIG;
        meth->sig.callconv = MD_CC_HASTHIS;
        uint32_t np = k == 1 ? 2 * rank : k == 3 ? rank + 1 : rank;
        meth->sig.nparams = np;
        meth->sig.params = malloc(np * sizeof(vm_type *));
        if (!meth->sig.params)
            vm_fatal("out of memory");
        for (uint32_t p = 0; p < np; p++)
            meth->sig.params[p] = i4;
        if (k == 3)
            meth->sig.params[rank] = arr->element;
        meth->sig.ret = k == 2 ? arr->element : k == 4 ? ref : NULL;
        ms[j++] = meth;
    }
    arr->methods = ms;
    arr->nmethods = n;
    return 0;
}

int vm_type_methods(vm_thread *t, vm_type *type) {
    vm_typex *x = TX(type);
    if (x->ts & TS_METHODS)
        return 0;
    if (type->state == VM_TS_FAILED)
        return vm_throw_type_load(t, type);
    if (type->kind == VM_KIND_SZARRAY || type->kind == VM_KIND_ARRAY) {
        if (array_methods(t, type) != 0)
            return vm_type_fail(t, type);
        x->ts |= TS_METHODS;
        return 0;
    }
    uint32_t row = vm_type_row(type);
    if (!row) {
        x->ts |= TS_METHODS;
        return 0;
    }
    vm_module *m = type->module;
    md_image *img = m->img;
    uint32_t first, n = md_list(img, MDC_TypeDef_MethodList, row, &first);
    vm_method **ms = calloc(n ? n : 1, sizeof *ms);
    if (!ms)
        vm_fatal("out of memory");
    vm_generic_ctx ctx;
    vm_type_ctx(type, &ctx);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t mrow = md_list_item(img, MDC_TypeDef_MethodList, first + i);
        vm_method *meth = make_method(t, type, mrow, &ctx, i);
        ms[i] = meth;
        if (!type->generic_def)
            m->methoddefs[mrow] = meth;
        if (type->kind == VM_KIND_INTERFACE && (meth->flags & VM_MF_VIRTUAL))
            meth->slot = (int32_t)i;
        if ((meth->flags & VM_MF_STATIC) && strcmp(meth->name, ".cctor") == 0)
            type->cctor = meth;
    }
    type->methods = ms;
    type->nmethods = n;
    x->ts |= TS_METHODS;
    return 0;
}

/* The MethodDef row's method, on its (uninstantiated) owner. */
static vm_method *methoddef(vm_thread *t, vm_module *m, uint32_t row) {
    if (row == 0 || row > md_rows(m->img, MD_MethodDef)) {
        vm_throw_bad_image(t, m, "MethodDef row out of range");
        return NULL;
    }
    if (m->methoddefs[row])
        return m->methoddefs[row];
    uint32_t owner_row = md_method_owner(m->img, row);
    vm_type *owner = owner_row ? vm_typedef(t, m, owner_row) : NULL;
    if (!owner) {
        if (!t->exception)
            vm_throw_bad_image(t, m, "method without an owning type");
        return NULL;
    }
    if (vm_type_methods(t, owner) != 0)
        return NULL;
    if (!m->methoddefs[row])
        vm_throw_bad_image(t, m, "method not in its owner's method list");
    return m->methoddefs[row];
}

vm_method *vm_type_method_by_token(vm_thread *t, vm_type *type, uint32_t tok) {
    vm_type *def = type->generic_def ? type->generic_def : type;
    if (MD_TOKEN_TABLE(tok) != MD_MethodDef || !def->module)
        return NULL;
    vm_method *dm = methoddef(t, def->module, MD_TOKEN_ROW(tok));
    if (!dm)
        return NULL;
    if (dm->owner != def || vm_type_methods(t, type) != 0)
        return NULL;
    uint32_t i = MTX(dm)->index;
    return i < type->nmethods ? type->methods[i] : NULL;
}

/* ---- member references ----------------------------------------------------------- */

static void sig_free(vm_sig *s) {
    free(s->params);
    s->params = NULL;
}

static vm_method *missing_method(vm_thread *t, vm_type *owner, const char *name,
                                 const vm_sig *sig) {
    char text[1024];
    vm_method_sig_text(owner, name, sig, text, sizeof text);
    vm_throw_newf(t, "System", "MissingMethodException", "Method not found: '%s'.", text);
    return NULL;
}

/* The method called name with signature blob (from module m) on type or its bases. */
static vm_method *find_method_ref(vm_thread *t, vm_type *type, const char *name, vm_module *m,
                                  md_blob blob) {
    vm_sig open;
    if (vm_parse_method_sig(t, m, blob, NULL, &open) != 0)
        return NULL;
    vm_type *def = type->generic_def ? type->generic_def : type;
    if (vm_type_methods(t, def) != 0 || vm_type_methods(t, type) != 0) {
        sig_free(&open);
        return NULL;
    }
    for (uint32_t i = 0; i < def->nmethods; i++) {
        vm_method *dm = def->methods[i];
        if (strcmp(dm->name, name) != 0 || MTX(dm)->bad_sig)
            continue;
        /* Array accessors are matched by name and arity: their types are the runtime's. */
        if ((type->kind == VM_KIND_SZARRAY || type->kind == VM_KIND_ARRAY)
                ? dm->sig.nparams == open.nparams
                : vm_sig_equal(&dm->sig, &open)) {
            sig_free(&open);
            return type->methods[i];
        }
    }
    /* Not on the named type: the bases and interfaces, compared instantiated. */
    vm_generic_ctx ctx;
    vm_type_ctx(type, &ctx);
    vm_sig inst;
    if (vm_parse_method_sig(t, m, blob, &ctx, &inst) != 0) {
        sig_free(&open);
        return NULL;
    }
    vm_method *found = NULL;
    for (vm_type *b = type->parent; b && !found; b = b->parent) {
        if (vm_type_methods(t, b) != 0)
            break;
        for (uint32_t i = 0; i < b->nmethods && !found; i++)
            if (strcmp(b->methods[i]->name, name) == 0 && !MTX(b->methods[i])->bad_sig &&
                vm_sig_equal(&b->methods[i]->sig, &inst))
                found = b->methods[i];
    }
    if (!found && !t->exception && type->kind == VM_KIND_INTERFACE) {
        vm_type_interfaces(type);
        for (uint32_t k = 0; k < type->ninterfaces && !found; k++) {
            vm_type *it = type->interfaces[k];
            if (vm_type_methods(t, it) != 0)
                break;
            for (uint32_t i = 0; i < it->nmethods && !found; i++)
                if (strcmp(it->methods[i]->name, name) == 0 &&
                    vm_sig_equal(&it->methods[i]->sig, &inst))
                    found = it->methods[i];
        }
    }
    if (!found && !t->exception)
        missing_method(t, type, name, &open);
    sig_free(&open);
    sig_free(&inst);
    return found;
}

static vm_field *find_field_ref(vm_thread *t, vm_type *type, const char *name, vm_module *m,
                                md_blob blob) {
    md_sig s;
    md_error err;
    md_sig_init(&s, m->img, blob, &err);
    if (md_sig_byte(&s) != MD_CC_FIELD) {
        vm_throw_bad_image(t, m, "MemberRef field signature is not a FIELD signature");
        return NULL;
    }
    const uint8_t *after_cc = s.p;
    vm_type *open = vm_sig_type(t, m, &s, NULL);
    if (!open)
        return NULL;
    vm_type *def = type->generic_def ? type->generic_def : type;
    if (vm_type_fields(t, def) != 0 || vm_type_fields(t, type) != 0)
        return NULL;
    for (uint32_t i = 0; i < def->nfields; i++)
        if (strcmp(def->fields[i].name, name) == 0 && def->fields[i].type == open)
            return &type->fields[i];
    vm_generic_ctx ctx;
    vm_type_ctx(type, &ctx);
    s.p = after_cc;
    s.depth = 0;
    vm_type *inst = vm_sig_type(t, m, &s, &ctx);
    if (!inst)
        return NULL;
    for (vm_type *b = type->parent; b; b = b->parent) {
        if (vm_type_fields(t, b) != 0)
            return NULL;
        for (uint32_t i = 0; i < b->nfields; i++)
            if (strcmp(b->fields[i].name, name) == 0 && b->fields[i].type == inst)
                return &b->fields[i];
    }
    char tn[512];
    vm_type_name(type, tn, sizeof tn);
    vm_throw_newf(t, "System", "MissingFieldException", "Field not found: '%s.%s'.", tn, name);
    return NULL;
}

/* The type a MemberRef's Class column names (TypeDef/TypeRef/TypeSpec/ModuleRef). */
static vm_type *memberref_parent(vm_thread *t, vm_module *m, uint32_t parent,
                                 const vm_generic_ctx *ctx) {
    if (MD_TOKEN_TABLE(parent) == MD_ModuleRef) {
        /* XXX: global members of other modules of a multi-module assembly. */
        if (md_rows(m->img, MD_TypeDef) < 1) {
            vm_throw_bad_image(t, m, "no <Module> type");
            return NULL;
        }
        return vm_typedef(t, m, 1);
    }
    return vm_resolve_type(t, m, parent, ctx);
}

vm_method *vm_resolve_method_raw(vm_thread *t, vm_module *m, uint32_t token,
                                 const vm_generic_ctx *ctx) {
    md_image *img = m->img;
    if (!md_token_ok(img, token)) {
        char what[64];
        snprintf(what, sizeof what, "bad method token 0x%08x", token);
        vm_throw_bad_image(t, m, what);
        return NULL;
    }
    uint32_t row = MD_TOKEN_ROW(token);
    switch (MD_TOKEN_TABLE(token)) {
    case MD_MethodDef:
        return methoddef(t, m, row);
    case MD_MemberRef: {
        uint32_t parent = md_get(img, MDC_MemberRef_Class, row);
        const char *name = md_string(img, md_get(img, MDC_MemberRef_Name, row));
        md_blob blob = md_blob_at(img, md_get(img, MDC_MemberRef_Signature, row));
        if (blob.size && (blob.data[0] & MD_CC_KIND_MASK) == MD_CC_FIELD) {
            vm_throw_bad_image(t, m, "MemberRef of a field used as a method");
            return NULL;
        }
        if (MD_TOKEN_TABLE(parent) == MD_MethodDef)   /* a varargs call site */
            return methoddef(t, m, MD_TOKEN_ROW(parent));
        vm_type *type = memberref_parent(t, m, parent, ctx);
        if (!type)
            return NULL;
        return find_method_ref(t, type, name, m, blob);
    }
    case MD_MethodSpec: {
        uint32_t mtok = md_get(img, MDC_MethodSpec_Method, row);
        if (MD_TOKEN_TABLE(mtok) == MD_MethodSpec) {
            vm_throw_bad_image(t, m, "MethodSpec of a MethodSpec");
            return NULL;
        }
        vm_method *def = vm_resolve_method_raw(t, m, mtok, ctx);
        if (!def)
            return NULL;
        md_sig s;
        md_error err;
        md_sig_init(&s, img, md_blob_at(img, md_get(img, MDC_MethodSpec_Instantiation, row)),
                    &err);
        uint8_t cc = md_sig_byte(&s);
        uint32_t n = md_sig_uint(&s);
        if (s.failed || cc != MD_CC_GENERICINST || n == 0 || n > (uint32_t)(s.end - s.p)) {
            vm_throw_bad_image(t, m, "bad MethodSpec instantiation");
            return NULL;
        }
        vm_type **args = malloc(n * sizeof *args);
        if (!args)
            vm_fatal("out of memory");
        vm_method *r = NULL;
        uint32_t i;
        for (i = 0; i < n; i++)
            if (!(args[i] = vm_sig_type(t, m, &s, ctx)))
                break;
        if (i == n)
            r = vm_method_instantiate(t, def, n, args);
        free(args);
        return r;
    }
    default: {
        char what[64];
        snprintf(what, sizeof what, "token 0x%08x is not a method", token);
        vm_throw_bad_image(t, m, what);
        return NULL;
    }
    }
}

vm_method *vm_resolve_method(vm_thread *t, vm_module *m, uint32_t token,
                             const vm_generic_ctx *ctx) {
    vm_method *meth = vm_resolve_method_raw(t, m, token, ctx);
    if (!meth)
        return NULL;
    vm_method *def = meth->generic_def ? meth->generic_def : meth;
    if (MTX(def)->bad_sig) {
        /* Raise what made the signature fail, now that the method is really used. */
        vm_module *om = meth->owner->module;
        vm_generic_ctx mctx;
        vm_method_ctx(meth, &mctx);
        vm_sig tmp;
        md_blob blob = md_blob_at(om->img, md_get(om->img, MDC_MethodDef_Signature,
                                                   MD_TOKEN_ROW(meth->token)));
        if (vm_parse_method_sig(t, om, blob, &mctx, &tmp) == 0) {
            sig_free(&tmp);
            vm_throw_type_load(t, meth->owner);
        }
        return NULL;
    }
    if (vm_type_prepare(t, meth->owner, VM_TS_READY) != 0)
        return NULL;
    return meth;
}

vm_field *vm_resolve_field(vm_thread *t, vm_module *m, uint32_t token, const vm_generic_ctx *ctx) {
    md_image *img = m->img;
    if (!md_token_ok(img, token)) {
        char what[64];
        snprintf(what, sizeof what, "bad field token 0x%08x", token);
        vm_throw_bad_image(t, m, what);
        return NULL;
    }
    uint32_t row = MD_TOKEN_ROW(token);
    vm_field *f = NULL;
    switch (MD_TOKEN_TABLE(token)) {
    case MD_Field: {
        if (!m->fielddefs[row]) {
            uint32_t owner_row = md_field_owner(img, row);
            vm_type *owner = owner_row ? vm_typedef(t, m, owner_row) : NULL;
            if (!owner) {
                if (!t->exception)
                    vm_throw_bad_image(t, m, "field without an owning type");
                return NULL;
            }
            if (vm_type_fields(t, owner) != 0)
                return NULL;
        }
        f = m->fielddefs[row];
        if (!f) {
            vm_throw_bad_image(t, m, "field not in its owner's field list");
            return NULL;
        }
        break;
    }
    case MD_MemberRef: {
        uint32_t parent = md_get(img, MDC_MemberRef_Class, row);
        const char *name = md_string(img, md_get(img, MDC_MemberRef_Name, row));
        md_blob blob = md_blob_at(img, md_get(img, MDC_MemberRef_Signature, row));
        vm_type *type = memberref_parent(t, m, parent, ctx);
        if (!type)
            return NULL;
        f = find_field_ref(t, type, name, m, blob);
        break;
    }
    default: {
        char what[64];
        snprintf(what, sizeof what, "token 0x%08x is not a field", token);
        vm_throw_bad_image(t, m, what);
        return NULL;
    }
    }
    if (!f || vm_type_prepare(t, f->owner, VM_TS_LAID_OUT) != 0)
        return NULL;
    return f;
}

/* ---- locals and lookups by name -------------------------------------------------- */

int vm_method_locals(vm_thread *t, vm_method *meth, uint32_t local_sig, uint32_t *count,
                     vm_type ***types) {
    *count = 0;
    *types = NULL;
    if (local_sig == 0)
        return 0;
    vm_module *m = meth->owner->module;
    md_image *img = m->img;
    if (MD_TOKEN_TABLE(local_sig) != MD_StandAloneSig || !md_token_ok(img, local_sig))
        return vm_throw_bad_image(t, m, "bad local variable signature token");
    md_sig s;
    md_error err;
    md_sig_init(&s, img, md_blob_at(img, md_get(img, MDC_StandAloneSig_Signature,
                                                MD_TOKEN_ROW(local_sig))), &err);
    uint8_t cc = md_sig_byte(&s);
    uint32_t n = md_sig_uint(&s);
    if (s.failed || cc != MD_CC_LOCALS || n > (uint32_t)(s.end - s.p) || n > 0xFFFE)
        return vm_throw_bad_image(t, m, "bad local variable signature");
    vm_type **v = malloc((n ? n : 1) * sizeof *v);
    if (!v)
        vm_fatal("out of memory");
    vm_generic_ctx ctx;
    vm_method_ctx(meth, &ctx);
    for (uint32_t i = 0; i < n; i++) {
        for (;;) {   /* XXX: PINNED is dropped; the interpreter's frames report conservatively */
            md_sig_skip_cmods(&s);
            if (md_sig_peek(&s) != MD_ELEM_PINNED)
                break;
            md_sig_byte(&s);
        }
        if (!(v[i] = vm_sig_type(t, m, &s, &ctx))) {
            free(v);
            return -1;
        }
    }
    *count = n;
    *types = v;
    return 0;
}

vm_method *vm_find_method(vm_type *type, const char *name, int nparams) {
    vm_thread *t = vm_current_thread();
    int inherit = strcmp(name, ".ctor") != 0 && strcmp(name, ".cctor") != 0;
    for (; type; type = inherit ? type->parent : NULL) {
        if (vm_type_methods(t, type) != 0)
            return NULL;
        for (uint32_t i = 0; i < type->nmethods; i++) {
            vm_method *meth = type->methods[i];
            if (strcmp(meth->name, name) == 0 &&
                (nparams < 0 || meth->sig.nparams == (uint32_t)nparams))
                return meth;
        }
    }
    return NULL;
}
