# `from m import *` binds the names of m.__all__ (underscored ones too, nothing else) when
# there is one, else m's names that do not start with an underscore; __all__ items must be
# strs naming attributes.
import sys
import types

ns = {}
exec('from _star_mod import *', ns)
print(sorted(k for k in ns if k != '__builtins__'))

plain = types.ModuleType('plain_mod')
plain.a, plain._hidden, plain.b = 1, 2, 3
sys.modules['plain_mod'] = plain
ns = {}
exec('from plain_mod import *', ns)
print(sorted(k for k in ns if k != '__builtins__'))

for all_value in [['a', 1], ['missing'], ('a',), 'ab']:
    bad = types.ModuleType('bad_mod')
    bad.a = bad.b = 0
    bad.__all__ = all_value
    sys.modules['bad_mod'] = bad
    ns = {}
    try:
        exec('from bad_mod import *', ns)
        print('ok', sorted(k for k in ns if k != '__builtins__'))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
