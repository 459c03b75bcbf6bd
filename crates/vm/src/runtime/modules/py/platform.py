"""Facts about the platform the interpreter runs on: the operating system (uname()),
the machine, the C library, and the Python implementation and version."""
# pymem's platform, written for pymem with CPython 3.12's observable behaviour on Linux.
#
# Choices where pymem differs from CPython:
# * python_implementation() comes from sys.implementation.name: 'cpython', 'pypy',
#   'ironpython' and 'jython' give CPython's spellings ('CPython', ...), any other name is
#   returned as it is, so pymem answers 'pymem' (CPython's platform parses sys.version,
#   whose pymem form, '3.12.1 (pymem)', it would reject with a ValueError).
#   python_version() and python_version_tuple() come from sys.version_info; there is no
#   build information: python_branch(), python_revision(), python_compiler() are '' and
#   python_build() is ('', '').
# * pymem starts no processes: architecture() reads the ELF header of the file itself
#   where CPython runs `file`, and processor() is '' (what `uname -p` gives on most Linux
#   systems, 'unknown', which CPython reports as '').
# * libc_ver() asks the C library (os.confstr), as CPython does first; given a file, it
#   looks for the version markers of glibc's symbols in it, as CPython does.

import collections
import os
import re
import sys

__version__ = '1.0.8'

_IMPLEMENTATION_NAMES = {'cpython': 'CPython', 'pypy': 'PyPy', 'ironpython': 'IronPython',
                         'jython': 'Jython'}


# --- the operating system -------------------------------------------------------------

_uname_base = collections.namedtuple('uname_result_base',
                                     'system node release version machine')


class uname_result(_uname_base):
    """uname()'s result: a named 5-tuple (system, node, release, version, machine) that
    also gives `processor` as a sixth item when iterated, indexed or measured."""

    _fields = _uname_base._fields + ('processor',)

    def __new__(cls, *args, **kwargs):
        # The base class checks the arguments (and words its errors).
        return tuple.__new__(cls, _uname_base(*args, **kwargs))

    @property
    def processor(self):
        return ''

    def _stored(self):
        return tuple(tuple.__iter__(self))

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __repr__(self):
        shown = ['%s=%r' % pair for pair in zip(_uname_base._fields, self._stored())]
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    @classmethod
    def _make(cls, iterable):
        made = cls.__new__(cls, *iterable)
        if len(made) != len(cls._fields):
            raise TypeError('Expected %d arguments, got %d'
                            % (len(cls._fields) - 1, len(made)))
        return made

    def _replace(self, /, **changes):
        made = self._make([changes.pop(name, value)
                           for name, value in zip(_uname_base._fields, self)])
        if changes:
            raise ValueError('Got unexpected field names: %r' % list(changes))
        return made

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __reduce__(self):
        return uname_result, self._stored()


_uname_cache = None


def _blank_if_unknown(value):
    return '' if value == 'unknown' else value


def uname():
    """(system, node, release, version, machine, processor) of this computer, as
    os.uname() tells them; what cannot be found is ''."""
    global _uname_cache
    if _uname_cache is None:
        try:
            facts = tuple(os.uname())
        except AttributeError:
            facts = (sys.platform, '', '', '', '')
        _uname_cache = uname_result(*[_blank_if_unknown(v) for v in facts])
    return _uname_cache


def system():
    """The operating system's name, such as 'Linux' ('' if unknown)."""
    return uname().system


def node():
    """The computer's network name, not necessarily fully qualified ('' if unknown)."""
    return uname().node


def release():
    """The operating system's release, such as '6.1.0-13-amd64' ('' if unknown)."""
    return uname().release


def version():
    """The operating system's version (build) text ('' if unknown)."""
    return uname().version


def machine():
    """The machine's type, such as 'x86_64' ('' if unknown)."""
    return uname().machine


def processor():
    """The processor's name, '' when the system does not say (as on most Linux)."""
    return uname().processor


def system_alias(system, release, version):
    """(system, release, version) under the names systems are sold as: SunOS 5 and later
    is Solaris (release minus 3), win32/win16 is Windows."""
    if system == 'SunOS':
        if release < '5':
            return system, release, version
        major, dot, rest = release.partition('.')
        try:
            release = str(int(major) - 3) + dot + rest
        except ValueError:
            pass
        return 'Solaris', release, version
    if system in ('win32', 'win16'):
        system = 'Windows'
    return system, release, version


def win32_ver(release='', version='', csd='', ptype=''):
    """Windows' version facts; the defaults elsewhere."""
    return release, version, csd, ptype


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    """macOS's version facts; the defaults elsewhere."""
    return release, versioninfo, machine


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    """The Java VM's facts (Jython); the defaults elsewhere."""
    return release, vendor, vminfo, osinfo


# --- the executable: bits, linkage, C library ----------------------------------------

def _elf_facts(path):
    # (bits, 'executable'/'shared object') of an ELF file, None for anything else: what
    # CPython reads from `file -b PATH`.
    try:
        with open(os.path.realpath(path), 'rb') as f:
            header = f.read(20)
    except OSError:
        return None
    if len(header) < 18 or header[:4] != b'\x7fELF':
        return None
    bits = {1: '32bit', 2: '64bit'}.get(header[4], '')
    if header[5] == 2:
        kind = header[16] * 256 + header[17]
    else:
        kind = header[17] * 256 + header[16]
    if kind == 2:
        return bits, 'executable'
    if kind == 3:
        return bits, 'shared object'
    return None


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of an executable file (by default the interpreter): '64bit' and
    'ELF' for instance. What cannot be found is given by the arguments; bits defaults
    to the size of a pointer."""
    if not bits:
        import struct
        bits = '%dbit' % (struct.calcsize('P') * 8)
    facts = _elf_facts(executable) if executable else None
    if facts is None:
        return bits, linkage
    return facts[0] or bits, 'ELF'


def _version_key(text):
    # A version string as a list that compares as versions do ('2.9' < '2.10').
    key = []
    for part in re.split(r'[^0-9]+', text):
        if part:
            key.append(int(part))
    return key


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(library, version) of the C library the executable is linked with, such as
    ('glibc', '2.36'); the arguments when it cannot be found. Without an executable, the
    C library running this interpreter is asked."""
    if not executable:
        try:
            parts = os.confstr('CS_GNU_LIBC_VERSION').split(maxsplit=1)
        except (AttributeError, ValueError, OSError):
            parts = []
        if len(parts) == 2:
            return tuple(parts)
        executable = sys.executable
        if not executable:
            return lib, version
    with open(os.path.realpath(executable), 'rb') as f:
        data = f.read()
    if b'libc' not in data and b'GLIBC' not in data:
        return lib, version
    # The highest GLIBC_x.y symbol version wins; a bare libc mark or soname counts only
    # when no glibc marker was seen.
    markers = re.compile(rb'(__libc_init)|(GLIBC_([0-9.]+))|(libc(_\w+)?\.so(?:\.(\d[0-9.]*))?)',
                         re.ASCII)
    for found in markers.finditer(data):
        init, glibc, glibc_version, so, threads, so_version = [
            None if g is None else g.decode('latin1') for g in found.groups()]
        if init:
            if not lib:
                lib = 'libc'
        elif glibc:
            if lib != 'glibc':
                lib, version = 'glibc', glibc_version
            elif _version_key(glibc_version) > _version_key(version):
                version = glibc_version
        elif so and lib != 'glibc':
            lib = 'libc'
            if so_version and (not version or
                               _version_key(so_version) > _version_key(version)):
                version = so_version
            if threads and not version.endswith(threads):
                version += threads
    return lib, version


# --- the platform string ---------------------------------------------------------------

def _platform_string(*parts):
    # The non-empty parts joined with '-', made safe as a file name: no spaces, slashes,
    # quotes or brackets, no 'unknown', no doubled or trailing '-'.
    text = '-'.join(part.strip() for part in parts if len(part))
    text = text.replace(' ', '_')
    for bad in '/\\:;"()':
        text = text.replace(bad, '-')
    text = text.replace('unknown', '')
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


_platform_cache = {}


def platform(aliased=False, terse=False):
    """One string naming the platform, for people to read, such as
    'Linux-6.1.0-13-amd64-x86_64-with-glibc2.36'. `aliased` uses system_alias(); `terse`
    keeps only the essentials (on Linux the string is the same)."""
    key = (aliased, terse)
    if key in _platform_cache:
        return _platform_cache[key]
    system, node, release, version, machine, processor = uname()
    if processor == machine:
        processor = ''
    if aliased:
        system, release, version = system_alias(system, release, version)
    if system == 'Linux':
        name, number = libc_ver()
        text = _platform_string(system, release, machine, processor, 'with', name + number)
    elif terse:
        text = _platform_string(system, release)
    else:
        bits, linkage = architecture(sys.executable)
        text = _platform_string(system, release, machine, processor, bits, linkage)
    _platform_cache[key] = text
    return text


# --- the Python implementation ---------------------------------------------------------

def python_implementation():
    """The implementation's name: 'CPython', 'PyPy', ... or, for pymem, 'pymem'."""
    name = sys.implementation.name
    return _IMPLEMENTATION_NAMES.get(name, name)


def python_version():
    """'major.minor.micro' of the Python version implemented."""
    return '%d.%d.%d' % tuple(sys.version_info[:3])


def python_version_tuple():
    """(major, minor, micro) of the Python version, as strings."""
    return tuple(python_version().split('.'))


def python_branch():
    """The source branch the interpreter was built from ('' when unknown)."""
    return ''


def python_revision():
    """The source revision the interpreter was built from ('' when unknown)."""
    return ''


def python_build():
    """(build number, build date) of the interpreter ('' when unknown)."""
    return '', ''


def python_compiler():
    """The compiler the interpreter was built with ('' when unknown)."""
    return ''


# --- os-release --------------------------------------------------------------------------

_os_release_candidates = ('/etc/os-release', '/usr/lib/os-release')
_os_release_cache = None
_os_release_line = re.compile('^(?P<name>[a-zA-Z0-9_]+)=(?P<quote>["\']?)(?P<value>.*)(?P=quote)$')
_os_release_escape = re.compile(r'\\([\\$"\'`])')


def _parse_os_release(lines):
    facts = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    for line in lines:
        found = _os_release_line.match(line)
        if found:
            facts[found.group('name')] = _os_release_escape.sub(r'\1', found.group('value'))
    return facts


def freedesktop_os_release():
    """The KEY=value facts of the os-release file (/etc/os-release, else
    /usr/lib/os-release) as a dict; OSError when neither can be read."""
    global _os_release_cache
    if _os_release_cache is None:
        error = None
        for path in _os_release_candidates:
            try:
                with open(path, encoding='utf-8') as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError as e:
                error = e.errno
        else:
            raise OSError(error, 'Unable to read files ' + ', '.join(_os_release_candidates))
    return dict(_os_release_cache)
