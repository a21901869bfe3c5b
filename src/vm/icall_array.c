/*
 * icall_array.c — internal calls on arrays and raw memory: System.Array,
 * RuntimeHelpers, MemoryMarshal, and the console's file-descriptor I/O (ConsolePal).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gc/gc.h"
#include "vm/icall_int.h"
#include "vm/object.h"

/* ---- helpers --------------------------------------------------------------------- */

static uint8_t *array_data(vm_array *a) {
    if (a->obj.type->kind == VM_KIND_ARRAY)
        return (uint8_t *)a + vm_mdarray_data_offset(a->obj.type->rank);
    return VM_ARRAY_DATA(a);
}

/* File data is little-endian: swap each element on a big-endian host. */
static void swap_elements(uint8_t *p, size_t bytes, uint32_t esize) {
    if (!vm_host->big_endian || esize < 2)
        return;
    for (size_t i = 0; i + esize <= bytes; i += esize)
        for (uint32_t a = 0, b = esize - 1; a < b; a++, b--) {
            uint8_t x = p[i + a];
            p[i + a] = p[i + b];
            p[i + b] = x;
        }
}

/* ---- System.Array ----------------------------------------------------------------- */

static int array_get_length(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_array *arr = (vm_array *)a[0].o;
    if (!arr)
        return vm_throw_null_ref(t);
    if (arr->length > INT32_MAX)
        return vm_throw_overflow(t);
    icall_ret_i4(r, (int32_t)arr->length);
    return 0;
}

static int array_get_rank(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_array *arr = (vm_array *)a[0].o;
    if (!arr)
        return vm_throw_null_ref(t);
    icall_ret_i4(r, arr->obj.type->kind == VM_KIND_ARRAY ? (int32_t)arr->obj.type->rank : 1);
    return 0;
}

static int dimension(vm_thread *t, vm_array *arr, int32_t dim, int want_lower, vm_slot *r) {
    if (!arr)
        return vm_throw_null_ref(t);
    uint32_t rank = arr->obj.type->kind == VM_KIND_ARRAY ? arr->obj.type->rank : 1;
    if (dim < 0 || (uint32_t)dim >= rank)
        return vm_throw_new(t, "System", "IndexOutOfRangeException", NULL);
    if (arr->obj.type->kind != VM_KIND_ARRAY) {
        icall_ret_i4(r, want_lower ? 0 : (int32_t)arr->length);
        return 0;
    }
    icall_ret_i4(r, VM_MDARRAY_BOUNDS(arr)[2 * dim + (want_lower ? 1 : 0)]);
    return 0;
}

static int array_get_length_dim(vm_thread *t, vm_slot *a, vm_slot *r) {
    return dimension(t, (vm_array *)a[0].o, a[1].i4, 0, r);
}

static int array_get_lower_bound(vm_thread *t, vm_slot *a, vm_slot *r) {
    return dimension(t, (vm_array *)a[0].o, a[1].i4, 1, r);
}

static int array_get_element_size(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_array *arr = (vm_array *)a[0].o;
    if (!arr)
        return vm_throw_null_ref(t);
    icall_ret_i4(r, (int32_t)arr->obj.type->component_size);
    return 0;
}

static int array_internal_get_value(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_array *arr = (vm_array *)a[0].o;
    int32_t i = a[1].i4;
    if (!arr)
        return vm_throw_null_ref(t);
    if (i < 0 || (uintptr_t)i >= arr->length)
        return vm_throw_index_out_of_range(t);
    vm_type *et = arr->obj.type->element;
    uint8_t *p = array_data(arr) + (size_t)i * arr->obj.type->component_size;
    if (vm_is_ref(et)) {
        r[0].o = *(vm_object **)p;
        return 0;
    }
    vm_object *box = vm_box(t, et, p);
    if (!box && t->exception)
        return -1;
    r[0].o = box;
    return 0;
}

static int array_internal_set_value(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_array *arr = (vm_array *)a[0].o;
    vm_object *v = a[1].o;
    int32_t i = a[2].i4;
    (void)r;
    if (!arr)
        return vm_throw_null_ref(t);
    if (i < 0 || (uintptr_t)i >= arr->length)
        return vm_throw_index_out_of_range(t);
    vm_type *et = arr->obj.type->element;
    uint32_t esz = arr->obj.type->component_size;
    uint8_t *p = array_data(arr) + (size_t)i * esz;
    if (vm_is_ref(et)) {
        if (v && !vm_is_assignable(et, v->type))
            return vm_throw_new(t, "System", "InvalidCastException",
                                "Object cannot be stored in an array of this type.");
        GC_STORE_REF(p, v);
        return 0;
    }
    if (!v) {
        memset(p, 0, esz);
        return 0;
    }
    vm_type *vt = v->type;
    vm_type *ue = (et->flags & VM_TF_ENUM) ? et->element : et;
    vm_type *uv = (vt->flags & VM_TF_ENUM) ? vt->element : vt;
    if (ue != uv)
        return vm_throw_new(t, "System", "InvalidCastException",
                            "Object cannot be stored in an array of this type.");
    memcpy(p, VM_BOX_DATA(v), esz);
    gc_write_barrier_range(p, esz);
    return 0;
}

static int array_copy_core(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_array *src = (vm_array *)a[0].o, *dst = (vm_array *)a[2].o;
    int32_t si = a[1].i4, di = a[3].i4, len = a[4].i4;
    (void)r;
    if (!src || !dst)
        return vm_throw_new(t, "System", "ArgumentNullException", NULL);
    if (si < 0 || di < 0 || len < 0 || (uintptr_t)si + (uintptr_t)len > src->length ||
        (uintptr_t)di + (uintptr_t)len > dst->length)
        return vm_throw_new(t, "System", "ArgumentException",
                            "Source array was not long enough. Check the source index, length, and the array's lower bounds.");
    vm_type *se = src->obj.type->element, *de = dst->obj.type->element;
    uint32_t ssz = src->obj.type->component_size, dsz = dst->obj.type->component_size;
    uint8_t *sp = array_data(src) + (size_t)si * ssz, *dp = array_data(dst) + (size_t)di * dsz;
    if (se == de || (!vm_is_ref(se) && !vm_is_ref(de) && ssz == dsz &&
                     (((se->flags & VM_TF_ENUM) ? se->element : se) ==
                      ((de->flags & VM_TF_ENUM) ? de->element : de)))) {
        memmove(dp, sp, (size_t)len * ssz);
        if (se->flags & VM_TF_HAS_REFS || vm_is_ref(se))
            gc_write_barrier_range(dp, (size_t)len * ssz);
        return 0;
    }
    if (vm_is_ref(se) && vm_is_ref(de)) {
        /* element by element, each checked; overlapping copies go the safe way round */
        int back = src == dst && di > si;
        for (int32_t k = 0; k < len; k++) {
            int32_t j = back ? len - 1 - k : k;
            vm_object *o = ((vm_object **)sp)[j];
            if (o && !vm_is_assignable(de, o->type))
                return vm_throw_new(t, "System", "InvalidCastException",
                                    "At least one element in the source array could not be cast down to the destination array type.");
            GC_STORE_REF(&((vm_object **)dp)[j], o);
        }
        return 0;
    }
    if (!vm_is_ref(se) && vm_is_ref(de)) {
        /* boxing into object[] (or an interface array) */
        for (int32_t k = 0; k < len; k++) {
            vm_object *o = vm_box(t, se, sp + (size_t)k * ssz);
            if (!o && t->exception)
                return -1;
            if (o && !vm_is_assignable(de, o->type))
                return vm_throw_new(t, "System", "ArrayTypeMismatchException", NULL);
            GC_STORE_REF(&((vm_object **)(array_data(dst) + (size_t)di * dsz))[k], o);
        }
        return 0;
    }
    if (vm_is_ref(se) && !vm_is_ref(de)) {
        /* unboxing out of object[] */
        for (int32_t k = 0; k < len; k++) {
            vm_object *o = ((vm_object **)(array_data(src) + (size_t)si * ssz))[k];
            if (!o)
                return vm_throw_new(t, "System", "InvalidCastException", NULL);
            vm_type *ot = (o->type->flags & VM_TF_ENUM) ? o->type->element : o->type;
            vm_type *dt = (de->flags & VM_TF_ENUM) ? de->element : de;
            if (ot != dt)
                return vm_throw_new(t, "System", "InvalidCastException", NULL);
            memcpy(array_data(dst) + ((size_t)di + (size_t)k) * dsz, VM_BOX_DATA(o), dsz);
        }
        return 0;
    }
    return vm_throw_new(t, "System", "ArrayTypeMismatchException",
                        "Source array type cannot be assigned to destination array type.");
}

static int array_clear_core(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_array *arr = (vm_array *)a[0].o;
    int32_t i = a[1].i4, len = a[2].i4;
    (void)r;
    if (!arr)
        return vm_throw_new(t, "System", "ArgumentNullException", NULL);
    if (i < 0 || len < 0 || (uintptr_t)i + (uintptr_t)len > arr->length)
        return vm_throw_index_out_of_range(t);
    uint32_t esz = arr->obj.type->component_size;
    memset(array_data(arr) + (size_t)i * esz, 0, (size_t)len * esz);
    return 0;
}

/* ---- RuntimeHelpers ----------------------------------------------------------------- */

static int helpers_initialize_array(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_array *arr = (vm_array *)a[0].o;
    vm_field *f = a[1].p;
    (void)r;
    if (!arr || !f)
        return vm_throw_new(t, "System", "ArgumentNullException", NULL);
    uint32_t esz = arr->obj.type->component_size;
    size_t bytes = (size_t)arr->length * esz;
    md_error err;
    if (bytes > vm_value_size(f->type))
        return vm_throw_new(t, "System", "ArgumentException", NULL);
    const uint8_t *data = md_field_data(f->owner->module->img, MD_TOKEN_ROW(f->token),
                                        (uint32_t)bytes, &err);
    if (!data)
        return vm_throw_newf(t, "System", "BadImageFormatException", "%s", err.msg);
    memcpy(array_data(arr), data, bytes);
    swap_elements(array_data(arr), bytes, esz);
    return 0;
}

/* Static data for ReadOnlySpan<T> over an RVA field: in place on little-endian hosts,
 * a byte-swapped copy (made once per field) on big-endian ones. */
typedef struct swapped { vm_field *f; uint8_t *data; struct swapped *next; } swapped;
static swapped *swapped_list;

static int helpers_get_field_data(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_field *f = a[0].p;
    int32_t esz = a[1].i4;
    int32_t *count = a[2].p;
    if (!f)
        return vm_throw_new(t, "System", "ArgumentNullException", NULL);
    uint32_t size = vm_value_size(f->type);
    md_error err;
    const uint8_t *data = md_field_data(f->owner->module->img, MD_TOKEN_ROW(f->token), size, &err);
    if (!data)
        return vm_throw_newf(t, "System", "BadImageFormatException", "%s", err.msg);
    *count = (int32_t)size;
    if (vm_host->big_endian && esz > 1) {
        swapped *s;
        for (s = swapped_list; s && s->f != f; s = s->next)
            ;
        if (!s) {
            s = malloc(sizeof *s);
            if (!s || !(s->data = malloc(size)))
                vm_fatal("out of memory");
            memcpy(s->data, data, size);
            swap_elements(s->data, size, (uint32_t)esz);
            s->f = f;
            s->next = swapped_list;
            swapped_list = s;
        }
        data = s->data;
    }
    r[0].p = (void *)data;
    return 0;
}

static int helpers_offset_to_string_data(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    (void)a;
    icall_ret_i4(r, (int32_t)offsetof(vm_string, chars));
    return 0;
}

static int helpers_run_class_constructor(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)r;
    vm_type *type = a[0].p;
    if (!type)
        return vm_throw_new(t, "System", "ArgumentException", NULL);
    if (vm_type_prepare(t, type, VM_TS_READY))
        return -1;
    return vm_run_cctor(t, type);
}

/* Can two values of this type be compared by their bytes (ValueType.Equals)? Not when
 * they hold references, floating-point fields (-0.0 == 0.0, NaN) or padding. */
static int bits_comparable(vm_type *type) {
    if (type->flags & VM_TF_HAS_REFS)
        return 0;
    if (type->flags & VM_TF_PRIMITIVE)
        return type->elem != MD_ELEM_R4 && type->elem != MD_ELEM_R8;
    if (type->flags & VM_TF_ENUM)
        return 1;
    uint32_t sum = 0;
    for (uint32_t i = 0; i < type->nfields; i++) {
        vm_field *f = &type->fields[i];
        if (f->md_flags & VM_FIELD_STATIC)
            continue;
        if (!bits_comparable(f->type))
            return 0;
        sum += vm_value_size(f->type);
    }
    return sum == vm_value_size(type);
}

static int helpers_can_compare_bits(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_object *o = a[0].o;
    if (!o)
        return vm_throw_null_ref(t);
    icall_ret_bool(r, bits_comparable(o->type));
    return 0;
}

static int helpers_bitwise_equals(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_object *x = a[0].o, *y = a[1].o;
    if (!x || !y)
        return vm_throw_null_ref(t);
    icall_ret_bool(r, x->type == y->type &&
                          memcmp(VM_BOX_DATA(x), VM_BOX_DATA(y), vm_value_size(x->type)) == 0);
    return 0;
}

/* The instance fields of a boxed value, boxed in turn (ValueType.Equals/GetHashCode). */
static int helpers_get_boxed_fields(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_object *src = a[0].o;
    if (!src)
        return vm_throw_null_ref(t);
    vm_type *type = src->type;
    uint32_t n = 0;
    for (uint32_t i = 0; i < type->nfields; i++)
        if (!(type->fields[i].md_flags & VM_FIELD_STATIC))
            n++;
    vm_array *arr = vm_new_szarray(t, vm_b.object, n);
    if (!arr)
        return -1;
    /* objects do not move, so src stays valid; it is still referenced from the caller's
     * frame (its argument slot is live until this call returns) */
    uint32_t k = 0;
    for (uint32_t i = 0; i < type->nfields; i++) {
        vm_field *f = &type->fields[i];
        if (f->md_flags & VM_FIELD_STATIC)
            continue;
        uint8_t *p = (uint8_t *)src + f->offset + (type->kind == VM_KIND_VALUETYPE ? VM_OBJ_HEADER_SIZE : 0);
        vm_object *v;
        if (vm_is_ref(f->type)) {
            v = *(vm_object **)p;
        } else {
            v = vm_box(t, f->type, p);
            if (!v && t->exception)
                return -1;
        }
        GC_STORE_REF(&((vm_object **)VM_ARRAY_DATA(arr))[k], v);
        k++;
    }
    r[0].o = &arr->obj;
    return 0;
}

static int marshal_array_data_reference(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_array *arr = (vm_array *)a[0].o;
    if (!arr)
        return vm_throw_null_ref(t);
    r[0].p = array_data(arr);
    return 0;
}

/* ---- ConsolePal: bytes to and from file descriptors ------------------------------- */

static int console_write(vm_thread *t, vm_slot *a, vm_slot *r) {
    int fd = a[0].i4;
    const uint8_t *p = a[1].p;
    int32_t n = a[2].i4, done = 0;
    (void)t;
    while (done < n) {
        ssize_t w = write(fd, p + done, (size_t)(n - done));
        if (w < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        done += (int32_t)w;
    }
    icall_ret_i4(r, done);
    return 0;
}

static int console_read(vm_thread *t, vm_slot *a, vm_slot *r) {
    int fd = a[0].i4;
    uint8_t *p = a[1].p;
    int32_t n = a[2].i4;
    (void)t;
    ssize_t got;
    do
        got = read(fd, p, (size_t)n);
    while (got < 0 && errno == EINTR);
    icall_ret_i4(r, got < 0 ? -1 : (int32_t)got);
    return 0;
}

const icall_entry vm_icalls_array[] = {
    {"System.Array::get_Length", array_get_length},
    {"System.Array::get_Rank", array_get_rank},
    {"System.Array::GetLength", array_get_length_dim},
    {"System.Array::GetLowerBound", array_get_lower_bound},
    {"System.Array::GetElementSize", array_get_element_size},
    {"System.Array::InternalGetValue", array_internal_get_value},
    {"System.Array::InternalSetValue", array_internal_set_value},
    {"System.Array::CopyCore", array_copy_core},
    {"System.Array::ClearCore", array_clear_core},
    {"System.Runtime.CompilerServices.RuntimeHelpers::InitializeArrayFromField", helpers_initialize_array},
    {"System.Runtime.CompilerServices.RuntimeHelpers::GetFieldData", helpers_get_field_data},
    {"System.Runtime.CompilerServices.RuntimeHelpers::get_OffsetToStringData", helpers_offset_to_string_data},
    {"System.Runtime.CompilerServices.RuntimeHelpers::RunClassConstructorCore", helpers_run_class_constructor},
    {"System.Runtime.CompilerServices.RuntimeHelpers::CanCompareBits", helpers_can_compare_bits},
    {"System.Runtime.CompilerServices.RuntimeHelpers::BitwiseEquals", helpers_bitwise_equals},
    {"System.Runtime.CompilerServices.RuntimeHelpers::GetBoxedFields", helpers_get_boxed_fields},
    {"System.Runtime.InteropServices.MemoryMarshal::GetArrayDataReference", marshal_array_data_reference},
    {"System.Runtime.InteropServices.MemoryMarshal::GetRawArrayData", marshal_array_data_reference},
    {"System.ConsolePal::Write", console_write},
    {"System.ConsolePal::Read", console_read},
    {NULL, NULL},
};
