/* mdarray.c — the runtime-provided methods of multi-dimensional arrays (T[,]): the
 * constructor, Get, Set and Address. */
#include <string.h>

#include "gc/gc.h"
#include "vm/object.h"

int vm_mdarray_op(vm_thread *t, int which, vm_type *at, vm_slot *args, uint32_t nargs) {
    uint32_t rank = at->rank;
    if (which == 0) {
        int32_t lengths[32], lows[32];
        if (rank > 32)
            return vm_throw_new(t, "System", "NotSupportedException", NULL);
        int with_bounds = nargs == 2 * rank;
        for (uint32_t i = 0; i < rank; i++) {
            lows[i] = with_bounds ? args[2 * i].i4 : 0;
            lengths[i] = with_bounds ? args[2 * i + 1].i4 : args[i].i4;
        }
        vm_array *a = at->kind == VM_KIND_SZARRAY ? vm_new_szarray(t, at->element, lengths[0])
                                                  : vm_new_mdarray(t, at, lengths, lows);
        if (!a)
            return -1;
        args[0].o = &a->obj;
        return 0;
    }
    vm_array *a = (vm_array *)args[0].o;
    if (!a)
        return vm_throw_null_ref(t);
    int32_t *bounds = VM_MDARRAY_BOUNDS(a);
    size_t index = 0;
    for (uint32_t i = 0; i < rank; i++) {
        int32_t len = bounds[2 * i], lo = bounds[2 * i + 1];
        int64_t k = (int64_t)args[1 + i].i4 - lo;
        if (k < 0 || k >= len)
            return vm_throw_index_out_of_range(t);
        index = index * (size_t)len + (size_t)k;
    }
    uint32_t esz = at->component_size;
    uint8_t *p = (uint8_t *)a + vm_mdarray_data_offset(rank) + index * esz;
    vm_type *et = at->element;
    if (which == 3) {
        args[0].p = p;
    } else if (which == 1) {
        if (vm_is_ref(et))
            args[0].o = *(vm_object **)p;
        else {
            vm_slot tmp[64];
            memset(tmp, 0, sizeof(vm_slot));
            memcpy(tmp, p, esz);
            /* small integers widen to int32 on the stack */
            switch (vm_stack_kind(et) == VM_SK_I4 ? esz : 0) {
            case 1: tmp[0].i4 = (et->elem == MD_ELEM_I1) ? *(int8_t *)p : *(uint8_t *)p; break;
            case 2: tmp[0].i4 = (et->elem == MD_ELEM_I2) ? *(int16_t *)p : *(uint16_t *)p; break;
            default: break;
            }
            memcpy(args, tmp, ((esz + 7) / 8) * sizeof(vm_slot));
        }
    } else {
        vm_slot *v = &args[1 + rank];
        if (vm_is_ref(et)) {
            vm_object *o = v->o;
            if (o && !vm_is_assignable(et, o->type))
                return vm_throw_new(t, "System", "ArrayTypeMismatchException", NULL);
            GC_STORE_REF(p, o);
        } else if (vm_stack_kind(et) == VM_SK_I4 && esz < 4) {
            if (esz == 1) *(int8_t *)p = (int8_t)v->i4;
            else { int16_t s = (int16_t)v->i4; memcpy(p, &s, 2); }
        } else {
            memmove(p, v, esz);
        }
    }
    return 0;
}
