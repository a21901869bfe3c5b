/*
 * object.c — allocation helpers that raise .NET's exceptions, boxing, identity hash
 * codes, MemberwiseClone and string conversions (UTF-8 <-> UTF-16). The memory itself
 * comes from the collector (gc/gc.h).
 */
#include <stdlib.h>
#include <string.h>

#include "gc/gc.h"
#include "vm/object.h"
#include "vm/thread.h"

size_t vm_mdarray_data_offset(uint32_t rank)
{
    return (sizeof(vm_array) + (size_t)rank * 2 * sizeof(int32_t) + 7) & ~(size_t)7;
}

vm_object *vm_new_object(vm_thread *t, vm_type *type)
{
    vm_object *obj;
    if (vm_type_prepare(t, type, VM_TS_READY) != 0)
        return NULL;
    obj = gc_alloc_object(t, type);
    if (!obj)
        vm_throw_out_of_memory(t);
    return obj;
}

vm_array *vm_new_szarray(vm_thread *t, vm_type *elem_type, intptr_t length)
{
    vm_type *arr_type;
    vm_array *a;
    if (length < 0) {
        vm_throw_overflow(t);
        return NULL;
    }
    if (length > VM_ARRAY_MAX_LENGTH) {   /* Array.MaxLength, for every element type */
        vm_throw_new(t, "System", "OutOfMemoryException",
                     "Array dimensions exceeded supported range.");
        return NULL;
    }
    arr_type = vm_type_szarray(t, elem_type);
    if (!arr_type || vm_type_prepare(t, arr_type, VM_TS_READY) != 0)
        return NULL;
    a = gc_alloc_szarray(t, arr_type, (uintptr_t)length);
    if (!a)
        vm_throw_out_of_memory(t);
    return a;
}

vm_array *vm_new_mdarray(vm_thread *t, vm_type *arr_type, const int32_t *lengths,
                         const int32_t *lower_bounds)
{
    vm_array *a;
    if (vm_type_prepare(t, arr_type, VM_TS_READY) != 0)
        return NULL;
    for (uint32_t i = 0; i < arr_type->rank; i++) {
        if (lengths[i] < 0) {
            vm_throw_overflow(t);
            return NULL;
        }
    }
    a = gc_alloc_mdarray(t, arr_type, arr_type->rank, lengths, lower_bounds);
    if (!a)
        vm_throw_out_of_memory(t);
    return a;
}

/* ---- strings -------------------------------------------------------------------------- */

#define REPLACEMENT 0xfffdu

/*
 * Decodes one code point at s[*i] (advancing *i). An ill-formed sequence yields U+FFFD
 * for each maximal subpart (the Unicode recommendation .NET follows): the lead byte and
 * any continuation bytes that were valid so far.
 */
static uint32_t utf8_next(const uint8_t *s, size_t len, size_t *i)
{
    uint8_t b = s[*i];
    uint32_t cp, n;
    uint8_t lo = 0x80, hi = 0xbf;
    (*i)++;
    if (b < 0x80)
        return b;
    if (b >= 0xc2 && b <= 0xdf) {
        n = 1; cp = b & 0x1fu;
    } else if (b >= 0xe0 && b <= 0xef) {
        n = 2; cp = b & 0x0fu;
        if (b == 0xe0) lo = 0xa0;
        if (b == 0xed) hi = 0x9f;               /* no surrogates */
    } else if (b >= 0xf0 && b <= 0xf4) {
        n = 3; cp = b & 0x07u;
        if (b == 0xf0) lo = 0x90;
        if (b == 0xf4) hi = 0x8f;               /* nothing above U+10FFFF */
    } else {
        return REPLACEMENT;
    }
    for (uint32_t k = 0; k < n; k++) {
        uint8_t c;
        if (*i >= len)
            return REPLACEMENT;
        c = s[*i];
        if (c < lo || c > hi)
            return REPLACEMENT;
        lo = 0x80;
        hi = 0xbf;
        cp = (cp << 6) | (c & 0x3fu);
        (*i)++;
    }
    return cp;
}

vm_string *vm_string_from_utf8(vm_thread *t, const char *s, size_t len)
{
    const uint8_t *u = (const uint8_t *)s;
    size_t units = 0, i = 0;
    vm_string *str;
    uint16_t *out;
    while (i < len)
        units += utf8_next(u, len, &i) >= 0x10000 ? 2 : 1;
    if (units > INT32_MAX) {
        vm_throw_out_of_memory(t);
        return NULL;
    }
    str = gc_alloc_string(t, (int32_t)units);
    if (!str) {
        vm_throw_out_of_memory(t);
        return NULL;
    }
    out = VM_STRING_CHARS(str);
    for (i = 0; i < len;) {
        uint32_t cp = utf8_next(u, len, &i);
        if (cp >= 0x10000) {
            cp -= 0x10000;
            *out++ = (uint16_t)(0xd800u + (cp >> 10));
            *out++ = (uint16_t)(0xdc00u + (cp & 0x3ffu));
        } else {
            *out++ = (uint16_t)cp;
        }
    }
    return str;
}

vm_string *vm_string_from_utf16(vm_thread *t, const uint16_t *s, size_t len)
{
    vm_string *str;
    if (len > INT32_MAX) {
        vm_throw_out_of_memory(t);
        return NULL;
    }
    str = gc_alloc_string(t, (int32_t)len);
    if (!str) {
        vm_throw_out_of_memory(t);
        return NULL;
    }
    if (len)
        memcpy(VM_STRING_CHARS(str), s, len * sizeof(uint16_t));
    return str;
}

vm_string *vm_string_from_ascii(vm_thread *t, const char *s)
{
    return vm_string_from_utf8(t, s, strlen(s));
}

char *vm_string_to_utf8(const vm_string *s)
{
    const uint16_t *c;
    size_t n, k = 0;
    char *out;
    if (!s)
        return NULL;
    c = s->chars;
    n = (size_t)s->length;
    out = malloc(3 * n + 1);            /* a UTF-16 unit never needs more than 3 bytes */
    if (!out)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        uint32_t cp = c[i];
        if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n && c[i + 1] >= 0xdc00 && c[i + 1] <= 0xdfff) {
            cp = 0x10000 + ((cp - 0xd800) << 10) + (c[i + 1] - 0xdc00u);
            i++;
        } else if (cp >= 0xd800 && cp <= 0xdfff) {
            cp = REPLACEMENT;
        }
        if (cp < 0x80) {
            out[k++] = (char)cp;
        } else if (cp < 0x800) {
            out[k++] = (char)(0xc0 | (cp >> 6));
            out[k++] = (char)(0x80 | (cp & 0x3f));
        } else if (cp < 0x10000) {
            out[k++] = (char)(0xe0 | (cp >> 12));
            out[k++] = (char)(0x80 | ((cp >> 6) & 0x3f));
            out[k++] = (char)(0x80 | (cp & 0x3f));
        } else {
            out[k++] = (char)(0xf0 | (cp >> 18));
            out[k++] = (char)(0x80 | ((cp >> 12) & 0x3f));
            out[k++] = (char)(0x80 | ((cp >> 6) & 0x3f));
            out[k++] = (char)(0x80 | (cp & 0x3f));
        }
    }
    out[k] = '\0';
    return out;
}

/* ---- boxing ---------------------------------------------------------------------------- */

/* Nullable<T> is { bool hasValue; T value; } (corlib): hasValue at 0, value after it. */
static int nullable_value(vm_type *nullable, vm_type **value_type, uint32_t *offset)
{
    for (uint32_t i = 0; i < nullable->nfields; i++) {
        vm_field *f = &nullable->fields[i];
        if (!(f->md_flags & VM_FIELD_STATIC) && f->offset != 0) {
            *value_type = f->type;
            *offset = f->offset;
            return 0;
        }
    }
    if (nullable->ninst == 1) {                 /* no field table: value after the bool */
        *value_type = nullable->inst[0];
        *offset = (*value_type)->align > 1 ? (*value_type)->align : 1;
        return 0;
    }
    return -1;
}

vm_object *vm_box(vm_thread *t, vm_type *type, const void *value)
{
    vm_object *obj;
    if (type->kind != VM_KIND_VALUETYPE)
        return *(vm_object *const *)value;
    if (vm_type_prepare(t, type, VM_TS_READY) != 0)
        return NULL;
    if (type->flags & VM_TF_NULLABLE) {
        vm_type *vt;
        uint32_t off;
        if (!*(const uint8_t *)value)
            return NULL;
        if (nullable_value(type, &vt, &off) != 0) {
            vm_throw_new(t, "System", "TypeLoadException", "Nullable<T> has no value field");
            return NULL;
        }
        return vm_box(t, vt, (const uint8_t *)value + off);
    }
    obj = gc_alloc_object(t, type);
    if (!obj) {
        vm_throw_out_of_memory(t);
        return NULL;
    }
    memcpy(VM_BOX_DATA(obj), value, type->instance_size);
    if (type->nrefs)
        gc_write_barrier_range(VM_BOX_DATA(obj), type->instance_size);
    return obj;
}

/* ---- identity ------------------------------------------------------------------------- */

/* Hash codes are 24 bits (what a 32-bit header has above the collector's byte), from a
 * xorshift generator: spread out, never 0. */
#define HASH_BITS 24u

int32_t vm_object_hash(vm_object *obj)
{
    static uint32_t state = 0x2545f491u;
    uintptr_t h = (obj->header >> GC_HEADER_BITS) & (((uintptr_t)1 << HASH_BITS) - 1);
    if (!h) {
        do {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            h = state & ((1u << HASH_BITS) - 1);
        } while (!h);
        obj->header |= h << GC_HEADER_BITS;
    }
    return (int32_t)h;
}

size_t vm_object_size(const vm_object *obj)
{
    return gc_object_size(obj);
}

vm_object *vm_object_clone(vm_thread *t, vm_object *obj)
{
    vm_type *type = obj->type;
    size_t size = gc_object_size(obj);
    vm_object *copy;
    if (type->flags & VM_TF_STRING) {
        copy = (vm_object *)gc_alloc_string(t, ((vm_string *)obj)->length);
    } else if (type->kind == VM_KIND_SZARRAY) {
        copy = (vm_object *)gc_alloc_szarray(t, type, ((vm_array *)obj)->length);
    } else if (type->kind == VM_KIND_ARRAY) {
        int32_t lengths[32], lower[32];
        const int32_t *b = VM_MDARRAY_BOUNDS((vm_array *)obj);
        uint32_t rank = type->rank < 32 ? type->rank : 32;
        for (uint32_t i = 0; i < rank; i++) {
            lengths[i] = b[2 * i];
            lower[i] = b[2 * i + 1];
        }
        copy = (vm_object *)gc_alloc_mdarray(t, type, rank, lengths, lower);
    } else {
        copy = gc_alloc_object(t, type);
    }
    if (!copy) {
        vm_throw_out_of_memory(t);
        return NULL;
    }
    /* Everything after the header: the header (hash code, GC bits) is the copy's own. */
    memcpy((uint8_t *)copy + VM_OBJ_HEADER_SIZE, (const uint8_t *)obj + VM_OBJ_HEADER_SIZE,
           size - VM_OBJ_HEADER_SIZE);
    gc_write_barrier_range(copy, size);
    return copy;
}
