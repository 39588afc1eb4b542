#include "CNcursesShim.h"
#include <stdio.h>
#include <unistd.h>

// While curses owns the screen, anything written to standard error (a Swift runtime
// "Fatal error: ..." message just before a crash, a warning from a library) would land
// on the alternate screen and vanish at endwin(). It goes to a temporary file instead
// and is copied to the real standard error once the terminal is restored.

static int real_stderr = -1;
static int held = -1;

void scpf_stderr_hold(void) {
    if (real_stderr >= 0 || !isatty(STDERR_FILENO)) return;
    FILE *file = tmpfile();
    if (!file) return;
    int saved = dup(STDERR_FILENO);
    if (saved < 0) { fclose(file); return; }
    held = dup(fileno(file));
    fclose(file);
    if (held < 0 || dup2(held, STDERR_FILENO) < 0) { close(saved); if (held >= 0) close(held); held = -1; return; }
    real_stderr = saved;
}

int scpf_stderr_real_fd(void) { return real_stderr; }

// Only async-signal-safe calls: the crash handler uses this too.
void scpf_stderr_release(void) {
    if (real_stderr < 0) return;
    dup2(real_stderr, STDERR_FILENO);
    close(real_stderr);
    real_stderr = -1;
    char buffer[4096];
    ssize_t got;
    if (lseek(held, 0, SEEK_SET) == 0)
        while ((got = read(held, buffer, sizeof buffer)) > 0)
            if (write(STDERR_FILENO, buffer, (size_t)got) < 0) break;
    close(held);
    held = -1;
}
