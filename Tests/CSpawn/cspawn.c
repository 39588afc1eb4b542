#include "cspawn.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

// Close-on-exec from the start: another test thread may spawn between pipe and fcntl.
static int make_pipe(int fds[2]) {
#ifdef __APPLE__
    if (pipe(fds) != 0) return -1;
    fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    return 0;
#else
    return pipe2(fds, O_CLOEXEC);
#endif
}

static long long now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int spawn(pid_t *pid, int out_fd, const char *const argv[], const char *const envp[]) {
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attr;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out_fd, 1);
    posix_spawn_file_actions_adddup2(&actions, out_fd, 2);
    short flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF;
#ifdef __APPLE__
    flags |= POSIX_SPAWN_CLOEXEC_DEFAULT;
#else
    posix_spawn_file_actions_addclosefrom_np(&actions, 3);
#endif
    posix_spawnattr_init(&attr);
    posix_spawnattr_setflags(&attr, flags);
    sigset_t none, all;
    sigemptyset(&none);
    sigfillset(&all);
    sigdelset(&all, SIGKILL);
    sigdelset(&all, SIGSTOP);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setsigdefault(&attr, &all);
    int rc = posix_spawnp(pid, argv[0], &actions, &attr, (char *const *)argv,
                          (char *const *)(envp ? envp : (const char *const *)environ));
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    return rc;
}

// Reads until end of file or the deadline; returns 0, or -1 when the deadline passed.
static int read_all(int fd, cspawn_result *r, long long deadline) {
    size_t capacity = 0;
    for (;;) {
        if (deadline) {
            long long left = deadline - now_ms();
            if (left <= 0) return -1;
            struct pollfd p = { .fd = fd, .events = POLLIN };
            int n = poll(&p, 1, (int)left);
            if (n < 0 && errno == EINTR) continue;
            if (n == 0) return -1;
        }
        if (r->length + 4096 + 1 > capacity) {
            capacity = capacity ? capacity * 2 : 8192;
            char *bigger = realloc(r->output, capacity);
            if (!bigger) return 0;
            r->output = bigger;
        }
        ssize_t got = read(fd, r->output + r->length, capacity - r->length - 1);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) return 0;
        r->length += (size_t)got;
        r->output[r->length] = '\0';
    }
}

cspawn_result cspawn_run(const char *const argv[], const char *const envp[], int timeout_ms) {
    cspawn_result r = { .status = -1, .error = 0, .output = NULL, .length = 0 };
    int fds[2];
    if (make_pipe(fds) != 0) { r.error = errno; return r; }
    pid_t pid;
    int rc = spawn(&pid, fds[1], argv, envp);
    close(fds[1]);
    if (rc != 0) { close(fds[0]); r.error = rc; return r; }

    long long deadline = timeout_ms > 0 ? now_ms() + timeout_ms : 0;
    int late = read_all(fds[0], &r, deadline) != 0;
    close(fds[0]);
    if (late) kill(pid, SIGKILL);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    if (late) r.status = -2;
    else if (WIFEXITED(status)) r.status = WEXITSTATUS(status);
    else if (WIFSIGNALED(status)) r.status = 128 + WTERMSIG(status);
    return r;
}

void cspawn_free(cspawn_result *result) {
    free(result->output);
    result->output = NULL;
    result->length = 0;
}
