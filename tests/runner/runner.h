/*
 * anyclr-test: the execution-engine test runner.
 *
 * Every test program is compiled once by the .NET SDK's C# compiler (or Debian's
 * ilasm for tests/il), run on CoreCLR to record the expected stdout and exit code
 * (cached under build/tests/cache, keyed on a hash of the source), then run on
 * anyclr. Passed means identical stdout and identical exit code; stderr is kept but
 * never compared, since stack traces differ between runtimes.
 *
 * One prefix for the whole tool: tr_. Files:
 *   main.c     options, test discovery, the parallel scheduler, the summary
 *   worker.c   one test from start to end, in a forked worker process
 *   oracle.c   the .NET SDK: locating it, compiling, running CoreCLR, the cache
 *   proc.c     running a child with captured output and a timeout
 *   exclude.c  the per-target exclusion lists
 *   bucket.c   failure causes, and the grouped failure report
 *   report.c   JUnit XML and JSON reports
 *   util.c     strings, files, hashing
 */
#ifndef ANYCLR_TEST_RUNNER_H
#define ANYCLR_TEST_RUNNER_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* ---- util.c ---------------------------------------------------------------- */

/* Dies with a message when out of memory; the runner has no way to recover. */
void *tr_alloc(size_t n);
/* Duplicates a string, or the first n bytes of one. */
char *tr_strdup(const char *s);
char *tr_strndup(const char *s, size_t n);
/* printf into a fresh heap string. */
char *tr_fmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Reads a whole file; returns NULL (errno set) if it cannot. *len may be NULL. */
char *tr_read_file(const char *path, size_t *len);
/* Writes a whole file; returns 0 or -1. */
int tr_write_file(const char *path, const char *data, size_t len);
/* mkdir -p; returns 0 or -1. */
int tr_mkdirs(const char *path);
/* rm -rf of a directory we created (build/tests/...); returns 0 or -1. */
int tr_rmtree(const char *path);
/* Whether a path exists / is a directory / is an executable regular file. */
int tr_exists(const char *path);
int tr_is_dir(const char *path);
int tr_is_exe(const char *path);
/* Monotonic clock in seconds. */
double tr_now(void);
/* 128-bit content hash as 32 hex digits (two independent FNV-1a lanes). */
void tr_hash_init(uint64_t h[2]);
void tr_hash_add(uint64_t h[2], const void *data, size_t len);
void tr_hash_hex(const uint64_t h[2], char out[33]);
/* Compares dotted version strings numerically ("10.0.12" > "10.0.9"). */
int tr_version_cmp(const char *a, const char *b);
/* Replaces every run of digits (and 0x-hex) by 'N', squeezes blanks, cuts to max
   characters: the key under which similar failures group together. */
char *tr_normalise(const char *s, size_t len, size_t max);
/* The name of a signal ("SIGSEGV"), or "signal N". */
const char *tr_signame(int sig);

/* A growable byte buffer. */
typedef struct {
    char *data;   /* always NUL-terminated when non-NULL */
    size_t len;   /* bytes used, without the NUL */
    size_t cap;   /* bytes allocated */
} tr_buf;
void tr_buf_add(tr_buf *b, const char *data, size_t len);
void tr_buf_puts(tr_buf *b, const char *s);
void tr_buf_printf(tr_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void tr_buf_free(tr_buf *b);

/* ---- proc.c ---------------------------------------------------------------- */

/* How to run one child process. */
typedef struct {
    char *const *argv;         /* argv[0] is looked up on PATH */
    const char *const *env;    /* "K=V" strings added to the environment, NULL-ended */
    const char *cwd;           /* working directory, or NULL */
    const char *stdin_path;    /* file to read as standard input, or NULL for /dev/null */
    double timeout;            /* seconds; <= 0 means none */
    size_t max_output;         /* bytes kept per stream; the rest is read and dropped */
    int core_dumps;            /* allow core files (RLIMIT_CORE unlimited) */
    /* Called once when the timeout expires, before the child is killed: the place
       to attach a debugger to a hung process. May be NULL. */
    void (*on_timeout)(pid_t pid, void *ctx);
    void *ctx;
} tr_spawn;

/* What became of it. */
typedef struct {
    tr_buf out;        /* captured stdout */
    tr_buf err;        /* captured stderr */
    int rc;            /* exit code, or 128 + signal as a shell shows it; -1 if not run */
    int signo;         /* the signal that ended it, 0 if it exited */
    int timed_out;     /* killed by us when the timeout expired */
    int exec_failed;   /* could not be started (errno text is in err) */
    double seconds;    /* wall time */
} tr_result;

/* Runs a child to the end (or to its timeout), capturing stdout and stderr.
   The child gets its own process group so a timeout kills all it started.
   Returns 0, or -1 if the child could not even be forked. */
int tr_run(const tr_spawn *sp, tr_result *res);
void tr_result_free(tr_result *res);
/* Kills the process group of the child running in this process, if any (used by
   the worker's signal handler so Ctrl-C leaves nothing behind). */
void tr_kill_current_child(void);

/* ---- oracle.c -------------------------------------------------------------- */

/* The .NET SDK pieces, found (not assumed) at start-up. */
typedef struct {
    char *dotnet;          /* the host command (muxer), absolute */
    char *csc;             /* SDK's Roslyn/bincore/csc.dll */
    char *sdk_version;     /* e.g. 10.0.401 */
    char *runtime_version; /* newest Microsoft.NETCore.App, e.g. 10.0.12 */
    char *tfm;             /* e.g. net10.0 */
    char *ref_dir;         /* packs/Microsoft.NETCore.App.Ref/<v>/ref/<tfm> */
    char *ilasm;           /* ilasm on PATH, or NULL */
    char *rsp;             /* the compiler response file (references), written once */
    int use_server;        /* compile through the Roslyn compiler server (csc -shared) */
} tr_sdk;

/* What CoreCLR did with a test: the expectation anyclr must meet. */
typedef struct {
    char *dir;          /* cache directory of this test */
    char *dll;          /* the compiled program */
    char *stdin_path;   /* <test>.stdin, fed to both runtimes as standard input; or NULL */
    tr_buf out;         /* expected stdout */
    tr_buf err;         /* CoreCLR's stderr (for reading only) */
    int rc;             /* expected exit code (134 for an unhandled exception) */
    int from_file;      /* the expectation was written by hand (.expected file) */
    int cached;         /* taken from the cache, nothing compiled or run */
    /* When no expectation could be made: */
    char *error;        /* one-line cause ("compile error: CS0103 ..."), or NULL */
    char *error_log;    /* the compiler's or CoreCLR's full output */
    int not_a_program;  /* the source has no entry point (a helper file) */
} tr_expect;

/* Finds dotnet, csc.dll, the reference pack and ilasm; writes the response file
   under cache_dir. Returns 0, or -1 with a message printed. */
int tr_sdk_find(tr_sdk *sdk, const char *cache_dir, int use_server);
/* Compiles and runs the test on CoreCLR, or takes both from the cache. */
void tr_expect_get(const tr_sdk *sdk, const char *src, const char *cache_dir,
                   double timeout, tr_expect *ex);
void tr_expect_free(tr_expect *ex);
/* The environment every run gets (CoreCLR and anyclr alike): fixed culture. */
extern const char *const tr_base_env[];

/* ---- exclude.c ------------------------------------------------------------- */

/* One line of an exclusion list. */
typedef struct {
    char *pattern;   /* fnmatch pattern for the test's path or name */
    char *reason;    /* free text */
    char *where;     /* "tests/exclude/all.txt:12" */
    int used;        /* matched at least one test in this run */
} tr_exclusion;

typedef struct {
    tr_exclusion *v;
    size_t n;
} tr_exclusions;

/* Loads one list; a missing file is an empty list. Returns -1 on a malformed line. */
int tr_exclusions_load(tr_exclusions *ex, const char *path);
/* The exclusion that covers a test (by repository-relative path or name), or NULL. */
tr_exclusion *tr_exclusions_match(tr_exclusions *ex, const char *path, const char *name);

/* ---- the tests ------------------------------------------------------------- */

/* Where a test ended up. */
typedef enum {
    TR_PASS,        /* identical stdout and exit code */
    TR_FAIL,        /* anything else, including crashes and timeouts */
    TR_SKIP,        /* excluded (and still failing, or not run), or not a program */
    TR_XPASS        /* excluded but passes: the exclusion is stale */
} tr_status;

/* One test program. */
typedef struct {
    char *path;          /* the source, as found (repository-relative when inside it) */
    char *name;          /* display name: path without "tests/" and extension */
    tr_exclusion *excl;  /* the exclusion covering it, or NULL */
    /* Filled from the worker's result file: */
    tr_status status;
    char *cause;         /* failure bucket key, or skip reason */
    char *detail;        /* one more line for the log, or NULL */
    double seconds;
    int cached;          /* expectation: 1 from the cache, 0 made now, -1 none */
    int done;
} tr_test;

/* What the runner was asked to do; shared read-only with every worker. */
typedef struct {
    const char *root;        /* repository root (contains src/pal/targets.def) */
    const char *target;      /* target name from the table */
    char *emulator;          /* emulator command for the target, or NULL */
    char *anyclr;            /* the anyclr binary */
    int oracle_only;         /* run CoreCLR only (anyclr not there yet) */
    int run_excluded;        /* run excluded tests to spot stale exclusions */
    double timeout;          /* per anyclr run, seconds */
    double oracle_timeout;   /* per compile / CoreCLR run */
    int backtraces;          /* rerun crashes under gdb */
    int verbose;
    const char **env;        /* extra "K=V" for anyclr (modes, --env), NULL-ended */
    char *out_dir;           /* build/tests/out[-<target>] */
    char *cache_dir;         /* build/tests/cache */
    tr_sdk sdk;
} tr_config;

/* ---- worker.c -------------------------------------------------------------- */

/* Runs one test start to end and writes <out_dir>/<name>/result. Runs in a forked
   worker; never returns. */
void tr_worker(const tr_config *cfg, const tr_test *t) __attribute__((noreturn));
/* Reads what a worker wrote back into t. Returns 0, or -1 if the file is missing. */
int tr_read_result(const tr_config *cfg, tr_test *t);

/* ---- bucket.c -------------------------------------------------------------- */

/* What is known about one failed anyclr run, to name its cause. */
typedef struct {
    const tr_expect *ex;
    const tr_result *res;
    const char *backtrace;   /* gdb output, or NULL */
    double timeout;
} tr_failure;

/* Whether a run died of a crash (and deserves a backtrace): killed by a signal
   that is not our timeout and not the SIGABRT of an unhandled managed exception
   (which ends the process as CoreCLR does, exit 134). */
int tr_is_crash(const tr_expect *ex, const tr_result *r);
/* The failure's cause, as a short normalised line: the bucket key. */
char *tr_cause(const tr_failure *f);
/* Prints failures grouped by cause, most common first. */
void tr_print_buckets(const tr_test *tests, size_t n);

/* ---- report.c -------------------------------------------------------------- */

/* Writes the JUnit XML (path.xml) and JSON (path.json) reports. */
int tr_write_reports(const tr_config *cfg, const tr_test *tests, size_t n,
                     const char *base, double seconds);

#endif
