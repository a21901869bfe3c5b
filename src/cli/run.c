/* run.c — `anyclr run app.dll [args]`: load the program, call its entry point in the
 * interpreter, and exit with its result as CoreCLR would. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "gc/gc.h"
#include "interp/interp.h"
#include "vm/icall_system.h"
#include "vm/object.h"

/* .NET ends the process once Main has returned and every foreground thread has ended.
 * Started threads run on the core library's run loop (corlib/System/Threading/Thread.cs):
 * run it until they have. Returns 0, or -1 with t->exception pending. */
static int run_foreground_threads(vm_thread *t) {
    vm_type *thread = vm_find_type(t, vm_corlib, "System.Threading", "Thread");
    if (!thread)
        return t->exception ? -1 : 0;
    /* Starting a thread touches Thread's statics: if its static constructor never ran, no
     * thread was started, and a program that has none pays nothing at exit. */
    if (thread->cctor_state != VM_CCTOR_DONE)
        return 0;
    vm_method *m = vm_find_method(thread, "RunForegroundThreadsAtExit", 0);
    if (!m)
        return 0;
    return interp_call(t, m, NULL, 0, NULL, INTERP_F_CATCHES);
}

int cli_run(int argc, char **argv) {
    if (argc < 2) {
        fputs("usage: anyclr run FILE.dll [ARGS...]\n", stderr);
        return 2;
    }
    const char *path = argv[1];
    char corlib[PATH_MAX + 64];
    if (cli_default_corlib(corlib, sizeof corlib)) {
        cli_error("cannot find the core library next to the anyclr binary");
        return 1;
    }
    vm_thread *t = vm_current_thread();
    if (gc_init() || interp_init(t)) {
        cli_error("cannot initialise the runtime (out of memory)");
        return 1;
    }
    if (vm_init(vm_host, corlib))
        return 1;   /* vm_init reported the problem */
    vm_set_command_line(argc - 1, argv + 1);
    vm_module *mod = vm_load_assembly_file(t, path);
    if (!mod) {
        if (t->exception)
            interp_unhandled(t, t->exception);
        return 1;
    }
    uint32_t entry = md_cli(mod->img)->entry_point;
    if (MD_TOKEN_TABLE(entry) != MD_MethodDef || !md_token_ok(mod->img, entry)) {
        cli_error("%s: the assembly has no entry point (Main)", path);
        return 1;
    }
    vm_method *main_m = vm_resolve_method(t, mod, entry, NULL);
    if (!main_m)
        interp_unhandled(t, t->exception);
    vm_slot args[1] = {{0}};
    uint32_t nargs = 0;
    if (main_m->sig.nparams == 1) {
        vm_array *arr = vm_new_szarray(t, vm_b.string, argc - 2);
        if (!arr)
            interp_unhandled(t, t->exception);
        args[0].o = &arr->obj;
        /* keep the array reachable while its strings are made */
        for (int i = 2; i < argc; i++) {
            vm_string *s = vm_string_from_utf8(t, argv[i], strlen(argv[i]));
            if (!s)
                interp_unhandled(t, t->exception);
            GC_STORE_REF((vm_object **)VM_ARRAY_DATA((vm_array *)args[0].o) + (i - 2), &s->obj);
        }
        nargs = 1;
    }
    vm_slot ret[1] = {{0}};
    if (main_m->owner->cctor && vm_run_cctor(t, main_m->owner))
        interp_unhandled(t, t->exception);
    /* CoreCLR runs the finally blocks of an unhandled exception before it reports it:
     * the entry frame catches everything, so the second pass unwinds to it */
    if (interp_call(t, main_m, args, nargs, ret, INTERP_F_CATCHES))
        interp_unhandled(t, t->exception);
    if (run_foreground_threads(t))
        interp_unhandled(t, t->exception);
    fflush(stdout);
    if (getenv("ANYCLR_GCStats"))
        gc_print_stats();
    /* int Main's result, else Environment.ExitCode; the shell sees the low byte */
    return (main_m->sig.ret ? ret[0].i4 : vm_exit_code()) & 0xFF;
}
