# The resource module: getrusage's struct_rusage, the limits, the constants and the errors.
# Machine-dependent values are printed as facts (types, signs, relations).
import resource
import os

print(resource.error is OSError)
print(resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN, resource.RUSAGE_THREAD)
for name in ['RLIMIT_CPU', 'RLIMIT_FSIZE', 'RLIMIT_DATA', 'RLIMIT_STACK', 'RLIMIT_CORE',
             'RLIMIT_NOFILE', 'RLIMIT_OFILE', 'RLIMIT_AS', 'RLIMIT_RSS', 'RLIMIT_NPROC',
             'RLIMIT_MEMLOCK', 'RLIMIT_MSGQUEUE', 'RLIMIT_NICE', 'RLIMIT_RTPRIO',
             'RLIMIT_RTTIME', 'RLIMIT_SIGPENDING']:
    print(name, getattr(resource, name))
print('RLIM_INFINITY', resource.RLIM_INFINITY)
print(sorted(n for n in dir(resource) if not n.startswith('_')))

# getrusage
ru = resource.getrusage(resource.RUSAGE_SELF)
print(type(ru).__name__, type(ru).__module__, isinstance(ru, tuple), len(ru))
print(type(ru.ru_utime).__name__, type(ru.ru_stime).__name__, ru.ru_utime >= 0.0)
print(type(ru.ru_maxrss).__name__, ru.ru_maxrss > 0, ru.ru_minflt > 0)
print(ru[0] == ru.ru_utime, ru[2] == ru.ru_maxrss, ru[-1] == ru.ru_nivcsw)
print(all(type(x) is int for x in ru[2:]), all(x >= 0 for x in ru))
names = ['ru_utime', 'ru_stime', 'ru_maxrss', 'ru_ixrss', 'ru_idrss', 'ru_isrss',
         'ru_minflt', 'ru_majflt', 'ru_nswap', 'ru_inblock', 'ru_oublock', 'ru_msgsnd',
         'ru_msgrcv', 'ru_nsignals', 'ru_nvcsw', 'ru_nivcsw']
print([getattr(ru, n) for n in names] == list(ru))
print(resource.struct_rusage.n_fields, resource.struct_rusage.n_sequence_fields,
      resource.struct_rusage.n_unnamed_fields)
r = repr(ru)
print(r.startswith('resource.struct_rusage(ru_utime='), r.count('='), r.endswith(')'))
print(ru[2:4] == (ru.ru_maxrss, ru.ru_ixrss))
children = resource.getrusage(resource.RUSAGE_CHILDREN)
print(type(children).__name__, children.ru_utime >= 0.0)
thread = resource.getrusage(resource.RUSAGE_THREAD)
print(thread.ru_maxrss > 0)
print(resource.getrusage(True).ru_maxrss > 0)
print(resource.getrusage(-1).ru_utime >= 0)
before = resource.getrusage(resource.RUSAGE_SELF).ru_utime
total = 0
for i in range(200000):
    total += i
after = resource.getrusage(resource.RUSAGE_SELF).ru_utime
print(after >= before)

# struct_rusage built by hand
made = resource.struct_rusage(range(16))
print(made)
print(made.ru_nivcsw, made[5], made[-2:], made == tuple(range(16)))
print(resource.struct_rusage(range(16), {}).ru_stime)
print(made.__reduce__()[0] is resource.struct_rusage, made.__reduce__()[1][0] == tuple(range(16)))
for bad in [(1, 2), range(17), ()]:
    try:
        resource.struct_rusage(bad)
    except TypeError as e:
        print('TypeError', e)

# limits
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(type(soft).__name__, soft > 0, hard >= soft or hard == resource.RLIM_INFINITY)
print(resource.getrlimit(resource.RLIMIT_OFILE) == (soft, hard))
print(resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard)))
print(resource.setrlimit(resource.RLIMIT_NOFILE, [soft, hard]))
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
print(resource.prlimit(0, resource.RLIMIT_NOFILE) == (soft, hard))
print(resource.prlimit(os.getpid(), resource.RLIMIT_NOFILE, (soft, hard)) == (soft, hard))
print(resource.prlimit(0, resource.RLIMIT_NOFILE, None) == (soft, hard))
print(all(type(x) is int for x in resource.getrlimit(resource.RLIMIT_STACK)))
for r in range(16):
    lim = resource.getrlimit(r)
    print(r, len(lim), all(x == -1 or x >= 0 for x in lim))
page = resource.getpagesize()
print(type(page).__name__, page > 0, page & (page - 1) == 0)

# errors
tests = [
    lambda: resource.getrusage(99),
    lambda: resource.getrusage(-2),
    lambda: resource.getrusage(),
    lambda: resource.getrusage(0, 1),
    lambda: resource.getrusage('a'),
    lambda: resource.getrusage(1.5),
    lambda: resource.getrusage(2 ** 70),
    lambda: resource.getrusage(who=0),
    lambda: resource.getrlimit(99),
    lambda: resource.getrlimit(16),
    lambda: resource.getrlimit(-1),
    lambda: resource.getrlimit('x'),
    lambda: resource.getrlimit(2 ** 40),
    lambda: resource.getrlimit(),
    lambda: resource.getrlimit(resource=1),
    lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (1, 2, 3)),
    lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (soft,)),
    lambda: resource.setrlimit(resource.RLIMIT_NOFILE, 5),
    lambda: resource.setrlimit(99, (1, 1)),
    lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (2 ** 64, 1)),
    lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (1.5, 2)),
    lambda: resource.setrlimit(resource.RLIMIT_CORE, ('a', 1)),
    lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (hard + 1, hard)),
    lambda: resource.setrlimit(resource.RLIMIT_NOFILE),
    lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard), 1),
    lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard), x=1),
    lambda: resource.prlimit(0, 99),
    lambda: resource.prlimit(0),
    lambda: resource.prlimit(0, 1, 2, 3),
    lambda: resource.prlimit(0, resource.RLIMIT_NOFILE, (hard + 1, hard)),
    lambda: resource.prlimit(2 ** 31 - 2, resource.RLIMIT_NOFILE),
    lambda: resource.prlimit(pid=0, resource=1),
    lambda: resource.getpagesize(1),
    lambda: resource.getpagesize(x=1),
]
for t in tests:
    try:
        print('ok', t())
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'errno', None))
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
