/*
 * icall_system.c — internal calls of System's services: Math and MathF, Environment,
 * GC, time (DateTime, Stopwatch, Thread.Sleep), the run loop's unhandled-exception exit and
 * Enum's boxing helpers. RuntimeType has its own file (icall_type.c).
 *
 * Everything here is POSIX and C99 libm; values are read and written through the slot
 * union and memcpy at their own width, never by host byte-order tricks.
 */
#include <errno.h>
#include <math.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "gc/gc.h"
#include "interp/interp.h"
#include "vm/exception.h"
#include "vm/icall_int.h"
#include "vm/icall_system.h"
#include "vm/object.h"

/* ---- System.Math and System.MathF ---------------------------------------------------- */

/*
 * .NET's Math and MathF are the C runtime's functions (CoreCLR calls them directly), and
 * since .NET Core 3.0 their special cases are IEEE 754 / C99 Annex F: libm's results are
 * .NET's results, with the exception below. The table names the corlib method, the
 * double function and the float one.
 */
#define MATH_UNARY(X)                                                                     \
    X(Sqrt, sqrt, sqrtf) X(Cbrt, cbrt, cbrtf) X(Exp, exp, expf) X(LogCore, net_log, logf) \
    X(Log10, log10, log10f) X(Log2, net_log2, log2f) X(Sin, sin, sinf) X(Cos, cos, cosf)   \
    X(Tan, tan, tanf) X(Asin, asin, asinf) X(Acos, acos, acosf) X(Atan, atan, atanf)      \
    X(Sinh, sinh, sinhf) X(Cosh, cosh, coshf) X(Tanh, tanh, tanhf)                        \
    X(Asinh, asinh, asinhf) X(Acosh, acosh, acoshf) X(Atanh, atanh, atanhf)
#define MATH_BINARY(X) X(Pow, pow, powf) X(Atan2, atan2, atan2f)

/* CoreCLR's Math.Log and Math.Log2 of a negative number are the positive quiet NaN
 * (its PAL checks the domain); glibc's are negative. The float ones agree already. */
static double net_log(double x) { return x < 0 ? (double)NAN : log(x); }
static double net_log2(double x) { return x < 0 ? (double)NAN : log2(x); }

#define DEF_UNARY(name, fn, fnf)                                                          \
    static int math_##name(vm_thread *t, vm_slot *a, vm_slot *r) {                        \
        (void)t;                                                                          \
        r[0].r8 = fn(a[0].r8);                                                            \
        return 0;                                                                         \
    }                                                                                     \
    static int mathf_##name(vm_thread *t, vm_slot *a, vm_slot *r) {                       \
        (void)t;                                                                          \
        icall_ret_r4(r, fnf(a[0].r4));                                                    \
        return 0;                                                                         \
    }
#define DEF_BINARY(name, fn, fnf)                                                         \
    static int math_##name(vm_thread *t, vm_slot *a, vm_slot *r) {                        \
        (void)t;                                                                          \
        double x = a[0].r8, y = a[1].r8;                                                  \
        r[0].r8 = fn(x, y);                                                               \
        return 0;                                                                         \
    }                                                                                     \
    static int mathf_##name(vm_thread *t, vm_slot *a, vm_slot *r) {                       \
        (void)t;                                                                          \
        float x = a[0].r4, y = a[1].r4;                                                   \
        icall_ret_r4(r, fnf(x, y));                                                       \
        return 0;                                                                         \
    }
MATH_UNARY(DEF_UNARY)
MATH_BINARY(DEF_BINARY)
#undef DEF_UNARY
#undef DEF_BINARY

/* Math.FMod is `%` on doubles (there is no MathF one: C# computes float % itself). */
static int math_fmod(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    double x = a[0].r8, y = a[1].r8;
    r[0].r8 = fmod(x, y);
    return 0;
}

static int math_fma(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    double x = a[0].r8, y = a[1].r8, z = a[2].r8;
    r[0].r8 = fma(x, y, z);
    return 0;
}

static int mathf_fma(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    float x = a[0].r4, y = a[1].r4, z = a[2].r4;
    icall_ret_r4(r, fmaf(x, y, z));
    return 0;
}

/* ---- System.Environment -------------------------------------------------------------- */

static int cmd_argc;
static char **cmd_argv;
static char *cmd_path;          /* argv[0] made absolute (malloc'd), or NULL */
static vm_object *cmd_array;    /* the string[] once made (a GC root) */
static int exit_code;

void vm_set_command_line(int argc, char **argv) {
    cmd_argc = argc > 0 && argv ? argc : 0;
    cmd_argv = argv;
    free(cmd_path);
    /* CoreCLR reports the main assembly by its full path; keep what was given if the
     * file cannot be resolved (it was loaded, so this is unlikely) */
    cmd_path = cmd_argc ? realpath(argv[0], NULL) : NULL;
    cmd_array = NULL;
}

int vm_exit_code(void) { return exit_code; }

static int env_get_command_line_args(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)a;
    static int rooted;
    if (!rooted) {
        gc_add_root(&cmd_array);
        rooted = 1;
    }
    if (!cmd_array) {
        vm_array *arr = vm_new_szarray(t, vm_b.string, cmd_argc);
        if (!arr)
            return -1;
        /* rooted before the strings are made, and filled only once complete */
        vm_object *keep = &arr->obj;
        cmd_array = keep;
        for (int i = 0; i < cmd_argc; i++) {
            const char *s = i == 0 && cmd_path ? cmd_path : cmd_argv[i];
            vm_string *str = vm_string_from_utf8(t, s, strlen(s));
            if (!str) {
                cmd_array = NULL;
                return -1;
            }
            GC_STORE_REF((vm_object **)VM_ARRAY_DATA(arr) + i, &str->obj);
        }
    }
    r[0].o = cmd_array;
    return 0;
}

static int env_exit(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    (void)r;
    exit_code = a[0].i4;
    /* Console writes through write(2); C's stdout may hold the runtime's own output */
    fflush(stdout);
    exit(exit_code);
}

static int env_get_exit_code(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    (void)a;
    icall_ret_i4(r, exit_code);
    return 0;
}

static int env_set_exit_code(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    (void)r;
    exit_code = a[0].i4;
    return 0;
}

/* Nanoseconds of a clock as a 64-bit count (time_t may be 32 bits on the target). */
static int64_t clock_ns(clockid_t id) {
    struct timespec ts;
    if (clock_gettime(id, &ts) != 0)
        return 0;
    return (int64_t)ts.tv_sec * 1000000000 + (int64_t)ts.tv_nsec;
}

static int env_get_tick_count64(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    (void)a;
    r[0].i8 = clock_ns(CLOCK_MONOTONIC) / 1000000;
    return 0;
}

static int env_get_process_id(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    (void)a;
    icall_ret_i4(r, (int32_t)getpid());
    return 0;
}

static int env_get_processor_count(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    (void)a;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    icall_ret_i4(r, n < 1 ? 1 : n > INT32_MAX ? INT32_MAX : (int32_t)n);
    return 0;
}

static int env_get_environment_variable(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_string *name = (vm_string *)a[0].o;
    if (!name)
        return vm_throw_new(t, "System", "ArgumentNullException", "variable");
    char *u = vm_string_to_utf8(name);
    if (!u)
        return vm_throw_out_of_memory(t);
    const char *v = getenv(u);
    free(u);
    if (!v) {
        r[0].o = NULL;
        return 0;
    }
    return icall_ret_string(t, r, v);
}

/* The process environment as "NAME=value" strings in environ's order; C# splits them
 * (Environment.GetEnvironmentVariables, and the copy SetEnvironmentVariable changes). */
static int env_get_environment_core(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)a;
    size_t n = 0;
    while (environ && environ[n])
        n++;
    /* the array is on the C stack while the strings are made, which the collector scans */
    vm_array *arr = vm_new_szarray(t, vm_b.string, (intptr_t)n);
    if (!arr)
        return -1;
    for (size_t i = 0; i < n; i++) {
        vm_string *s = vm_string_from_utf8(t, environ[i], strlen(environ[i]));
        if (!s)
            return -1;
        GC_STORE_REF((vm_object **)VM_ARRAY_DATA(arr) + i, &s->obj);
    }
    r[0].o = &arr->obj;
    return 0;
}

/* The calling thread's managed frames as Environment.StackTrace shows them: one
 * "   at Namespace.Type.Method(...)" line per frame, the innermost first. */
static int env_get_stack_trace_core(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)a;
    vm_method *frames[256];
    uint32_t offsets[256];
    uint32_t n = interp_stack_trace(t, frames, offsets, 256, 0);
    size_t cap = 64 + (size_t)n * 128, len = 0;
    char *out = malloc(cap);
    if (!out)
        return vm_throw_out_of_memory(t);
    out[0] = 0;
    for (uint32_t i = 0; i < n; i++) {
        char name[512];
        vm_method_name(frames[i], name, sizeof name);
        size_t need = len + strlen(name) + 8;
        if (need > cap) {
            char *x = realloc(out, cap = need * 2);
            if (!x) {
                free(out);
                return vm_throw_out_of_memory(t);
            }
            out = x;
        }
        len += (size_t)sprintf(out + len, "%s   at %s", i ? "\n" : "", name);
    }
    vm_string *s = vm_string_from_utf8(t, out, len);
    free(out);
    if (!s)
        return -1;
    r[0].o = &s->obj;
    return 0;
}

static int env_get_current_managed_thread_id(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    (void)a;
    icall_ret_i4(r, 1);     /* the only thread is the main one */
    return 0;
}

/* CoreCLR's report: "Process terminated.", the message, the managed stack, then the
 * exception's ToString if one was given; then SIGABRT. */
static int env_fail_fast(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_string *message = (vm_string *)a[0].o;
    vm_object *exc = a[1].o;
    (void)r;
    fflush(stdout);
    fputs("Process terminated.\n", stderr);
    if (message) {
        char *m = vm_string_to_utf8(message);
        if (m)
            fprintf(stderr, "%s\n", m);
        free(m);
    }
    vm_method *frames[64];
    uint32_t offsets[64];
    uint32_t n = interp_stack_trace(t, frames, offsets, 64, 0);
    for (uint32_t i = 0; i < n; i++) {
        char name[512];
        vm_method_name(frames[i], name, sizeof name);
        fprintf(stderr, "   at %s\n", name);
    }
    if (exc) {
        char *s = vm_exception_to_string(t, exc);
        if (s)
            fputs(s, stderr);   /* CoreCLR ends it without a newline */
        free(s);
    }
    fflush(stderr);
    abort();
}

/* ---- System.GC ----------------------------------------------------------------------- */

static int gc_internal_collect(vm_thread *t, vm_slot *a, vm_slot *r) {
    int32_t gen = a[0].i4;
    (void)r;
    gc_collect_from(t, gen < 0 || gen >= GC_MAX_GENERATION ? -1 : gen,
                    (gc_c_function)gc_internal_collect);
    return 0;
}

static int gc_get_max_generation(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    (void)a;
    icall_ret_i4(r, GC_MAX_GENERATION);
    return 0;
}

static int gc_get_collection_count(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    uint32_t n = gc_collection_count(a[0].i4);
    icall_ret_i4(r, n > INT32_MAX ? INT32_MAX : (int32_t)n);
    return 0;
}

static int gc_get_generation_of(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_object *o = a[0].o;
    if (!o)
        return vm_throw_new(t, "System", "ArgumentNullException", "obj");
    icall_ret_i4(r, gc_generation(o));
    return 0;
}

static int gc_get_total_memory(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    (void)a;
    uint64_t n = gc_heap_size();
    r[0].i8 = n > INT64_MAX ? INT64_MAX : (int64_t)n;
    return 0;
}

static int gc_suppress_finalize_core(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_object *o = a[0].o;
    (void)r;
    if (!o)
        return vm_throw_new(t, "System", "ArgumentNullException", "obj");
    gc_suppress_finalize(o);
    return 0;
}

static int gc_reregister_for_finalize_core(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_object *o = a[0].o;
    (void)r;
    if (!o)
        return vm_throw_new(t, "System", "ArgumentNullException", "obj");
    gc_reregister_for_finalize(o);
    return 0;
}

/* A finalizer that throws ends the process on .NET (it runs on the finalizer thread,
 * where nothing catches); here it runs on the waiting thread, with the same ending. */
static int gc_wait_for_pending_finalizers(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)a;
    (void)r;
    if (gc_run_pending_finalizers(t) < 0 && t->exception)
        interp_unhandled(t, t->exception);
    return 0;
}

/* ---- time ---------------------------------------------------------------------------- */

/* DateTime ticks (100 ns) from 0001-01-01 to the Unix epoch. */
#define TICKS_AT_UNIX_EPOCH INT64_C(621355968000000000)

static int datetime_get_system_time_as_ticks(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    (void)a;
    struct timespec ts;
    int64_t ticks = TICKS_AT_UNIX_EPOCH;
    if (clock_gettime(CLOCK_REALTIME, &ts) == 0)
        ticks += (int64_t)ts.tv_sec * 10000000 + (int64_t)ts.tv_nsec / 100;
    r[0].i8 = ticks;
    return 0;
}

/* Stopwatch.Frequency in corlib is 10^9: the timestamp is in nanoseconds. */
static int stopwatch_get_timestamp(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    (void)a;
    r[0].i8 = clock_ns(CLOCK_MONOTONIC);
    return 0;
}

static int thread_sleep(vm_thread *t, vm_slot *a, vm_slot *r) {
    int32_t ms = a[0].i4;
    (void)t;
    (void)r;
    if (ms == 0) {
        sched_yield();
        return 0;
    }
    if (ms < 0) {   /* Timeout.Infinite: no other thread can wake this one */
        for (;;)
            pause();
    }
    struct timespec ts;
    ts.tv_sec = ms / 1000;
    ts.tv_nsec = (long)(ms % 1000) * 1000000L;
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
        ;
    return 0;
}

/* ---- System.Threading.EventLoop ------------------------------------------------------- */

/* An exception that left a queued work item, a timer callback or an async void method:
 * on .NET it is unhandled on a pool thread and ends the process, and so it does here. */
static int loop_report_unhandled_exception(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)r;
    if (!a[0].o)
        return vm_throw_null_ref(t);
    interp_unhandled(t, a[0].o);
}

/* ---- System.Enum --------------------------------------------------------------------- */

/* The byte size of an integral value of type `type` (an enum counts as its underlying
 * type; bool and char are integral here), or 0 if it is not one. */
static uint32_t integral_size(const vm_type *type) {
    if ((type->flags & VM_TF_ENUM) && type->element)
        type = type->element;
    switch (type->elem) {
    case MD_ELEM_BOOLEAN: case MD_ELEM_I1: case MD_ELEM_U1:
        return 1;
    case MD_ELEM_CHAR: case MD_ELEM_I2: case MD_ELEM_U2:
        return 2;
    case MD_ELEM_I4: case MD_ELEM_U4:
        return 4;
    case MD_ELEM_I8: case MD_ELEM_U8:
        return 8;
    case MD_ELEM_I: case MD_ELEM_U:
        return vm_value_size(type);
    default:
        return 0;
    }
}

/* A size-byte unsigned integer in the host's representation, zero-extended. */
static uint64_t load_uint(const void *p, uint32_t size) {
    switch (size) {
    case 1: { uint8_t v; memcpy(&v, p, 1); return v; }
    case 2: { uint16_t v; memcpy(&v, p, 2); return v; }
    case 4: { uint32_t v; memcpy(&v, p, 4); return v; }
    default: { uint64_t v; memcpy(&v, p, 8); return v; }
    }
}

static void store_uint(void *p, uint32_t size, uint64_t value) {
    switch (size) {
    case 1: { uint8_t v = (uint8_t)value; memcpy(p, &v, 1); break; }
    case 2: { uint16_t v = (uint16_t)value; memcpy(p, &v, 2); break; }
    case 4: { uint32_t v = (uint32_t)value; memcpy(p, &v, 4); break; }
    default: memcpy(p, &value, 8); break;
    }
}

static int enum_internal_get_value(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_object *o = a[0].o;
    if (!o)
        return vm_throw_null_ref(t);
    uint32_t size = integral_size(o->type);
    if (!size)
        return vm_throw_new(t, "System", "ArgumentException",
                            "The value passed in must be an enum base or an underlying type "
                            "for an enum, such as an Int32.");
    r[0].u8 = load_uint(VM_BOX_DATA(o), size);
    return 0;
}

static int enum_internal_box_enum(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_type *type = a[0].p;
    uint64_t value = a[1].u8;
    if (!type)
        return vm_throw_new(t, "System", "ArgumentNullException", "enumType");
    uint32_t size = integral_size(type);
    if (!size || !vm_is_value(type))
        return vm_throw_new(t, "System", "ArgumentException", "Type provided must be an Enum.");
    vm_object *box = vm_new_object(t, type);
    if (!box)
        return -1;
    store_uint(VM_BOX_DATA(box), size, value);
    r[0].o = box;
    return 0;
}

/* ---- the table ----------------------------------------------------------------------- */

const icall_entry vm_icalls_system[] = {
#define MATH_ENTRY(name, fn, fnf) \
    {"System.Math::" #name, math_##name}, {"System.MathF::" #name, mathf_##name},
    MATH_UNARY(MATH_ENTRY)
    MATH_BINARY(MATH_ENTRY)
#undef MATH_ENTRY
    {"System.Math::FMod", math_fmod},
    {"System.Math::FusedMultiplyAdd", math_fma},
    {"System.MathF::FusedMultiplyAdd", mathf_fma},
    {"System.Environment::GetCommandLineArgsCore", env_get_command_line_args},
    {"System.Environment::Exit", env_exit},
    {"System.Environment::GetExitCode", env_get_exit_code},
    {"System.Environment::SetExitCode", env_set_exit_code},
    {"System.Environment::GetTickCount64", env_get_tick_count64},
    {"System.Environment::GetProcessorCount", env_get_processor_count},
    {"System.Environment::GetProcessId", env_get_process_id},
    {"System.Environment::GetEnvironmentVariableCore", env_get_environment_variable},
    {"System.Environment::GetEnvironmentCore", env_get_environment_core},
    {"System.Environment::GetStackTraceCore", env_get_stack_trace_core},
    {"System.Environment::GetCurrentManagedThreadId", env_get_current_managed_thread_id},
    {"System.Environment::FailFastCore", env_fail_fast},
    {"System.GC::InternalCollect", gc_internal_collect},
    {"System.GC::GetMaxGeneration", gc_get_max_generation},
    {"System.GC::GetCollectionCount", gc_get_collection_count},
    {"System.GC::GetGenerationOf", gc_get_generation_of},
    {"System.GC::GetTotalMemoryCore", gc_get_total_memory},
    {"System.GC::SuppressFinalizeCore", gc_suppress_finalize_core},
    {"System.GC::ReRegisterForFinalizeCore", gc_reregister_for_finalize_core},
    {"System.GC::WaitForPendingFinalizers", gc_wait_for_pending_finalizers},
    {"System.DateTime::GetSystemTimeAsTicks", datetime_get_system_time_as_ticks},
    {"System.Diagnostics.Stopwatch::GetTimestampCore", stopwatch_get_timestamp},
    {"System.Threading.Thread::SleepCore", thread_sleep},
    {"System.Threading.EventLoop::ReportUnhandledException", loop_report_unhandled_exception},
    {"System.Enum::InternalGetValue", enum_internal_get_value},
    {"System.Enum::InternalBoxEnum", enum_internal_box_enum},
    {NULL, NULL},
};
