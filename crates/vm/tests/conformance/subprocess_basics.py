# subprocess: run/check_output/call/Popen with pipes, text mode, input, timeouts, errors,
# exit statuses and signals, environment and working directory.
import os
import signal
import subprocess
import sys

r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r)
print(r.returncode, r.stdout, r.stderr, r.args)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr), r.returncode)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e, e.returncode, repr(e.output), repr(e.stdout), repr(e.stderr))
print(subprocess.run("exit 0", shell=True))
print(subprocess.run(["cat"], input=b"fed through stdin", capture_output=True).stdout)
print(subprocess.run(["cat"], input="text\r\nlines\rhere\n", capture_output=True, text=True).stdout.splitlines())
print(subprocess.check_output(["printf", "a\\nb"]))
print(subprocess.check_output("echo $0 $1 $2", shell=True, text=True))
print(subprocess.check_output(["sh", "-c", "echo both; echo two >&2"], stderr=subprocess.STDOUT))
print(subprocess.check_output(["cat"], input=None))
print(subprocess.call(["true"]), subprocess.call(["false"]), subprocess.check_call(["true"]))
try:
    subprocess.check_call(["sh", "-c", "exit 7"])
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.check_output(["sh", "-c", "kill -9 $$"])
except subprocess.CalledProcessError as e:
    print(e, e.returncode)
print(subprocess.getoutput("echo one; echo two"))
print(subprocess.getstatusoutput("echo bad >&2; exit 2"))
print(subprocess.run(["true"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
print(subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True).stdout)

# Environment and working directory.
env = {"PATH": os.environ["PATH"], "PYMEM_TEST_VAR": "value 42"}
print(subprocess.check_output(["sh", "-c", "echo $PYMEM_TEST_VAR"], env=env, text=True))
print(subprocess.check_output(["pwd"], cwd="/", text=True))

# Errors before the program runs.
for args, kw in [(["no-such-program-pymem"], {}), (["ls"], {"cwd": "/no/such/dir"}),
                 ("/etc/passwd", {})]:
    try:
        subprocess.run(args, **kw)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
for kw in [{"input": b"x", "stdin": subprocess.PIPE}, {"capture_output": True, "stdout": subprocess.PIPE}]:
    try:
        subprocess.run(["true"], **kw)
    except ValueError as e:
        print("ValueError:", e)
try:
    subprocess.check_output(["true"], stdout=subprocess.PIPE)
except ValueError as e:
    print("ValueError:", e)
try:
    subprocess.Popen(["true"], text=True, universal_newlines=False)
except subprocess.SubprocessError as e:
    print("SubprocessError:", e)

# Timeouts.
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    # The wait after the pipes timed out reports the time that was left.
    print("TimeoutExpired:", e.cmd, 0 < e.timeout <= 0.2, e.output, e.stderr)
try:
    subprocess.run(["sh", "-c", "echo partial; sleep 5"], capture_output=True, timeout=0.5)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e.cmd, e.output, e.stdout, e.stderr)

# Popen by hand.
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.returncode, p.poll(), type(p.stdin).__name__, type(p.stdout).__name__)
out, err = p.communicate(b"abc")
print(out, err, p.returncode, p.wait(), repr(p)[:40])
with subprocess.Popen(["sh", "-c", "read x; echo got $x"], stdin=subprocess.PIPE,
                      stdout=subprocess.PIPE, text=True) as p:
    p.stdin.write("line\n")
    p.stdin.flush()
    print(repr(p.stdout.readline()))
print(p.returncode)
p = subprocess.Popen(["sleep", "10"])
print(p.poll())
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e)
p.terminate()
print(p.wait(), p.returncode == -signal.SIGTERM)
p.kill()  # already reaped: nothing happens
p = subprocess.Popen(["sh", "-c", "exit 5"])
print(p.wait())
p = subprocess.Popen(["sh", "-c", "printf 'x%.0s' $(seq 100000)"], stdout=subprocess.PIPE)
print(len(p.stdout.read()), p.wait())
big = b"y" * 300000
print(len(subprocess.run(["cat"], input=big, capture_output=True).stdout))
p = subprocess.Popen(["sh", "-c", "echo err >&2"], stderr=subprocess.PIPE)
print(p.communicate())
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
try:
    p.communicate(input=b"first")
    p.communicate(input=b"again")
except ValueError as e:
    print("ValueError:", e)
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(subprocess.CompletedProcess(["a"], 0), subprocess.CompletedProcess("a", 1, "o", "e"))
print(subprocess.list2cmdline(["a b", 'c"d', "e\\", "", "f\\\\\"g"]))
# pass_fds: the child writes into a pipe it inherits by number.
rfd, wfd = os.pipe()
subprocess.run(["sh", "-c", "echo through fd >&%d" % wfd], pass_fds=(wfd,))
os.close(wfd)
print(os.read(rfd, 100))
os.close(rfd)
# Not inherited without pass_fds.
rfd, wfd = os.pipe()
print(subprocess.run(["sh", "-c", "echo x >&%d" % wfd], stderr=subprocess.DEVNULL).returncode)
os.close(wfd); os.close(rfd)
