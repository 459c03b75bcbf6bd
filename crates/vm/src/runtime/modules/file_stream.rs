//! The state behind a file object of `open()`: the OS file and what was read ahead of the
//! reader, so reads stream through the file in chunks (an endless device such as
//! `/dev/urandom` reads as well as a huge file) instead of loading it at open.
//!
//! Positions follow CPython's layers. A binary file is a `BufferedReader`/`BufferedRandom`:
//! bytes read ahead in chunks, its position the logical one (a write lands there). A text
//! file is a `TextIOWrapper` reading 8192-byte chunks straight from the file and decoding
//! them incrementally; its line ends are translated as they are consumed, so `tell()` is the
//! byte offset of the next character in the file, and a write after a read lands where the
//! read-ahead left the file (as CPython's writes do).

use std::cell::{Cell, RefCell};
use std::fs::File;
use std::io::{ErrorKind, Read, Seek, SeekFrom, Write};

use heap::ObjRef;

use crate::runtime::codecs::{self, Codec};
use crate::runtime::{PyResult, Vm};

/// CPython's `TextIOWrapper` chunk size, also the read-ahead of binary files.
pub const CHUNK: usize = 8192;

/// The most one OS read asks for (a huge `read(n)` takes several reads, not a huge buffer
/// up front).
const MAX_READ: usize = 1 << 24;

/// The `newline` argument of a text file: how its line ends read (and write).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Newline {
    /// `None`: `\r\n`, `\r` and `\n` end lines and read as `\n`.
    Universal,
    /// `''`: the three end lines and read as they are.
    Any,
    /// `'\n'`.
    Lf,
    /// `'\r'`: lines end at `\r`; `\n` writes as `\r`.
    Cr,
    /// `'\r\n'`: lines end at `\r\n`; `\n` writes as `\r\n`.
    CrLf,
}

/// An open file: the OS file, its mode and codec, and its read-ahead.
pub struct FileState {
    /// `None` once closed.
    file: RefCell<Option<File>>,
    /// Bytes in and out (else text).
    pub binary: bool,
    /// A text file's codec and error handler.
    pub codec: Codec,
    /// The error handler of `codec`.
    pub errors: String,
    /// How a text file's line ends read and write.
    pub newline: Newline,
    /// Where the OS file stands (past any read-ahead).
    raw_pos: Cell<u64>,
    /// Binary: bytes read ahead, consumed up to `bstart`.
    bytes: RefCell<Vec<u8>>,
    bstart: Cell<usize>,
    /// Text: decoded text read ahead, line ends as in the file, consumed up to `tstart`.
    text: RefCell<String>,
    tstart: Cell<usize>,
    /// Text: the file offset of `text[tstart]` while unconsumed text remains.
    text_at: Cell<u64>,
    /// Text: the undecoded end of the last chunk (an incomplete character).
    undecoded: RefCell<Vec<u8>>,
    /// The last read found the end of the file.
    eof: Cell<bool>,
    /// `tell()` of a text file works (not while it is being iterated, as in CPython).
    pub telling: Cell<bool>,
    /// Closing the file closes its descriptor (false: `open(fd, closefd=False)`, whose
    /// descriptor stays open for its owner).
    closefd: Cell<bool>,
}
heap::impl_object!(FileState, "_io.file_state", []);

impl Drop for FileState {
    /// A file dropped open closes its descriptor, unless it was opened with
    /// `closefd=False`.
    fn drop(&mut self) {
        self.close();
    }
}

/// Where a scan of read-ahead text stopped: `end` (an index in the text), the characters
/// it covers once translated, and whether it is final (`false`: more text is needed).
struct Scan {
    end: usize,
    chars: usize,
    done: bool,
}

/// The length of the UTF-8 sequence a byte starts.
fn utf8_width(b: u8) -> usize {
    match b {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

/// How many bytes at the end of `data` start a UTF-8 character that is not complete yet
/// (kept for the next chunk).
fn incomplete_utf8_tail(data: &[u8]) -> usize {
    for back in 1..=data.len().min(3) {
        let b = data[data.len() - back];
        if b & 0xC0 == 0x80 {
            continue;
        }
        return if b >= 0xC0 && utf8_width(b) > back {
            back
        } else {
            0
        };
    }
    0
}

impl FileState {
    /// The state of `file`, opened at `start` (the end, for an appending file).
    pub fn new(
        file: File,
        binary: bool,
        codec: Codec,
        errors: String,
        newline: Newline,
        start: u64,
    ) -> Self {
        FileState {
            file: RefCell::new(Some(file)),
            binary,
            codec,
            errors,
            newline,
            raw_pos: Cell::new(start),
            bytes: RefCell::new(Vec::new()),
            bstart: Cell::new(0),
            text: RefCell::new(String::new()),
            tstart: Cell::new(0),
            text_at: Cell::new(start),
            undecoded: RefCell::new(Vec::new()),
            eof: Cell::new(false),
            telling: Cell::new(true),
            closefd: Cell::new(true),
        }
    }

    /// Leave the descriptor open when the file closes (`closefd=False`).
    pub fn keep_descriptor(self) -> Self {
        self.closefd.set(false);
        self
    }

    /// Whether closing the file closes its descriptor.
    pub fn closes_descriptor(&self) -> bool {
        self.closefd.get()
    }

    /// Run `op` on the open OS file (its errors as `OSError`s).
    fn with_file<T>(
        &self,
        vm: &Vm,
        op: impl FnOnce(&mut File) -> std::io::Result<T>,
    ) -> PyResult<T> {
        let mut guard = self.file.borrow_mut();
        let Some(file) = guard.as_mut() else {
            return vm.value_err("I/O operation on closed file.");
        };
        op(file).map_err(|e| vm.io_error(&e, None))
    }

    /// Close the OS file (a second close does nothing); with `closefd=False` the
    /// descriptor is only let go.
    pub fn close(&self) {
        let file = self.file.borrow_mut().take();
        if let Some(f) = file {
            if !self.closefd.get() {
                use std::os::fd::IntoRawFd;
                let _ = f.into_raw_fd();
            }
        }
    }

    /// The OS file descriptor.
    pub fn fileno(&self, vm: &Vm) -> PyResult<i32> {
        use std::os::fd::AsRawFd;
        self.with_file(vm, |f| Ok(f.as_raw_fd()))
    }

    /// The file is a terminal.
    pub fn isatty(&self, vm: &Vm) -> PyResult<bool> {
        use std::io::IsTerminal;
        self.with_file(vm, |f| Ok(f.is_terminal()))
    }

    /// The OS can move the file's position (not a pipe or a terminal).
    pub fn seekable(&self, vm: &Vm) -> PyResult<bool> {
        Ok(self.with_file(vm, |f| f.stream_position()).is_ok())
    }

    /// One OS read of up to `n` bytes (fewer at the end of the file, none past it; at most
    /// [`MAX_READ`] at once, however large the request).
    fn raw_read(&self, vm: &Vm, n: usize) -> PyResult<Vec<u8>> {
        let mut buf = vec![0; n.min(MAX_READ)];
        let got = self.with_file(vm, |f| loop {
            match f.read(&mut buf) {
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                r => return r,
            }
        })?;
        buf.truncate(got);
        self.raw_pos.set(self.raw_pos.get() + got as u64);
        Ok(buf)
    }

    /// The rest of the file.
    fn raw_read_all(&self, vm: &Vm) -> PyResult<Vec<u8>> {
        let mut buf = Vec::new();
        let got = self.with_file(vm, |f| f.read_to_end(&mut buf))?;
        self.raw_pos.set(self.raw_pos.get() + got as u64);
        Ok(buf)
    }

    /// The logical position: the byte offset of what the next read returns.
    pub fn position(&self) -> u64 {
        if self.binary {
            let ahead = self.bytes.borrow().len() - self.bstart.get();
            return self.raw_pos.get() - ahead as u64;
        }
        if self.tstart.get() < self.text.borrow().len() {
            return self.text_at.get();
        }
        self.raw_pos.get() - self.undecoded.borrow().len() as u64
    }

    /// Where the OS file stands: a text file's writes and `truncate()` work there.
    pub fn raw_position(&self) -> u64 {
        self.raw_pos.get()
    }

    /// Forget what was read ahead (before a write or a seek).
    fn discard_read_ahead(&self) {
        self.bytes.borrow_mut().clear();
        self.bstart.set(0);
        self.text.borrow_mut().clear();
        self.tstart.set(0);
        self.undecoded.borrow_mut().clear();
    }

    /// Move the OS file to `pos` unless it is there (pipes cannot seek, and need not).
    fn raw_seek(&self, vm: &Vm, pos: u64) -> PyResult<()> {
        if pos != self.raw_pos.get() {
            self.with_file(vm, |f| f.seek(SeekFrom::Start(pos)))?;
            self.raw_pos.set(pos);
        }
        Ok(())
    }

    /// `seek`: to `offset` from the start (`whence` 0), the position (1) or the end (2);
    /// returns the new position. Errors are the OS's (`EINVAL` before the start).
    pub fn seek(&self, vm: &Vm, offset: i64, whence: i64) -> PyResult<u64> {
        let base = match whence {
            0 => 0,
            1 => self.position() as i64,
            _ => {
                self.discard_read_ahead();
                let end = self.with_file(vm, |f| f.seek(SeekFrom::End(offset)))?;
                self.raw_pos.set(end);
                return Ok(end);
            }
        };
        self.discard_read_ahead();
        let Ok(target) = u64::try_from(base + offset) else {
            let e = std::io::Error::from_raw_os_error(22);
            return Err(vm.io_error(&e, None));
        };
        let at = self.with_file(vm, |f| f.seek(SeekFrom::Start(target)))?;
        self.raw_pos.set(at);
        Ok(at)
    }

    /// The OS file stands at its start: where a `utf-8-sig` text file writes its byte
    /// order mark (CPython's TextIOWrapper resets the encoder, so writes no mark, at any
    /// other position).
    pub fn at_start(&self) -> bool {
        self.raw_pos.get() == 0
    }

    /// Write `data` at the position (a binary file), where the read-ahead left the file (a
    /// text file), or at the end (`append`); returns the new position.
    pub fn write(&self, vm: &Vm, data: &[u8], append: bool) -> PyResult<u64> {
        let at = if self.binary {
            self.position()
        } else {
            self.raw_pos.get()
        };
        self.discard_read_ahead();
        let end = if append {
            self.with_file(vm, |f| {
                f.write_all(data)?;
                f.stream_position()
            })?
        } else {
            self.raw_seek(vm, at)?;
            self.with_file(vm, |f| f.write_all(data))?;
            at + data.len() as u64
        };
        self.raw_pos.set(end);
        Ok(end)
    }

    /// `truncate(size)`: a binary file at its position by default, a text file where the
    /// read-ahead left the file (CPython passes the size on to the buffer as given).
    pub fn truncate(&self, vm: &Vm, size: Option<u64>) -> PyResult<u64> {
        let size = match size {
            Some(s) => s,
            None if self.binary => {
                let p = self.position();
                self.discard_read_ahead();
                self.raw_seek(vm, p)?;
                p
            }
            None => self.raw_pos.get(),
        };
        self.with_file(vm, |f| f.set_len(size))?;
        Ok(size)
    }

    // ----- binary reads -----

    /// Take up to `n` read-ahead bytes into `out`.
    fn take_bytes(&self, out: &mut Vec<u8>, n: usize) {
        let buf = self.bytes.borrow();
        let start = self.bstart.get();
        let k = n.min(buf.len() - start);
        out.extend_from_slice(&buf[start..start + k]);
        self.bstart.set(start + k);
    }

    /// Read ahead one chunk; false at the end of the file.
    fn fill_bytes(&self, vm: &Vm) -> PyResult<bool> {
        let chunk = self.raw_read(vm, CHUNK)?;
        let more = !chunk.is_empty();
        *self.bytes.borrow_mut() = chunk;
        self.bstart.set(0);
        Ok(more)
    }

    /// `read(n)` of a binary file: `n` bytes, fewer at the end; `None`: to the end.
    pub fn read_bytes(&self, vm: &Vm, n: Option<usize>) -> PyResult<Vec<u8>> {
        let mut out = Vec::new();
        let Some(n) = n else {
            self.take_bytes(&mut out, usize::MAX);
            out.extend(self.raw_read_all(vm)?);
            return Ok(out);
        };
        self.take_bytes(&mut out, n);
        while out.len() < n {
            let need = n - out.len();
            if need >= CHUNK {
                // A large read goes straight to the file.
                let got = self.raw_read(vm, need)?;
                if got.is_empty() {
                    break;
                }
                out.extend(got);
            } else {
                if !self.fill_bytes(vm)? {
                    break;
                }
                self.take_bytes(&mut out, need);
            }
        }
        Ok(out)
    }

    /// `read1(n)` of a binary file: what is read ahead (at most `n` bytes), or else at most
    /// one read of the file; `None`: no limit.
    pub fn read1_bytes(&self, vm: &Vm, n: Option<usize>) -> PyResult<Vec<u8>> {
        let mut out = Vec::new();
        let n = n.unwrap_or(usize::MAX);
        if n == 0 {
            return Ok(out);
        }
        let ahead = self.bytes.borrow().len() - self.bstart.get();
        if ahead == 0 {
            if n != usize::MAX && n >= CHUNK {
                return self.raw_read(vm, n);
            }
            self.fill_bytes(vm)?;
        }
        self.take_bytes(&mut out, n);
        Ok(out)
    }

    /// `peek()` of a binary file: the bytes read ahead (one read of the file when there are
    /// none), left unread.
    pub fn peek_bytes(&self, vm: &Vm) -> PyResult<Vec<u8>> {
        if self.bytes.borrow().len() == self.bstart.get() {
            self.fill_bytes(vm)?;
        }
        Ok(self.bytes.borrow()[self.bstart.get()..].to_vec())
    }

    /// `readline(limit)` of a binary file: through the next `\n`, at most `limit` bytes.
    pub fn readline_bytes(&self, vm: &Vm, limit: Option<usize>) -> PyResult<Vec<u8>> {
        let mut out = Vec::new();
        loop {
            let room = limit.map_or(usize::MAX, |l| l - out.len());
            {
                let buf = self.bytes.borrow();
                let start = self.bstart.get();
                let avail = &buf[start..];
                let avail = &avail[..avail.len().min(room)];
                if let Some(i) = avail.iter().position(|&c| c == b'\n') {
                    out.extend_from_slice(&avail[..=i]);
                    self.bstart.set(start + i + 1);
                    return Ok(out);
                }
                out.extend_from_slice(avail);
                self.bstart.set(start + avail.len());
            }
            if limit.is_some_and(|l| out.len() >= l) || !self.fill_bytes(vm)? {
                return Ok(out);
            }
        }
    }

    // ----- text reads -----

    /// Decode the next chunk (`all`: the rest of the file) onto the read-ahead text.
    fn fill_text(&self, vm: &Vm, all: bool) -> PyResult<()> {
        {
            let mut text = self.text.borrow_mut();
            let start = self.tstart.get();
            if start >= text.len() {
                text.clear();
                self.text_at
                    .set(self.raw_pos.get() - self.undecoded.borrow().len() as u64);
            } else if start > 0 {
                text.drain(..start);
            }
            self.tstart.set(0);
        }
        // The wide codecs (a BOM decides their byte order) and `utf-8-sig` (a BOM to skip)
        // decode the rest at once.
        let whole = all || matches!(self.codec, Codec::Wide(..) | Codec::Utf8Sig);
        let raw = if whole {
            self.raw_read_all(vm)?
        } else {
            self.raw_read(vm, CHUNK)?
        };
        let at_end = whole || raw.is_empty();
        let mut data = std::mem::take(&mut *self.undecoded.borrow_mut());
        data.extend(raw);
        let keep = if at_end || self.codec != Codec::Utf8 {
            0
        } else {
            incomplete_utf8_tail(&data)
        };
        let (body, tail) = data.split_at(data.len() - keep);
        let decoded = match std::str::from_utf8(body) {
            Ok(s) if self.codec == Codec::Utf8 => s.to_string(),
            _ => codecs::decode(vm, body, self.codec, &self.errors)?,
        };
        *self.undecoded.borrow_mut() = tail.to_vec();
        self.text.borrow_mut().push_str(&decoded);
        self.eof.set(at_end);
        Ok(())
    }

    /// The bytes `piece` (decoded text) came from.
    fn encoded_len(&self, vm: &Vm, piece: &str) -> PyResult<u64> {
        Ok(match self.codec {
            Codec::Utf8 | Codec::Utf8Sig => piece.len(),
            Codec::Ascii | Codec::Latin1 => piece.chars().count(),
            Codec::Wide(..) => codecs::encode(vm, piece, self.codec, "replace")?.len(),
        } as u64)
    }

    /// Consume the read-ahead text up to `end`, its line ends translated.
    fn take_text(&self, vm: &Vm, end: usize) -> PyResult<String> {
        let piece = {
            let text = self.text.borrow();
            let start = self.tstart.get();
            text[start..end].to_string()
        };
        let consumed = self.encoded_len(vm, &piece)?;
        self.text_at.set(self.text_at.get() + consumed);
        self.tstart.set(end);
        if self.newline == Newline::Universal && piece.contains('\r') {
            return Ok(piece.replace("\r\n", "\n").replace('\r', "\n"));
        }
        Ok(piece)
    }

    /// Scan the read-ahead text from `i` (having covered `chars` characters) for `limit`
    /// characters in all, or (with `lines`) the end of a line.
    fn scan(&self, mut i: usize, mut chars: usize, limit: Option<usize>, lines: bool) -> Scan {
        let text = self.text.borrow();
        let b = text.as_bytes();
        let eof = self.eof.get();
        let nl = self.newline;
        let fits = |chars: usize, k: usize| limit.is_none_or(|l| chars + k <= l);
        loop {
            if limit.is_some_and(|l| chars >= l) {
                return Scan {
                    end: i,
                    chars,
                    done: true,
                };
            }
            let Some(&c) = b.get(i) else {
                return Scan {
                    end: i,
                    chars,
                    done: eof,
                };
            };
            if c == b'\r' && matches!(nl, Newline::Universal | Newline::Any | Newline::CrLf) {
                // What a '\r' is depends on the character after it.
                if i + 1 == b.len() && !eof {
                    return Scan {
                        end: i,
                        chars,
                        done: false,
                    };
                }
                let crlf = b.get(i + 1) == Some(&b'\n');
                let ends_line = match nl {
                    Newline::Universal => {
                        i += if crlf { 2 } else { 1 };
                        chars += 1;
                        true
                    }
                    _ if crlf && fits(chars, 2) => {
                        i += 2;
                        chars += 2;
                        true
                    }
                    _ => {
                        i += 1;
                        chars += 1;
                        nl == Newline::Any
                    }
                };
                if lines && ends_line {
                    return Scan {
                        end: i,
                        chars,
                        done: true,
                    };
                }
                continue;
            }
            i += utf8_width(c);
            chars += 1;
            let ends_line = match nl {
                Newline::Cr => c == b'\r',
                Newline::CrLf => false,
                _ => c == b'\n',
            };
            if lines && ends_line {
                return Scan {
                    end: i,
                    chars,
                    done: true,
                };
            }
        }
    }

    /// Read text: `limit` characters (`None`: no limit), or (with `lines`) one line.
    fn read_text_until(&self, vm: &Vm, limit: Option<usize>, lines: bool) -> PyResult<String> {
        // The scan's progress, relative to the unconsumed text (which a fill moves).
        let (mut rel, mut chars) = (0, 0);
        self.eof.set(false);
        loop {
            let start = self.tstart.get();
            let s = self.scan(start + rel, chars, limit, lines);
            if s.done {
                return self.take_text(vm, s.end);
            }
            rel = s.end - start;
            chars = s.chars;
            self.fill_text(vm, false)?;
        }
    }

    /// `read(n)` of a text file: `n` characters, fewer at the end; `None`: to the end.
    pub fn read_text(&self, vm: &Vm, n: Option<usize>) -> PyResult<String> {
        match n {
            Some(n) => self.read_text_until(vm, Some(n), false),
            None => {
                self.fill_text(vm, true)?;
                let end = self.text.borrow().len();
                self.take_text(vm, end)
            }
        }
    }

    /// `readline(limit)` of a text file.
    pub fn readline_text(&self, vm: &Vm, limit: Option<usize>) -> PyResult<String> {
        self.read_text_until(vm, limit, true)
    }
}

/// A file object's state (its `_s` attribute).
pub fn state(vm: &Vm, f: &ObjRef) -> PyResult<heap::Gc<FileState>> {
    match vm.getattr_str(f, "_s")?.downcast::<FileState>() {
        Some(s) => Ok(s),
        None => vm.type_err("file state is missing"),
    }
}
