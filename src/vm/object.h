/*
 * object.h — allocating managed objects from the runtime's C code, with .NET's
 * exceptions: every function that allocates returns NULL with an exception pending on t
 * (OutOfMemoryException, OverflowException, TypeLoadException from preparing the type).
 * Also the object helpers every subsystem needs: boxing, identity hash, size, clone,
 * and string conversions.
 */
#ifndef ANYCLR_VM_OBJECT_H
#define ANYCLR_VM_OBJECT_H

#include <stddef.h>
#include <stdint.h>

#include "vm/icall.h"

/* A zeroed instance of a class (prepared to VM_TS_READY first), or a zeroed box of a
 * value type. Strings and arrays have their own functions. */
vm_object *vm_new_object(vm_thread *t, vm_type *type);
/* new elem_type[length]: a negative length raises OverflowException (as .NET's newarr),
 * a too large one OutOfMemoryException. */
/* .NET's limits: Array.MaxLength elements, and string lengths up to String.MaxLength. */
#define VM_ARRAY_MAX_LENGTH  0x7FFFFFC7
#define VM_STRING_MAX_LENGTH 0x3FFFFFDF

vm_array *vm_new_szarray(vm_thread *t, vm_type *elem_type, intptr_t length);
/* An array of type arr_type (VM_KIND_ARRAY, rank dimensions); lower_bounds may be NULL.
 * A negative length raises OverflowException. */
vm_array *vm_new_mdarray(vm_thread *t, vm_type *arr_type, const int32_t *lengths,
                         const int32_t *lower_bounds);

/* Strings from C: len bytes of UTF-8 (invalid sequences become U+FFFD, as .NET's
 * decoder does), len UTF-16 code units, or a NUL-terminated ASCII/UTF-8 string. */
vm_string *vm_string_from_utf8(vm_thread *t, const char *s, size_t len);
vm_string *vm_string_from_utf16(vm_thread *t, const uint16_t *s, size_t len);
vm_string *vm_string_from_ascii(vm_thread *t, const char *s);
/* A malloc'd, NUL-terminated UTF-8 copy (lone surrogates become U+FFFD), for messages
 * and file names; NULL if s is NULL or malloc fails. The caller frees it. */
char *vm_string_to_utf8(const vm_string *s);

/*
 * box: a new object holding a copy of the value at `value`. Nullable<T> boxes to NULL
 * when it has no value (no exception pending then), else to a boxed T. A reference type
 * "boxes" to the reference stored at `value`.
 */
vm_object *vm_box(vm_thread *t, vm_type *type, const void *value);
/* The data of a boxed value (unbox). */
#define VM_BOX_DATA(obj)    ((void *)((uint8_t *)(obj) + VM_OBJ_HEADER_SIZE))

/* The identity hash code (RuntimeHelpers.GetHashCode): assigned on first use, kept in the
 * header bits above GC_HEADER_BITS, never 0. */
int32_t vm_object_hash(vm_object *obj);
/* The object's size in bytes, header included. */
size_t vm_object_size(const vm_object *obj);
/* Object.MemberwiseClone: a new object of the same type and size with the same fields
 * (the write barrier is applied to the copied references). */
vm_object *vm_object_clone(vm_thread *t, vm_object *obj);

/* ---- interning (intern.c) and multi-dimensional arrays (mdarray.c) ---- */

/* Interns a #US literal: the same contents give the same string object (a GC root). */
vm_string *vm_string_intern_utf16le(vm_thread *t, const uint8_t *utf16le, uint32_t nchars);

/* The runtime's intern table for String.Intern / IsInterned: NULL when absent and
 * add is 0 (or when adding failed: an exception is pending). */
vm_string *vm_string_intern(vm_thread *t, vm_string *str, int add);

/* Multi-dimensional arrays: 0 newobj, 1 Get, 2 Set, 3 Address, with the arguments (this
 * and indexes / lengths) in args and the result written to args[0]. */
int vm_mdarray_op(vm_thread *t, int which, vm_type *arr_type, vm_slot *args, uint32_t nargs);

#endif
