#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H

// The one place that includes curses. Swift cannot import the A_* attribute macros and
// refuses, in Swift 6 mode, to read C globals (stdscr, LINES, COLS, COLORS): these
// wrappers hand them over as functions.

// Without this, cchar_t, wget_wch and setcchar stay hidden. Defined here as well as in
// the target's cSettings because Swift clients import this header without those settings.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#else
#include <curses.h> // macOS: the system curses is wide-character capable
#endif
#include <stddef.h>

static inline WINDOW *scpf_stdscr(void) { return stdscr; }
static inline int scpf_lines(void) { return LINES; }
static inline int scpf_cols(void) { return COLS; }
static inline int scpf_colors(void) { return COLORS; }

static inline attr_t scpf_a_normal(void) { return A_NORMAL; }
static inline attr_t scpf_a_bold(void) { return A_BOLD; }
static inline attr_t scpf_a_dim(void) { return A_DIM; }
static inline attr_t scpf_a_reverse(void) { return A_REVERSE; }
static inline attr_t scpf_a_underline(void) { return A_UNDERLINE; }

/// newterm(NULL, stdout, stdin): unlike initscr it returns NULL instead of exiting when
/// the terminal type is unknown, so the caller can report a clear error.
SCREEN *scpf_newterm(void);

/// Turns off XON/XOFF flow control (so Ctrl-S does not freeze the screen and Ctrl-S/Ctrl-Q
/// reach the program) and Ctrl-C's SIGINT (so Ctrl-C arrives as a key, after what was
/// typed before it), and records the result as curses' program mode. endwin() still
/// restores the settings saved at start-up.
void scpf_disable_flow_control(void);

/// setlocale(LC_ALL, ""), which curses needs for wide characters. When no locale is
/// configured at all (LANG and LC_* unset, as in many containers and ssh sessions) and the
/// result is not UTF-8, uses C.UTF-8 for characters instead of plain ASCII.
void scpf_set_locale(void);

/// Whether the terminal type can move the cursor (TERM=dumb cannot): a full-screen UI
/// needs that. Valid after scpf_newterm().
int scpf_can_move_cursor(void);

/// wcwidth from the C library (hidden by Swift's Glibc module); -1 for unprintable.
int scpf_wcwidth(wchar_t c);

/// Sends standard error to a temporary file while curses owns the screen (stderr_hold.c),
/// if it is a terminal; release copies what was held to the real standard error.
void scpf_stderr_hold(void);
/// Restores standard error and replays what was written meanwhile. Async-signal-safe.
void scpf_stderr_release(void);
/// The real standard error while it is held (for a program run in the foreground), else -1.
int scpf_stderr_real_fd(void);

// The user's editor (editor.c).

/// Runs `editor` on `path` in the foreground and waits; returns its exit status (128 + the
/// signal when it was killed), -1 when it could not be started. The caller leaves curses first.
int scpf_run_editor(const char *editor, const char *path);

// Signals (signals.c). Quit signals (SIGINT, SIGTERM, SIGHUP, SIGQUIT, and the others
// whose default action ends the process: USR1, USR2, ALRM, VTALRM, PROF, XCPU, PWR, IO,
// STKFLT and the real-time signals) only set a flag the main loop polls; SIGINT is then
// handed to the UI as Ctrl-C. SIGPIPE and SIGXFSZ are ignored (the write fails instead).
// Fatal signals (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS) call endwin(),
// turn bracketed paste off, release standard error and die with the default action.
// SIGCONT turns bracketed paste back on (after Ctrl-Z and fg). SIGTSTP and SIGWINCH stay
// with curses.

/// Clears the inherited signal mask and installs the handlers, remembering the old ones.
void scpf_signals_install(void);
/// Puts back the handlers that were in place before scpf_signals_install().
void scpf_signals_restore(void);
/// The quit signal received since the last call (0 if none), clearing it. Another signal
/// wins over a pending SIGINT.
int scpf_pending_signal(void);
/// Turns the terminal's bracketed paste mode (ESC [ ? 2004 h) on or off, by a direct
/// write(); remembered so that the crash handler can turn it off. Async-signal-safe.
void scpf_bracketed_paste(int on);

#endif
