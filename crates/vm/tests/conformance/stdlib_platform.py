# platform: uname() and its parts, checked against os.uname(); platform(), architecture(),
# libc_ver(), the python_* functions (as facts: CPython says 'CPython', pymem 'pymem', each
# matching its sys.implementation.name), system_alias, os-release; os.uname and os.confstr.
import os
import platform
import sys

u = platform.uname()
print(type(u).__name__, type(u).__module__, isinstance(u, tuple))
print(u._fields)
print(len(u), repr(u[5]), u[:5] == tuple(os.uname()), u == tuple(os.uname()))
print(u.system == os.uname().sysname, u.node == os.uname().nodename,
      u.release == os.uname().release, u.version == os.uname().version,
      u.machine == os.uname().machine)
print(list(u)[:5] == list(os.uname()), list(u)[5] == u.processor)
print(repr(u) == 'uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)'
      % tuple(os.uname()))
print(list(u._asdict()), list(u._asdict().values())[:5] == list(os.uname()))
print(platform.uname() is u, u[-1] == u.processor, u[1:3] == (u.node, u.release))
print(u.__reduce__() == (platform.uname_result, tuple(os.uname())))
print(platform.system(), platform.system() == u.system)
print(platform.node() == os.uname().nodename, type(platform.node()).__name__)
print(platform.release() == os.uname().release, platform.version() == os.uname().version)
print(platform.machine() == os.uname().machine, platform.machine() != '')
print(platform.processor() in ('', platform.machine()))

made = platform.uname_result('S', 'N', 'R', 'V', 'M')
print(made, made.system, made.machine, len(made), made[4], tuple(made)[:5])
print(platform.uname_result._make(['a', 'b', 'c', 'd', 'e']))
print(made._replace(node='other'))
for bad in [lambda: platform.uname_result('a', 'b'),
            lambda: platform.uname_result(*'abcdef'),
            lambda: platform.uname_result._make(range(6)),
            lambda: made._replace(processor='x')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# the platform string
p = platform.platform()
print(type(p).__name__, p.startswith('%s-%s-%s' % (platform.system(), platform.release().replace(' ', '_'), platform.machine())))
lib, ver = platform.libc_ver()
print(p.endswith('-with-' + lib + ver), platform.platform(terse=True) == p,
      platform.platform(aliased=True) == p, platform.platform(True, True) == p)
print(lib, ver == os.confstr('CS_GNU_LIBC_VERSION').split()[1], ver.count('.') >= 1)
print(platform.libc_ver(sys.executable)[0], platform.libc_ver('/etc/hostname' if os.path.exists('/etc/hostname') else '/dev/null'))
print(platform.libc_ver('/dev/null', 'lib', '1.0'))

# architecture
print(platform.architecture())
print(platform.architecture(sys.executable))
print(platform.architecture('/nonexistent/file'), platform.architecture(''))
print(platform.architecture('/nonexistent/file', '32bit', 'X'))
print(platform.architecture(__file__))

# the Python implementation
impl = platform.python_implementation()
print(type(impl).__name__, impl.lower() == sys.implementation.name)
print(platform.python_version(), platform.python_version_tuple())
print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3])
print(type(platform.python_build()).__name__, len(platform.python_build()),
      type(platform.python_compiler()).__name__)
print(type(platform.python_branch()).__name__, type(platform.python_revision()).__name__)

# other systems
print(platform.system_alias('SunOS', '5.8', 'v'), platform.system_alias('SunOS', '4.1', 'v'))
print(platform.system_alias('win32', '10', 'x'), platform.system_alias('Linux', '6', 'x'))
print(platform.win32_ver(), platform.mac_ver(), platform.java_ver())
print(platform.mac_ver('1', ('x', 'y', 'z'), 'm'), platform.java_ver('r', 'v'))

# os-release
try:
    info = platform.freedesktop_os_release()
    print(type(info).__name__, all(k in info for k in ('NAME', 'ID', 'PRETTY_NAME')))
    info['ID'] = 'changed'
    print(platform.freedesktop_os_release()['ID'] != 'changed')
except OSError as e:
    print('OSError', e)

# os.uname and os.confstr
ou = os.uname()
print(type(ou).__name__, type(ou).__module__, len(ou), ou.n_fields, ou.n_sequence_fields)
print(os.uname_result, isinstance(ou, tuple), ou.sysname, ou[0] == ou.sysname)
print(repr(ou) == 'posix.uname_result(sysname=%r, nodename=%r, release=%r, version=%r, machine=%r)' % tuple(ou))
print(os.uname_result(('a', 'b', 'c', 'd', 'e')))
for bad in [lambda: os.uname(1), lambda: os.uname_result((1, 2)), lambda: os.confstr(),
            lambda: os.confstr('NO_SUCH_NAME'), lambda: os.confstr(1.5), lambda: os.confstr(99999),
            lambda: os.confstr(2 ** 40), lambda: os.confstr(name=2)]:
    try:
        print(bad())
    except (TypeError, ValueError, OSError, OverflowError) as e:
        print(type(e).__name__, e)
print(os.confstr('CS_GNU_LIBC_VERSION').startswith('glibc '), os.confstr(2) == os.confstr('CS_GNU_LIBC_VERSION'))
print(os.confstr('CS_PATH'), repr(os.confstr('CS_LFS_LIBS')), os.confstr('CS_XBS5_LP64_OFF64_CFLAGS'))
print(len(os.confstr_names), os.confstr_names['CS_PATH'], os.confstr_names['CS_GNU_LIBC_VERSION'])
print(all(type(os.confstr(v)) is str for v in os.confstr_names.values()))
