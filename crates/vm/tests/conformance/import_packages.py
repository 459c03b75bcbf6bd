# Packages beside the script: __init__.py runs first, submodules become attributes of their
# package, relative imports resolve against __package__, a from-list imports submodules,
# `import *` follows __all__, directories without __init__.py are namespace packages, and
# the errors for a missing submodule, a module that is not a package and relative imports
# from the main script or beyond the top-level package.
import sys

import _pkgdemo
print(_pkgdemo.sub.value, _pkgdemo.sub_value, _pkgdemo.__package__, _pkgdemo.__name__)
print(type(_pkgdemo.__path__).__name__, len(_pkgdemo.__path__), _pkgdemo.__file__.endswith('__init__.py'))
print(_pkgdemo.sub.where(), _pkgdemo.sub.__file__.endswith('sub.py'))
print('_pkgdemo.sub' in sys.modules, 'extra' in dir(_pkgdemo), '_pkgdemo.extra' in sys.modules)

import _pkgdemo.inner
print(_pkgdemo.inner.parent_sub is _pkgdemo.sub, _pkgdemo.inner.where())
print(_pkgdemo.loaded, _pkgdemo.inner.deep.beyond)

import _pkgdemo.inner.deep as deep
print(deep.__name__, deep.__package__, deep is sys.modules['_pkgdemo.inner.deep'])

from _pkgdemo import extra
print(extra.label, _pkgdemo.extra is extra)

ns = {}
exec('from _pkgdemo import *', ns)
print(sorted(k for k in ns if not k.startswith('__')))

import _nsdemo.part.mod
print(_nsdemo.__file__, _nsdemo.__package__, type(_nsdemo.__path__).__name__ in ('list', '_NamespacePath'))
print(_nsdemo.part.mod.name, _nsdemo.part.mod.__package__)
print(repr(_nsdemo).startswith("<module '_nsdemo' (namespace) from ["))

for stmt in ['import _pkgdemo.missing', 'from _pkgdemo import missing', 'import _helper_mod.x',
             'from . import sub', 'from .sub import value', 'import _no_such_module_here']:
    try:
        exec(stmt, {'__name__': '__main__'})
    except ImportError as e:
        print(type(e).__name__, '|', str(e).split(' (')[0], '|', e.name)

sys.modules['_blocked'] = None
try:
    import _blocked
except ImportError as e:
    print(type(e).__name__, e)

print(__import__('_pkgdemo.sub').__name__, __import__('_pkgdemo.sub', fromlist=['x']).__name__)
print(__import__('sub', {'__name__': '_pkgdemo.extra', '__package__': '_pkgdemo'}, None, ['value'], 1).__name__)
print(__import__('', {'__name__': '_pkgdemo.inner.deep'}, None, [], 2).__name__)
