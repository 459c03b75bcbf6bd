# sys's informational struct sequences, made on first use (sys.float_info, int_info,
# hash_info) with CPython 3.12's fields, values and reprs on x86-64 Linux, and the
# constants that go with them.


def _struct_sequence(name, fields, values):
    def __repr__(self):
        return 'sys.%s(%s)' % (name, ', '.join(
            '%s=%r' % (f, v) for f, v in zip(fields, self)))

    def __new__(cls, *args, **kwargs):
        if not args and 'sequence' not in kwargs:
            raise TypeError("structseq() missing required argument 'sequence' (pos 1)")
        raise TypeError("cannot create 'sys.%s' instances" % name)

    ns = {'__slots__': (), '__module__': 'sys', '__repr__': __repr__,
          'n_fields': len(fields), 'n_sequence_fields': len(fields),
          'n_unnamed_fields': 0}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: tuple.__getitem__(self, i))
    cls = type(name, (tuple,), ns)
    value = tuple.__new__(cls, values)
    cls.__new__ = __new__
    return value


float_info = _struct_sequence(
    'float_info',
    ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig',
     'epsilon', 'radix', 'rounds'),
    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
     2.220446049250313e-16, 2, 1))
int_info = _struct_sequence(
    'int_info',
    ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'),
    (30, 4, 4300, 640))
hash_info = _struct_sequence(
    'hash_info',
    ('width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits',
     'cutoff'),
    (64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0))
float_repr_style = 'short'
maxunicode = 1114111
# The interpreter's command-line flags: pymem takes none of CPython's options (and its str
# hashes are not randomized).
flags = _struct_sequence(
    'flags',
    ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site',
     'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet',
     'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding',
     'safe_path', 'int_max_str_digits'),
    (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, False, 0, 0, False, 4300))
hexversion = 0x030c01f0
api_version = 1013
abiflags = ''
dont_write_bytecode = False
warnoptions = []
builtin_module_names = ('array', 'builtins', 'gc', 'itertools', 'math', 'sys', 'time')


def getdefaultencoding():
    return 'utf-8'


def getfilesystemencoding():
    return 'utf-8'


def getfilesystemencodeerrors():
    return 'surrogateescape'


def _unraisable_hook_args():
    fields = ('exc_type', 'exc_value', 'exc_traceback', 'err_msg', 'object')

    def __new__(cls, sequence, dict=None):
        values = tuple(sequence)
        if len(values) != 5:
            raise TypeError('UnraisableHookArgs() takes a 5-sequence (%d-sequence given)'
                            % len(values))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return 'UnraisableHookArgs(%s)' % ', '.join(
            '%s=%r' % (f, v) for f, v in zip(fields, self))

    # What sys.unraisablehook is called with (CPython's struct sequence of that name).
    ns = {'__slots__': (), '__module__': 'builtins', '__new__': __new__,
          '__repr__': __repr__, 'n_fields': 5, 'n_sequence_fields': 5,
          'n_unnamed_fields': 0}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: tuple.__getitem__(self, i))
    return type('UnraisableHookArgs', (tuple,), ns)


# Not an attribute of sys (CPython's type is reachable only as type(args)): the runtime finds
# it in sys.modules under a private name.
modules['_pymem_unraisable_args'] = _unraisable_hook_args()
del _unraisable_hook_args, _struct_sequence
