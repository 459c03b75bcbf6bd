# The errno module: Linux's values, errorcode, and how they meet OSError and os.strerror.
import errno
import os

names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names), len(errno.errorcode))
for n in names:
    print(n, getattr(errno, n), errno.errorcode[getattr(errno, n)])
print(list(errno.errorcode.items())[:10])
print(list(errno.errorcode)[-5:])
print(errno.errorcode[11], errno.errorcode[35], errno.errorcode[95])
print(errno.EAGAIN == errno.EWOULDBLOCK, errno.EDEADLK == errno.EDEADLOCK,
      errno.ENOTSUP == errno.EOPNOTSUPP)
print(all(type(getattr(errno, n)) is int for n in names))
print(type(errno.errorcode).__name__, sorted(errno.errorcode) == sorted(set(errno.errorcode)))
print(os.strerror(errno.ENOENT), os.strerror(errno.EACCES))
try:
    open('/nonexistent/definitely/not/here')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], type(e).__name__)
try:
    os.rmdir('/nonexistent-dir-for-errno-test')
except OSError as e:
    print(errno.errorcode[e.errno])
e = OSError(errno.EEXIST, 'exists')
print(type(e).__name__, e.errno, e)
print(type(OSError(errno.ENOENT, 'x')).__name__, type(OSError(errno.EPIPE, 'x')).__name__)
try:
    errno.errorcode[100000]
except KeyError as e:
    print('KeyError', e)
try:
    errno.NOT_A_NAME
except AttributeError as e:
    print('AttributeError', e)
print(errno.__name__, hasattr(errno, 'errorcode'))
