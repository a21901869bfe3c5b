/* icall_int.h — private to the internal-call files (src/vm/icall_*.c): each area keeps
 * a table of "Namespace.Type::Method" -> C function, ended by a NULL key, and
 * icall_table.c's lookup searches them all. */
#ifndef ANYCLR_VM_ICALL_INT_H
#define ANYCLR_VM_ICALL_INT_H

#include "vm/icall.h"

typedef struct icall_entry {
    const char *key;
    vm_icall_fn fn;
} icall_entry;

extern const icall_entry vm_icalls_core[];      /* icall_table.c: Object, String */
extern const icall_entry vm_icalls_number[];    /* icall_number.c: shortest digits, parsing */
extern const icall_entry vm_icalls_array[];     /* icall_array.c: Array, RuntimeHelpers, Console */
extern const icall_entry vm_icalls_system[];    /* icall_system.c: Math, Environment, GC, time, Enum */
extern const icall_entry vm_icalls_gc[];        /* icall_gc.c: GCHandle, WeakReference */
extern const icall_entry vm_icalls_type[];      /* icall_type.c: RuntimeType */
extern const icall_entry vm_icalls_reflect[];   /* icall_reflect.c: methods, fields, member lists */
extern const icall_entry vm_icalls_file[];      /* icall_file.c: FileSystemPal (files, directories) */

/* Helpers for icall bodies: results narrower than a slot are widened like the stack. */
static inline void icall_ret_i4(vm_slot *r, int32_t v) { r[0].i8 = 0; r[0].i4 = v; }
static inline void icall_ret_bool(vm_slot *r, int v) { r[0].i8 = 0; r[0].i4 = v != 0; }
static inline void icall_ret_r4(vm_slot *r, float v) { r[0].i8 = 0; r[0].r4 = v; }

/* Object results (icall_type.c); each returns -1 with an exception pending if allocating
 * failed. A type's RuntimeType, or null for NULL: */
int icall_ret_type(vm_thread *t, vm_slot *r, vm_type *type);
/* A new string from UTF-8: */
int icall_ret_string(vm_thread *t, vm_slot *r, const char *s);
/* A new Type[] of n types: */
int icall_ret_type_array(vm_thread *t, vm_slot *r, uint32_t n, vm_type *const *types);

#endif
