/*
 * icall_gc.c — internal calls over the collector's handles: GCHandle (Normal, Weak,
 * WeakTrackResurrection, Pinned) and WeakReference / WeakReference<T>, which corlib
 * builds on GCHandle's internal calls. Also GC.GetTotalAllocatedBytes' count.
 *
 * A handle crosses into managed code as the collector's gc_handle, unchanged, in an
 * IntPtr (never 0 for an allocated handle). Every call checks it: a value that is not
 * an allocated handle reads as no target and is ignored by Set and Free, so a stale
 * copy of a freed GCHandle cannot touch the collector's table. Objects never move, so
 * a pinned handle only has to keep its target alive; its address is the target's data.
 */
#include "gc/gc.h"
#include "vm/icall_int.h"
#include "vm/object.h"

/* GCHandleType's values are the collector's kinds. */
_Static_assert(GC_HANDLE_WEAK == 0 && GC_HANDLE_WEAK_TRACK_RESURRECTION == 1 &&
               GC_HANDLE_NORMAL == 2 && GC_HANDLE_PINNED == 3, "GCHandleType");

static gc_handle handle_arg(const vm_slot *a) {
    return (gc_handle)a->u;
}

/* static IntPtr InternalAlloc(object value, int type): type is 0..3 (checked by C#). */
static int gch_alloc(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_object *obj = a[0].o;
    int32_t kind = a[1].i4;
    if (kind < GC_HANDLE_WEAK || kind > GC_HANDLE_PINNED)
        return vm_throw_new(t, "System", "ArgumentOutOfRangeException", "type");
    gc_handle h = gc_handle_alloc(obj, kind);
    if (!h)
        return vm_throw_out_of_memory(t);
    r[0].u = (uintptr_t)h;
    return 0;
}

/* static object InternalGet(IntPtr handle) */
static int gch_get(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    r[0].o = gc_handle_get(handle_arg(&a[0]));
    return 0;
}

/* static void InternalSet(IntPtr handle, object value) */
static int gch_set(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    (void)r;
    gc_handle_set(handle_arg(&a[0]), a[1].o);
    return 0;
}

/* static void InternalFree(IntPtr handle) */
static int gch_free(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    (void)r;
    gc_handle_free(handle_arg(&a[0]));
    return 0;
}

/* static int InternalKind(IntPtr handle): the GCHandleType, or -1 if not allocated. */
static int gch_kind(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    icall_ret_i4(r, gc_handle_kind(handle_arg(&a[0])));
    return 0;
}

/* Where obj's data starts: a string's first char, an array's first element, otherwise
 * the first field (what AddrOfPinnedObject gives). */
static void *object_data(vm_object *obj) {
    vm_type *ty = obj->type;
    if (ty->flags & VM_TF_STRING)
        return VM_STRING_CHARS((vm_string *)obj);
    if (ty->kind == VM_KIND_SZARRAY)
        return VM_ARRAY_DATA((vm_array *)obj);
    if (ty->kind == VM_KIND_ARRAY)
        return (uint8_t *)obj + vm_mdarray_data_offset(ty->rank);
    return (uint8_t *)obj + VM_OBJ_HEADER_SIZE;
}

/* static IntPtr InternalAddrOfPinnedObject(IntPtr handle): 0 for no target. */
static int gch_addr_of_pinned(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_object *obj = gc_handle_get(handle_arg(&a[0]));
    (void)t;
    r[0].p = obj ? object_data(obj) : NULL;
    return 0;
}

/* static bool IsPinnable(object value): null, or an object without references (so
 * Marshal.IsPinnable's rule: the type contains no GC pointers). */
static int gch_is_pinnable(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_object *obj = a[0].o;
    (void)t;
    if (!obj) {
        icall_ret_bool(r, 1);
        return 0;
    }
    /* Arrays have the flag too when their elements are or hold references. */
    icall_ret_bool(r, !(obj->type->flags & VM_TF_HAS_REFS));
    return 0;
}

/* ---- System.GC ------------------------------------------------------------------- */

/* static long GetTotalAllocatedBytesCore(): bytes ever allocated. */
static int gc_get_total_allocated(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    (void)a;
    uint64_t n = gc_total_allocated();
    r[0].i8 = n > INT64_MAX ? INT64_MAX : (int64_t)n;
    return 0;
}

const icall_entry vm_icalls_gc[] = {
    {"System.Runtime.InteropServices.GCHandle::InternalAlloc", gch_alloc},
    {"System.Runtime.InteropServices.GCHandle::InternalGet", gch_get},
    {"System.Runtime.InteropServices.GCHandle::InternalSet", gch_set},
    {"System.Runtime.InteropServices.GCHandle::InternalFree", gch_free},
    {"System.Runtime.InteropServices.GCHandle::InternalKind", gch_kind},
    {"System.Runtime.InteropServices.GCHandle::InternalAddrOfPinnedObject", gch_addr_of_pinned},
    {"System.Runtime.InteropServices.GCHandle::IsPinnable", gch_is_pinnable},
    {"System.GC::GetTotalAllocatedBytesCore", gc_get_total_allocated},
    {NULL, NULL},
};
