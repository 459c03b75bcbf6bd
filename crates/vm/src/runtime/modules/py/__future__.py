# pymem's frozen `__future__` module: the feature records `from __future__ import ...`
# binds (the compiler acts on the statement itself; see lower.rs).

# The compiler flags CPython's features set in code objects.
CO_NESTED = 0x0010
CO_GENERATOR_ALLOWED = 0
CO_FUTURE_DIVISION = 0x20000
CO_FUTURE_ABSOLUTE_IMPORT = 0x40000
CO_FUTURE_WITH_STATEMENT = 0x80000
CO_FUTURE_PRINT_FUNCTION = 0x100000
CO_FUTURE_UNICODE_LITERALS = 0x200000
CO_FUTURE_BARRY_AS_BDFL = 0x400000
CO_FUTURE_GENERATOR_STOP = 0x800000
CO_FUTURE_ANNOTATIONS = 0x1000000


class _Feature:
    """A future feature: the release it was added in, the release it became (or will
    become) the default in (None: undecided), and its compiler flag."""

    def __init__(self, optionalRelease, mandatoryRelease, compiler_flag):
        self.optional, self.mandatory = optionalRelease, mandatoryRelease
        self.compiler_flag = compiler_flag

    def getOptionalRelease(self):
        return self.optional

    def getMandatoryRelease(self):
        return self.mandatory

    def __repr__(self):
        return "_Feature" + repr((self.optional, self.mandatory, self.compiler_flag))


def _release(major, minor, level, serial):
    # A sys.version_info-style tuple (micro is always 0 here).
    return (major, minor, 0, level, serial)


# In the order of all_feature_names: name, added in, default from (None: undecided), flag.
_FEATURES = (
    ("nested_scopes", _release(2, 1, "beta", 1), _release(2, 2, "alpha", 0), CO_NESTED),
    ("generators", _release(2, 2, "alpha", 1), _release(2, 3, "final", 0),
     CO_GENERATOR_ALLOWED),
    ("division", _release(2, 2, "alpha", 2), _release(3, 0, "alpha", 0), CO_FUTURE_DIVISION),
    ("absolute_import", _release(2, 5, "alpha", 1), _release(3, 0, "alpha", 0),
     CO_FUTURE_ABSOLUTE_IMPORT),
    ("with_statement", _release(2, 5, "alpha", 1), _release(2, 6, "alpha", 0),
     CO_FUTURE_WITH_STATEMENT),
    ("print_function", _release(2, 6, "alpha", 2), _release(3, 0, "alpha", 0),
     CO_FUTURE_PRINT_FUNCTION),
    ("unicode_literals", _release(2, 6, "alpha", 2), _release(3, 0, "alpha", 0),
     CO_FUTURE_UNICODE_LITERALS),
    ("barry_as_FLUFL", _release(3, 1, "alpha", 2), _release(4, 0, "alpha", 0),
     CO_FUTURE_BARRY_AS_BDFL),
    ("generator_stop", _release(3, 5, "beta", 1), _release(3, 7, "alpha", 0),
     CO_FUTURE_GENERATOR_STOP),
    ("annotations", _release(3, 7, "beta", 1), None, CO_FUTURE_ANNOTATIONS),
)

all_feature_names = [row[0] for row in _FEATURES]
__all__ = ["all_feature_names"] + all_feature_names
for _name, _optional, _mandatory, _flag in _FEATURES:
    globals()[_name] = _Feature(_optional, _mandatory, _flag)
del _name, _optional, _mandatory, _flag, _FEATURES, _release
