# os errors: the PEP 3151 subclass, errno, strerror, filename and args, as CPython.
import os
try:
    os.listdir("/no/such/dir")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.args, e)
try:
    os.listdir("/etc/hostname")
except OSError as e:
    print(type(e).__name__, e.errno, e.args, e)
