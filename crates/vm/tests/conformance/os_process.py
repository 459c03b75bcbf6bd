# os.access/chmod/umask/get*id/fdopen, and a child process seeing os.environ changes.
import os, subprocess, tempfile
for t in ['os.access("/etc/passwd", os.R_OK)', 'os.access("/nope", os.F_OK)', 'os.access()', 'os.access(1)', 'os.access("/", "x")', 'os.chmod("/nope", 0o644)', 'os.chmod()', 'os.getuid() == os.geteuid()', 'os.getuid(1)', 'os.umask("x")', 'os.umask()', 'os.getgid() >= 0', 'os.getpgrp() > 0', 'os.fdopen("x")', 'os.chmod(1.5, 0)', 'os.access(1.5, 0)', 'os.open(1.5, 0)']:
    try: print(t, '->', eval(t))
    except Exception as e: print(t, '!!', type(e).__name__, e)
d = tempfile.mkdtemp(); p = os.path.join(d, "f")
open(p, "w").close(); os.chmod(p, 0o640); print(oct(os.stat(p).st_mode & 0o777))
m = os.umask(0o022); os.umask(m); print(isinstance(m, int))
os.remove(p); os.rmdir(d)
r, w = os.pipe()
with os.fdopen(w, "w") as f:
    f.write("via fdopen")
with os.fdopen(r) as f:
    print(f.read())
os.environ["PYMEM_CHILD_SEES"] = "yes"
print(subprocess.check_output("echo $PYMEM_CHILD_SEES", shell=True, text=True).strip())
