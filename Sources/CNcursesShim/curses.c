#include "CNcursesShim.h"
#include <stdio.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>

SCREEN *scpf_newterm(void) { return newterm(NULL, stdout, stdin); }

void scpf_disable_flow_control(void) {
    struct termios t;
    if (tcgetattr(STDIN_FILENO, &t) != 0) return;
    t.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
    if (tcsetattr(STDIN_FILENO, TCSANOW, &t) == 0) def_prog_mode();
}

int scpf_wcwidth(wchar_t c) { return wcwidth(c); }
