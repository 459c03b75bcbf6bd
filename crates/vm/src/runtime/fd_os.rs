//! File descriptors and child processes at the system-call level: what `os.open`,
//! `os.read`, `os.write`, `os.pipe`, `os.dup2`, `os.waitpid` and the `subprocess` module
//! need, each a thin wrapper that turns `-1`/errno into an [`std::io::Error`]. All the
//! `unsafe` these need is here.
//!
//! Descriptors are plain integers chosen by the script, as in CPython: the kernel checks
//! them (a bad one is `EBADF`), and no wrapper here reads or writes any memory but the
//! buffers it owns for the duration of the call. A script may close a descriptor that
//! something else in the process still uses (`os.close(1)`), as it may in CPython; that
//! makes the other user's calls fail with `EBADF`, nothing worse.
//!
//! Descriptors made here are non-inheritable (`O_CLOEXEC`), as PEP 446 has CPython make
//! them, unless the caller asks otherwise (`dup2(..., inheritable=True)`).
//!
//! A call interrupted by a signal returns `ErrorKind::Interrupted`: callers run the
//! signal handlers and retry, as CPython does since PEP 475.

use std::ffi::CStr;
use std::io::{Error, Result};
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::Command;

/// `-1` (with errno) as an error, anything else as the value.
fn check<T: PartialEq + From<i8>>(r: T) -> Result<T> {
    if r == T::from(-1) {
        Err(Error::last_os_error())
    } else {
        Ok(r)
    }
}

/// `open(2)`: a new descriptor for `path`, non-inheritable (`O_CLOEXEC` added).
pub fn open(path: &CStr, flags: i32, mode: u32) -> Result<i32> {
    // SAFETY: `path` is a valid NUL-terminated string for the duration of the call; the
    // mode is passed as the variadic third argument open(2) reads when creating.
    check(unsafe { libc::open(path.as_ptr(), flags | libc::O_CLOEXEC, mode) })
}

/// `close(2)`.
pub fn close(fd: i32) -> Result<()> {
    // SAFETY: closing an integer descriptor touches no memory; a bad one is EBADF.
    check(unsafe { libc::close(fd) }).map(drop)
}

/// `read(2)` of at most `n` bytes (fewer at the end of the data, none at its end).
pub fn read(fd: i32, n: usize) -> Result<Vec<u8>> {
    let mut buf = vec![0u8; n];
    // SAFETY: `buf` is an exclusively borrowed, initialised buffer of `n` bytes, and
    // read(2) writes at most `n` bytes into it.
    let got = check(unsafe { libc::read(fd, buf.as_mut_ptr().cast(), n) })?;
    buf.truncate(got.unsigned_abs());
    Ok(buf)
}

/// `write(2)`: how many bytes of `data` were written.
pub fn write(fd: i32, data: &[u8]) -> Result<usize> {
    // SAFETY: `data` is a valid buffer of `data.len()` bytes that write(2) only reads.
    check(unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) }).map(isize::unsigned_abs)
}

/// `pipe2(2)`: `(read end, write end)`, both non-inheritable.
pub fn pipe() -> Result<(i32, i32)> {
    let mut fds = [0i32; 2];
    // SAFETY: pipe2 writes two descriptors into the exclusively borrowed two-int array.
    check(unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) })?;
    Ok((fds[0], fds[1]))
}

/// A `File` over descriptor `fd`, handed over by the script (`open(fd)`): the file
/// closes it when it closes, unless released first (`closefd=False`).
pub fn adopt(fd: i32) -> Result<std::fs::File> {
    // SAFETY: F_GETFD takes no argument; it fails with EBADF for a descriptor that is
    // not open, which is refused here.
    check(unsafe { libc::fcntl(fd, libc::F_GETFD) })?;
    // SAFETY: `fd` is open (checked above). The script gives it to the file object, as
    // CPython's open(fd) takes it; if something else also uses it, closing it makes that
    // user's calls fail with EBADF (see the module doc), and no memory depends on it.
    Ok(unsafe { std::fs::File::from_raw_fd(fd) })
}

/// `fcntl(F_DUPFD_CLOEXEC)`: the lowest free descriptor, a non-inheritable copy of `fd`.
pub fn dup(fd: i32) -> Result<i32> {
    // SAFETY: F_DUPFD_CLOEXEC takes an integer argument and touches no memory.
    check(unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) })
}

/// `dup2(2)` (inheritable copy) or `dup3(O_CLOEXEC)`: `fd` copied onto `fd2`, which is
/// closed first if open.
pub fn dup2(fd: i32, fd2: i32, inheritable: bool) -> Result<i32> {
    if inheritable || fd == fd2 {
        // SAFETY: integer descriptors only. (dup3 refuses fd == fd2; dup2 then checks
        // `fd` and returns it.)
        check(unsafe { libc::dup2(fd, fd2) })
    } else {
        // SAFETY: integer descriptors and flags only.
        check(unsafe { libc::dup3(fd, fd2, libc::O_CLOEXEC) })
    }
}

/// `lseek(2)`: the new offset.
pub fn lseek(fd: i32, offset: i64, how: i32) -> Result<i64> {
    // SAFETY: integer arguments only.
    check(unsafe { libc::lseek(fd, offset, how) })
}

/// `isatty(3)`.
pub fn isatty(fd: i32) -> bool {
    // SAFETY: integer argument only; a bad descriptor answers 0.
    unsafe { libc::isatty(fd) == 1 }
}

/// Whether `fd` is passed on to programs this process executes (no `FD_CLOEXEC`).
pub fn get_inheritable(fd: i32) -> Result<bool> {
    // SAFETY: F_GETFD takes no argument and touches no memory.
    let flags = check(unsafe { libc::fcntl(fd, libc::F_GETFD) })?;
    Ok(flags & libc::FD_CLOEXEC == 0)
}

/// Set or clear `FD_CLOEXEC` on `fd`.
pub fn set_inheritable(fd: i32, inheritable: bool) -> Result<()> {
    // SAFETY: F_GETFD takes no argument.
    let flags = check(unsafe { libc::fcntl(fd, libc::F_GETFD) })?;
    let new = if inheritable {
        flags & !libc::FD_CLOEXEC
    } else {
        flags | libc::FD_CLOEXEC
    };
    if new != flags {
        // SAFETY: F_SETFD takes an integer argument.
        check(unsafe { libc::fcntl(fd, libc::F_SETFD, new) })?;
    }
    Ok(())
}

/// Whether reads and writes on `fd` wait (no `O_NONBLOCK`).
pub fn get_blocking(fd: i32) -> Result<bool> {
    // SAFETY: F_GETFL takes no argument.
    let flags = check(unsafe { libc::fcntl(fd, libc::F_GETFL) })?;
    Ok(flags & libc::O_NONBLOCK == 0)
}

/// Set or clear `O_NONBLOCK` on `fd`.
pub fn set_blocking(fd: i32, blocking: bool) -> Result<()> {
    // SAFETY: F_GETFL takes no argument.
    let flags = check(unsafe { libc::fcntl(fd, libc::F_GETFL) })?;
    let new = if blocking {
        flags & !libc::O_NONBLOCK
    } else {
        flags | libc::O_NONBLOCK
    };
    if new != flags {
        // SAFETY: F_SETFL takes an integer argument.
        check(unsafe { libc::fcntl(fd, libc::F_SETFL, new) })?;
    }
    Ok(())
}

/// `fsync(2)`.
pub fn fsync(fd: i32) -> Result<()> {
    // SAFETY: integer argument only.
    check(unsafe { libc::fsync(fd) }).map(drop)
}

/// `ftruncate(2)`.
pub fn ftruncate(fd: i32, length: i64) -> Result<()> {
    // SAFETY: integer arguments only.
    check(unsafe { libc::ftruncate(fd, length) }).map(drop)
}

/// `waitpid(2)`: `(pid, status)`; `(0, 0)` when `WNOHANG` found no change.
pub fn waitpid(pid: i32, options: i32) -> Result<(i32, i32)> {
    let mut status = 0;
    // SAFETY: waitpid writes one int through the exclusively borrowed pointer.
    let r = check(unsafe { libc::waitpid(pid, &mut status, options) })?;
    Ok((r, status))
}

/// `access(2)`: whether this process may use `path` as `mode` asks (`F_OK`, `R_OK`...).
pub fn access(path: &CStr, mode: i32) -> bool {
    // SAFETY: `path` is a valid NUL-terminated string for the duration of the call.
    unsafe { libc::access(path.as_ptr(), mode) == 0 }
}

/// `umask(2)`: set the file mode creation mask, returning the previous one.
pub fn umask(mask: u32) -> u32 {
    // SAFETY: integer argument only; umask cannot fail.
    unsafe { libc::umask(mask as libc::mode_t) as u32 }
}

/// The process's `(uid, euid, gid, egid, process group)`.
pub fn ids() -> (u32, u32, u32, u32, i32) {
    // SAFETY: these calls take no arguments and cannot fail.
    unsafe {
        (
            libc::getuid(),
            libc::geteuid(),
            libc::getgid(),
            libc::getegid(),
            libc::getpgrp(),
        )
    }
}

/// `poll(2)` over `(fd, events)` pairs: the events seen for each, in order. `timeout_ms`
/// negative waits without limit.
pub fn poll(fds: &[(i32, i16)], timeout_ms: i32) -> Result<Vec<i16>> {
    let mut set: Vec<libc::pollfd> = fds
        .iter()
        .map(|&(fd, events)| libc::pollfd {
            fd,
            events,
            revents: 0,
        })
        .collect();
    // SAFETY: `set` is an exclusively borrowed array of `set.len()` pollfd records, whose
    // `revents` fields poll(2) writes.
    check(unsafe { libc::poll(set.as_mut_ptr(), set.len() as libc::nfds_t, timeout_ms) })?;
    Ok(set.iter().map(|p| p.revents).collect())
}

/// A non-inheritable copy of `fd` that the caller owns (for a child's standard stream:
/// `Stdio::from` closes it once the child has it).
pub fn dup_owned(fd: i32) -> Result<OwnedFd> {
    let copy = dup(fd)?;
    // SAFETY: `copy` is a descriptor fcntl has just created for this call alone; nothing
    // else knows it, so the returned `OwnedFd` is its only owner.
    Ok(unsafe { OwnedFd::from_raw_fd(copy) })
}

/// What a child does between fork and exec, on top of what `Command` does (standard
/// streams, directory, environment, process group; default signal mask and `SIGPIPE`).
#[derive(Debug, Default, Clone)]
pub struct ChildSetup {
    /// Mark every descriptor from 3 up close-on-exec (`close_fds=True`), except
    /// `pass_fds`.
    pub close_fds: bool,
    /// Descriptors the program inherits under their own numbers.
    pub pass_fds: Vec<i32>,
    /// Start a new session (`setsid`).
    pub new_session: bool,
    /// The file mode creation mask to set.
    pub umask: Option<u32>,
    /// Highest descriptor to mark when the kernel lacks `close_range` (the soft
    /// `RLIMIT_NOFILE`, read here, before the fork).
    fallback_max_fd: i32,
}

impl ChildSetup {
    /// The setup, with the descriptor limit read now (the child may not allocate or ask).
    pub fn new(close_fds: bool, pass_fds: Vec<i32>, new_session: bool, umask: Option<u32>) -> Self {
        let mut lim = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: getrlimit writes one `rlimit` through the exclusively borrowed pointer.
        let ok = unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) } == 0;
        let fallback_max_fd = if ok {
            i32::try_from(lim.rlim_cur).unwrap_or(i32::MAX).min(1 << 20)
        } else {
            1024
        };
        ChildSetup {
            close_fds,
            pass_fds,
            new_session,
            umask,
            fallback_max_fd,
        }
    }

    /// Have `cmd` run this setup in the child, after `Command` has set up the standard
    /// streams and the directory, just before exec.
    pub fn install(self, cmd: &mut Command) {
        let setup = self;
        let run = move || -> Result<()> {
            if setup.new_session {
                // SAFETY: setsid takes no argument and is async-signal-safe.
                check(unsafe { libc::setsid() })?;
            }
            if let Some(mask) = setup.umask {
                // SAFETY: umask takes an integer and is async-signal-safe.
                unsafe { libc::umask(mask as libc::mode_t) };
            }
            if setup.close_fds {
                // Close-on-exec rather than closed: `Command`'s own pipe, which reports a
                // failed exec to the parent, must stay open until the exec.
                // SAFETY: close_range takes integers only and is async-signal-safe.
                let r = unsafe {
                    libc::syscall(
                        libc::SYS_close_range,
                        3u32,
                        u32::MAX,
                        libc::CLOSE_RANGE_CLOEXEC,
                    )
                };
                if r != 0 {
                    for fd in 3..setup.fallback_max_fd {
                        // SAFETY: F_SETFD takes an integer; a closed descriptor is EBADF.
                        unsafe { libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC) };
                    }
                }
            }
            for &fd in &setup.pass_fds {
                // SAFETY: F_SETFD takes an integer and is async-signal-safe.
                check(unsafe { libc::fcntl(fd, libc::F_SETFD, 0) })?;
            }
            Ok(())
        };
        // SAFETY: the closure runs in the forked child, where only async-signal-safe
        // calls are allowed: it makes system calls only (setsid, umask, close_range,
        // fcntl) and reads the vector it owns, allocating nothing and taking no lock.
        unsafe {
            cmd.pre_exec(run);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pipe_carries_bytes_and_reports_end_of_data() {
        let (r, w) = pipe().unwrap();
        assert!(!get_inheritable(r).unwrap());
        assert_eq!(write(w, b"hello").unwrap(), 5);
        assert_eq!(read(r, 3).unwrap(), b"hel");
        close(w).unwrap();
        assert_eq!(read(r, 10).unwrap(), b"lo");
        assert_eq!(read(r, 10).unwrap(), b"");
        close(r).unwrap();
        assert_eq!(close(r).unwrap_err().raw_os_error(), Some(libc::EBADF));
    }

    #[test]
    fn dup_and_flags() {
        let (r, w) = pipe().unwrap();
        let d = dup(w).unwrap();
        assert!(d != w && !get_inheritable(d).unwrap());
        set_inheritable(d, true).unwrap();
        assert!(get_inheritable(d).unwrap());
        assert!(get_blocking(r).unwrap());
        set_blocking(r, false).unwrap();
        assert_eq!(
            read(r, 1).unwrap_err().kind(),
            std::io::ErrorKind::WouldBlock
        );
        let events = poll(&[(r, libc::POLLIN), (w, libc::POLLOUT)], 0).unwrap();
        assert_eq!(events[0] & libc::POLLIN, 0);
        assert_ne!(events[1] & libc::POLLOUT, 0);
        for fd in [r, w, d] {
            close(fd).unwrap();
        }
    }
}
