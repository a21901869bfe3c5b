/* intern.c — the table of interned strings: every ldstr literal, and String.Intern. */
#include <stdlib.h>
#include <string.h>

#include "gc/gc.h"
#include "vm/object.h"

typedef struct intern_table {
    vm_object **slots;
    uint32_t cap, count;
} intern_table;

static intern_table interned;

static void scan_interned(gc_visitor *v, void *ctx) {
    (void)ctx;
    for (uint32_t i = 0; i < interned.cap; i++)
        if (interned.slots[i])
            v->ref(v, &interned.slots[i]);
}

static uint32_t hash_utf16(const uint16_t *s, uint32_t n) {
    uint32_t h = 2166136261u;
    for (uint32_t i = 0; i < n; i++)
        h = (h ^ s[i]) * 16777619u;
    return h;
}

static void intern_insert(vm_object *o) {
    vm_string *s = (vm_string *)o;
    uint32_t i = hash_utf16(s->chars, (uint32_t)s->length) & (interned.cap - 1);
    while (interned.slots[i])
        i = (i + 1) & (interned.cap - 1);
    interned.slots[i] = o;
}

vm_string *vm_string_intern_utf16le(vm_thread *t, const uint8_t *utf16le, uint32_t nchars) {
    uint16_t stackbuf[256] = {0};
    uint16_t *chars = nchars <= 256 ? stackbuf : malloc(nchars * sizeof(uint16_t));
    if (!chars)
        vm_fatal("out of memory");
    for (uint32_t i = 0; i < nchars; i++)
        chars[i] = md_utf16_at(utf16le, i);
    if (!interned.slots) {
        interned.cap = 1024;
        interned.slots = calloc(interned.cap, sizeof *interned.slots);
        if (!interned.slots)
            vm_fatal("out of memory");
        gc_add_root_scanner(scan_interned, NULL);
    }
    uint32_t h = hash_utf16(chars, nchars);
    for (uint32_t i = h & (interned.cap - 1); interned.slots[i]; i = (i + 1) & (interned.cap - 1)) {
        vm_string *s = (vm_string *)interned.slots[i];
        if ((uint32_t)s->length == nchars && !memcmp(s->chars, chars, nchars * 2)) {
            if (chars != stackbuf)
                free(chars);
            return s;
        }
    }
    vm_string *s = vm_string_from_utf16(t, chars, nchars);
    if (chars != stackbuf)
        free(chars);
    if (!s)
        return NULL;
    if ((interned.count + 1) * 2 > interned.cap) {
        vm_object **old = interned.slots;
        uint32_t oldcap = interned.cap;
        interned.cap *= 2;
        interned.slots = calloc(interned.cap, sizeof *interned.slots);
        if (!interned.slots)
            vm_fatal("out of memory");
        for (uint32_t i = 0; i < oldcap; i++)
            if (old[i])
                intern_insert(old[i]);
        free(old);
    }
    intern_insert(&s->obj);
    interned.count++;
    return s;
}

/* String.InternCore(str, add): the interned string equal to str (adding str itself
 * when add is set and there is none), else null. */
vm_string *vm_string_intern(vm_thread *t, vm_string *str, int add) {
    uint32_t n = (uint32_t)str->length;
    if (interned.slots) {
        uint32_t h = hash_utf16(str->chars, n);
        for (uint32_t i = h & (interned.cap - 1); interned.slots[i]; i = (i + 1) & (interned.cap - 1)) {
            vm_string *s = (vm_string *)interned.slots[i];
            if ((uint32_t)s->length == n && !memcmp(s->chars, str->chars, (size_t)n * 2))
                return s;
        }
    }
    if (!add)
        return NULL;
    /* the table stores little-endian UTF-16 keys only through the literal path, so
     * go through it with the string's own units */
    uint8_t *le = malloc((size_t)n * 2 + 1);
    if (!le)
        return NULL;
    for (uint32_t i = 0; i < n; i++) {
        le[2 * i] = (uint8_t)str->chars[i];
        le[2 * i + 1] = (uint8_t)(str->chars[i] >> 8);
    }
    vm_string *r = vm_string_intern_utf16le(t, le, n);
    free(le);
    return r;
}

