/*
 * icall_table.c — the one table from "Namespace.Type::Method" to the C function of each
 * internal call of the core library (corlib/ICALLS.md lists them and their meaning).
 * (String's extern constructors are not here: the importer calls String.Ctor instead.)
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gc/gc.h"
#include "vm/exception.h"
#include "vm/icall_int.h"
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
    if (n > VM_STRING_MAX_LENGTH)
        return vm_throw_new(t, "System", "OutOfMemoryException", NULL);
    vm_string *s = gc_alloc_string(t, n);
    if (!s)
        return vm_throw_out_of_memory(t);
    r[0].o = &s->obj;
    return 0;
}

static int string_intern_core(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_string *s = (vm_string *)a[0].o;
    int add = a[1].i4 != 0;
    if (!s)
        return vm_throw_new(t, "System", "ArgumentNullException", "str");
    vm_string *x = vm_string_intern(t, s, add);
    if (!x && add)
        return -1;
    r[0].o = x ? &x->obj : NULL;
    return 0;
}

/* ---- numbers ------------------------------------------------------------------------ */

/* Adds delta (+1 or -1) to the last digit of a "%.*e" mantissa in buf, with carry;
 * 0 when the result would change the number of digits (then it is not tried). */
static int bump_last_digit(char *buf, int delta) {
    char *e = strchr(buf, 'e');
    if (!e)
        return 0;
    for (char *p = e - 1; p >= buf; p--) {
        if (*p == '.')
            continue;
        if (*p < '0' || *p > '9')
            return 0;
        int d = *p - '0' + delta;
        if (d >= 0 && d <= 9) {
            *p = (char)('0' + d);
            return buf[0] != '0';   /* a leading zero is not the same length */
        }
        *p = delta > 0 ? '0' : '9';     /* carry or borrow on */
    }
    return 0;
}

/* The shortest digits that read back as the same double, and the decimal exponent:
 * value = 0.d1d2d3... x 10^exponent. Returns the digit count. At a precision where the
 * correctly rounded digits do not read back (next to a power of two, the gap below is
 * half the gap above), a neighbour one unit away in the last digit may: .NET uses it. */
static int shortest(double v, int max_prec, uint8_t *digits, int32_t *exponent, int is_float) {
    char buf[64], alt[64];
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
        int ok = is_float ? (float)back == (float)v : back == v;
        for (int delta = 1; !ok && delta >= -1; delta -= 2) {
            memcpy(alt, buf, sizeof buf);
            if (!bump_last_digit(alt, delta))
                continue;
            back = strtod(alt, NULL);
            if (is_float ? (float)back == (float)v : back == v) {
                memcpy(buf, alt, sizeof buf);
                ok = 1;
            }
        }
        if (ok) {
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

const icall_entry vm_icalls_core[] = {
    {"System.Object::GetType", object_get_type},
    {"System.Object::MemberwiseClone", object_memberwise_clone},
    {"System.Runtime.CompilerServices.RuntimeHelpers::GetHashCode", helpers_get_hash_code},
    {"System.Exception::FormatStackTrace", exception_format_stack_trace},
    {"System.String::FastAllocateString", string_fast_allocate},
    {"System.String::InternCore", string_intern_core},
    {"System.Number::DoubleToShortest", number_double_to_shortest},
    {"System.Number::SingleToShortest", number_single_to_shortest},
    {"System.Number::ParseDouble", number_parse_double},
    {"System.Number::ParseSingle", number_parse_single},
    {NULL, NULL},
};

static const icall_entry *const tables[] = {vm_icalls_core, vm_icalls_array, vm_icalls_system,
                                             vm_icalls_type, vm_icalls_gc, vm_icalls_reflect,
                                             vm_icalls_file};

vm_icall_fn vm_icall_lookup(const vm_method *m) {
    char key[512];
    const vm_type *o = m->owner;
    /* nested types are keyed by their innermost name, as corlib never nests icalls */
    snprintf(key, sizeof key, "%s%s%s::%s", o->nspace, *o->nspace ? "." : "", o->name, m->name);
    for (size_t k = 0; k < sizeof tables / sizeof tables[0]; k++)
        for (const icall_entry *e = tables[k]; e->key; e++)
            if (strcmp(e->key, key) == 0)
                return e->fn;
    if (getenv("ANYCLR_TRACE_ICALL"))
        fprintf(stderr, "anyclr: no internal call '%s'\n", key);
    return NULL;
}
