/* main.c — the anyclr command: dispatches to a subcommand. */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "gc/gc.h"

void cli_error(const char *fmt, ...) {
    va_list ap;
    fflush(stdout);
    fputs("anyclr: error: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

int cli_default_corlib(char *buf, size_t size) {
    const char *env = getenv("ANYCLR_CORLIB");
    if (env) {
        snprintf(buf, size, "%s", env);
        return 0;
    }
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return -1;
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    if (!slash)
        return -1;
    *slash = 0;
    snprintf(buf, size, "%s/../lib/System.Private.CoreLib.dll", exe);
    return 0;
}

static void usage(FILE *f) {
    fputs("usage: anyclr run FILE.dll [ARGS]     run a program in the interpreter\n"
          "       anyclr dump [--il] FILE.dll    show what an assembly contains\n"
          "       anyclr verify FILE.dll         import every method, report invalid IL\n"
          "       anyclr version                 print the version and target\n", f);
}

int main(int argc, char **argv) {
    /* The runtime's C code may hold object references in locals across allocations:
     * the collector scans the C stack below main conservatively (objects never move,
     * so this only keeps them alive). */
    gc_set_stack_base(&argc);
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    if (strcmp(argv[1], "run") == 0)
        return cli_run(argc - 1, argv + 1);
    if (strcmp(argv[1], "types") == 0) return cli_types(argc - 1, argv + 1);
    if (strcmp(argv[1], "verify") == 0)
        return cli_verify(argc - 1, argv + 1);
    if (strcmp(argv[1], "dump") == 0)
        return cli_dump(argc - 1, argv + 1);
    if (strcmp(argv[1], "version") == 0 || strcmp(argv[1], "--version") == 0) {
        printf("anyclr 0.1 (%s)\n", ANYCLR_TARGET_NAME);
        return 0;
    }
    if (strcmp(argv[1], "help") == 0 || strcmp(argv[1], "--help") == 0) {
        usage(stdout);
        return 0;
    }
    cli_error("unknown command '%s'", argv[1]);
    usage(stderr);
    return 2;
}
