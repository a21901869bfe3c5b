/*
 * icall_file.c — System.IO.FileSystemPal: the POSIX file calls behind FileStream, File,
 * Directory and Path (corlib/System/IO/FileSystem.cs).
 *
 * Every call returns a non-negative result or -error, where error is an errno value as
 * Linux numbers it (the C# side maps those to .NET's exceptions); the host's errno is
 * translated, so the managed side does not depend on the C library's numbering. Paths
 * arrive as managed strings and go to the system as UTF-8; names come back decoded
 * from UTF-8 (invalid bytes become U+FFFD, as .NET's decoder does).
 */
#define _FILE_OFFSET_BITS 64    /* 64-bit off_t (lseek, ftruncate, stat) on 32-bit targets */

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gc/gc.h"
#include "vm/exception.h"
#include "vm/icall_int.h"
#include "vm/object.h"

/* ---- errors -------------------------------------------------------------------------- */

/* The errno values the C# side tells apart, with their Linux numbers. Others pass
 * through unchanged (they only reach a message, made by ErrorMessage below). */
static const struct { int host, linux_no; } error_map[] = {
    {EPERM, 1}, {ENOENT, 2}, {EINTR, 4}, {EIO, 5}, {EBADF, 9}, {EAGAIN, 11},
    {EACCES, 13}, {EBUSY, 16}, {EEXIST, 17}, {EXDEV, 18}, {ENOTDIR, 20}, {EISDIR, 21},
    {EINVAL, 22}, {EMFILE, 24}, {EFBIG, 27}, {ENOSPC, 28}, {ESPIPE, 29}, {EROFS, 30},
    {ENAMETOOLONG, 36}, {ENOTEMPTY, 39}, {ELOOP, 40},
};

static int32_t neg_error(int e) {
    if (e == EWOULDBLOCK)
        e = EAGAIN;
    for (size_t i = 0; i < sizeof error_map / sizeof error_map[0]; i++)
        if (error_map[i].host == e)
            return -error_map[i].linux_no;
    return -(int32_t)e;
}

static int host_error(int32_t linux_no) {
    for (size_t i = 0; i < sizeof error_map / sizeof error_map[0]; i++)
        if (error_map[i].linux_no == linux_no)
            return error_map[i].host;
    return (int)linux_no;
}

/* ---- paths ------------------------------------------------------------------------- */

/* The UTF-8 form of a managed path (malloc'd), or NULL with *err set: an embedded NUL
 * would silently cut the path short, so it is refused (C# checks first; this is the
 * backstop). */
static char *path_utf8(vm_object *o, int32_t *err) {
    vm_string *s = (vm_string *)o;
    if (!s) {
        *err = neg_error(EFAULT);
        return NULL;
    }
    for (int32_t i = 0; i < s->length; i++)
        if (s->chars[i] == 0) {
            *err = neg_error(EINVAL);
            return NULL;
        }
    char *u = vm_string_to_utf8(s);
    if (!u)
        *err = neg_error(ENOMEM);
    return u;
}

/* Runs one path call: f(path) returning 0 or -1 with errno. */
static int path_call(vm_slot *a, vm_slot *r, int (*f)(const char *)) {
    int32_t err = 0;
    char *p = path_utf8(a[0].o, &err);
    if (p) {
        err = f(p) == 0 ? 0 : neg_error(errno);
        free(p);
    }
    icall_ret_i4(r, err);
    return 0;
}

/* ---- descriptors ----------------------------------------------------------------- */

/* FileMode and FileAccess values, as in corlib. */
enum { MODE_CREATE_NEW = 1, MODE_CREATE, MODE_OPEN, MODE_OPEN_OR_CREATE, MODE_TRUNCATE, MODE_APPEND };
enum { ACCESS_READ = 1, ACCESS_WRITE = 2, ACCESS_READ_WRITE = 3 };

/* Open(path, mode, access, share): open(2), then flock(2) as .NET does on Unix —
 * exclusive for FileShare.None, shared otherwise, never waiting — and only then the
 * truncation, so a locked file is not emptied by the open that fails. A directory is
 * refused (EISDIR) even when read-only open(2) would take it. */
static int file_open(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    int32_t mode = a[1].i4, access = a[2].i4, share = a[3].i4, err = 0;
    char *p = path_utf8(a[0].o, &err);
    if (!p) {
        icall_ret_i4(r, err);
        return 0;
    }
    int flags = O_CLOEXEC;
    flags |= access == ACCESS_READ ? O_RDONLY : access == ACCESS_WRITE ? O_WRONLY : O_RDWR;
    int truncate = 0;
    switch (mode) {
    case MODE_CREATE_NEW: flags |= O_CREAT | O_EXCL; break;
    case MODE_CREATE: flags |= O_CREAT; truncate = 1; break;
    case MODE_OPEN: break;
    case MODE_OPEN_OR_CREATE: flags |= O_CREAT; break;
    case MODE_TRUNCATE: truncate = 1; break;
    case MODE_APPEND: flags |= O_CREAT; break;   /* not O_APPEND: .NET seeks to the end once */
    default:
        free(p);
        icall_ret_i4(r, neg_error(EINVAL));
        return 0;
    }
    int fd;
    do
        fd = open(p, flags, 0666);
    while (fd < 0 && errno == EINTR);
    free(p);
    if (fd < 0) {
        icall_ret_i4(r, neg_error(errno));
        return 0;
    }
    struct stat st;
    if (fstat(fd, &st) != 0) {
        err = neg_error(errno);
        goto fail;
    }
    if (S_ISDIR(st.st_mode)) {
        err = neg_error(EISDIR);
        goto fail;
    }
    if (flock(fd, (share == 0 ? LOCK_EX : LOCK_SH) | LOCK_NB) != 0 && errno == EWOULDBLOCK) {
        err = neg_error(EWOULDBLOCK);
        goto fail;
    }
    /* other flock errors (a file system without locks) do not stop the open */
    if (truncate && S_ISREG(st.st_mode) && st.st_size > 0 && ftruncate(fd, 0) != 0) {
        err = neg_error(errno);
        goto fail;
    }
    icall_ret_i4(r, fd);
    return 0;
fail:
    close(fd);
    icall_ret_i4(r, err);
    return 0;
}

static int file_read(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    int fd = a[0].i4;
    uint8_t *buf = a[1].p;
    int32_t n = a[2].i4;
    ssize_t got;
    do
        got = read(fd, buf, (size_t)(n < 0 ? 0 : n));
    while (got < 0 && errno == EINTR);
    icall_ret_i4(r, got < 0 ? neg_error(errno) : (int32_t)got);
    return 0;
}

static int file_write(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    int fd = a[0].i4;
    const uint8_t *buf = a[1].p;
    int32_t n = a[2].i4;
    ssize_t put;
    do
        put = write(fd, buf, (size_t)(n < 0 ? 0 : n));
    while (put < 0 && errno == EINTR);
    icall_ret_i4(r, put < 0 ? neg_error(errno) : (int32_t)put);
    return 0;
}

static int file_seek(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    int fd = a[0].i4;
    int64_t offset = a[1].i8;
    int32_t origin = a[2].i4;
    int whence = origin == 0 ? SEEK_SET : origin == 1 ? SEEK_CUR : SEEK_END;
    off_t pos = lseek(fd, (off_t)offset, whence);
    r[0].i8 = pos < 0 ? neg_error(errno) : (int64_t)pos;
    return 0;
}

static int file_set_length(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    int fd = a[0].i4;
    int64_t len = a[1].i8;
    int rc;
    do
        rc = ftruncate(fd, (off_t)len);
    while (rc != 0 && errno == EINTR);
    icall_ret_i4(r, rc == 0 ? 0 : neg_error(errno));
    return 0;
}

/* Writes the data through to the device (FileStream.Flush(true)). */
static int file_sync(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    int fd = a[0].i4;
    /* EINVAL: a pipe or terminal cannot be synced, which is no error */
    icall_ret_i4(r, fsync(fd) == 0 || errno == EINVAL || errno == EROFS ? 0 : neg_error(errno));
    return 0;
}

static int file_close(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    /* not retried on EINTR: on Linux the descriptor is gone either way */
    icall_ret_i4(r, close(a[0].i4) == 0 ? 0 : neg_error(errno));
    return 0;
}

/* ---- paths: stat, unlink, rename, directories -------------------------------------- */

/* 100 ns ticks since 0001-01-01 UTC of a time since the Unix epoch. */
static int64_t unix_to_ticks(int64_t sec, int64_t nsec) {
    return sec * 10000000 + nsec / 100 + INT64_C(621355968000000000);
}

/* Stat(path, followLinks, info): stat(2) (lstat(2) when followLinks is 0) into info[0]
 * kind (0 regular file, 1 directory, 2 other, 3 symbolic link), info[1] size, info[2]
 * last write time in ticks, info[3] permission bits. */
static int file_stat(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    int follow = a[1].i4 != 0;
    int64_t *info = a[2].p;
    int32_t err = 0;
    char *p = path_utf8(a[0].o, &err);
    if (p) {
        struct stat st;
        if ((follow ? stat(p, &st) : lstat(p, &st)) == 0) {
            int64_t v[4];
            v[0] = S_ISREG(st.st_mode) ? 0 : S_ISDIR(st.st_mode) ? 1 : S_ISLNK(st.st_mode) ? 3 : 2;
            v[1] = (int64_t)st.st_size;
            v[2] = unix_to_ticks((int64_t)st.st_mtim.tv_sec, (int64_t)st.st_mtim.tv_nsec);
            v[3] = (int64_t)(st.st_mode & 07777);
            memcpy(info, v, sizeof v);
        } else {
            err = neg_error(errno);
        }
        free(p);
    }
    icall_ret_i4(r, err);
    return 0;
}

static int unlink_path(const char *p) { return unlink(p); }
static int mkdir_path(const char *p) { return mkdir(p, 0777); }
static int rmdir_path(const char *p) { return rmdir(p); }
static int chdir_path(const char *p) { return chdir(p); }

static int file_unlink(vm_thread *t, vm_slot *a, vm_slot *r) { (void)t; return path_call(a, r, unlink_path); }
static int file_make_directory(vm_thread *t, vm_slot *a, vm_slot *r) { (void)t; return path_call(a, r, mkdir_path); }
static int file_remove_directory(vm_thread *t, vm_slot *a, vm_slot *r) { (void)t; return path_call(a, r, rmdir_path); }
static int file_set_current_directory(vm_thread *t, vm_slot *a, vm_slot *r) { (void)t; return path_call(a, r, chdir_path); }

/* Whether link(2) failed only because the file system cannot make links. */
static int link_unsupported(int e) {
    return e == EXDEV || e == EPERM || e == EACCES || e == ENOTSUP || e == EOPNOTSUPP || e == EMLINK
        || e == ENOSYS;
}

/* Rename(from, to, replace): rename(2) when replace is set; otherwise link(2) then
 * unlink(2), which fails with EEXIST where rename(2) would replace. Where links cannot
 * be made, rename(2) after checking that nothing is in the way. */
static int file_rename(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    int replace = a[2].i4 != 0;
    int32_t err = 0;
    char *from = path_utf8(a[0].o, &err);
    char *to = from ? path_utf8(a[1].o, &err) : NULL;
    if (from && to) {
        int use_rename = replace;
        if (!replace) {
            struct stat st;
            if (link(from, to) == 0)
                err = unlink(from) == 0 ? 0 : neg_error(errno);
            else if (!link_unsupported(errno))
                err = neg_error(errno);
            else if (lstat(to, &st) == 0)
                err = neg_error(EEXIST);
            else
                use_rename = 1;
        }
        if (use_rename)
            err = rename(from, to) == 0 ? 0 : neg_error(errno);
    }
    free(from);
    free(to);
    icall_ret_i4(r, err);
    return 0;
}

/* ListDirectory(path, out error): the entry names in readdir order without "." and
 * "..", or null with error = -errno. Names are gathered first: the count is not known
 * until the end, and no managed object is made while the directory is open. */
static int file_list_directory(vm_thread *t, vm_slot *a, vm_slot *r) {
    /* r may alias a[0]: the result is written only once the path has been read */
    int32_t *out_err = a[1].p;
    int32_t err = 0;
    *out_err = 0;
    char *p = path_utf8(a[0].o, &err);
    if (!p) {
        *out_err = err;
        r[0].o = NULL;
        return 0;
    }
    DIR *d = opendir(p);
    free(p);
    if (!d) {
        *out_err = neg_error(errno);
        r[0].o = NULL;
        return 0;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    for (;;) {
        errno = 0;
        e = readdir(d);
        if (!e) {
            if (errno)
                err = neg_error(errno);
            break;
        }
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 32;
            char **nn = realloc(names, ncap * sizeof *nn);
            if (!nn) {
                err = neg_error(ENOMEM);
                break;
            }
            names = nn;
            cap = ncap;
        }
        if (!(names[n] = strdup(e->d_name))) {
            err = neg_error(ENOMEM);
            break;
        }
        n++;
    }
    closedir(d);
    int rc = 0;
    if (err) {
        *out_err = err;
        r[0].o = NULL;
    } else {
        /* the array is on the C stack while the strings are made, which the collector
           scans; each store goes through the write barrier */
        vm_array *arr = vm_new_szarray(t, vm_b.string, (intptr_t)n);
        rc = arr ? 0 : -1;
        for (size_t i = 0; arr && i < n; i++) {
            vm_string *s = vm_string_from_utf8(t, names[i], strlen(names[i]));
            if (!s) {
                rc = -1;
                break;
            }
            GC_STORE_REF((vm_object **)VM_ARRAY_DATA(arr) + i, &s->obj);
        }
        if (rc == 0)
            r[0].o = &arr->obj;
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return rc;
}

static int file_get_current_directory(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)a;
    char *cwd = getcwd(NULL, 0);
    if (!cwd)
        return vm_throw_new(t, "System.IO", "IOException", strerror(errno));
    int rc = icall_ret_string(t, r, cwd);
    free(cwd);
    return rc;
}

/* ErrorMessage(error): the C library's text for an error number (as .NET shows it in
 * IOException messages, "Input/output error"). */
static int file_error_message(vm_thread *t, vm_slot *a, vm_slot *r) {
    int32_t e = a[0].i4;
    const char *msg = strerror(host_error(e < 0 ? -e : e));
    return icall_ret_string(t, r, msg);
}

const icall_entry vm_icalls_file[] = {
    {"System.IO.FileSystemPal::Open", file_open},
    {"System.IO.FileSystemPal::Read", file_read},
    {"System.IO.FileSystemPal::Write", file_write},
    {"System.IO.FileSystemPal::Seek", file_seek},
    {"System.IO.FileSystemPal::SetLength", file_set_length},
    {"System.IO.FileSystemPal::Sync", file_sync},
    {"System.IO.FileSystemPal::Close", file_close},
    {"System.IO.FileSystemPal::Stat", file_stat},
    {"System.IO.FileSystemPal::Unlink", file_unlink},
    {"System.IO.FileSystemPal::Rename", file_rename},
    {"System.IO.FileSystemPal::MakeDirectory", file_make_directory},
    {"System.IO.FileSystemPal::RemoveDirectory", file_remove_directory},
    {"System.IO.FileSystemPal::ListDirectory", file_list_directory},
    {"System.IO.FileSystemPal::GetCurrentDirectory", file_get_current_directory},
    {"System.IO.FileSystemPal::SetCurrentDirectory", file_set_current_directory},
    {"System.IO.FileSystemPal::ErrorMessage", file_error_message},
    {NULL, NULL},
};
