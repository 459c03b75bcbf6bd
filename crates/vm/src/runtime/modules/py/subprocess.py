"""Run programs and talk to them through pipes (pymem's subprocess, POSIX only).

The API of CPython 3.12's module: Popen, run, call, check_call, check_output, getoutput,
getstatusoutput, CompletedProcess, the exceptions and PIPE/STDOUT/DEVNULL. Children are
started by the native _subprocess.spawn; Popen keeps the parent's ends of the pipes as
file objects, feeds input and gathers output with select.select, and reaps the child
with os.waitpid. preexec_fn, user, group and extra_groups are not supported (they would
run Python, or need privileges, between fork and exec).
"""

import io
import os
import select
import signal
import sys
import time
import types

import _subprocess

__all__ = ["CalledProcessError", "CompletedProcess", "DEVNULL", "PIPE", "Popen",
           "STDOUT", "SubprocessError", "TimeoutExpired", "call", "check_call",
           "check_output", "getoutput", "getstatusoutput", "run"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

# Bytes written to a child's input per ready turn: a pipe takes this much at once.
_WRITE_CHUNK = select.PIPE_BUF
# Bytes read from a child's output per ready turn.
_READ_CHUNK = 32768


class SubprocessError(Exception):
    pass


def _describe(cmd):
    return "Command '%s'" % (cmd,)


def _get_output(self):
    return self.output


def _set_output(self, value):
    self.output = value


# The exceptions' `stdout`: their `output` under the name run() gives it.
_output_alias = property(_get_output, _set_output)


class CalledProcessError(SubprocessError):
    """A program run by check_call, check_output or run(check=True) failed."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.cmd, self.returncode = cmd, returncode
        self.output, self.stderr = output, stderr

    def __str__(self):
        code = self.returncode
        if code is not None and code < 0:
            try:
                how = "died with %r." % (signal.Signals(-code),)
            except ValueError:
                how = "died with unknown signal %d." % (-code,)
        else:
            how = "returned non-zero exit status %d." % (code,)
        return "%s %s" % (_describe(self.cmd), how)

    stdout = _output_alias


class TimeoutExpired(SubprocessError):
    """A wait for a program outlasted its timeout."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd, self.timeout = cmd, timeout
        self.output, self.stderr = output, stderr

    def __str__(self):
        return "%s timed out after %s seconds" % (_describe(self.cmd), self.timeout)

    stdout = _output_alias


class CompletedProcess(object):
    """What run() returns: the arguments, the exit status and the captured output."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args, self.returncode = args, returncode
        self.stdout, self.stderr = stdout, stderr

    def __repr__(self):
        fields = [("args", self.args), ("returncode", self.returncode)]
        for name in ("stdout", "stderr"):
            value = getattr(self, name)
            if value is not None:
                fields.append((name, value))
        inner = ", ".join("%s=%r" % pair for pair in fields)
        return "%s(%s)" % (type(self).__name__, inner)

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        """Raise CalledProcessError when the exit status is not zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _fileno(stream):
    if isinstance(stream, int):
        return stream
    return stream.fileno()


class Popen:
    """A child program, its pipes and its exit status."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        # Set first: __del__ and __repr__ may look at a half-made object.
        self.args = args
        self.pid = None
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        self._waited = False
        self._communication_started = False
        self._input = None
        self._input_offset = 0
        self._gathered = {}
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if preexec_fn is not None:
            raise NotImplementedError("pymem's subprocess does not run preexec_fn")
        if user is not None or group is not None or extra_groups is not None:
            raise NotImplementedError(
                "pymem's subprocess does not change user or groups")
        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError("Cannot disambiguate when both text and "
                                  "universal_newlines are supplied but different. "
                                  "Pass one or the other.")
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        if self.text_mode and encoding is None:
            self.encoding = encoding = "utf-8"
        if pass_fds and not close_fds:
            import warnings
            warnings.warn("pass_fds overriding close_fds.", RuntimeWarning)
            close_fds = True
        pass_fds = tuple(sorted(map(int, pass_fds)))
        if process_group is None:
            process_group = -1

        if isinstance(args, (str, bytes, os.PathLike)):
            argv = [args]
        else:
            argv = list(args)
        argv = [os.fsdecode(a) if isinstance(a, bytes) else os.fspath(a) for a in argv]
        if shell:
            argv = ["/bin/sh", "-c"] + argv
            if executable is not None:
                argv[0] = executable
        if not argv:
            raise IndexError("list index out of range")
        if executable is None:
            executable = argv[0]
        executable = os.fspath(executable)
        if cwd is not None:
            cwd = os.fspath(cwd)
        # pymem's os.environ is a plain dict that does not write through to the process
        # environment: without `env`, the child gets what os.environ holds now, as a
        # CPython child sees os.environ's changes.
        if env is None:
            env = os.environ
        env_pairs = [(os.fspath(k), os.fspath(v)) for k, v in env.items()]

        child_in, parent_in, child_out, parent_out, child_err, parent_err, opened = \
            self._make_streams(stdin, stdout, stderr)
        try:
            try:
                self.pid = _subprocess.spawn(
                    executable, argv, cwd, env_pairs, child_in, child_out, child_err,
                    pass_fds, close_fds, start_new_session, process_group, umask)
            finally:
                # The child has its copies: the parent keeps only its own ends.
                for fd in opened:
                    os.close(fd)
        except BaseException:
            for fd in (parent_in, parent_out, parent_err):
                if fd != -1:
                    os.close(fd)
            raise

        if parent_in != -1:
            self.stdin = io.open(parent_in, "wb", bufsize)
            if self.text_mode:
                self.stdin = io.TextIOWrapper(self.stdin, write_through=True,
                                              line_buffering=(bufsize == 1),
                                              encoding=encoding, errors=errors)
        if parent_out != -1:
            self.stdout = io.open(parent_out, "rb", bufsize)
            if self.text_mode:
                self.stdout = io.TextIOWrapper(self.stdout, encoding=encoding,
                                               errors=errors)
        if parent_err != -1:
            self.stderr = io.open(parent_err, "rb", bufsize)
            if self.text_mode:
                self.stderr = io.TextIOWrapper(self.stderr, encoding=encoding,
                                               errors=errors)

    def _make_streams(self, stdin, stdout, stderr):
        """The child's three descriptors (-1: this process's), the parent's pipe ends
        (-1: none) and the descriptors opened here for the child alone."""
        opened = []
        devnull = []

        def null():
            if not devnull:
                devnull.append(os.open(os.devnull, os.O_RDWR))
                opened.append(devnull[0])
            return devnull[0]

        def side(spec, parent_reads):
            # (the child's descriptor, the parent's pipe end) for one stream.
            if spec is None:
                return -1, -1
            if spec == PIPE:
                r, w = os.pipe()
                child, parent = (w, r) if parent_reads else (r, w)
                opened.append(child)
                return child, parent
            if spec == DEVNULL:
                return null(), -1
            return _fileno(spec), -1

        child_in, parent_in = side(stdin, False)
        child_out, parent_out = side(stdout, True)
        if stderr == STDOUT:
            child_err = child_out if child_out != -1 else sys.__stdout__.fileno()
            parent_err = -1
        else:
            child_err, parent_err = side(stderr, True)
        return child_in, parent_in, child_out, parent_out, child_err, parent_err, opened

    def __repr__(self):
        shown = "<%s: returncode: %s args: %r>" % (
            type(self).__name__, self.returncode, self.args)
        if len(shown) > 80:
            shown = shown[:76] + "...>"
        return shown

    __class_getitem__ = classmethod(types.GenericAlias)

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, value):
        self.text_mode = bool(value)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for stream in (self.stdout, self.stderr):
            if stream:
                stream.close()
        try:
            if self.stdin:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
        finally:
            if exc_type is KeyboardInterrupt:
                # The user asked to stop: a short grace period, not a hang.
                try:
                    self.wait(timeout=0.25)
                except TimeoutExpired:
                    pass
            else:
                self.wait()

    # -- exit status ------------------------------------------------------------------

    def _note_status(self, status):
        if os.WIFSTOPPED(status):
            self.returncode = -os.WSTOPSIG(status)
        else:
            self.returncode = os.waitstatus_to_exitcode(status)

    def _reap(self, block):
        """Collect the child's status if it has one (waiting for it when `block`)."""
        if self.returncode is not None:
            return True
        try:
            pid, status = os.waitpid(self.pid, 0 if block else os.WNOHANG)
        except ChildProcessError:
            # Reaped elsewhere (a SIGCHLD handler, os.wait): its status is lost.
            self.returncode = 0
            return True
        if pid == self.pid:
            self._note_status(status)
            return True
        return False

    def poll(self):
        """The exit status if the child has ended, else None."""
        self._reap(False)
        return self.returncode

    def wait(self, timeout=None):
        """Wait for the child to end and return its exit status."""
        if self.returncode is not None:
            return self.returncode
        deadline = None if timeout is None else time.monotonic() + timeout
        pause = 0.0005
        while not self._reap(False):
            if deadline is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutExpired(self.args, timeout)
                pause = min(pause, left)
            time.sleep(pause)
            pause = min(pause * 2, 0.02)
        return self.returncode

    def send_signal(self, sig):
        """Send `sig` to the child, unless it has already been reaped."""
        self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        self.send_signal(signal.SIGTERM)

    def kill(self):
        self.send_signal(signal.SIGKILL)

    # -- talking to the child ---------------------------------------------------------

    def communicate(self, input=None, timeout=None):
        """Send `input` to the child, read its output to the end, wait for it; returns
        (stdout, stderr), None for a stream that is not a pipe."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        if (timeout is None and not self._communication_started
                and [self.stdin, self.stdout, self.stderr].count(None) >= 2):
            # One pipe at most: nothing can fill up while waiting for another.
            out = err = None
            if self.stdin:
                self._feed_all(input)
            elif self.stdout:
                out = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                err = self.stderr.read()
                self.stderr.close()
            self.wait()
            return out, err
        deadline = None if timeout is None else time.monotonic() + timeout
        try:
            out, err = self._exchange(input, deadline, timeout)
        finally:
            self._communication_started = True
        # A wait that times out here reports the time that was left, as CPython's does.
        left = None if deadline is None else max(deadline - time.monotonic(), 0)
        self.wait(timeout=left)
        return out, err

    def _feed_all(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass

    def _exchange(self, input, deadline, timeout):
        """Feed the input and drain the outputs together until every pipe is done."""
        if self.stdin and not self._communication_started:
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
            if input:
                if self.text_mode:
                    input = input.encode(self.stdin.encoding, self.stdin.errors)
                self._input = memoryview(input)
            else:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
        readers = {}
        for stream in (self.stdout, self.stderr):
            if stream and not stream.closed:
                self._gathered.setdefault(stream, [])
                readers[stream.fileno()] = stream
        while True:
            feeding = (self.stdin is not None and not self.stdin.closed
                       and self._input is not None)
            if not readers and not feeding:
                break
            left = None
            if deadline is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    self._raise_timeout(timeout)
            writers = [self.stdin.fileno()] if feeding else []
            ready_r, ready_w, _ = select.select(list(readers), writers, [], left)
            if not ready_r and not ready_w and deadline is not None:
                self._raise_timeout(timeout)
            if ready_w:
                chunk = self._input[self._input_offset:self._input_offset + _WRITE_CHUNK]
                try:
                    self._input_offset += os.write(ready_w[0], chunk)
                except BrokenPipeError:
                    self.stdin.close()
                else:
                    if self._input_offset >= len(self._input):
                        self.stdin.close()
            for fd in ready_r:
                data = os.read(fd, _READ_CHUNK)
                stream = readers[fd]
                if data:
                    self._gathered[stream].append(data)
                else:
                    stream.close()
                    del readers[fd]
        return self._collected(self.stdout), self._collected(self.stderr)

    def _collected(self, stream, partial=False):
        if stream is None:
            return None
        chunks = self._gathered.get(stream, [])
        data = b"".join(chunks)
        if partial:
            return data or None
        if self.text_mode:
            data = data.decode(stream.encoding, stream.errors)
            data = data.replace("\r\n", "\n").replace("\r", "\n")
        return data

    def _raise_timeout(self, timeout):
        raise TimeoutExpired(self.args, timeout,
                             output=self._collected(self.stdout, partial=True),
                             stderr=self._collected(self.stderr, partial=True))


def call(*popenargs, timeout=None, **kwargs):
    """Run a program and return its exit status."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run a program; CalledProcessError if its exit status is not zero."""
    status = call(*popenargs, **kwargs)
    if status:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(status, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a program and return what it wrote to its standard output;
    CalledProcessError if its exit status is not zero."""
    for name in ("stdout", "check"):
        if name in kwargs:
            raise ValueError("%s argument not allowed, it will be overridden." % name)
    if "input" in kwargs and kwargs["input"] is None:
        textual = (kwargs.get("universal_newlines") or kwargs.get("text")
                   or kwargs.get("encoding") or kwargs.get("errors"))
        kwargs["input"] = "" if textual else b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False,
        **kwargs):
    """Run a program, wait for it, and return a CompletedProcess."""
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used "
                             "with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            # The output gathered so far is in the exception already.
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        status = process.poll()
    if check and status:
        raise CalledProcessError(status, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, status, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exit status, output) of a shell command; its stderr is part of the output and
    a final newline is dropped."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        status = 0
    except CalledProcessError as e:
        data = e.output
        status = e.returncode
    if data[-1:] == "\n":
        data = data[:-1]
    return status, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output of a shell command, as getstatusoutput gives it."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """A command line quoted as the Microsoft C runtime parses it (Windows' rules; kept
    for scripts that print commands)."""
    out = []
    for arg in map(os.fsdecode, seq):
        needs_quotes = not arg or " " in arg or "\t" in arg
        piece = []
        backslashes = 0
        for ch in arg:
            if ch == "\\":
                backslashes += 1
                continue
            if ch == '"':
                # Backslashes before a quote are doubled, and the quote escaped.
                piece.append("\\" * (2 * backslashes + 1) + '"')
            else:
                piece.append("\\" * backslashes + ch)
            backslashes = 0
        if needs_quotes:
            # Trailing backslashes are doubled before the closing quote.
            piece.append("\\" * (2 * backslashes))
            out.append('"' + "".join(piece) + '"')
        else:
            piece.append("\\" * backslashes)
            out.append("".join(piece))
    return " ".join(out)
