#include "CNcursesShim.h"
#include <signal.h>
#include <string.h>

static volatile sig_atomic_t pending_signal = 0;

static const int quit_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
static const int fatal_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP };
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static struct sigaction saved_quit[COUNT(quit_signals)];
static struct sigaction saved_fatal[COUNT(fatal_signals)];
static int installed = 0;

// A stack overflow leaves no stack for the handler: give it its own.
static char alt_stack[64 * 1024];

static void on_quit(int sig) { pending_signal = sig; }

// Like htop's crash handler: endwin() is not async-signal-safe, but the process is
// dying anyway and leaving the user's terminal in raw mode is worse. SA_RESETHAND has
// restored the default action and SA_NODEFER lets raise() deliver it at once.
static void on_fatal(int sig) {
    endwin();
    scpf_stderr_release();  // the runtime's "Fatal error: ..." message, if any
    raise(sig);
}

void scpf_signals_install(void) {
    // A parent (a test runner, a shell script) may have left signals blocked; we would
    // then never see SIGTERM, SIGHUP or SIGWINCH.
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);

    if (installed) return;
    stack_t old_stack;
    if (sigaltstack(NULL, &old_stack) == 0 && (old_stack.ss_flags & SS_DISABLE)) {
        stack_t ss = { .ss_sp = alt_stack, .ss_size = sizeof alt_stack, .ss_flags = 0 };
        sigaltstack(&ss, NULL);
    }

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    // No SA_RESTART: a blocking read returns early so the loop sees the flag promptly.
    sa.sa_handler = on_quit;
    for (size_t i = 0; i < COUNT(quit_signals); i++)
        sigaction(quit_signals[i], &sa, &saved_quit[i]);

    sa.sa_handler = on_fatal;
    sa.sa_flags = SA_RESETHAND | SA_NODEFER | SA_ONSTACK;
    for (size_t i = 0; i < COUNT(fatal_signals); i++)
        sigaction(fatal_signals[i], &sa, &saved_fatal[i]);
    installed = 1;
}

void scpf_signals_restore(void) {
    if (!installed) return;
    for (size_t i = 0; i < COUNT(quit_signals); i++)
        sigaction(quit_signals[i], &saved_quit[i], NULL);
    for (size_t i = 0; i < COUNT(fatal_signals); i++)
        sigaction(fatal_signals[i], &saved_fatal[i], NULL);
    installed = 0;
}

int scpf_pending_signal(void) {
    return __atomic_exchange_n(&pending_signal, 0, __ATOMIC_SEQ_CST);
}
