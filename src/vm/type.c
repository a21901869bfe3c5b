/*
 * type.c — types defined in metadata: creating a vm_type for a TypeDef row, its links
 * (parent, interfaces), the stages LOADED -> LAID_OUT -> READY, and the well-known types
 * of the core library (vm_b).
 *
 * A type is registered in its module's typedefs[] before anything it mentions is
 * resolved, so a class may name itself in its base's generic arguments (class C :
 * Base<C>) and nested types may reach their enclosing type. A true cycle in the parent
 * chain (A : B, B : A) is found after the parent is set and fails both types.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/vm_int.h"

vm_typex *vm_all_types;

/* Nesting of type loads: generic expansion such as class C<T> : B<C<C<T>>> would
 * otherwise never end. CoreCLR likewise refuses such types. */
#define MAX_LOAD_DEPTH 96
static int load_depth;

vm_type *vm_type_alloc(uint8_t kind) {
    vm_typex *x = calloc(1, sizeof *x);
    if (!x)
        vm_fatal("out of memory creating a type");
    x->t.kind = kind;
    x->t.state = VM_TS_LOADED;
    x->all_next = vm_all_types;
    vm_all_types = x;
    return &x->t;
}

int vm_type_fail(vm_thread *t, vm_type *type) {
    type->state = VM_TS_FAILED;
    return -1;
}

/* ---- the well-known types -------------------------------------------------------- */

static const struct builtin_name {
    size_t off;             /* offsetof(vm_builtins, ...) */
    uint8_t elem;           /* its element type in signatures, or 0 */
    uint8_t primitive;
    const char *nspace, *name;
} builtin_names[] = {
#define B(f) offsetof(vm_builtins, f)
    {B(object), MD_ELEM_OBJECT, 0, "System", "Object"},
    {B(value_type), 0, 0, "System", "ValueType"},
    {B(enum_), 0, 0, "System", "Enum"},
    {B(string), MD_ELEM_STRING, 0, "System", "String"},
    {B(array), 0, 0, "System", "Array"},
    {B(delegate), 0, 0, "System", "Delegate"},
    {B(multicast_delegate), 0, 0, "System", "MulticastDelegate"},
    {B(exception), 0, 0, "System", "Exception"},
    {B(type), 0, 0, "System", "Type"},
    {B(runtime_type), 0, 0, "System", "RuntimeType"},
    {B(void_), MD_ELEM_VOID, 0, "System", "Void"},
    {B(boolean), MD_ELEM_BOOLEAN, 1, "System", "Boolean"},
    {B(char_), MD_ELEM_CHAR, 1, "System", "Char"},
    {B(sbyte), MD_ELEM_I1, 1, "System", "SByte"},
    {B(byte), MD_ELEM_U1, 1, "System", "Byte"},
    {B(int16), MD_ELEM_I2, 1, "System", "Int16"},
    {B(uint16), MD_ELEM_U2, 1, "System", "UInt16"},
    {B(int32), MD_ELEM_I4, 1, "System", "Int32"},
    {B(uint32), MD_ELEM_U4, 1, "System", "UInt32"},
    {B(int64), MD_ELEM_I8, 1, "System", "Int64"},
    {B(uint64), MD_ELEM_U8, 1, "System", "UInt64"},
    {B(intptr), MD_ELEM_I, 1, "System", "IntPtr"},
    {B(uintptr), MD_ELEM_U, 1, "System", "UIntPtr"},
    {B(single), MD_ELEM_R4, 1, "System", "Single"},
    {B(double_), MD_ELEM_R8, 1, "System", "Double"},
    {B(nullable), 0, 0, "System", "Nullable`1"},
    {B(typed_reference), MD_ELEM_TYPEDBYREF, 0, "System", "TypedReference"},
    {B(runtime_type_handle), 0, 0, "System", "RuntimeTypeHandle"},
    {B(runtime_method_handle), 0, 0, "System", "RuntimeMethodHandle"},
    {B(runtime_field_handle), 0, 0, "System", "RuntimeFieldHandle"},
    {B(szarray_helper), 0, 0, "System", "SZArrayHelper`1"},
    {B(szarray_helper), 0, 0, "System", "SZArrayHelper"},   /* CoreCLR's, non-generic */
    {B(ienumerable_g), 0, 0, "System.Collections.Generic", "IEnumerable`1"},
    {B(icollection_g), 0, 0, "System.Collections.Generic", "ICollection`1"},
    {B(ilist_g), 0, 0, "System.Collections.Generic", "IList`1"},
    {B(ireadonlycollection_g), 0, 0, "System.Collections.Generic", "IReadOnlyCollection`1"},
    {B(ireadonlylist_g), 0, 0, "System.Collections.Generic", "IReadOnlyList`1"},
#undef B
};
#define NBUILTINS (sizeof builtin_names / sizeof builtin_names[0])

static vm_type **builtin_slot(const struct builtin_name *b) {
    return (vm_type **)((char *)&vm_b + b->off);
}

/* Looks a well-known type up; NULL (nothing pending) if the core library lacks it. */
static vm_type *load_builtin(vm_thread *t, const struct builtin_name *b) {
    vm_type **slot = builtin_slot(b);
    if (*slot || !vm_corlib)
        return *slot;
    uint32_t row = vm_module_find_typedef(vm_corlib, b->nspace, b->name);
    if (!row)
        return NULL;
    vm_object *saved = t->exception;
    vm_type *type = vm_typedef(t, vm_corlib, row);
    if (!type)
        t->exception = saved;
    else
        *slot = type;
    return type;
}

int vm_builtins_load(vm_thread *t);
int vm_builtins_load(vm_thread *t) {
    for (size_t i = 0; i < NBUILTINS; i++)
        load_builtin(t, &builtin_names[i]);
    if (!vm_b.object) {
        fprintf(stderr, "anyclr: error: %s: no System.Object: not a core library\n",
                vm_corlib->path);
        return -1;
    }
    return 0;
}

vm_type *vm_builtin(vm_thread *t, uint8_t elem) {
    for (size_t i = 0; i < NBUILTINS; i++) {
        const struct builtin_name *b = &builtin_names[i];
        if (b->elem != elem)
            continue;
        vm_type *type = load_builtin(t, b);
        if (!type) {
            vm_throw_type_load_name(t, b->nspace, b->name,
                                    vm_corlib ? MX(vm_corlib)->display : "?");
            return NULL;
        }
        if (type->state == VM_TS_FAILED) {
            vm_throw_type_load(t, type);
            return NULL;
        }
        return type;
    }
    vm_throw_newf(t, "System", "BadImageFormatException",
                  "Bad element type 0x%02x in a signature.", elem);
    return NULL;
}

int vm_type_is(const vm_type *type, const char *nspace, const char *name) {
    return type && type->module && type->module->is_corlib && !type->generic_def &&
           type->token && strcmp(type->name, name) == 0 && strcmp(type->nspace, nspace) == 0;
}

uint32_t vm_has_attribute(vm_module *m, uint32_t token, const char *nspace, const char *name) {
    md_image *img = m->img;
    uint32_t r;
    if (!md_find(img, MDC_CustomAttribute_Parent, token, &r))
        return 0;
    for (; r; r = md_find_next(img, MDC_CustomAttribute_Parent, token, r)) {
        uint32_t ctor = md_get(img, MDC_CustomAttribute_Type, r);
        uint32_t owner = 0;
        if (MD_TOKEN_TABLE(ctor) == MD_MethodDef)
            owner = MD_TOKEN(MD_TypeDef, md_method_owner(img, MD_TOKEN_ROW(ctor)));
        else if (MD_TOKEN_TABLE(ctor) == MD_MemberRef)
            owner = md_get(img, MDC_MemberRef_Class, MD_TOKEN_ROW(ctor));
        if (owner && vm_token_is_named(m, owner, nspace, name))
            return r;
    }
    return 0;
}

/* ---- contexts -------------------------------------------------------------------- */

void vm_type_ctx(const vm_type *type, vm_generic_ctx *out) {
    out->ntype = type && type->generic_def ? type->ninst : 0;
    out->type_args = out->ntype ? type->inst : NULL;
    out->nmethod = 0;
    out->method_args = NULL;
}

uint32_t vm_type_row(const vm_type *type) {
    const vm_type *def = type->generic_def ? type->generic_def : type;
    return MD_TOKEN_TABLE(def->token) == MD_TypeDef && def->module ? MD_TOKEN_ROW(def->token)
                                                                   : 0;
}

/* ---- loading a TypeDef ----------------------------------------------------------- */

/* Type attributes (II.23.1.15) we read. */
enum {
    TA_INTERFACE = 0x20, TA_ABSTRACT = 0x80, TA_SEALED = 0x100, TA_LAYOUT_MASK = 0x18,
    TA_SEQUENTIAL = 0x08, TA_EXPLICIT = 0x10, TA_BEFOREFIELDINIT = 0x100000,
};

/* Things the core library's names alone decide: primitives and the other special types. */
static void mark_special(vm_type *type) {
    if (!type->module->is_corlib)
        return;
    for (size_t i = 0; i < NBUILTINS; i++) {
        const struct builtin_name *b = &builtin_names[i];
        if (!b->elem || strcmp(b->name, type->name) != 0 || strcmp(b->nspace, type->nspace) != 0)
            continue;
        type->elem = b->elem;
        if (b->primitive)
            type->flags |= VM_TF_PRIMITIVE;
        if (b->elem == MD_ELEM_STRING)
            type->flags |= VM_TF_STRING;
    }
}

/* The underlying type of an enum: the type of its first instance field (value__). */
static int enum_underlying(vm_thread *t, vm_type *type) {
    vm_module *m = type->module;
    md_image *img = m->img;
    uint32_t first, n = md_list(img, MDC_TypeDef_FieldList, MD_TOKEN_ROW(type->token), &first);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t f = md_list_item(img, MDC_TypeDef_FieldList, first + i);
        if (md_get(img, MDC_Field_Flags, f) & VM_FIELD_STATIC)
            continue;
        md_sig s;
        md_sig_init(&s, img, md_blob_at(img, md_get(img, MDC_Field_Signature, f)), NULL);
        if (md_sig_byte(&s) != MD_CC_FIELD)
            break;
        md_sig_skip_cmods(&s);
        uint8_t e = md_sig_peek(&s);
        if (e < MD_ELEM_BOOLEAN || e > MD_ELEM_U8) {
            if (e != MD_ELEM_I && e != MD_ELEM_U)
                break;
        }
        type->element = vm_builtin(t, e);
        return type->element ? 0 : -1;
    }
    return vm_throw_type_load(t, type);
}

static uint8_t *generic_params(vm_module *m, uint32_t owner_token, uint32_t *count) {
    md_image *img = m->img;
    uint32_t r, n = md_find(img, MDC_GenericParam_Owner, owner_token, &r);
    *count = 0;
    if (!n)
        return NULL;
    uint32_t total = 0;
    for (uint32_t q = r; q; q = md_find_next(img, MDC_GenericParam_Owner, owner_token, q))
        total++;
    uint8_t *var = calloc(total, 1);
    if (!var)
        vm_fatal("out of memory");
    for (; r; r = md_find_next(img, MDC_GenericParam_Owner, owner_token, r)) {
        uint32_t num = md_get(img, MDC_GenericParam_Number, r);
        if (num < total)
            var[num] = (uint8_t)(md_get(img, MDC_GenericParam_Flags, r) & 3);
    }
    *count = total;
    return var;
}

vm_type *vm_typedef(vm_thread *t, vm_module *m, uint32_t row) {
    md_image *img = m->img;
    if (row == 0 || row > md_rows(img, MD_TypeDef)) {
        vm_throw_bad_image(t, m, "TypeDef row out of range");
        return NULL;
    }
    vm_type *type = m->typedefs[row];
    if (type) {
        if (type->state == VM_TS_FAILED) {
            vm_throw_type_load(t, type);
            return NULL;
        }
        return type;
    }
    type = vm_type_alloc(VM_KIND_CLASS);
    m->typedefs[row] = type;
    type->module = m;
    type->token = MD_TOKEN(MD_TypeDef, row);
    type->md_flags = md_get(img, MDC_TypeDef_Flags, row);
    type->name = md_string(img, md_get(img, MDC_TypeDef_Name, row));
    type->nspace = md_string(img, md_get(img, MDC_TypeDef_Namespace, row));
    type->elem = MD_ELEM_CLASS;

    /* The kind is decided from the base type's name before anything is resolved, so a
     * type that meets itself while loading already knows whether it is a value. */
    uint32_t ext = md_get(img, MDC_TypeDef_Extends, row);
    if (type->md_flags & TA_INTERFACE) {
        type->kind = VM_KIND_INTERFACE;
        type->flags |= VM_TF_ABSTRACT;
    } else if (ext && vm_token_is_named(m, ext, "System", "Enum")) {
        type->kind = VM_KIND_VALUETYPE;
        type->flags |= VM_TF_ENUM;
    } else if (ext && vm_token_is_named(m, ext, "System", "ValueType") &&
               !(m->is_corlib && strcmp(type->name, "Enum") == 0 &&
                 strcmp(type->nspace, "System") == 0)) {
        type->kind = VM_KIND_VALUETYPE;
    }
    if (type->kind == VM_KIND_VALUETYPE)
        type->elem = MD_ELEM_VALUETYPE;
    if (type->md_flags & TA_ABSTRACT)
        type->flags |= VM_TF_ABSTRACT;
    if (type->md_flags & TA_SEALED)
        type->flags |= VM_TF_SEALED;
    if (type->md_flags & TA_BEFOREFIELDINIT)
        type->flags |= VM_TF_BEFOREFIELDINIT;
    if ((type->md_flags & TA_LAYOUT_MASK) == TA_SEQUENTIAL)
        type->flags |= VM_TF_SEQUENTIAL_LAYOUT;
    if ((type->md_flags & TA_LAYOUT_MASK) == TA_EXPLICIT)
        type->flags |= VM_TF_EXPLICIT_LAYOUT;

    /* Everything read from the row itself is set before anything is resolved: loading
     * the enclosing type or the parent may come back here and instantiate this type. */
    uint32_t r, enc = 0;
    if (md_find(img, MDC_NestedClass_NestedClass, row, &r))
        enc = md_get(img, MDC_NestedClass_EnclosingClass, r);
    if (!enc)
        mark_special(type);
    type->variance = generic_params(m, type->token, &type->ngeneric);
    if (type->ngeneric) {
        type->flags |= VM_TF_GENERIC_DEF;
        TX(type)->ts |= TS_OPEN;
        for (uint32_t i = 0; i < type->ngeneric; i++)
            if (type->variance[i])
                type->flags |= VM_TF_INTERFACE_VARIANT;
    }
    if (type->kind == VM_KIND_VALUETYPE &&
        vm_has_attribute(m, type->token, "System.Runtime.CompilerServices",
                         "IsByRefLikeAttribute"))
        type->flags |= VM_TF_BYREFLIKE;
    if (enc) {
        if (enc == row) {
            vm_throw_bad_image(t, m, "a type encloses itself");
            vm_type_fail(t, type);
            return NULL;
        }
        type->enclosing = vm_typedef(t, m, enc);
        if (!type->enclosing) {
            vm_type_fail(t, type);
            return NULL;
        }
    }
    if (vm_type_load_links(t, type, NULL) != 0)
        return NULL;
    if ((type->flags & VM_TF_ENUM) && enum_underlying(t, type) != 0) {
        vm_type_fail(t, type);
        return NULL;
    }
    return type;
}

/* Does following parents from `from` come back to `type`? */
static int parent_cycle(const vm_type *type, const vm_type *from) {
    for (int i = 0; from && i < 10000; i++, from = from->parent)
        if (from == type)
            return 1;
    return from != NULL;
}

int vm_type_load_links(vm_thread *t, vm_type *type, const vm_generic_ctx *ctx) {
    vm_typex *x = TX(type);
    const vm_type *def = type->generic_def ? type->generic_def : type;
    vm_module *m = def->module;
    md_image *img = m->img;
    uint32_t row = MD_TOKEN_ROW(def->token);
    if (load_depth >= MAX_LOAD_DEPTH) {
        vm_throw_type_load(t, type);
        return vm_type_fail(t, type);
    }
    load_depth++;
    x->ts |= TS_LOADING;
    int rc = -1;
    uint32_t ext = md_get(img, MDC_TypeDef_Extends, row);
    if (ext) {
        vm_type *parent = vm_resolve_type(t, m, ext, ctx);
        if (!parent)
            goto out;
        if (parent->kind != VM_KIND_CLASS || (parent->flags & VM_TF_SEALED) ||
            type->kind == VM_KIND_INTERFACE || parent_cycle(type, parent)) {
            vm_throw_type_load(t, type);
            goto out;
        }
        type->parent = parent;
        if (type->kind == VM_KIND_VALUETYPE && !vm_type_is(parent, "System", "ValueType") &&
            !vm_type_is(parent, "System", "Enum")) {
            type->kind = VM_KIND_CLASS;   /* a look-alike base: not a value type after all */
            type->elem = MD_ELEM_CLASS;
            type->flags &= ~(uint32_t)VM_TF_ENUM;
        }
        if (vm_type_is(parent, "System", "MulticastDelegate"))
            type->flags |= VM_TF_DELEGATE;
    } else if (type->kind == VM_KIND_VALUETYPE) {
        type->kind = VM_KIND_CLASS;
        type->elem = MD_ELEM_CLASS;
    }
    uint32_t r;
    uint32_t n = md_find(img, MDC_InterfaceImpl_Class, row, &r);
    if (n) {
        uint32_t total = 0;
        for (uint32_t q = r; q; q = md_find_next(img, MDC_InterfaceImpl_Class, row, q))
            total++;
        x->declared = calloc(total, sizeof *x->declared);
        if (!x->declared)
            vm_fatal("out of memory");
        for (; r; r = md_find_next(img, MDC_InterfaceImpl_Class, row, r)) {
            uint32_t tok = md_get(img, MDC_InterfaceImpl_Interface, r);
            vm_type *iface = vm_resolve_type(t, m, tok, ctx);
            if (!iface)
                goto out;
            if (iface->kind != VM_KIND_INTERFACE) {
                vm_throw_type_load(t, type);
                goto out;
            }
            x->declared[x->ndeclared++] = iface;
        }
    }
    rc = 0;
out:
    x->ts &= ~(uint32_t)TS_LOADING;
    load_depth--;
    if (rc != 0)
        return vm_type_fail(t, type);
    vm_type_interfaces(type);
    return 0;
}

/* ---- interface closure ----------------------------------------------------------- */

static void add_iface(vm_type ***list, uint32_t *n, uint32_t *cap, vm_type *iface) {
    for (uint32_t i = 0; i < *n; i++)
        if ((*list)[i] == iface)
            return;
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 8;
        vm_type **l = realloc(*list, *cap * sizeof *l);
        if (!l)
            vm_fatal("out of memory");
        *list = l;
    }
    (*list)[(*n)++] = iface;
}

void vm_type_interfaces(vm_type *type) {
    vm_typex *x = TX(type);
    if (x->ts & (TS_IFACES | TS_LOADING))
        return;
    /* Arrays and other constructed types have their list set when they are made. */
    if (type->kind != VM_KIND_CLASS && type->kind != VM_KIND_VALUETYPE &&
        type->kind != VM_KIND_INTERFACE)
        return;
    int final = 1;
    vm_type **list = NULL;
    uint32_t n = 0, cap = 0;
    if (type->parent) {
        vm_type_interfaces(type->parent);
        if (!(TX(type->parent)->ts & TS_IFACES))
            final = 0;
        for (uint32_t i = 0; i < type->parent->ninterfaces; i++)
            add_iface(&list, &n, &cap, type->parent->interfaces[i]);
    }
    for (uint32_t i = 0; i < x->ndeclared; i++) {
        vm_type *d = x->declared[i];
        add_iface(&list, &n, &cap, d);
        vm_type_interfaces(d);
        if (!(TX(d)->ts & TS_IFACES))
            final = 0;
        for (uint32_t k = 0; k < d->ninterfaces; k++)
            if (d->interfaces[k] != type)
                add_iface(&list, &n, &cap, d->interfaces[k]);
    }
    free(type->interfaces);
    type->interfaces = list;
    type->ninterfaces = n;
    if (final)
        x->ts |= TS_IFACES;
}

/* ---- stages ---------------------------------------------------------------------- */

int vm_type_prepare(vm_thread *t, vm_type *type, enum vm_type_state state) {
    if (type->state == VM_TS_FAILED)
        return vm_throw_type_load(t, type);
    if (state > VM_TS_READY)
        state = VM_TS_READY;
    if (type->state >= state)
        return 0;
    if (TX(type)->ts & TS_LOADING)
        return vm_throw_type_load(t, type);   /* asked to lay out a type still loading */
    if (type->state < VM_TS_LAID_OUT && vm_layout(t, type) != 0)
        return -1;
    if (state >= VM_TS_READY && type->state < VM_TS_READY && vm_type_dispatch(t, type) != 0)
        return -1;
    return 0;
}
