//! The size of a terminal, as the kernel reports it for a file descriptor
//! (`os.get_terminal_size`): one `ioctl`, kept apart as the only `unsafe` it needs.

/// `(columns, lines)` of the terminal open on `fd`; the OS error when `fd` is not one.
pub fn size(fd: i32) -> std::io::Result<(u16, u16)> {
    // SAFETY: all-zero bytes are a valid `winsize`, which the ioctl fills.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ writes one `winsize` through the pointer, which is valid and
    // exclusively borrowed for the call; a bad `fd` is reported through errno.
    let r = unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) };
    if r == 0 {
        Ok((ws.ws_col, ws.ws_row))
    } else {
        Err(std::io::Error::last_os_error())
    }
}
