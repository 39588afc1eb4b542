#include "CNcursesShim.h"
#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

// Runs the user's editor on `path` in the foreground, as git does for a commit message:
// `sh -c '<editor> "$@"' <editor> <path>`, so an editor given with arguments
// ("code --wait") works. While it runs scpf ignores SIGINT and SIGQUIT (as system() does):
// a Ctrl-C meant for the editor must not end scpf. The child starts with default signal
// handlers, an empty mask and the real standard error.
int scpf_run_editor(const char *editor, const char *path) {
    size_t length = strlen(editor) + 8;
    char *script = malloc(length);
    if (!script) return -1;
    snprintf(script, length, "%s \"$@\"", editor);

    struct sigaction ignore, old_int, old_quit;
    memset(&ignore, 0, sizeof ignore);
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    sigaction(SIGINT, &ignore, &old_int);
    sigaction(SIGQUIT, &ignore, &old_quit);

    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t defaults, empty;
    sigemptyset(&defaults);
    int reset[] = {SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGPIPE, SIGTSTP, SIGWINCH, SIGCHLD, SIGALRM, SIGUSR1, SIGUSR2};
    for (size_t i = 0; i < sizeof reset / sizeof reset[0]; i++) sigaddset(&defaults, reset[i]);
    sigemptyset(&empty);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setsigmask(&attributes, &empty);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    int real_stderr = scpf_stderr_real_fd();
    if (real_stderr >= 0) posix_spawn_file_actions_adddup2(&actions, real_stderr, STDERR_FILENO);

    char *argv[] = {"/bin/sh", "-c", script, (char *)editor, (char *)path, NULL};
    pid_t pid;
    int status = -1;
    if (posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, environ) == 0) {
        int raw;
        while (waitpid(pid, &raw, 0) < 0) {
            if (errno != EINTR) { raw = -1; break; }
        }
        if (raw == -1) status = -1;
        else if (WIFEXITED(raw)) status = WEXITSTATUS(raw);
        else if (WIFSIGNALED(raw)) status = 128 + WTERMSIG(raw);
    }
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGQUIT, &old_quit, NULL);
    free(script);
    return status;
}
