/*
 * icall_table.c — the one table from "Namespace.Type::Method" to the C function of each
 * internal call of the core library (corlib/ICALLS.md lists them and their meaning).
 * String's extern constructors are keyed by their parameter list, since all are .ctor.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gc/gc.h"
#include "vm/exception.h"
#include "vm/icall.h"
#include "vm/object.h"
#include "vm/reflect.h"

/* ---- System.Object and runtime helpers ------------------------------------------- */

static int object_get_type(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_object *o = a[0].o;
    vm_object *rt = vm_runtime_type_object(t, o->type);
    if (!rt)
        return -1;
    r[0].o = rt;
    return 0;
}

static int object_memberwise_clone(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_object *c = vm_object_clone(t, a[0].o);
    if (!c)
        return -1;
    r[0].o = c;
    return 0;
}

static int helpers_get_hash_code(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    int32_t h = a[0].o ? vm_object_hash(a[0].o) : 0;
    r[0].i8 = 0;
    r[0].i4 = h;
    return 0;
}

static int exception_format_stack_trace(vm_thread *t, vm_slot *a, vm_slot *r) {
    char *s = vm_exception_format_trace(a[0].o);
    if (!s) {
        r[0].o = NULL;
        return 0;
    }
    vm_string *str = vm_string_from_utf8(t, s, strlen(s));
    free(s);
    if (!str)
        return -1;
    r[0].o = &str->obj;
    return 0;
}

/* ---- System.String ------------------------------------------------------------------ */

static int string_fast_allocate(vm_thread *t, vm_slot *a, vm_slot *r) {
    int32_t n = a[0].i4;
    if (n < 0)
        return vm_throw_overflow(t);
    vm_string *s = gc_alloc_string(t, n);
    if (!s)
        return vm_throw_out_of_memory(t);
    r[0].o = &s->obj;
    return 0;
}

static int make_string(vm_thread *t, const uint16_t *p, int32_t n, vm_slot *r) {
    vm_string *s = vm_string_from_utf16(t, p, (size_t)n);
    if (!s)
        return -1;
    r[0].o = &s->obj;
    return 0;
}

static int arg_range(vm_thread *t, int64_t start, int64_t len, int64_t total) {
    if (start < 0 || len < 0 || start > total - len)
        return vm_throw_new(t, "System", "ArgumentOutOfRangeException", NULL);
    return 0;
}

static int string_ctor_chararray(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_array *arr = (vm_array *)a[0].o;
    if (!arr)
        return make_string(t, NULL, 0, r);
    return make_string(t, (const uint16_t *)VM_ARRAY_DATA(arr), (int32_t)arr->length, r);
}

static int string_ctor_chararray_range(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_array *arr = (vm_array *)a[0].o;
    int32_t start = a[1].i4, len = a[2].i4;
    if (!arr)
        return vm_throw_new(t, "System", "ArgumentNullException", "value");
    if (arg_range(t, start, len, (int64_t)arr->length))
        return -1;
    return make_string(t, (const uint16_t *)VM_ARRAY_DATA(arr) + start, len, r);
}

static int string_ctor_charptr(vm_thread *t, vm_slot *a, vm_slot *r) {
    const uint16_t *p = a[0].p;
    int32_t n = 0;
    if (p)
        while (p[n])
            n++;
    return make_string(t, p, n, r);
}

static int string_ctor_charptr_range(vm_thread *t, vm_slot *a, vm_slot *r) {
    const uint16_t *p = a[0].p;
    if (a[1].i4 < 0 || a[2].i4 < 0)
        return vm_throw_new(t, "System", "ArgumentOutOfRangeException", NULL);
    return make_string(t, p ? p + a[1].i4 : NULL, p ? a[2].i4 : 0, r);
}

static int string_ctor_char_count(vm_thread *t, vm_slot *a, vm_slot *r) {
    uint16_t c = (uint16_t)a[0].i4;
    int32_t n = a[1].i4;
    if (n < 0)
        return vm_throw_new(t, "System", "ArgumentOutOfRangeException", NULL);
    vm_string *s = gc_alloc_string(t, n);
    if (!s)
        return vm_throw_out_of_memory(t);
    for (int32_t i = 0; i < n; i++)
        s->chars[i] = c;
    r[0].o = &s->obj;
    return 0;
}

static int string_ctor_sbyteptr(vm_thread *t, vm_slot *a, vm_slot *r) {
    const char *p = a[0].p;
    vm_string *s = vm_string_from_utf8(t, p ? p : "", p ? strlen(p) : 0);
    if (!s)
        return -1;
    r[0].o = &s->obj;
    return 0;
}

/* ReadOnlySpan<char>: { ref char _reference; int _length; } passed in two slots? A span
 * is one value of 16 (or 8) bytes: pointer, then length. */
static int string_ctor_span(vm_thread *t, vm_slot *a, vm_slot *r) {
    const uint16_t *p = a[0].p;
    int32_t n;
    memcpy(&n, (uint8_t *)&a[0] + sizeof(void *), sizeof n);
    return make_string(t, p, n, r);
}

/* ---- numbers ------------------------------------------------------------------------ */

/* The shortest digits that read back as the same double, and the decimal exponent:
 * value = 0.d1d2d3... x 10^exponent. Returns the digit count. */
static int shortest(double v, int max_prec, uint8_t *digits, int32_t *exponent, int is_float) {
    char buf[64];
    if (v == 0) {
        digits[0] = '0';
        *exponent = 0;
        return 1;
    }
    if (v < 0)
        v = -v;
    for (int prec = 1; prec <= max_prec; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, v);
        double back = strtod(buf, NULL);
        if (is_float ? (float)back == (float)v : back == v) {
            int n = 0;
            for (char *p = buf; *p && *p != 'e'; p++)
                if (*p >= '0' && *p <= '9')
                    digits[n++] = (uint8_t)*p;
            while (n > 1 && digits[n - 1] == '0')
                n--;
            *exponent = atoi(strchr(buf, 'e') + 1) + 1;
            return n;
        }
    }
    return 0;
}

static int number_double_to_shortest(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    double v = a[0].r8;
    uint8_t *digits = a[1].p;
    int32_t *exp = a[2].p;
    int n = shortest(v, 17, digits, exp, 0);
    r[0].i8 = 0;
    r[0].i4 = n;
    return 0;
}

static int number_single_to_shortest(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    double v = (double)a[0].r4;
    uint8_t *digits = a[1].p;
    int32_t *exp = a[2].p;
    int n = shortest(v, 9, digits, exp, 1);
    r[0].i8 = 0;
    r[0].i4 = n;
    return 0;
}

static int parse_real(vm_thread *t, vm_slot *a, double *out) {
    vm_string *s = (vm_string *)a[0].o;
    if (!s)
        return vm_throw_new(t, "System", "ArgumentNullException", "s");
    char *u = vm_string_to_utf8(s);
    if (!u)
        return vm_throw_out_of_memory(t);
    char *end;
    *out = strtod(u, &end);
    int bad = end == u || *end;
    free(u);
    if (bad)
        return vm_throw_new(t, "System", "FormatException", NULL);
    return 0;
}

static int number_parse_double(vm_thread *t, vm_slot *a, vm_slot *r) {
    double d;
    if (parse_real(t, a, &d))
        return -1;
    r[0].r8 = d;
    return 0;
}

static int number_parse_single(vm_thread *t, vm_slot *a, vm_slot *r) {
    double d;
    if (parse_real(t, a, &d))
        return -1;
    r[0].i8 = 0;
    r[0].r4 = (float)d;
    return 0;
}

/* ---- the table ----------------------------------------------------------------------- */

typedef struct icall_entry {
    const char *key;        /* "Namespace.Type::Method" or "System.String::.ctor(params)" */
    vm_icall_fn fn;
} icall_entry;

static const icall_entry table[] = {
    {"System.Object::GetType", object_get_type},
    {"System.Object::MemberwiseClone", object_memberwise_clone},
    {"System.Runtime.CompilerServices.RuntimeHelpers::GetHashCode", helpers_get_hash_code},
    {"System.Exception::FormatStackTrace", exception_format_stack_trace},
    {"System.String::FastAllocateString", string_fast_allocate},
    {"System.String::.ctor(System.Char[])", string_ctor_chararray},
    {"System.String::.ctor(System.Char[],System.Int32,System.Int32)", string_ctor_chararray_range},
    {"System.String::.ctor(System.Char*)", string_ctor_charptr},
    {"System.String::.ctor(System.Char*,System.Int32,System.Int32)", string_ctor_charptr_range},
    {"System.String::.ctor(System.SByte*)", string_ctor_sbyteptr},
    {"System.String::.ctor(System.Char,System.Int32)", string_ctor_char_count},
    {"System.String::.ctor(System.ReadOnlySpan`1[System.Char])", string_ctor_span},
    {"System.Number::DoubleToShortest", number_double_to_shortest},
    {"System.Number::SingleToShortest", number_single_to_shortest},
    {"System.Number::ParseDouble", number_parse_double},
    {"System.Number::ParseSingle", number_parse_single},
};

vm_icall_fn vm_icall_lookup(const vm_method *m) {
    char key[512];
    const vm_type *o = m->owner;
    int n = snprintf(key, sizeof key, "%s%s%s::%s", o->nspace, *o->nspace ? "." : "", o->name,
                     m->name);
    if (strcmp(m->name, ".ctor") == 0) {
        n += snprintf(key + n, sizeof key - (size_t)n, "(");
        for (uint32_t i = 0; i < m->sig.nparams && n < (int)sizeof key - 1; i++) {
            char tn[200];
            vm_type_name(m->sig.params[i], tn, sizeof tn);
            n += snprintf(key + n, sizeof key - (size_t)n, "%s%s", i ? "," : "", tn);
        }
        snprintf(key + n, sizeof key - (size_t)n, ")");
    }
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (strcmp(table[i].key, key) == 0)
            return table[i].fn;
    if (getenv("ANYCLR_TRACE_ICALL"))
        fprintf(stderr, "anyclr: no internal call '%s'\n", key);
    return NULL;
}
