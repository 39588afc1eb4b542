#include "CNcursesShim.h"
#include <signal.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t pending_signal = 0;
static volatile sig_atomic_t paste_enabled = 0;

// Asked to end, politely: the main loop sees the flag, keeps a draft of an open form,
// restores the terminal and exits with 128 + the signal. SIGINT (Ctrl-C) is delivered to
// the UI as a key instead. The ones after SIGQUIT end the process by default too, and
// would otherwise leave the terminal raw.
static const int quit_signals[] = {
    SIGINT, SIGTERM, SIGHUP, SIGQUIT,
    SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU,
#ifdef SIGPWR
    SIGPWR,
#endif
#ifdef SIGSTKFLT
    SIGSTKFLT,
#endif
#ifdef SIGIO
    SIGIO,
#endif
};
// Ignored while the UI runs: the write that caused them fails with EPIPE or EFBIG instead,
// and the save reports it (NOT SAVED) rather than the process vanishing mid-write.
static const int ignored_signals[] = { SIGPIPE, SIGXFSZ };
static const int fatal_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS };
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define MAX_RT 64

static struct sigaction saved_quit[COUNT(quit_signals)];
static struct sigaction saved_ignored[COUNT(ignored_signals)];
static struct sigaction saved_fatal[COUNT(fatal_signals)];
static struct sigaction saved_rt[MAX_RT];
static struct sigaction saved_cont;
static int rt_installed[MAX_RT];
static int installed = 0;

// A stack overflow leaves no stack for the handler: give it its own.
static char alt_stack[64 * 1024];

static void on_quit(int sig) {
    if (pending_signal == 0 || sig != SIGINT) pending_signal = sig;
}

static const char paste_on[] = "\033[?2004h";
static const char paste_off[] = "\033[?2004l";

void scpf_bracketed_paste(int on) {
    if (!isatty(STDOUT_FILENO)) return;
    ssize_t ignored = on ? write(STDOUT_FILENO, paste_on, sizeof paste_on - 1)
                         : write(STDOUT_FILENO, paste_off, sizeof paste_off - 1);
    (void)ignored;
    paste_enabled = on;
}

// Back from Ctrl-Z (fg): the shell may have turned bracketed paste off meanwhile (bash does
// before running a command), and a paste would then arrive as keys. write() is safe here.
static void on_cont(int sig) {
    (void)sig;
    if (paste_enabled) {
        ssize_t ignored = write(STDOUT_FILENO, paste_on, sizeof paste_on - 1);
        (void)ignored;
    }
}

// Like htop's crash handler: endwin() is not async-signal-safe, but the process is
// dying anyway and leaving the user's terminal in raw mode is worse. SA_RESETHAND has
// restored the default action and SA_NODEFER lets raise() deliver it at once.
static void on_fatal(int sig) {
    endwin();
    if (paste_enabled) {
        ssize_t ignored = write(STDOUT_FILENO, paste_off, sizeof paste_off - 1);
        (void)ignored;
    }
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
    // Real-time signals end the process by default as well; any the C library or the
    // Swift runtime already uses (not at the default) are left alone.
#ifdef SIGRTMIN
    for (int s = SIGRTMIN, i = 0; s <= SIGRTMAX && i < MAX_RT; s++, i++) {
        struct sigaction old;
        rt_installed[i] = 0;
        if (sigaction(s, NULL, &old) != 0 || old.sa_handler != SIG_DFL || (old.sa_flags & SA_SIGINFO)) continue;
        if (sigaction(s, &sa, &saved_rt[i]) == 0) rt_installed[i] = 1;
    }
#endif

    sa.sa_handler = on_cont;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGCONT, &sa, &saved_cont);
    sa.sa_flags = 0;

    struct sigaction ignore;
    memset(&ignore, 0, sizeof ignore);
    sigemptyset(&ignore.sa_mask);
    ignore.sa_handler = SIG_IGN;
    for (size_t i = 0; i < COUNT(ignored_signals); i++)
        sigaction(ignored_signals[i], &ignore, &saved_ignored[i]);

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
#ifdef SIGRTMIN
    for (int s = SIGRTMIN, i = 0; s <= SIGRTMAX && i < MAX_RT; s++, i++)
        if (rt_installed[i]) { sigaction(s, &saved_rt[i], NULL); rt_installed[i] = 0; }
#endif
    for (size_t i = 0; i < COUNT(ignored_signals); i++)
        sigaction(ignored_signals[i], &saved_ignored[i], NULL);
    for (size_t i = 0; i < COUNT(fatal_signals); i++)
        sigaction(fatal_signals[i], &saved_fatal[i], NULL);
    sigaction(SIGCONT, &saved_cont, NULL);
    installed = 0;
}

int scpf_pending_signal(void) {
    return __atomic_exchange_n(&pending_signal, 0, __ATOMIC_SEQ_CST);
}
