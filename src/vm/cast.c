/*
 * cast.c — assignment compatibility (ECMA-335 I.8.7): the class chain, interfaces,
 * array covariance and element compatibility, variance of generic interfaces and
 * delegates, and isinst (including Nullable<T> from a boxed T).
 *
 * A value type here stands for its boxed form: Int32 is assignable to Object, ValueType
 * and IComparable, since that is the question isinst/castclass ask about a boxed value.
 * Boxing itself is the importer's business.
 */
#include "vm/vm_int.h"

/* The type an array element is compared as (I.8.7.1 "reduced type"): enums become their
 * underlying type, unsigned integers their signed twin. int[] and uint[] are thereby
 * compatible, as on CoreCLR; char and bool stay themselves. */
static const vm_type *reduced(const vm_type *type) {
    if ((type->flags & VM_TF_ENUM) && type->element)
        type = type->element;
    switch (type->elem) {
    case MD_ELEM_U1: return vm_b.sbyte ? vm_b.sbyte : type;
    case MD_ELEM_U2: return vm_b.int16 ? vm_b.int16 : type;
    case MD_ELEM_U4: return vm_b.int32 ? vm_b.int32 : type;
    case MD_ELEM_U8: return vm_b.int64 ? vm_b.int64 : type;
    case MD_ELEM_U: return vm_b.intptr ? vm_b.intptr : type;
    default: return type;
    }
}

/* May an array of from_e be used as an array of to_e? */
static int elem_compatible(vm_type *to_e, vm_type *from_e) {
    if (to_e == from_e)
        return 1;
    if (vm_is_ref(from_e))
        return vm_is_ref(to_e) && vm_is_assignable(to_e, from_e);
    if (from_e->kind == VM_KIND_VALUETYPE && to_e->kind == VM_KIND_VALUETYPE &&
        ((from_e->flags & (VM_TF_PRIMITIVE | VM_TF_ENUM)) &&
         (to_e->flags & (VM_TF_PRIMITIVE | VM_TF_ENUM))))
        return reduced(to_e) == reduced(from_e);
    return 0;
}

/* Are two instantiations of one variant generic type compatible through variance? */
static int variant_ok(const vm_type *to, const vm_type *from) {
    if (!to->generic_def || to->generic_def != from->generic_def || !to->variance)
        return 0;
    for (uint32_t i = 0; i < to->ninst; i++) {
        vm_type *a = to->inst[i], *b = from->inst[i];
        if (a == b)
            continue;
        switch (to->variance[i]) {
        case 1:   /* out: from's argument must be a reference assignable to to's */
            if (!vm_is_ref(b) || !vm_is_assignable(a, b))
                return 0;
            break;
        case 2:   /* in: the other way round */
            if (!vm_is_ref(a) || !vm_is_assignable(b, a))
                return 0;
            break;
        default:
            return 0;
        }
    }
    return 1;
}

/* T[] to IList<U>, ICollection<U>, IEnumerable<U>, IReadOnlyList<U>,
 * IReadOnlyCollection<U>. */
static int szarray_to_generic_iface(vm_type *to, vm_type *arr) {
    vm_type *d = to->generic_def;
    if (!d || to->ninst != 1)
        return 0;
    if (d != vm_b.ilist_g && d != vm_b.icollection_g && d != vm_b.ienumerable_g &&
        d != vm_b.ireadonlylist_g && d != vm_b.ireadonlycollection_g)
        return 0;
    vm_type *e = arr->element;
    if (e->kind == VM_KIND_POINTER || e->kind == VM_KIND_FNPTR)
        return 0;
    return elem_compatible(to->inst[0], e);
}

int vm_is_assignable(vm_type *to, vm_type *from) {
    if (!to || !from)
        return 0;
    if (to == from)
        return 1;
    switch (from->kind) {
    case VM_KIND_BYREF:
    case VM_KIND_POINTER:
        return to->kind == from->kind && elem_compatible(to->element, from->element) &&
               !vm_is_ref(from->element);
    case VM_KIND_FNPTR:
    case VM_KIND_VAR:
    case VM_KIND_MVAR:
        return 0;
    default:
        break;
    }
    switch (to->kind) {
    case VM_KIND_CLASS:
        for (vm_type *b = from->parent; b; b = b->parent)
            if (b == to)
                return 1;
        if (from->kind == VM_KIND_INTERFACE && to == vm_b.object)
            return 1;
        return (to->flags & VM_TF_INTERFACE_VARIANT) && variant_ok(to, from);
    case VM_KIND_INTERFACE:
        vm_type_interfaces(from);
        for (uint32_t i = 0; i < from->ninterfaces; i++)
            if (from->interfaces[i] == to)
                return 1;
        if (to->flags & VM_TF_INTERFACE_VARIANT) {
            if (variant_ok(to, from))
                return 1;
            for (uint32_t i = 0; i < from->ninterfaces; i++)
                if (variant_ok(to, from->interfaces[i]))
                    return 1;
        }
        return from->kind == VM_KIND_SZARRAY && szarray_to_generic_iface(to, from);
    case VM_KIND_SZARRAY:
        return from->kind == VM_KIND_SZARRAY && elem_compatible(to->element, from->element);
    case VM_KIND_ARRAY:
        return from->kind == VM_KIND_ARRAY && from->rank == to->rank &&
               elem_compatible(to->element, from->element);
    default:
        return 0;   /* a value type: only itself */
    }
}

vm_object *vm_isinst(vm_object *obj, vm_type *type) {
    if (!obj)
        return NULL;
    vm_type *from = obj->type;
    if (vm_is_assignable(type, from))
        return obj;
    if ((type->flags & VM_TF_NULLABLE) && type->ninst == 1 && type->inst[0] == from)
        return obj;
    return NULL;
}
