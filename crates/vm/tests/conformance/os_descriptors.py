# os file-descriptor functions: open/read/write/close/pipe/dup/dup2/lseek, inheritable and
# blocking flags, ftruncate/fsync, wait-status helpers, and their argument errors.
import os
tests = ["os.read(1)", "os.read('a', 1)", "os.read(1, -1)", "os.read(9999, 1)", "os.write(1)", "os.write(1, 'x')", "os.close(9999)", "os.close('x')", "os.pipe(1)", "os.dup(9999)", "os.dup2(1, -1)", "os.lseek(0)", "os.lseek(9999, 0, 0)", "os.open('/nonexistent/x', os.O_RDONLY)", "os.open(1, 2)", "os.waitpid(1, 0)", "os.waitpid(1)", "os.read(1, 2**70)", "os.write(9999, b'x')", "os.isatty('x')", "os.set_inheritable(9999, True)", "os.get_blocking(9999)", "os.closerange(1)", "os.WEXITSTATUS('x')", "os.waitstatus_to_exitcode(-1)", "os.ftruncate(9999, 0)", "os.fsync(9999)", "os.fsync('x')",
"os.close()", "os.dup()", "os.isatty()", "os.open()", "os.open('x')", "os.get_inheritable()", "os.set_inheritable(1)", "os.get_blocking()", "os.set_blocking(1)", "os.fsync()", "os.ftruncate(1)", "os.dup2(1)", "os.waitstatus_to_exitcode()", "os.WIFEXITED()", "os.read(1,2,3)", "os.closerange(1,2,3)", "os.write(1, 2)", "os.dup2(1, 2, 3, 4)", "os.waitpid(1,2,3)", "os.close(-1)", "os.read(-1, 1)", "os.lseek(0, 'a', 0)", "os.lseek(0, 0, 7)", "os.read(1.5, 1)", "os.open('x', 'y')", "os.close(2**40)", "os.close(-2**40)", "os.close(fd=-1)", "os.read(fd=1, n=2)", "os.dup2(1, fd=2)"]
for t in tests:
    try:
        r = eval(t)
        print(t, "->", r)
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
r, w = os.pipe()
print(os.get_inheritable(r), os.get_blocking(r), os.write(w, b"hello"), os.read(r, 3), os.read(r, 10))
os.write(w, bytearray(b"ab")); os.write(w, memoryview(b"cd")); print(os.read(r, 100))
os.set_blocking(r, False)
try:
    os.read(r, 1)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
os.close(w); os.set_blocking(r, True); print(os.read(r, 5))
os.close(r)
print(os.WNOHANG, os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_TRUNC, os.O_APPEND, os.O_EXCL, os.O_CLOEXEC, os.O_NONBLOCK, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(os.waitstatus_to_exitcode(256), os.waitstatus_to_exitcode(9), os.WIFEXITED(256), os.WEXITSTATUS(256), os.WIFSIGNALED(9), os.WTERMSIG(9), os.WIFSTOPPED(0x137f), os.WSTOPSIG(0x137f), os.WCOREDUMP(0x89))
import tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
print(os.write(fd, b"0123456789"), os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 2, os.SEEK_SET))
os.write(fd, b"AB"); os.ftruncate(fd, 8); os.fsync(fd); os.close(fd)
print(open(p, "rb").read(), oct(os.stat(p).st_mode & 0o777))
fd = os.open(p, os.O_RDONLY)
fd2 = os.dup(fd); print(fd2 > fd, os.get_inheritable(fd2), os.read(fd2, 3), os.read(fd, 3))
# Onto descriptors this script owns (the test runs scripts side by side in one process).
fd3 = os.dup2(fd, fd2); print(fd3 == fd2, os.get_inheritable(fd2))
fd4 = os.dup2(fd, fd2, inheritable=False); print(fd4 == fd2, os.get_inheritable(fd2))
os.set_inheritable(fd, True); print(os.get_inheritable(fd))
os.close(fd2)
os.closerange(fd, fd + 1)
# (Not closed twice to show EBADF: the test runs scripts side by side in one process,
# and the number may already be another script's.)
try:
    os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.filename == p)
print(os.open.__name__, os.pipe.__name__)
os.remove(p); os.rmdir(d)
