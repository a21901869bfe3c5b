/*
 * generic.c — constructed types and generic instantiation: T[], T[,], T&, T*, function
 * pointers, the VAR/MVAR placeholders, G<args> and M<args>, and reading a type out of
 * a signature blob with VAR/MVAR substituted from a generic context.
 *
 * Every constructed type is made once and cached, so pointer equality is type identity.
 * Nothing is expanded eagerly: an instantiation is made (to LOADED) only when something
 * names it. An open definition's own members are typed with the placeholders !n / !!n,
 * which is also the form member references are matched in; the "typical"
 * instantiation G<!0, !1, ...> is the definition itself.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/vm_int.h"

/* ---- the instantiation cache ----------------------------------------------------- */

typedef struct inst_entry {
    const void *key;        /* the generic definition (type or method), or an element type */
    uint32_t n;
    vm_type **args;
    void *value;
} inst_entry;

typedef struct inst_table {
    inst_entry *e;
    uint32_t cap, count;
} inst_table;

static inst_table type_insts, method_insts, md_arrays;

static uint32_t inst_hash(const void *key, uint32_t n, vm_type *const *args) {
    uint64_t h = (uint64_t)(uintptr_t)key * 0x9E3779B97F4A7C15ull + n;
    for (uint32_t i = 0; i < n && args; i++)
        h = (h ^ (uint64_t)(uintptr_t)args[i]) * 0x100000001B3ull;
    return (uint32_t)(h ^ (h >> 29));
}

static int inst_match(const inst_entry *e, const void *key, uint32_t n, vm_type *const *args) {
    if (e->key != key || e->n != n)
        return 0;
    for (uint32_t i = 0; i < n && args; i++)
        if (e->args[i] != args[i])
            return 0;
    return 1;
}

static void *inst_get(const inst_table *tb, const void *key, uint32_t n, vm_type *const *args) {
    if (!tb->cap)
        return NULL;
    for (uint32_t i = inst_hash(key, n, args) & (tb->cap - 1); tb->e[i].key;
         i = (i + 1) & (tb->cap - 1))
        if (inst_match(&tb->e[i], key, n, args))
            return tb->e[i].value;
    return NULL;
}

static void inst_put(inst_table *tb, const void *key, uint32_t n, vm_type **args, void *value) {
    if (2 * (tb->count + 1) > tb->cap) {
        uint32_t cap = tb->cap ? tb->cap * 2 : 64;
        inst_entry *e = calloc(cap, sizeof *e);
        if (!e)
            vm_fatal("out of memory");
        for (uint32_t i = 0; i < tb->cap; i++) {
            if (!tb->e[i].key)
                continue;
            uint32_t j = inst_hash(tb->e[i].key, tb->e[i].n, tb->e[i].args) & (cap - 1);
            while (e[j].key)
                j = (j + 1) & (cap - 1);
            e[j] = tb->e[i];
        }
        free(tb->e);
        tb->e = e;
        tb->cap = cap;
    }
    uint32_t i = inst_hash(key, n, args) & (tb->cap - 1);
    while (tb->e[i].key)
        i = (i + 1) & (tb->cap - 1);
    tb->e[i] = (inst_entry){key, n, args, value};
    tb->count++;
}

static vm_type **copy_args(uint32_t n, vm_type **args) {
    vm_type **c = malloc((n ? n : 1) * sizeof *c);
    if (!c)
        vm_fatal("out of memory");
    memcpy(c, args, n * sizeof *c);
    return c;
}

static char *concat(const char *a, const char *b) {
    size_t na = strlen(a), nb = strlen(b);
    char *s = malloc(na + nb + 1);
    if (!s)
        vm_fatal("out of memory");
    memcpy(s, a, na);
    memcpy(s + na, b, nb + 1);
    return s;
}

static int is_open(const vm_type *type) { return (TX(type)->ts & TS_OPEN) != 0; }

/* ---- placeholders and function pointers ------------------------------------------ */

/* GenericParam.Number is 16 bits; a larger index in a signature is nonsense. */
#define MAX_GENERIC_INDEX 0x10000u

static vm_type **vars[2];
static uint32_t nvars[2];

vm_type *vm_type_var(int mvar, uint32_t n) {
    if (n >= MAX_GENERIC_INDEX)
        return NULL;
    if (n >= nvars[mvar]) {
        uint32_t cap = nvars[mvar] ? nvars[mvar] : 8;
        while (cap <= n)
            cap *= 2;
        vm_type **v = realloc(vars[mvar], cap * sizeof *v);
        if (!v)
            vm_fatal("out of memory");
        memset(v + nvars[mvar], 0, (cap - nvars[mvar]) * sizeof *v);
        vars[mvar] = v;
        nvars[mvar] = cap;
    }
    if (!vars[mvar][n]) {
        vm_type *type = vm_type_alloc(mvar ? VM_KIND_MVAR : VM_KIND_VAR);
        char name[24];
        snprintf(name, sizeof name, "%s%u", mvar ? "!!" : "!", n);
        type->name = concat(name, "");
        type->nspace = "";
        type->elem = mvar ? MD_ELEM_MVAR : MD_ELEM_VAR;
        type->gparam_index = n;
        type->state = VM_TS_READY;
        TX(type)->ts |= TS_OPEN | TS_IFACES | TS_INST_DONE;
        vars[mvar][n] = type;
    }
    return vars[mvar][n];
}

static vm_type *fnptr_type;

vm_type *vm_type_fnptr(vm_thread *t) {
    if (!fnptr_type) {
        /* XXX: one type for every function pointer signature; calli checks none. */
        vm_type *type = vm_type_alloc(VM_KIND_FNPTR);
        type->name = "(fnptr)";
        type->nspace = "";
        type->elem = MD_ELEM_FNPTR;
        type->state = VM_TS_READY;
        TX(type)->ts |= TS_IFACES | TS_INST_DONE;
        fnptr_type = type;
    }
    return fnptr_type;
}

/* ---- arrays, byrefs, pointers ---------------------------------------------------- */

static void add_unique(vm_type ***list, uint32_t *n, uint32_t *cap, vm_type *it) {
    for (uint32_t i = 0; i < *n; i++)
        if ((*list)[i] == it)
            return;
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        vm_type **l = realloc(*list, *cap * sizeof *l);
        if (!l)
            vm_fatal("out of memory");
        *list = l;
    }
    (*list)[(*n)++] = it;
}

/* T[]'s generic interfaces: IList<T>, IReadOnlyList<T> and what they derive from. */
static int szarray_interfaces(vm_thread *t, vm_type *arr, vm_type ***list, uint32_t *n,
                              uint32_t *cap) {
    vm_type *elem = arr->element;
    if (elem->kind == VM_KIND_POINTER || elem->kind == VM_KIND_FNPTR)
        return 0;
    vm_type *defs[] = {vm_b.ilist_g, vm_b.icollection_g, vm_b.ienumerable_g,
                       vm_b.ireadonlylist_g, vm_b.ireadonlycollection_g};
    for (size_t i = 0; i < sizeof defs / sizeof defs[0]; i++) {
        if (!defs[i] || defs[i]->ngeneric != 1)
            continue;
        vm_type *it = vm_type_instantiate(t, defs[i], 1, &elem);
        if (!it)
            return -1;
        add_unique(list, n, cap, it);
        vm_type_interfaces(it);
        for (uint32_t k = 0; k < it->ninterfaces; k++)
            add_unique(list, n, cap, it->interfaces[k]);
    }
    return 0;
}

static vm_type *make_array(vm_thread *t, vm_type *elem, uint8_t kind, uint32_t rank) {
    vm_type *arr = vm_type_alloc(kind);
    arr->element = elem;
    arr->rank = rank;
    arr->elem = kind == VM_KIND_SZARRAY ? MD_ELEM_SZARRAY : MD_ELEM_ARRAY;
    char suffix[80];
    if (kind == VM_KIND_SZARRAY) {
        snprintf(suffix, sizeof suffix, "[]");
    } else if (rank == 1) {
        snprintf(suffix, sizeof suffix, "[*]");
    } else {
        suffix[0] = '[';
        for (uint32_t i = 1; i < rank; i++)
            suffix[i] = ',';
        suffix[rank] = ']';
        suffix[rank + 1] = 0;
    }
    arr->name = concat(elem->name, suffix);
    arr->nspace = elem->nspace;
    arr->module = elem->module;
    arr->flags = VM_TF_SEALED;
    if (vm_is_ref(elem))
        arr->flags |= VM_TF_ARRAY_OF_REFS;
    if (is_open(elem))
        TX(arr)->ts |= TS_OPEN;
    if (kind == VM_KIND_SZARRAY)
        elem->szarray = arr;
    else
        inst_put(&md_arrays, elem, rank, NULL, arr);

    if (!vm_b.array) {
        vm_throw_type_load_name(t, "System", "Array", MX(vm_corlib)->display);
        vm_type_fail(t, arr);
        return NULL;
    }
    arr->parent = vm_b.array;
    vm_type **list = NULL;
    uint32_t n = 0, cap = 0;
    vm_type_interfaces(vm_b.array);
    for (uint32_t i = 0; i < vm_b.array->ninterfaces; i++)
        add_unique(&list, &n, &cap, vm_b.array->interfaces[i]);
    if (kind == VM_KIND_SZARRAY && szarray_interfaces(t, arr, &list, &n, &cap) != 0) {
        free(list);
        vm_type_fail(t, arr);
        return NULL;
    }
    arr->interfaces = list;
    arr->ninterfaces = n;
    TX(arr)->ts |= TS_IFACES;
    return arr;
}

/* Can elem be an array element, a byref's or pointer's target? */
static int element_ok(vm_thread *t, vm_type *elem, int for_pointer) {
    if (elem->state == VM_TS_FAILED)
        return vm_throw_type_load(t, elem) + 1;
    if (elem->kind == VM_KIND_BYREF || (!for_pointer && elem->elem == MD_ELEM_VOID) ||
        (!for_pointer && (elem->flags & VM_TF_BYREFLIKE)) ||
        elem->elem == MD_ELEM_TYPEDBYREF) {
        vm_throw_type_load(t, elem);
        return 0;
    }
    return 1;
}

vm_type *vm_type_szarray(vm_thread *t, vm_type *elem) {
    if (elem->szarray) {
        if (elem->szarray->state == VM_TS_FAILED) {
            vm_throw_type_load(t, elem->szarray);
            return NULL;
        }
        return elem->szarray;
    }
    if (!element_ok(t, elem, 0))
        return NULL;
    return make_array(t, elem, VM_KIND_SZARRAY, 1);
}

vm_type *vm_type_array(vm_thread *t, vm_type *elem, uint32_t rank) {
    if (rank == 0 || rank > 32) {
        vm_throw_newf(t, "System", "TypeLoadException",
                      "Array of rank %u is not supported (1 to 32).", rank);
        return NULL;
    }
    vm_type *arr = inst_get(&md_arrays, elem, rank, NULL);
    if (arr) {
        if (arr->state == VM_TS_FAILED) {
            vm_throw_type_load(t, arr);
            return NULL;
        }
        return arr;
    }
    if (!element_ok(t, elem, 0))
        return NULL;
    return make_array(t, elem, VM_KIND_ARRAY, rank);
}

static vm_type *make_indirect(vm_type *elem, uint8_t kind) {
    vm_type *type = vm_type_alloc(kind);
    type->element = elem;
    type->elem = kind == VM_KIND_BYREF ? MD_ELEM_BYREF : MD_ELEM_PTR;
    type->name = concat(elem->name, kind == VM_KIND_BYREF ? "&" : "*");
    type->nspace = elem->nspace;
    type->module = elem->module;
    type->state = VM_TS_READY;
    TX(type)->ts |= TS_IFACES | TS_INST_DONE | (TX(elem)->ts & TS_OPEN);
    return type;
}

vm_type *vm_type_byref(vm_thread *t, vm_type *elem) {
    if (elem->byref)
        return elem->byref;
    if (elem->kind == VM_KIND_BYREF || elem->elem == MD_ELEM_VOID) {
        vm_throw_type_load(t, elem);
        return NULL;
    }
    return elem->byref = make_indirect(elem, VM_KIND_BYREF);
}

vm_type *vm_type_pointer(vm_thread *t, vm_type *elem) {
    if (elem->pointer)
        return elem->pointer;
    if (!element_ok(t, elem, 1))
        return NULL;
    return elem->pointer = make_indirect(elem, VM_KIND_POINTER);
}

/* ---- generic instantiation ------------------------------------------------------- */

/* Are args exactly !0, !1, ... (or !!0, !!1, ...)? Then the instantiation is the
 * definition itself. */
static int is_typical(uint32_t n, vm_type **args, uint8_t kind) {
    for (uint32_t i = 0; i < n; i++)
        if (args[i]->kind != kind || args[i]->gparam_index != i)
            return 0;
    return 1;
}

vm_type *vm_type_instantiate(vm_thread *t, vm_type *def, uint32_t n, vm_type **args) {
    if (def->state == VM_TS_FAILED) {
        vm_throw_type_load(t, def);
        return NULL;
    }
    if (def->generic_def || !(def->flags & VM_TF_GENERIC_DEF) || n != def->ngeneric) {
        char name[512];
        vm_type_name(def, name, sizeof name);
        vm_throw_newf(t, "System", "TypeLoadException",
                      "The generic type '%s' was used with the wrong number of generic "
                      "arguments in assembly '%s'.", name,
                      def->module ? MX(def->module)->display : "?");
        return NULL;
    }
    for (uint32_t i = 0; i < n; i++) {
        vm_type *a = args[i];
        if (!a || a->kind == VM_KIND_BYREF || a->kind == VM_KIND_POINTER ||
            a->kind == VM_KIND_FNPTR || a->elem == MD_ELEM_VOID ||
            a->elem == MD_ELEM_TYPEDBYREF) {
            vm_throw_type_load(t, def);
            return NULL;
        }
        if (a->state == VM_TS_FAILED) {
            vm_throw_type_load(t, a);
            return NULL;
        }
    }
    if (is_typical(n, args, VM_KIND_VAR))
        return def;
    vm_type *type = inst_get(&type_insts, def, n, args);
    if (type) {
        if (type->state == VM_TS_FAILED) {
            vm_throw_type_load(t, type);
            return NULL;
        }
        return type;
    }
    type = vm_type_alloc(def->kind);
    type->elem = def->elem;
    type->flags = def->flags & ~(uint32_t)VM_TF_GENERIC_DEF;
    type->md_flags = def->md_flags;
    type->name = def->name;
    type->nspace = def->nspace;
    type->module = def->module;
    type->token = def->token;
    type->enclosing = def->enclosing;
    type->element = def->element;
    type->generic_def = def;
    type->ninst = n;
    type->inst = copy_args(n, args);
    type->variance = def->variance;
    if (vm_type_is(def, "System", "Nullable`1"))
        type->flags |= VM_TF_NULLABLE;
    for (uint32_t i = 0; i < n; i++)
        if (is_open(args[i]))
            TX(type)->ts |= TS_OPEN;
    inst_put(&type_insts, def, n, type->inst, type);
    vm_generic_ctx ctx;
    vm_type_ctx(type, &ctx);
    if (vm_type_load_links(t, type, &ctx) != 0)
        return NULL;
    return type;
}

vm_method *vm_method_instantiate(vm_thread *t, vm_method *def, uint32_t n, vm_type **args) {
    if (!(def->flags & VM_MF_GENERIC_DEF) || def->generic_def || n != def->sig.ngeneric) {
        char name[512];
        vm_method_name(def, name, sizeof name);
        vm_throw_newf(t, "System", "ArgumentException",
                      "The method '%s' was used with the wrong number of generic arguments.",
                      name);
        return NULL;
    }
    for (uint32_t i = 0; i < n; i++)
        if (!args[i] || args[i]->kind == VM_KIND_BYREF || args[i]->kind == VM_KIND_POINTER ||
            args[i]->elem == MD_ELEM_VOID || args[i]->state == VM_TS_FAILED) {
            vm_throw_type_load(t, args[i] ? args[i] : def->owner);
            return NULL;
        }
    if (is_typical(n, args, VM_KIND_MVAR))
        return def;
    /* The copy takes the definition's vtable slot, so the owner's vtable must exist
     * (unless it is being built right now, when the slot is already assigned). */
    if (!(TX(def->owner)->ts & TS_READY_BUSY) &&
        vm_type_prepare(t, def->owner, VM_TS_READY) != 0)
        return NULL;
    vm_method *m = inst_get(&method_insts, def, n, args);
    if (m)
        return m;
    vm_methodx *x = calloc(1, sizeof *x);
    if (!x)
        vm_fatal("out of memory");
    x->m = *def;
    x->index = MTX(def)->index;
    m = &x->m;
    m->generic_def = def;
    m->ninst = n;
    m->inst = copy_args(n, args);
    m->flags &= ~(uint32_t)VM_MF_GENERIC_DEF;
    m->inst_cache = NULL;
    m->icall = m->code = m->aot = NULL;
    m->call_count = 0;
    vm_generic_ctx ctx;
    vm_method_ctx(m, &ctx);
    vm_module *mod = def->owner->module;
    if (MD_TOKEN_TABLE(def->token) == MD_MethodDef && mod) {
        md_image *img = mod->img;
        md_blob blob = md_blob_at(img, md_get(img, MDC_MethodDef_Signature,
                                              MD_TOKEN_ROW(def->token)));
        if (vm_parse_method_sig(t, mod, blob, &ctx, &m->sig) != 0) {
            free(m->inst);
            free(x);
            return NULL;
        }
    }
    inst_put(&method_insts, def, n, m->inst, m);
    return m;
}

void vm_method_ctx(const vm_method *m, vm_generic_ctx *out) {
    vm_type_ctx(m->owner, out);
    out->nmethod = m->ninst;
    out->method_args = m->ninst ? m->inst : NULL;
}

/* ---- types in signatures --------------------------------------------------------- */

static vm_type *sig_fail(vm_thread *t, vm_module *m, md_sig *s) {
    if (!t->exception) {
        char what[300];
        snprintf(what, sizeof what, "bad signature%s%s", s->err && s->failed ? ": " : "",
                 s->err && s->failed ? s->err->msg : "");
        vm_throw_bad_image(t, m, what);
    }
    return NULL;
}

static vm_type *subst(vm_thread *t, vm_module *m, md_sig *s, const vm_generic_ctx *ctx,
                      int mvar) {
    uint32_t n = md_sig_uint(s);
    if (s->failed)
        return sig_fail(t, m, s);
    if (ctx) {
        if (!mvar && n < ctx->ntype)
            return ctx->type_args[n];
        if (mvar && n < ctx->nmethod)
            return ctx->method_args[n];
    }
    vm_type *v = vm_type_var(mvar, n);
    return v ? v : sig_fail(t, m, s);
}

static vm_type *sig_type(vm_thread *t, vm_module *m, md_sig *s, const vm_generic_ctx *ctx) {
    md_sig_skip_cmods(s);
    uint8_t b = md_sig_byte(s);
    if (s->failed)
        return sig_fail(t, m, s);
    switch (b) {
    case MD_ELEM_VOID: case MD_ELEM_BOOLEAN: case MD_ELEM_CHAR: case MD_ELEM_I1:
    case MD_ELEM_U1: case MD_ELEM_I2: case MD_ELEM_U2: case MD_ELEM_I4: case MD_ELEM_U4:
    case MD_ELEM_I8: case MD_ELEM_U8: case MD_ELEM_R4: case MD_ELEM_R8:
    case MD_ELEM_STRING: case MD_ELEM_OBJECT: case MD_ELEM_I: case MD_ELEM_U:
    case MD_ELEM_TYPEDBYREF:
        return vm_builtin(t, b);
    case MD_ELEM_PTR: {
        vm_type *e = vm_sig_type(t, m, s, ctx);
        return e ? vm_type_pointer(t, e) : NULL;
    }
    case MD_ELEM_BYREF: {
        vm_type *e = vm_sig_type(t, m, s, ctx);
        return e ? vm_type_byref(t, e) : NULL;
    }
    case MD_ELEM_SZARRAY: {
        vm_type *e = vm_sig_type(t, m, s, ctx);
        return e ? vm_type_szarray(t, e) : NULL;
    }
    case MD_ELEM_ARRAY: {
        vm_type *e = vm_sig_type(t, m, s, ctx);
        if (!e)
            return NULL;
        uint32_t rank = md_sig_uint(s);
        uint32_t nsizes = md_sig_uint(s);
        for (uint32_t i = 0; i < nsizes && !s->failed && i <= rank; i++)
            md_sig_uint(s);
        uint32_t nlo = md_sig_uint(s);
        for (uint32_t i = 0; i < nlo && !s->failed && i <= rank; i++)
            md_sig_int(s);
        if (s->failed || nsizes > rank || nlo > rank)
            return sig_fail(t, m, s);
        return vm_type_array(t, e, rank);
    }
    case MD_ELEM_CLASS: case MD_ELEM_VALUETYPE: {
        uint32_t tok = md_sig_typetoken(s);
        if (s->failed)
            return sig_fail(t, m, s);
        return vm_resolve_type(t, m, tok, ctx);
    }
    case MD_ELEM_VAR:
        return subst(t, m, s, ctx, 0);
    case MD_ELEM_MVAR:
        return subst(t, m, s, ctx, 1);
    case MD_ELEM_GENERICINST: {
        uint8_t k = md_sig_byte(s);
        uint32_t tok = md_sig_typetoken(s);
        uint32_t n = md_sig_uint(s);
        if (s->failed || (k != MD_ELEM_CLASS && k != MD_ELEM_VALUETYPE) || n == 0 ||
            n > (uint32_t)(s->end - s->p) || MD_TOKEN_TABLE(tok) == MD_TypeSpec)
            return sig_fail(t, m, s);
        vm_type *def = vm_resolve_type(t, m, tok, ctx);
        if (!def)
            return NULL;
        vm_type *small[8], **args = n <= 8 ? small : malloc(n * sizeof *args);
        if (!args)
            vm_fatal("out of memory");
        vm_type *r = NULL;
        uint32_t i;
        for (i = 0; i < n; i++)
            if (!(args[i] = vm_sig_type(t, m, s, ctx)))
                break;
        if (i == n)
            r = vm_type_instantiate(t, def, n, args);
        if (args != small)
            free(args);
        return r;
    }
    case MD_ELEM_FNPTR: {
        md_method_sig_head h;
        md_sig_method_head(s, &h);
        md_sig_skip_type(s);
        for (uint32_t i = 0; i < h.param_count && !s->failed; i++) {
            if (md_sig_peek(s) == MD_ELEM_SENTINEL)
                md_sig_byte(s);
            md_sig_skip_type(s);
        }
        if (s->failed)
            return sig_fail(t, m, s);
        return vm_type_fnptr(t);
    }
    default:
        s->failed = 1;
        return sig_fail(t, m, s);
    }
}

vm_type *vm_sig_type(vm_thread *t, vm_module *m, md_sig *s, const vm_generic_ctx *ctx) {
    if (++s->depth > MD_SIG_MAX_DEPTH) {
        s->depth--;
        s->failed = 1;
        return sig_fail(t, m, s);
    }
    vm_type *r = sig_type(t, m, s, ctx);
    s->depth--;
    return r;
}
