# pymem's frozen `stat`: the names and values of CPython 3.12's `stat` module (file type and
# permission bits of `os.stat()` modes, the `st_*` tuple indices, BSD file flags and the
# Windows attribute numbers), written for pymem.

ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = range(10)

# File types: the high bits of a mode.
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
# Types other systems have (Solaris doors and event ports, BSD whiteouts): never set here.
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

# Permission and mode bits.
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o400
S_IWRITE = 0o200
S_IEXEC = 0o100
S_IRWXU = 0o700
S_IRUSR = 0o400
S_IWUSR = 0o200
S_IXUSR = 0o100
S_IRWXG = 0o070
S_IRGRP = 0o040
S_IWGRP = 0o020
S_IXGRP = 0o010
S_IRWXO = 0o007
S_IROTH = 0o004
S_IWOTH = 0o002
S_IXOTH = 0o001

# BSD file flags (st_flags).
UF_NODUMP = 0x00000001
UF_IMMUTABLE = 0x00000002
UF_APPEND = 0x00000004
UF_OPAQUE = 0x00000008
UF_NOUNLINK = 0x00000010
UF_COMPRESSED = 0x00000020
UF_HIDDEN = 0x00008000
SF_ARCHIVED = 0x00010000
SF_IMMUTABLE = 0x00020000
SF_APPEND = 0x00040000
SF_NOUNLINK = 0x00100000
SF_SNAPSHOT = 0x00200000

# Windows file attributes (st_file_attributes).
FILE_ATTRIBUTE_READONLY = 1
FILE_ATTRIBUTE_HIDDEN = 2
FILE_ATTRIBUTE_SYSTEM = 4
FILE_ATTRIBUTE_DIRECTORY = 16
FILE_ATTRIBUTE_ARCHIVE = 32
FILE_ATTRIBUTE_DEVICE = 64
FILE_ATTRIBUTE_NORMAL = 128
FILE_ATTRIBUTE_TEMPORARY = 256
FILE_ATTRIBUTE_SPARSE_FILE = 512
FILE_ATTRIBUTE_REPARSE_POINT = 1024
FILE_ATTRIBUTE_COMPRESSED = 2048
FILE_ATTRIBUTE_OFFLINE = 4096
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 8192
FILE_ATTRIBUTE_ENCRYPTED = 16384
FILE_ATTRIBUTE_INTEGRITY_STREAM = 32768
FILE_ATTRIBUTE_VIRTUAL = 65536
FILE_ATTRIBUTE_NO_SCRUB_DATA = 131072

_TYPE_MASK = 0o170000


def S_IMODE(mode):
    return mode & 0o7777


def S_IFMT(mode):
    return mode & _TYPE_MASK


def S_ISDIR(mode):
    return mode & _TYPE_MASK == S_IFDIR


def S_ISCHR(mode):
    return mode & _TYPE_MASK == S_IFCHR


def S_ISBLK(mode):
    return mode & _TYPE_MASK == S_IFBLK


def S_ISREG(mode):
    return mode & _TYPE_MASK == S_IFREG


def S_ISFIFO(mode):
    return mode & _TYPE_MASK == S_IFIFO


def S_ISLNK(mode):
    return mode & _TYPE_MASK == S_IFLNK


def S_ISSOCK(mode):
    return mode & _TYPE_MASK == S_IFSOCK


def S_ISDOOR(mode):
    return False


def S_ISPORT(mode):
    return False


def S_ISWHT(mode):
    return False


# `ls -l`'s letter for each file type.
_TYPE_LETTERS = {
    S_IFLNK: "l", S_IFSOCK: "s", S_IFREG: "-", S_IFBLK: "b",
    S_IFDIR: "d", S_IFCHR: "c", S_IFIFO: "p",
}


def _triple(mode, read, write, execute, special, set_letter):
    # One rwx group; a special bit (setuid, setgid, sticky) shows in the execute column,
    # lower case when execute is set too.
    out = "r" if mode & read else "-"
    out += "w" if mode & write else "-"
    if mode & special:
        out += set_letter if mode & execute else set_letter.upper()
    else:
        out += "x" if mode & execute else "-"
    return out


def filemode(mode):
    kind = _TYPE_LETTERS.get(mode & _TYPE_MASK, "?")
    return (kind
            + _triple(mode, S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, "s")
            + _triple(mode, S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, "s")
            + _triple(mode, S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, "t"))
