/*
 * vtable.c — dispatch: virtual slots, interface maps and resolving a virtual or
 * interface call to the method that runs (ECMA-335 II.10.3, II.12.2).
 *
 * A class's vtable starts as a copy of its parent's. Each virtual method either takes a
 * new slot (newslot, or nothing to override) or reuses the slot of the inherited method
 * with the same name and signature; MethodImpl rows then override slots explicitly.
 * For every interface of the type (declared, inherited, and their base interfaces) each
 * interface method is mapped to: an explicit MethodImpl, else - when this type declares
 * the interface - its own public virtual with that name and signature, else the
 * parent's mapping (through the vtable, so overrides count), else an inherited public
 * virtual by name and signature, else the most specific default implementation.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/vm_int.h"

enum { MA_ACCESS_MASK = 0x7, MA_PUBLIC = 0x6 };

static int same_name_sig(const vm_method *a, const vm_method *b) {
    return strcmp(a->name, b->name) == 0 && !MTX(a)->bad_sig && !MTX(b)->bad_sig &&
           vm_sig_equal(&a->sig, &b->sig);
}

static int is_public(const vm_method *m) { return (m->md_flags & MA_ACCESS_MASK) == MA_PUBLIC; }

static int iface_index(const vm_type *type, const vm_type *iface) {
    for (uint32_t i = 0; i < type->ninterfaces; i++)
        if (type->interfaces[i] == iface)
            return (int)i;
    return -1;
}

/* ---- MethodImpl rows ------------------------------------------------------------- */

typedef struct pairs {
    vm_method **v;          /* decl, body, decl, body, ... */
    uint32_t n, cap;        /* n counts entries (2 per pair) */
} pairs;

static void pairs_add(pairs *p, vm_method *decl, vm_method *body) {
    if (p->n + 2 > p->cap) {
        p->cap = p->cap ? p->cap * 2 : 8;
        vm_method **v = realloc(p->v, p->cap * sizeof *v);
        if (!v)
            vm_fatal("out of memory");
        p->v = v;
    }
    p->v[p->n++] = decl;
    p->v[p->n++] = body;
}

/* This type's MethodImpl rows, resolved in its context: body and declaration. */
static int method_impls(vm_thread *t, vm_type *type, pairs *out) {
    uint32_t row = vm_type_row(type);
    if (!row)
        return 0;
    vm_module *m = type->module;
    md_image *img = m->img;
    vm_generic_ctx ctx;
    vm_type_ctx(type, &ctx);
    uint32_t r;
    if (!md_find(img, MDC_MethodImpl_Class, row, &r))
        return 0;
    for (; r; r = md_find_next(img, MDC_MethodImpl_Class, row, r)) {
        uint32_t btok = md_get(img, MDC_MethodImpl_MethodBody, r);
        uint32_t dtok = md_get(img, MDC_MethodImpl_MethodDeclaration, r);
        vm_method *body = MD_TOKEN_TABLE(btok) == MD_MethodDef
                              ? vm_type_method_by_token(t, type, btok)
                              : vm_resolve_method_raw(t, m, btok, &ctx);
        vm_method *decl = body ? vm_resolve_method_raw(t, m, dtok, &ctx) : NULL;
        if (!body || !decl) {
            if (!t->exception)
                vm_throw_type_load(t, type);
            return -1;
        }
        if (decl->generic_def)
            decl = decl->generic_def;
        if (body->generic_def)
            body = body->generic_def;
        pairs_add(out, decl, body);
    }
    return 0;
}

/* ---- classes and structs --------------------------------------------------------- */

static int no_impl(vm_thread *t, vm_type *type, vm_method *decl) {
    char tn[512];
    vm_type_name(type, tn, sizeof tn);
    return vm_throw_newf(t, "System", "TypeLoadException",
                         "Method '%s' in type '%s' from assembly '%s' does not have an "
                         "implementation.", decl->name, tn, MX(type->module)->display);
}

static int build_vtable(vm_thread *t, vm_type *type, const pairs *impls) {
    vm_type *p = type->parent;
    uint32_t inherited = p ? p->vtable_size : 0;
    uint32_t size = inherited;
    vm_method **vt = calloc(inherited + type->nmethods + 1, sizeof *vt);
    if (!vt)
        vm_fatal("out of memory");
    if (inherited)
        memcpy(vt, p->vtable, inherited * sizeof *vt);
    for (uint32_t i = 0; i < type->nmethods; i++) {
        vm_method *m = type->methods[i];
        if (!(m->flags & VM_MF_VIRTUAL) || (m->flags & VM_MF_STATIC))
            continue;
        int32_t slot = -1;
        if (!(m->flags & VM_MF_NEWSLOT)) {
            for (uint32_t s = inherited; s-- > 0;)
                if (vt[s] && same_name_sig(vt[s], m)) {
                    slot = (int32_t)s;
                    break;
                }
            if (slot >= 0 && (vt[slot]->flags & VM_MF_FINAL)) {
                free(vt);
                return vm_throw_type_load(t, type);
            }
        }
        if (slot < 0)
            slot = (int32_t)size++;
        vt[slot] = m;
        m->slot = slot;
    }
    for (uint32_t i = 0; i < impls->n; i += 2) {
        vm_method *decl = impls->v[i], *body = impls->v[i + 1];
        if (decl->owner->kind == VM_KIND_INTERFACE)
            continue;
        if (decl->slot < 0 || (uint32_t)decl->slot >= size ||
            (decl->flags & VM_MF_FINAL && decl->owner != type)) {
            free(vt);
            return vm_throw_type_load(t, type);
        }
        vt[decl->slot] = body;
        if (body->slot < 0)
            body->slot = decl->slot;
    }
    type->vtable = vt;
    type->vtable_size = size;
    return 0;
}

/* The most specific default implementation of interface method decl among the type's
 * interfaces (an interface's own body, or another interface's MethodImpl of it). */
static vm_method *default_impl(vm_type *type, vm_method *decl) {
    vm_type *best_j = NULL;
    vm_method *best = NULL;
    for (uint32_t j = 0; j < type->ninterfaces; j++) {
        vm_typex *jx = TX(type->interfaces[j]);
        for (uint32_t k = 0; k < jx->noverrides; k += 2) {
            if (jx->overrides[k] != decl)
                continue;
            /* Keep the candidate whose interface derives from the other. */
            if (!best_j || iface_index(type->interfaces[j], best_j) >= 0) {
                best_j = type->interfaces[j];
                best = jx->overrides[k + 1];
            }
        }
    }
    if (best)
        return best;
    /* XXX: ambiguous defaults (two unrelated overriding interfaces) pick the first. */
    return (decl->flags & VM_MF_ABSTRACT) ? NULL : decl;
}

static int build_iface_map(vm_thread *t, vm_type *type, const pairs *impls) {
    vm_type *p = type->parent;
    vm_typex *x = TX(type);
    uint32_t n = type->ninterfaces;
    vm_method ***map = calloc(n ? n : 1, sizeof *map);
    if (!map)
        vm_fatal("out of memory");
    int check = !(type->flags & VM_TF_ABSTRACT) && !(x->ts & TS_OPEN);
    for (uint32_t i = 0; i < n; i++) {
        vm_type *it = type->interfaces[i];
        map[i] = calloc(it->nmethods ? it->nmethods : 1, sizeof **map);
        if (!map[i])
            vm_fatal("out of memory");
        int pidx = p ? iface_index(p, it) : -1;
        int declared = 0;
        for (uint32_t d = 0; d < x->ndeclared && !declared; d++)
            declared = x->declared[d] == it || iface_index(x->declared[d], it) >= 0;
        for (uint32_t k = 0; k < it->nmethods; k++) {
            vm_method *decl = it->methods[k];
            if (!(decl->flags & VM_MF_VIRTUAL))
                continue;
            int is_static = (decl->flags & VM_MF_STATIC) != 0;
            vm_method *r = NULL;
            for (uint32_t q = 0; q < impls->n && !r; q += 2)
                if (impls->v[q] == decl)
                    r = impls->v[q + 1];
            if (!r && (pidx < 0 || declared)) {
                for (uint32_t q = 0; q < type->nmethods && !r; q++) {
                    vm_method *c = type->methods[q];
                    if (is_static ? (c->flags & VM_MF_STATIC) != 0
                                  : (c->flags & (VM_MF_VIRTUAL | VM_MF_STATIC)) == VM_MF_VIRTUAL &&
                                        is_public(c))
                        if (same_name_sig(c, decl))
                            r = c;
                }
            }
            if (!r && pidx >= 0) {
                r = p->iface_impl[pidx][k];
                if (r && r->slot >= 0 && r->owner->kind != VM_KIND_INTERFACE &&
                    !(r->flags & VM_MF_STATIC) && (uint32_t)r->slot < type->vtable_size)
                    r = type->vtable[r->slot];
            }
            if (!r && !is_static)
                for (uint32_t s = type->vtable_size; s-- > 0 && !r;)
                    if (type->vtable[s] && is_public(type->vtable[s]) &&
                        same_name_sig(type->vtable[s], decl))
                        r = type->vtable[s];
            if (!r)
                r = default_impl(type, decl);
            if (!r && check) {
                for (uint32_t q = 0; q <= i; q++)
                    free(map[q]);
                free(map);
                return no_impl(t, type, decl);
            }
            map[i][k] = r;
        }
    }
    type->iface_impl = map;
    return 0;
}

/* ---- arrays ---------------------------------------------------------------------- */

/* The method of corlib's SZArrayHelper that implements T[]'s generic interface method
 * decl: SZArrayHelper<T>.Name (ours), or SZArrayHelper.Name<T> (CoreCLR's). */
static vm_method *szarray_helper(vm_thread *t, vm_type *arr, vm_method *decl) {
    vm_type *h = vm_b.szarray_helper;
    if (!h || arr->kind != VM_KIND_SZARRAY)
        return NULL;
    vm_type *elem = arr->element;
    int generic_type = h->ngeneric == 1;
    if (generic_type && !(h = vm_type_instantiate(t, h, 1, &elem)))
        return NULL;
    if (vm_type_methods(t, h) != 0)
        return NULL;
    for (uint32_t i = 0; i < h->nmethods; i++) {
        vm_method *m = h->methods[i];
        if (strcmp(m->name, decl->name) != 0 || (m->flags & VM_MF_STATIC) ||
            m->sig.nparams != decl->sig.nparams)
            continue;
        if (generic_type && m->sig.ngeneric == 0)
            return m;
        if (!generic_type && m->sig.ngeneric == 1)
            return vm_method_instantiate(t, m, 1, &elem);
    }
    return NULL;
}

static int array_dispatch(vm_thread *t, vm_type *arr) {
    vm_type *a = vm_b.array;
    arr->vtable = a->vtable;
    arr->vtable_size = a->vtable_size;
    uint32_t n = arr->ninterfaces;
    vm_method ***map = calloc(n ? n : 1, sizeof *map);
    if (!map)
        vm_fatal("out of memory");
    for (uint32_t i = 0; i < n; i++) {
        vm_type *it = arr->interfaces[i];
        int ai = iface_index(a, it);
        if (ai >= 0) {
            map[i] = a->iface_impl[ai];
            continue;
        }
        map[i] = calloc(it->nmethods ? it->nmethods : 1, sizeof **map);
        if (!map[i])
            vm_fatal("out of memory");
        for (uint32_t k = 0; k < it->nmethods; k++) {
            vm_method *decl = it->methods[k];
            if (!(decl->flags & VM_MF_VIRTUAL))
                continue;
            vm_object *saved = t->exception;
            map[i][k] = szarray_helper(t, arr, decl);
            if (!map[i][k])   /* missing helpers fail the call, not the array type */
                t->exception = saved;
        }
    }
    arr->iface_impl = map;
    return 0;
}

/* ---- the READY stage ------------------------------------------------------------- */

static vm_method *object_finalize(vm_thread *t) {
    static vm_method *fin;
    if (!fin && vm_b.object && vm_type_methods(t, vm_b.object) == 0)
        for (uint32_t i = 0; i < vm_b.object->nmethods; i++) {
            vm_method *m = vm_b.object->methods[i];
            if (strcmp(m->name, "Finalize") == 0 && m->sig.nparams == 0 &&
                (m->flags & VM_MF_VIRTUAL))
                fin = m;
        }
    return fin;
}

static int dispatch(vm_thread *t, vm_type *type) {
    vm_typex *x = TX(type);
    if (type->parent && vm_type_prepare(t, type->parent, VM_TS_READY) != 0)
        return -1;
    if (vm_type_methods(t, type) != 0)
        return -1;
    vm_type_interfaces(type);
    for (uint32_t i = 0; i < type->ninterfaces; i++)
        if (vm_type_prepare(t, type->interfaces[i], VM_TS_READY) != 0)
            return -1;
    switch (type->kind) {
    case VM_KIND_SZARRAY:
    case VM_KIND_ARRAY:
        if (!vm_b.array || vm_type_prepare(t, vm_b.array, VM_TS_READY) != 0)
            return -1;
        return array_dispatch(t, type);
    case VM_KIND_INTERFACE: {
        pairs impls = {0};
        if (method_impls(t, type, &impls) != 0) {
            free(impls.v);
            return -1;
        }
        x->overrides = impls.v;
        x->noverrides = impls.n;
        return 0;
    }
    case VM_KIND_CLASS:
    case VM_KIND_VALUETYPE: {
        pairs impls = {0};
        int rc = method_impls(t, type, &impls);
        if (rc == 0)
            rc = build_vtable(t, type, &impls);
        if (rc == 0)
            rc = build_iface_map(t, type, &impls);
        free(impls.v);
        if (rc != 0)
            return -1;
        vm_method *fin = object_finalize(t);
        if (fin && fin->slot >= 0 && (uint32_t)fin->slot < type->vtable_size &&
            type->vtable[fin->slot] != fin) {
            type->finalizer = type->vtable[fin->slot];
            type->flags |= VM_TF_HAS_FINALIZER;
        }
        return 0;
    }
    default:
        return 0;
    }
}

int vm_type_dispatch(vm_thread *t, vm_type *type) {
    vm_typex *x = TX(type);
    if (type->state == VM_TS_READY)
        return 0;
    if (type->state == VM_TS_FAILED)
        return vm_throw_type_load(t, type);
    if (x->ts & TS_READY_BUSY) {
        vm_throw_type_load(t, type);
        return vm_type_fail(t, type);
    }
    x->ts |= TS_READY_BUSY;
    int rc = dispatch(t, type);
    x->ts &= ~(uint32_t)TS_READY_BUSY;
    if (rc != 0)
        return vm_type_fail(t, type);
    type->state = VM_TS_READY;
    return 0;
}

/* ---- dispatch at run time -------------------------------------------------------- */

/* The interface entry of type that a call through iface may use: exact, else a variant
 * interface of the same definition that iface is assignable from. */
static int find_iface_entry(vm_type *type, vm_type *iface) {
    int i = iface_index(type, iface);
    if (i >= 0 || !iface->generic_def)
        return i;
    /* string[] used as IList<object>: the array's own IList<string> does the work. */
    int arr = type->kind == VM_KIND_SZARRAY && vm_is_assignable(iface, type);
    if (!arr && !(iface->flags & VM_TF_INTERFACE_VARIANT))
        return -1;
    for (uint32_t k = 0; k < type->ninterfaces; k++) {
        vm_type *c = type->interfaces[k];
        if (c->generic_def == iface->generic_def && (arr || vm_is_assignable(iface, c)))
            return (int)k;
    }
    return -1;
}

vm_method *vm_resolve_virtual(vm_thread *t, vm_type *type, vm_method *decl) {
    if (vm_type_prepare(t, type, VM_TS_READY) != 0)
        return NULL;
    vm_method *d = decl->generic_def ? decl->generic_def : decl;
    if (!(d->flags & VM_MF_VIRTUAL))
        return decl;
    vm_type *owner = d->owner;
    vm_method *impl = NULL;
    if (owner->kind == VM_KIND_INTERFACE) {
        if (type == owner)
            impl = (d->flags & VM_MF_ABSTRACT) ? NULL : d;
        int i = find_iface_entry(type, owner);
        if (i >= 0 && d->slot >= 0 && (uint32_t)d->slot < owner->nmethods)
            impl = type->iface_impl[i][d->slot];
    } else if (d->slot >= 0 && (uint32_t)d->slot < type->vtable_size) {
        vm_type *b = type;
        while (b && b != owner)
            b = b->parent;
        if (b)
            impl = type->vtable[d->slot];
    }
    if (!impl || (impl->flags & VM_MF_ABSTRACT)) {
        char name[600];
        vm_method_name(decl, name, sizeof name);
        vm_throw_newf(t, "System", "EntryPointNotFoundException",
                      "Entry point was not found: '%s'.", name);
        return NULL;
    }
    if (decl->generic_def && impl->sig.ngeneric == decl->ninst && !impl->generic_def)
        impl = vm_method_instantiate(t, impl, decl->ninst, decl->inst);
    return impl;
}
