/*
 * proc.c — running one child process with captured output and a timeout.
 *
 * The child gets its own process group, so a timeout (or Ctrl-C) kills everything
 * it started. Output is read until the child itself has exited, not until the pipes
 * close: a grandchild that outlives it (the C# compiler server, started by the first
 * `csc -shared`) may hold the pipes open for minutes.
 */
#include "runner.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

/* The process group of the child this process is waiting for, or 0. */
static volatile pid_t current_pgid;

void tr_kill_current_child(void)
{
    pid_t g = current_pgid;
    if (g > 0)
        kill(-g, SIGKILL);
}

/* Reads what is there from fd into b (up to max bytes kept); returns 0 at EOF. */
static int drain(int fd, tr_buf *b, size_t max)
{
    char chunk[65536];
    for (;;) {
        ssize_t k = read(fd, chunk, sizeof chunk);
        if (k < 0 && errno == EINTR)
            continue;
        if (k < 0)
            return errno == EAGAIN || errno == EWOULDBLOCK ? 1 : 0;
        if (k == 0)
            return 0;
        if (b->len < max) {
            size_t keep = (size_t)k;
            if (keep > max - b->len)
                keep = max - b->len;
            tr_buf_add(b, chunk, keep);
        }
    }
}

static void set_status(tr_result *res, int status)
{
    if (WIFEXITED(status)) {
        res->rc = WEXITSTATUS(status);
        res->signo = 0;
    } else if (WIFSIGNALED(status)) {
        res->signo = WTERMSIG(status);
        res->rc = 128 + res->signo;
    }
}

int tr_run(const tr_spawn *sp, tr_result *res)
{
    memset(res, 0, sizeof *res);
    res->rc = -1;
    tr_buf_add(&res->out, "", 0);
    tr_buf_add(&res->err, "", 0);
    size_t max = sp->max_output ? sp->max_output : (size_t)16 << 20;

    int po[2], pe[2], px[2];
    if (pipe2(po, O_CLOEXEC) < 0)
        return -1;
    if (pipe2(pe, O_CLOEXEC) < 0) {
        close(po[0]);
        close(po[1]);
        return -1;
    }
    /* The exec-status pipe: closed by a successful exec, or carries errno. */
    if (pipe2(px, O_CLOEXEC) < 0) {
        close(po[0]); close(po[1]); close(pe[0]); close(pe[1]);
        return -1;
    }
    double start = tr_now();
    pid_t pid = fork();
    if (pid < 0) {
        close(po[0]); close(po[1]); close(pe[0]); close(pe[1]); close(px[0]); close(px[1]);
        return -1;
    }
    if (pid == 0) {
        setpgid(0, 0);
        signal(SIGINT, SIG_DFL);
        signal(SIGTERM, SIG_DFL);
        signal(SIGPIPE, SIG_DFL);
        /* Standard input: the test's .stdin file, or nothing at all. */
        int in = open(sp->stdin_path ? sp->stdin_path : "/dev/null", O_RDONLY);
        if (in < 0 && sp->stdin_path) {
            int e = errno;
            if (write(px[1], &e, sizeof e) < 0) { /* nothing more to do */ }
            _exit(127);
        }
        if (in >= 0) {
            dup2(in, 0);
            close(in);
        }
        dup2(po[1], 1);
        dup2(pe[1], 2);
        if (sp->env)
            for (const char *const *e = sp->env; *e; e++) {
                const char *eq = strchr(*e, '=');
                if (!eq)
                    continue;
                char *k = tr_strndup(*e, (size_t)(eq - *e));
                setenv(k, eq + 1, 1);
            }
        /* No core files unless asked for: a crashing test must not litter the tree. */
        struct rlimit rl;
        if (getrlimit(RLIMIT_CORE, &rl) == 0) {
            rl.rlim_cur = sp->core_dumps ? rl.rlim_max : 0;
            setrlimit(RLIMIT_CORE, &rl);
        }
        if (sp->cwd && chdir(sp->cwd) < 0) {
            int e = errno;
            if (write(px[1], &e, sizeof e) < 0) { /* nothing more to do */ }
            _exit(127);
        }
        execvp(sp->argv[0], sp->argv);
        int e = errno;
        if (write(px[1], &e, sizeof e) < 0) { /* nothing more to do */ }
        _exit(127);
    }
    /* Both sides call setpgid so the group exists before we may need to kill it. */
    setpgid(pid, pid);
    current_pgid = pid;
    close(po[1]);
    close(pe[1]);
    close(px[1]);
    int exec_errno = 0;
    if (read(px[0], &exec_errno, sizeof exec_errno) == (ssize_t)sizeof exec_errno) {
        res->exec_failed = 1;
        tr_buf_printf(&res->err, "cannot run %s: %s\n", sp->argv[0], strerror(exec_errno));
    }
    close(px[0]);
    fcntl(po[0], F_SETFL, O_NONBLOCK);
    fcntl(pe[0], F_SETFL, O_NONBLOCK);

    int open_o = 1, open_e = 1, status = 0, exited = 0;
    for (;;) {
        struct pollfd fds[2];
        int nf = 0;
        if (open_o)
            fds[nf++] = (struct pollfd){ .fd = po[0], .events = POLLIN };
        if (open_e)
            fds[nf++] = (struct pollfd){ .fd = pe[0], .events = POLLIN };
        /* A short tick: waitpid is checked between polls, see the comment on top. */
        int tick = 50;
        if (sp->timeout > 0) {
            double left = start + sp->timeout - tr_now();
            if (left <= 0) {
                res->timed_out = 1;
                if (sp->on_timeout)
                    sp->on_timeout(pid, sp->ctx);
                kill(-pid, SIGKILL);
                kill(pid, SIGKILL);
                while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
                    ;
                exited = 1;
                break;
            }
            if (left * 1000 < tick)
                tick = (int)(left * 1000) + 1;
        }
        if (nf > 0) {
            int r = poll(fds, (nfds_t)nf, tick);
            if (r < 0 && errno != EINTR)
                break;
            for (int i = 0; r > 0 && i < nf; i++) {
                if (!fds[i].revents)
                    continue;
                int is_o = fds[i].fd == po[0];
                if (!drain(fds[i].fd, is_o ? &res->out : &res->err, max)) {
                    if (is_o)
                        open_o = 0;
                    else
                        open_e = 0;
                }
            }
        } else {
            usleep((useconds_t)tick * 1000);
        }
        pid_t w = waitpid(pid, &status, WNOHANG);
        if (w == pid) {
            exited = 1;
            break;
        }
    }
    /* What the child wrote just before it exited is still in the pipes. */
    if (open_o)
        drain(po[0], &res->out, max);
    if (open_e)
        drain(pe[0], &res->err, max);
    close(po[0]);
    close(pe[0]);
    if (!exited)
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
            ;
    /* Nothing else of the group is killed after a normal exit: the compiler server
       that the first `csc -shared` starts lives on in it, on purpose. */
    current_pgid = 0;
    set_status(res, status);
    res->seconds = tr_now() - start;
    return 0;
}

void tr_result_free(tr_result *res)
{
    tr_buf_free(&res->out);
    tr_buf_free(&res->err);
}
