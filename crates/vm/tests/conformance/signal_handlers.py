# signal: handlers run by the main thread soon after the signal (raise_signal, os.kill,
# timers; in a busy loop and in a sleep), the enums over the numbers, and the errors.
import signal
for f in (lambda: signal.signal(0, signal.SIG_DFL), lambda: signal.signal(65, signal.SIG_DFL), lambda: signal.signal(9, signal.SIG_DFL), lambda: signal.signal(2, 5), lambda: signal.signal(2, 'x'), lambda: signal.getsignal(100), lambda: signal.alarm('x'), lambda: signal.strsignal(0), lambda: signal.raise_signal(0), lambda: signal.setitimer(99, 1), lambda: signal.signal(), lambda: signal.signal(signal.SIGINT, signal.SIG_DFL, 3)):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(signal.strsignal(2), signal.strsignal(40), signal.strsignal(32), signal.getsignal(2), signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGCHLD))
print(signal.SIGINT, repr(signal.SIGINT), signal.SIG_DFL, repr(signal.SIG_IGN), signal.NSIG, len(signal.valid_signals()), type(signal.valid_signals()))
print(signal.default_int_handler, signal.Signals(2), signal.Handlers(0), signal.ITIMER_REAL, signal.SIG_BLOCK, repr(signal.SIG_BLOCK))
print(repr(signal.Signals(6)), repr(signal.Signals(17)), repr(signal.Signals(29)), repr(signal.SIGIOT), signal.SIGRTMIN, signal.SIGRTMAX)
print(signal.signal.__module__, signal.getsignal.__module__, type(signal.signal).__name__, signal.Signals.__module__)
try: signal.default_int_handler(2, None)
except KeyboardInterrupt as e: print('KI', e.args)
got = []
def h(signum, frame):
    got.append(signum)
print(signal.signal(signal.SIGUSR1, h))
print(signal.getsignal(signal.SIGUSR1) is h)
signal.raise_signal(signal.SIGUSR1)
print(got)
import os
os.kill(os.getpid(), signal.SIGUSR1)
import time; time.sleep(0.05)
x = 0
for i in range(1000): x += i
print(got)
def boom(s, f): raise RuntimeError('from handler %d' % s)
signal.signal(signal.SIGUSR2, boom)
try:
    signal.raise_signal(signal.SIGUSR2)
except RuntimeError as e:
    print('caught', e)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is h, signal.getsignal(signal.SIGUSR1))
signal.raise_signal(signal.SIGUSR1)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL), signal.signal(signal.SIGUSR2, signal.SIG_DFL) is boom)
import time
signal.signal(signal.SIGALRM, h)
print(signal.setitimer(signal.ITIMER_REAL, 0.05))
t0 = time.monotonic(); time.sleep(0.2); print(got, time.monotonic() - t0 >= 0.19)
print(signal.getitimer(signal.ITIMER_REAL), signal.alarm(0))
def stop(s, f): raise KeyboardInterrupt
signal.signal(signal.SIGALRM, stop)
signal.setitimer(signal.ITIMER_REAL, 0.05)
x = 0
try:
    while True:
        x += 1
except KeyboardInterrupt:
    print('interrupted a busy loop')
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    time.sleep(5)
except KeyboardInterrupt:
    print('interrupted a sleep', time.monotonic() - t0 < 3)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('SIGINT raised KeyboardInterrupt')
signal.signal(signal.SIGALRM, signal.SIG_DFL)
print(sorted(signal.valid_signals())[:3], signal.Signals.SIGTERM.name, int(signal.SIGTERM))
