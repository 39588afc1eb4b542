#ifndef CSPAWN_H
#define CSPAWN_H

// Runs helper programs from tests. Foundation's Process hangs when the child daemonises
// (tmux keeps the descriptor Process waits on), and children of test threads inherit
// their blocked signals; posix_spawn with a clean signal state and no stray descriptors
// avoids both.

#include <stddef.h>

typedef struct {
    /// Exit code; 128 + signal number if a signal ended it; -1 if it could not be started
    /// (see `error`); -2 if it ran past the time limit and was killed.
    int status;
    /// errno of the failure when status is -1.
    int error;
    /// Standard output and standard error as they came, NUL-terminated (may be NULL).
    char *output;
    size_t length;
} cspawn_result;

/// Runs argv[0] (looked up in PATH) with arguments argv (NULL-terminated), environment
/// envp (NULL-terminated; NULL means this process's environment), standard input from
/// /dev/null, no descriptors beyond 0–2, no blocked signals and every signal at its
/// default action. Waits for it to finish, at most timeout_ms milliseconds (0: no limit).
cspawn_result cspawn_run(const char *const argv[], const char *const envp[], int timeout_ms);

/// Frees the output of a result.
void cspawn_free(cspawn_result *result);

#endif
