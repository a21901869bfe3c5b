/*
 * icall.h — internal calls: methods of the core library marked
 * [MethodImpl(MethodImplOptions.InternalCall)], implemented in C.
 *
 * One table (vm/icall_table.c) maps "Namespace.Type::Method" to a C function; corlib
 * never overloads an internal call's name within one type. Every function has the same
 * shape: it reads its arguments from `args` (this first for instance methods, one slot
 * per argument) and writes its result to `ret`, which may alias args[0] — so read every
 * argument before writing the result. It returns 0, or -1 with an exception pending.
 */
#ifndef ANYCLR_VM_ICALL_H
#define ANYCLR_VM_ICALL_H

#include "vm/thread.h"

/* One evaluation-stack slot. A value narrower than its slot sits at the slot's start at
 * its stack width: int32 for bool/char/int8/int16/int32, int64, native int, float or
 * double (float32 stays float32), an object reference, or a pointer. */
typedef union vm_slot {
    int32_t i4;
    uint32_t u4;
    int64_t i8;
    uint64_t u8;
    intptr_t i;
    uintptr_t u;
    float r4;
    double r8;
    void *p;
    vm_object *o;
} vm_slot;

typedef int (*vm_icall_fn)(vm_thread *t, vm_slot *args, vm_slot *ret);

/* The C function for a core-library method, or NULL (then calling it raises
 * MissingMethodException naming "Type::Method" as an internal call not implemented). */
vm_icall_fn vm_icall_lookup(const vm_method *m);

#endif
