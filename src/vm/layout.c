/*
 * layout.c — fields and where they go, for the target in vm_layout_target (never the
 * host's C types): instance sizes and alignment, the GC map of every type (reference
 * offsets, value-type fields flattened), static storage, and the array and string
 * shapes the collector and the back ends rely on.
 *
 * Classes: the header (2 target pointers), the parent's fields, then this class's.
 * Auto layout puts references first, then the rest by falling alignment (.NET promises
 * no order for auto layout); sequential keeps metadata order; explicit uses FieldOffset.
 * ClassLayout's Pack caps field alignment and its Size is a minimum size.
 */
#include <stdlib.h>
#include <string.h>

#include "gc/gc.h"
#include "vm/vm_int.h"

void vm_statics_scan(gc_visitor *v, void *ctx);

static uint32_t ptr_size(void) { return vm_layout_target ? vm_layout_target->ptr_size : 8; }
static uint32_t align8(void) { return vm_layout_target ? vm_layout_target->align8 : 8; }
static uint32_t align_up(uint32_t v, uint32_t a) { return a ? (v + a - 1) / a * a : v; }

/* Sizes of the primitive element types on the target; 0 for others. */
static uint32_t prim_size(uint8_t elem) {
    switch (elem) {
    case MD_ELEM_BOOLEAN: case MD_ELEM_I1: case MD_ELEM_U1: return 1;
    case MD_ELEM_CHAR: case MD_ELEM_I2: case MD_ELEM_U2: return 2;
    case MD_ELEM_I4: case MD_ELEM_U4: case MD_ELEM_R4: return 4;
    case MD_ELEM_I8: case MD_ELEM_U8: case MD_ELEM_R8: return 8;
    case MD_ELEM_I: case MD_ELEM_U: return ptr_size();
    default: return 0;
    }
}

static uint32_t prim_align(uint8_t elem) {
    uint32_t s = prim_size(elem);
    return s == 8 ? align8() : s;
}

/* The primitive element type a value type is moved as, or 0: primitives and enums. */
static uint8_t prim_elem(const vm_type *type) {
    if (type->flags & VM_TF_ENUM)
        return type->element ? type->element->elem : MD_ELEM_I4;
    return (type->flags & VM_TF_PRIMITIVE) ? type->elem : 0;
}

/* ---- sizes and kinds (vm.h) ------------------------------------------------------ */

int vm_is_ref(const vm_type *type) {
    return type && (type->kind == VM_KIND_CLASS || type->kind == VM_KIND_INTERFACE ||
                    type->kind == VM_KIND_SZARRAY || type->kind == VM_KIND_ARRAY);
}

int vm_is_value(const vm_type *type) {
    return type && type->kind == VM_KIND_VALUETYPE && type->elem != MD_ELEM_VOID;
}

uint32_t vm_value_size(const vm_type *type) {
    if (!type || type->elem == MD_ELEM_VOID)
        return 0;
    if (type->kind != VM_KIND_VALUETYPE)
        return ptr_size();
    uint8_t p = prim_elem(type);
    if (p)
        return prim_size(p);
    if (!(TX(type)->ts & TS_INST_DONE) &&
        vm_layout_instance(vm_current_thread(), (vm_type *)type) != 0)
        return 0;   /* the failure is pending on the thread */
    return type->instance_size;
}

uint32_t vm_value_align(const vm_type *type) {
    if (!type || type->elem == MD_ELEM_VOID)
        return 1;
    if (type->kind != VM_KIND_VALUETYPE)
        return ptr_size();
    uint8_t p = prim_elem(type);
    if (p)
        return prim_align(p);
    if (!(TX(type)->ts & TS_INST_DONE) &&
        vm_layout_instance(vm_current_thread(), (vm_type *)type) != 0)
        return 1;
    return type->align ? type->align : 1;
}

enum vm_stack_kind vm_stack_kind(const vm_type *type) {
    if (!type || type->elem == MD_ELEM_VOID)
        return VM_SK_VOID;
    switch (type->kind) {
    case VM_KIND_CLASS: case VM_KIND_INTERFACE: case VM_KIND_SZARRAY: case VM_KIND_ARRAY:
        return VM_SK_REF;
    case VM_KIND_POINTER: case VM_KIND_FNPTR:
        return VM_SK_I;
    case VM_KIND_BYREF:
        return VM_SK_BYREF;
    case VM_KIND_VAR: case VM_KIND_MVAR:
        return VM_SK_VALUE;
    default:
        break;
    }
    switch (prim_elem(type)) {
    case MD_ELEM_BOOLEAN: case MD_ELEM_CHAR: case MD_ELEM_I1: case MD_ELEM_U1:
    case MD_ELEM_I2: case MD_ELEM_U2: case MD_ELEM_I4: case MD_ELEM_U4:
        return VM_SK_I4;
    case MD_ELEM_I8: case MD_ELEM_U8:
        return VM_SK_I8;
    case MD_ELEM_R4:
        return VM_SK_R4;
    case MD_ELEM_R8:
        return VM_SK_R8;
    case MD_ELEM_I: case MD_ELEM_U:
        return VM_SK_I;
    default:
        return VM_SK_VALUE;
    }
}

/* ---- fields ---------------------------------------------------------------------- */

int vm_type_fields(vm_thread *t, vm_type *type) {
    vm_typex *x = TX(type);
    if (x->ts & TS_FIELDS)
        return 0;
    uint32_t row = vm_type_row(type);
    if (!row || (type->kind != VM_KIND_CLASS && type->kind != VM_KIND_VALUETYPE &&
                 type->kind != VM_KIND_INTERFACE)) {
        x->ts |= TS_FIELDS;
        return 0;
    }
    vm_module *m = type->module;
    md_image *img = m->img;
    uint32_t first, n = md_list(img, MDC_TypeDef_FieldList, row, &first);
    vm_field *fields = calloc(n ? n : 1, sizeof *fields);
    if (!fields)
        vm_fatal("out of memory");
    vm_generic_ctx ctx;
    vm_type_ctx(type, &ctx);
    for (uint32_t i = 0; i < n; i++) {
        vm_field *f = &fields[i];
        uint32_t frow = md_list_item(img, MDC_TypeDef_FieldList, first + i);
        f->owner = type;
        f->name = md_string(img, md_get(img, MDC_Field_Name, frow));
        f->md_flags = (uint16_t)md_get(img, MDC_Field_Flags, frow);
        f->token = MD_TOKEN(MD_Field, frow);
        md_sig s;
        md_error err;
        md_sig_init(&s, img, md_blob_at(img, md_get(img, MDC_Field_Signature, frow)), &err);
        if (md_sig_byte(&s) != MD_CC_FIELD) {
            vm_throw_bad_image(t, m, "field signature is not a FIELD signature");
            goto fail;
        }
        f->type = vm_sig_type(t, m, &s, &ctx);
        if (!f->type)
            goto fail;
        if ((f->type->kind == VM_KIND_BYREF && !(type->flags & VM_TF_BYREFLIKE)) ||
            f->type->elem == MD_ELEM_VOID ||
            ((f->type->flags & VM_TF_BYREFLIKE) && !(type->flags & VM_TF_BYREFLIKE) &&
             !(f->md_flags & VM_FIELD_STATIC))) {
            vm_throw_type_load(t, type);
            goto fail;
        }
        if ((f->md_flags & VM_FIELD_STATIC) &&
            vm_has_attribute(m, f->token, "System", "ThreadStaticAttribute"))
            f->thread_static = 1;
    }
    if (!type->generic_def)
        for (uint32_t i = 0; i < n; i++)
            m->fielddefs[MD_TOKEN_ROW(fields[i].token)] = &fields[i];
    type->fields = fields;
    type->nfields = n;
    x->ts |= TS_FIELDS;
    return 0;
fail:
    free(fields);
    return vm_type_fail(t, type);
}

vm_field *vm_find_field(vm_type *type, const char *name) {
    vm_thread *t = vm_current_thread();
    for (; type; type = type->parent) {
        if (vm_type_fields(t, type) != 0)
            return NULL;
        for (uint32_t i = 0; i < type->nfields; i++)
            if (strcmp(type->fields[i].name, name) == 0)
                return &type->fields[i];
    }
    return NULL;
}

/* ---- instance layout ------------------------------------------------------------- */

/* Offsets collected while laying out: references and interior pointers. */
typedef struct offs {
    uint32_t *v;
    uint32_t n, cap;
} offs;

static void offs_add(offs *o, uint32_t off) {
    if (o->n == o->cap) {
        o->cap = o->cap ? o->cap * 2 : 8;
        uint32_t *v = realloc(o->v, o->cap * sizeof *v);
        if (!v)
            vm_fatal("out of memory");
        o->v = v;
    }
    o->v[o->n++] = off;
}

/* What a field occupies: size, alignment and whether it is a reference/byref. */
typedef struct fslot {
    vm_field *f;
    uint32_t size, align;
    int ref, byref;
    uint32_t order;         /* metadata position, to keep sorts stable */
} fslot;

static int field_shape(vm_thread *t, vm_type *ft, fslot *s) {
    s->ref = vm_is_ref(ft);
    s->byref = ft->kind == VM_KIND_BYREF;
    if (ft->kind != VM_KIND_VALUETYPE) {
        s->size = s->align = ptr_size();
        return 0;
    }
    uint8_t p = prim_elem(ft);
    if (p) {
        s->size = prim_size(p);
        s->align = prim_align(p);
        return 0;
    }
    if (vm_layout_instance(t, ft) != 0)
        return -1;
    s->size = ft->instance_size;
    s->align = ft->align ? ft->align : 1;
    return 0;
}

/* Records the GC slots of a field placed at off (value-type fields flattened). */
static void field_gc(const fslot *s, uint32_t off, offs *refs, offs *byrefs) {
    vm_type *ft = s->f->type;
    if (s->ref)
        offs_add(refs, off);
    else if (s->byref)
        offs_add(byrefs, off);
    else if (ft->kind == VM_KIND_VALUETYPE) {
        for (uint32_t i = 0; i < ft->nrefs; i++)
            offs_add(refs, off + ft->ref_offsets[i]);
        for (uint32_t i = 0; i < ft->nbyrefs; i++)
            offs_add(byrefs, off + ft->byref_offsets[i]);
    }
}

static int cmp_auto(const void *a, const void *b) {
    const fslot *x = a, *y = b;
    int rx = x->ref || x->byref, ry = y->ref || y->byref;
    if (rx != ry)
        return ry - rx;                     /* references first */
    if (x->align != y->align)
        return x->align < y->align ? 1 : -1; /* then by falling alignment */
    return x->order < y->order ? -1 : x->order > y->order;
}

/* Is [off, off+size) of a non-reference overlapping a reference slot? (explicit layout) */
static int overlaps_ref(const offs *refs, uint32_t off, uint32_t size) {
    for (uint32_t i = 0; i < refs->n; i++)
        if (refs->v[i] < off + size && off < refs->v[i] + ptr_size())
            return 1;
    return 0;
}

static int layout_fields(vm_thread *t, vm_type *type, uint32_t start, offs *refs,
                         offs *byrefs, uint32_t *end_out, uint32_t *align_out) {
    vm_module *m = type->module;
    md_image *img = m->img;
    uint32_t row = vm_type_row(type);
    uint32_t pack = 0, class_size = 0, r;
    if (row && md_find(img, MDC_ClassLayout_Parent, row, &r)) {
        pack = md_get(img, MDC_ClassLayout_PackingSize, r);
        class_size = md_get(img, MDC_ClassLayout_ClassSize, r);
        if (pack > 128 || (pack & (pack - 1)))
            return vm_throw_type_load(t, type);
    }
    uint32_t n = 0;
    fslot *slots = calloc(type->nfields ? type->nfields : 1, sizeof *slots);
    if (!slots)
        vm_fatal("out of memory");
    for (uint32_t i = 0; i < type->nfields; i++) {
        vm_field *f = &type->fields[i];
        if (f->md_flags & VM_FIELD_STATIC)
            continue;
        fslot *s = &slots[n];
        s->f = f;
        s->order = i;
        if (field_shape(t, f->type, s) != 0) {
            free(slots);
            return -1;
        }
        if (pack && s->align > pack)
            s->align = pack;
        n++;
    }
    uint32_t end = start, align = 1;
    int rc = 0;
    if (type->flags & VM_TF_EXPLICIT_LAYOUT) {
        /* References first, so overlaps of other fields with them can be checked. */
        qsort(slots, n, sizeof *slots, cmp_auto);
        for (uint32_t i = 0; i < n && rc == 0; i++) {
            fslot *s = &slots[i];
            uint32_t fr = MD_TOKEN_ROW(s->f->token), lr;
            if (!md_find(img, MDC_FieldLayout_Field, fr, &lr)) {
                rc = vm_throw_type_load(t, type);
                break;
            }
            uint32_t off = start + md_get(img, MDC_FieldLayout_Offset, lr);
            if (off < start || off > 0x7FFFFFFFu - s->size) {
                rc = vm_throw_type_load(t, type);
                break;
            }
            uint32_t nref = refs->n;
            if (s->ref || s->byref) {
                if (off % ptr_size() != 0) {
                    rc = vm_throw_type_load(t, type);
                    break;
                }
                for (uint32_t k = 0; k < nref; k++)   /* a reference may alias a reference */
                    if (refs->v[k] != off && refs->v[k] < off + ptr_size() &&
                        off < refs->v[k] + ptr_size())
                        rc = vm_throw_type_load(t, type);
            } else if (overlaps_ref(refs, off, s->size)) {
                /* XXX: only references placed before this field are checked; a struct
                 * holding references is checked against them but not the reverse. */
                rc = vm_throw_type_load(t, type);
            }
            s->f->offset = off;
            field_gc(s, off, refs, byrefs);
            /* drop duplicate slots from aliased references */
            if (s->ref)
                for (uint32_t k = 0; k < nref; k++)
                    if (refs->v[k] == off) {
                        refs->n--;
                        break;
                    }
            if (off + s->size > end)
                end = off + s->size;
            if (s->align > align)
                align = s->align;
        }
    } else {
        int sequential = (type->flags & VM_TF_SEQUENTIAL_LAYOUT) != 0;
        if (!sequential)
            qsort(slots, n, sizeof *slots, cmp_auto);
        for (uint32_t i = 0; i < n; i++) {
            fslot *s = &slots[i];
            uint32_t off = align_up(end, s->align);
            s->f->offset = off;
            field_gc(s, off, refs, byrefs);
            end = off + s->size;
            if (s->align > align)
                align = s->align;
        }
    }
    free(slots);
    if (rc != 0)
        return -1;
    if (class_size && start + class_size > end)
        end = start + class_size;
    *end_out = end;
    *align_out = align;
    return 0;
}

/* [InlineArray(n)] on a struct: its one field repeated n times (CoreCLR's rule), or 0. */
static int64_t inline_array_length(vm_type *type) {
    vm_module *m = type->module;
    uint32_t row = vm_has_attribute(m, type->generic_def ? type->generic_def->token : type->token,
                                    "System.Runtime.CompilerServices", "InlineArrayAttribute");
    if (!row)
        return 0;
    md_sig s;
    md_error err;
    if (md_ca_open(&s, m->img, md_blob_at(m->img, md_get(m->img, MDC_CustomAttribute_Value, row)),
                   &err) != 0)
        return -1;
    int32_t n = (int32_t)md_ca_fixed(&s, 4);
    return s.failed || n <= 0 ? -1 : n;
}

/* Repeats the single field of an inline array struct: size and GC slots. */
static int inline_array(vm_thread *t, vm_type *type, offs *refs, offs *byrefs, uint32_t *end) {
    int64_t n = inline_array_length(type);
    if (n == 0)
        return 0;
    uint32_t nfields = 0;
    for (uint32_t i = 0; i < type->nfields; i++)
        nfields += !(type->fields[i].md_flags & VM_FIELD_STATIC);
    uint64_t total = (uint64_t)*end * (uint64_t)(n < 0 ? 0 : n);
    if (n < 0 || nfields != 1 || *end == 0 || total > (1u << 30) ||
        (type->flags & VM_TF_EXPLICIT_LAYOUT))
        return vm_throw_type_load(t, type);
    uint32_t nr = refs->n, nb = byrefs->n;
    for (uint32_t k = 1; k < (uint32_t)n; k++) {
        for (uint32_t i = 0; i < nr; i++)
            offs_add(refs, refs->v[i] + k * *end);
        for (uint32_t i = 0; i < nb; i++)
            offs_add(byrefs, byrefs->v[i] + k * *end);
    }
    *end = (uint32_t)total;
    return 0;
}

/* System.String must be { int32 length; char first; } right after the header, the shape
 * vm_string has. */
static int check_string(vm_thread *t, vm_type *type) {
    uint32_t header = 2 * ptr_size();
    vm_field *len = NULL, *chars = NULL;
    for (uint32_t i = 0; i < type->nfields; i++) {
        vm_field *f = &type->fields[i];
        if (f->md_flags & VM_FIELD_STATIC)
            continue;
        if (!len)
            len = f;
        else if (!chars)
            chars = f;
        else
            len = NULL;
    }
    if (!len || !chars || len->type->elem != MD_ELEM_I4 || chars->type->elem != MD_ELEM_CHAR) {
        return vm_throw_newf(t, "System", "TypeLoadException",
                             "System.String must have exactly the instance fields "
                             "(int length, char firstChar) the runtime expects.");
    }
    len->offset = header;
    chars->offset = header + 4;
    type->instance_size = header + 4;
    type->component_size = 2;
    type->nrefs = 0;
    return 0;
}

int vm_layout_instance(vm_thread *t, vm_type *type) {
    vm_typex *x = TX(type);
    if (x->ts & TS_INST_DONE)
        return 0;
    if (type->state == VM_TS_FAILED)
        return vm_throw_type_load(t, type);
    if (x->ts & TS_INST_BUSY) {
        /* A value type containing itself, directly or through other structs. */
        vm_throw_type_load(t, type);
        return vm_type_fail(t, type);
    }
    x->ts |= TS_INST_BUSY;
    uint32_t p = ptr_size();
    offs refs = {0}, byrefs = {0};
    int rc = 0;
    switch (type->kind) {
    case VM_KIND_SZARRAY:
    case VM_KIND_ARRAY: {
        vm_type *e = type->element;
        if (e->kind == VM_KIND_VALUETYPE && !prim_elem(e) && vm_layout_instance(t, e) != 0) {
            rc = -1;
            break;
        }
        type->component_size = vm_value_size(e);
        type->align = p;
        if (type->kind == VM_KIND_SZARRAY)
            type->instance_size = align_up(3 * p, 8);
        else
            type->instance_size = align_up(3 * p + 8 * type->rank, 8);
        if (vm_is_ref(e) || (e->kind == VM_KIND_VALUETYPE && e->nrefs))
            type->flags |= VM_TF_HAS_REFS;
        break;
    }
    case VM_KIND_CLASS:
    case VM_KIND_VALUETYPE:
    case VM_KIND_INTERFACE: {
        if (vm_type_fields(t, type) != 0) {
            rc = -1;
            break;
        }
        uint32_t start = 0;
        if (type->kind == VM_KIND_CLASS) {
            start = 2 * p;
            if (type->parent) {
                if (vm_layout_instance(t, type->parent) != 0) {
                    rc = -1;
                    break;
                }
                start = type->parent->instance_size;
                for (uint32_t i = 0; i < type->parent->nrefs; i++)
                    offs_add(&refs, type->parent->ref_offsets[i]);
            }
        }
        if (type->kind == VM_KIND_INTERFACE) {
            type->instance_size = 0;
            type->align = p;
            break;
        }
        uint8_t prim = prim_elem(type);
        if (prim) {
            /* Int32 holds an Int32: the size is fixed, not computed from the field. */
            for (uint32_t i = 0; i < type->nfields; i++)
                if (!(type->fields[i].md_flags & VM_FIELD_STATIC))
                    type->fields[i].offset = 0;
            type->instance_size = prim_size(prim);
            type->align = prim_align(prim);
            break;
        }
        uint32_t end = start, align = 1;
        if (layout_fields(t, type, start, &refs, &byrefs, &end, &align) != 0) {
            rc = -1;
            break;
        }
        if (type->kind == VM_KIND_VALUETYPE && inline_array(t, type, &refs, &byrefs, &end) != 0) {
            rc = -1;
            break;
        }
        if (type->kind == VM_KIND_VALUETYPE) {
            type->align = align;
            type->instance_size = align_up(end ? end : 1, align);
        } else {
            type->align = p;
            type->instance_size = align_up(end, p);
        }
        if ((type->flags & VM_TF_STRING) && check_string(t, type) != 0)
            rc = -1;
        break;
    }
    default:
        break;
    }
    x->ts &= ~(uint32_t)TS_INST_BUSY;
    if (rc != 0) {
        free(refs.v);
        free(byrefs.v);
        return vm_type_fail(t, type);
    }
    type->nrefs = refs.n;
    type->ref_offsets = refs.v;
    type->nbyrefs = byrefs.n;
    type->byref_offsets = byrefs.v;
    if (refs.n)
        type->flags |= VM_TF_HAS_REFS;
    if (byrefs.n)
        type->flags |= VM_TF_HAS_BYREFS;
    x->ts |= TS_INST_DONE;
    return 0;
}

/* ---- statics --------------------------------------------------------------------- */

static int cmp_static(const void *a, const void *b) { return cmp_auto(a, b); }

static int layout_statics(vm_thread *t, vm_type *type) {
    uint32_t n = 0;
    fslot *slots = calloc(type->nfields ? type->nfields : 1, sizeof *slots);
    if (!slots)
        vm_fatal("out of memory");
    for (uint32_t i = 0; i < type->nfields; i++) {
        vm_field *f = &type->fields[i];
        if (!(f->md_flags & VM_FIELD_STATIC) || (f->md_flags & VM_FIELD_LITERAL))
            continue;
        slots[n].f = f;
        slots[n].order = i;
        if (field_shape(t, f->type, &slots[n]) != 0) {
            free(slots);
            return -1;
        }
        n++;
    }
    qsort(slots, n, sizeof *slots, cmp_static);
    offs refs = {0}, byrefs = {0};
    uint32_t end = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t off = align_up(end, slots[i].align);
        slots[i].f->offset = off;
        field_gc(&slots[i], off, &refs, &byrefs);
        end = off + slots[i].size;
    }
    free(byrefs.v);
    type->statics_size = end;
    type->nstatic_refs = refs.n;
    type->static_ref_offsets = refs.v;
    /* Open types never run; their statics have offsets but no storage. */
    if (end && !(TX(type)->ts & TS_OPEN)) {
        type->statics = calloc(1, end);
        if (!type->statics)
            vm_fatal("out of memory");
        md_image *img = type->module->img;
        for (uint32_t i = 0; i < n; i++) {
            vm_field *f = slots[i].f;
            if (!(f->md_flags & VM_FIELD_HAS_RVA))
                continue;
            md_error err;
            /* XXX: copied as file bytes (little-endian); only byte blobs are portable. */
            const uint8_t *data = md_field_data(img, MD_TOKEN_ROW(f->token), slots[i].size,
                                                &err);
            if (!data) {
                free(slots);
                return vm_throw_bad_image(t, type->module, err.msg);
            }
            memcpy(type->statics + f->offset, data, slots[i].size);
        }
    }
    free(slots);
    return 0;
}

int vm_layout(vm_thread *t, vm_type *type) {
    vm_typex *x = TX(type);
    if (type->state >= VM_TS_LAID_OUT && type->state != VM_TS_FAILED)
        return 0;
    if (type->state == VM_TS_FAILED)
        return vm_throw_type_load(t, type);
    if (x->ts & TS_LAYING)
        return 0;
    x->ts |= TS_LAYING;
    int rc = 0;
    if (type->parent && vm_type_prepare(t, type->parent, VM_TS_LAID_OUT) != 0)
        rc = -1;
    else if (vm_layout_instance(t, type) != 0)
        rc = -1;
    else if ((type->kind == VM_KIND_CLASS || type->kind == VM_KIND_VALUETYPE ||
              type->kind == VM_KIND_INTERFACE) && layout_statics(t, type) != 0)
        rc = -1;
    x->ts &= ~(uint32_t)TS_LAYING;
    if (rc != 0)
        return vm_type_fail(t, type);
    type->state = VM_TS_LAID_OUT;
    return 0;
}

/* The collector's view of the type system's roots: static reference fields and the
 * cached RuntimeType objects. Statics are laid out for the target, so they are only
 * meaningful when the target is this machine. */
void vm_statics_scan(gc_visitor *v, void *ctx) {
    int host = vm_layout_target && vm_layout_target->ptr_size == sizeof(void *);
    for (vm_typex *x = vm_all_types; x; x = x->all_next) {
        vm_type *type = &x->t;
        if (type->runtime_type)
            v->ref(v, &type->runtime_type);
        if (!host || !type->statics)
            continue;
        for (uint32_t i = 0; i < type->nstatic_refs; i++)
            v->ref(v, (vm_object **)(void *)(type->statics + type->static_ref_offsets[i]));
    }
}
