# pymem's `importlib`: the functions scripts call, over the interpreter's own import system
# (crates/vm/src/runtime/modules/path_import.rs), whose rules they follow: `import_module`
# resolves a relative name against `package` and gives back the module itself (not its
# top-level package), `reload` runs a module's source file again in its own namespace.

import sys

__all__ = ['import_module', 'reload', 'invalidate_caches']


def _absolute_name(name, package):
    """The absolute module name for `name`, whose leading dots count packages up from
    `package`."""
    level = len(name) - len(name.lstrip('.'))
    if not level:
        return name
    if not package:
        raise TypeError("the 'package' argument is required to perform a relative "
                        "import for {!r}".format(name))
    if not isinstance(package, str):
        raise TypeError('__package__ not set to a string')
    parts = package.rsplit('.', level - 1)
    if len(parts) < level:
        raise ImportError('attempted relative import beyond top-level package')
    rest = name[level:]
    return parts[0] + '.' + rest if rest else parts[0]


def import_module(name, package=None):
    """Import a module by name (relative to `package` when it starts with dots) and return
    the module itself."""
    absolute = _absolute_name(name, package)
    if not absolute:
        raise ValueError('Empty module name')
    __import__(absolute)
    return sys.modules[absolute]


def reload(module):
    """Run a module's code again in its namespace (modules loaded from source files)."""
    if type(module) is not type(sys) and not isinstance(module, type(sys)):
        raise TypeError('reload() argument must be a module')
    name = module.__spec__.name if getattr(module, '__spec__', None) else module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError('module {} not in sys.modules'.format(name), name=name)
    path = getattr(module, '__file__', None)
    if isinstance(path, str) and path.endswith('.py'):
        with open(path, encoding='utf-8') as f:
            source = f.read()
        exec(compile(source, path, 'exec'), module.__dict__)
    return sys.modules[name]


def invalidate_caches():
    """Nothing to do: pymem's finders keep no directory caches."""
