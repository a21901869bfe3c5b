/* util.c — strings, files, hashing and other small things the runner needs. */
#include "runner.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

void *tr_alloc(size_t n)
{
    void *p = calloc(1, n ? n : 1);
    if (!p) {
        fprintf(stderr, "anyclr-test: out of memory\n");
        exit(2);
    }
    return p;
}

char *tr_strndup(const char *s, size_t n)
{
    char *p = tr_alloc(n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *tr_strdup(const char *s)
{
    return tr_strndup(s, strlen(s));
}

char *tr_fmt(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *p = tr_alloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

char *tr_read_file(const char *path, size_t *len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    tr_buf b = {0};
    char chunk[65536];
    for (;;) {
        ssize_t k = read(fd, chunk, sizeof chunk);
        if (k < 0 && errno == EINTR)
            continue;
        if (k < 0) {
            int e = errno;
            close(fd);
            tr_buf_free(&b);
            errno = e;
            return NULL;
        }
        if (k == 0)
            break;
        tr_buf_add(&b, chunk, (size_t)k);
    }
    close(fd);
    if (!b.data)
        tr_buf_add(&b, "", 0);
    if (len)
        *len = b.len;
    return b.data;
}

int tr_write_file(const char *path, const char *data, size_t len)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return -1;
    while (len > 0) {
        ssize_t k = write(fd, data, len);
        if (k < 0 && errno == EINTR)
            continue;
        if (k < 0) {
            close(fd);
            return -1;
        }
        data += k;
        len -= (size_t)k;
    }
    return close(fd);
}

int tr_mkdirs(const char *path)
{
    char *p = tr_strdup(path);
    for (char *s = p + 1; *s; s++) {
        if (*s != '/')
            continue;
        *s = 0;
        if (mkdir(p, 0755) < 0 && errno != EEXIST) {
            free(p);
            return -1;
        }
        *s = '/';
    }
    int r = mkdir(p, 0755) < 0 && errno != EEXIST ? -1 : 0;
    free(p);
    return r;
}

int tr_rmtree(const char *path)
{
    struct stat st;
    if (lstat(path, &st) < 0)
        return errno == ENOENT ? 0 : -1;
    if (!S_ISDIR(st.st_mode))
        return unlink(path);
    DIR *d = opendir(path);
    if (!d)
        return -1;
    struct dirent *e;
    int r = 0;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        char *sub = tr_fmt("%s/%s", path, e->d_name);
        if (tr_rmtree(sub) < 0)
            r = -1;
        free(sub);
    }
    closedir(d);
    if (rmdir(path) < 0)
        r = -1;
    return r;
}

int tr_exists(const char *path)
{
    return access(path, F_OK) == 0;
}

int tr_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int tr_is_exe(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, X_OK) == 0;
}

double tr_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Two FNV-1a lanes with different offset bases: 128 bits is plenty for a cache key
   over a few thousand sources, and needs no library. */
void tr_hash_init(uint64_t h[2])
{
    h[0] = 0xcbf29ce484222325ull;
    h[1] = 0x84222325cbf29ce4ull;
}

void tr_hash_add(uint64_t h[2], const void *data, size_t len)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < len; i++) {
        h[0] = (h[0] ^ p[i]) * 0x100000001b3ull;
        h[1] = (h[1] ^ (uint64_t)(p[i] + 0x9e)) * 0x100000001b3ull;
        h[1] ^= h[1] >> 29;
    }
}

void tr_hash_hex(const uint64_t h[2], char out[33])
{
    snprintf(out, 33, "%016llx%016llx", (unsigned long long)h[0], (unsigned long long)h[1]);
}

int tr_version_cmp(const char *a, const char *b)
{
    while (*a || *b) {
        if (isdigit((unsigned char)*a) && isdigit((unsigned char)*b)) {
            char *ea, *eb;
            unsigned long long x = strtoull(a, &ea, 10), y = strtoull(b, &eb, 10);
            if (x != y)
                return x < y ? -1 : 1;
            a = ea;
            b = eb;
            continue;
        }
        /* "10.0.100" > "10.0.100-preview": a release sorts after its prereleases. */
        if (*a == '-' && *b != '-')
            return -1;
        if (*b == '-' && *a != '-')
            return 1;
        if (*a != *b)
            return (unsigned char)*a < (unsigned char)*b ? -1 : 1;
        a++;
        b++;
    }
    return 0;
}

char *tr_normalise(const char *s, size_t len, size_t max)
{
    tr_buf b = {0};
    size_t i = 0;
    while (i < len && b.len < max) {
        unsigned char c = (unsigned char)s[i];
        if (c == '0' && i + 1 < len && (s[i + 1] == 'x' || s[i + 1] == 'X')) {
            i += 2;
            while (i < len && isxdigit((unsigned char)s[i]))
                i++;
            tr_buf_add(&b, "N", 1);
        } else if (isdigit(c)) {
            while (i < len && isdigit((unsigned char)s[i]))
                i++;
            tr_buf_add(&b, "N", 1);
        } else if (c == '\r' || c == '\n' || c == '\t' || c == ' ') {
            while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
                i++;
            if (b.len > 0 && i < len)
                tr_buf_add(&b, " ", 1);
        } else if (c < 0x20 || c == 0x7f) {
            tr_buf_add(&b, "?", 1);
            i++;
        } else {
            tr_buf_add(&b, (const char *)&s[i], 1);
            i++;
        }
    }
    if (i < len)
        tr_buf_puts(&b, "...");
    if (!b.data)
        tr_buf_add(&b, "", 0);
    return b.data;
}

const char *tr_signame(int sig)
{
    switch (sig) {
    case SIGSEGV: return "SIGSEGV";
    case SIGBUS:  return "SIGBUS";
    case SIGILL:  return "SIGILL";
    case SIGFPE:  return "SIGFPE";
    case SIGABRT: return "SIGABRT";
    case SIGKILL: return "SIGKILL";
    case SIGTERM: return "SIGTERM";
    case SIGINT:  return "SIGINT";
    case SIGTRAP: return "SIGTRAP";
    case SIGSYS:  return "SIGSYS";
    case SIGPIPE: return "SIGPIPE";
    case SIGXCPU: return "SIGXCPU";
    case SIGQUIT: return "SIGQUIT";
    default: break;
    }
    static char other[32];
    snprintf(other, sizeof other, "signal %d", sig);
    return other;
}

void tr_buf_add(tr_buf *b, const char *data, size_t len)
{
    if (b->len + len + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + len + 1)
            cap *= 2;
        char *p = realloc(b->data, cap);
        if (!p) {
            fprintf(stderr, "anyclr-test: out of memory\n");
            exit(2);
        }
        b->data = p;
        b->cap = cap;
    }
    if (len)
        memcpy(b->data + b->len, data, len);
    b->len += len;
    b->data[b->len] = 0;
}

void tr_buf_puts(tr_buf *b, const char *s)
{
    tr_buf_add(b, s, strlen(s));
}

void tr_buf_printf(tr_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *p = tr_alloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    tr_buf_add(b, p, (size_t)n);
    free(p);
}

void tr_buf_free(tr_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}
