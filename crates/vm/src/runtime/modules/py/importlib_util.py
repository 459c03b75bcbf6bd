# pymem's `importlib.util`: module specs for loading a source file as a module
# (`spec_from_file_location`, `module_from_spec`, `spec.loader.exec_module`), `find_spec`
# and `resolve_name`, over the interpreter's import system.

import sys
import os
import _runpy
from importlib import _absolute_name

__all__ = ['ModuleSpec', 'SourceFileLoader', 'spec_from_file_location', 'module_from_spec',
           'find_spec', 'resolve_name']

# Frozen modules of pymem that are packages in CPython's standard library: their specs say
# so (`submodule_search_locations`), as CPython's do; `-m` then looks for a `__main__`.
_STDLIB_PACKAGES = frozenset(['collections', 'html', 'importlib', 'json', 'logging', 're',
                              'unittest'])


class SourceFileLoader:
    """Loads a module from a Python source file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __repr__(self):
        return '<pymem SourceFileLoader for {!r}>'.format(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_source(self, name=None):
        # Read through the interpreter, which keeps the text for tracebacks' source lines.
        return _runpy.read_source(self.path)

    def get_code(self, name=None):
        return compile(self.get_source(), self.path, 'exec')

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.get_code(), module.__dict__)


class _BuiltinLoader:
    """Stands for CPython's importers of built-in and frozen modules."""

    def __init__(self, kind):
        self.kind = kind

    def __repr__(self):
        return "<class '_frozen_importlib.{}Importer'>".format(self.kind)

    def get_code(self, name):
        if self.kind != 'Frozen':
            return None
        source = _runpy.frozen_source(name)
        if source is None:
            return None
        return compile(source, '<frozen {}>'.format(name), 'exec')

    def exec_module(self, module):
        pass


class ModuleSpec:
    """What the import system knows about a module before loading it."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self.has_location = False

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    def __repr__(self):
        parts = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            parts.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            parts.append('submodule_search_locations={}'.format(
                self.submodule_search_locations))
        return 'ModuleSpec({})'.format(', '.join(parts))

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader
                and self.origin == other.origin
                and self.submodule_search_locations == other.submodule_search_locations
                and self.has_location == other.has_location)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    """A spec for the module `name` loaded from the source file `location`."""
    if location is None:
        return None
    location = os.fspath(location)
    if loader is None:
        if not location.endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    elif os.path.basename(location) == '__init__.py':
        spec.submodule_search_locations = [os.path.dirname(location)]
    return spec


def module_from_spec(spec):
    """A new module for `spec`, its attributes set, its code not run yet."""
    create = getattr(spec.loader, 'create_module', None)
    module = create(spec) if create is not None else None
    if module is None:
        module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
    return module


def _builtin_spec(name):
    return ModuleSpec(name, _BuiltinLoader('Builtin'), origin='built-in')


def _frozen_spec(name):
    return ModuleSpec(name, _BuiltinLoader('Frozen'), origin='frozen',
                      is_package=name in _STDLIB_PACKAGES)


def _spec_of_loaded(module, fullname):
    # pymem's import system records no specs: one made from what the module has.
    path = getattr(module, '__file__', None)
    if isinstance(path, str) and path.endswith('.py'):
        # A package's file is its __init__.py: the spec then lists its directory.
        return spec_from_file_location(fullname, path)
    if fullname in sys.builtin_module_names:
        return _builtin_spec(fullname)
    if _runpy.frozen_source(fullname) is not None:
        return _frozen_spec(fullname)
    return _builtin_spec(fullname)


def find_spec(name, package=None):
    """The spec of the module `name` (relative to `package` when it starts with dots), or
    None when there is no such module. Parents of a dotted name are imported; the module
    itself is not (it is looked up as `import` would find it)."""
    fullname = _absolute_name(name, package) if name.startswith('.') else name
    if not fullname:
        return None
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            return _spec_of_loaded(module, fullname)
        if spec is None:
            raise ValueError('{}.__spec__ is None'.format(fullname))
        return spec
    if fullname in sys.builtin_module_names:
        return _builtin_spec(fullname)
    parent = fullname.rpartition('.')[0]
    if parent:
        __import__(parent)
        if parent in _STDLIB_PACKAGES and _runpy.frozen_source(fullname) is None:
            return None
    found = _runpy.locate(fullname)
    if found is None:
        try:
            __import__(fullname)
        except ImportError:
            return None
        # Importable, yet not where the path finder looks: one of pymem's native modules.
        return _builtin_spec(fullname)
    kind, where = found
    if kind == 'frozen':
        return _frozen_spec(fullname)
    if kind == 'namespace':
        spec = ModuleSpec(fullname, None, is_package=True)
        spec.submodule_search_locations = where
        return spec
    path, _package_dir = where
    return spec_from_file_location(fullname, path)


def resolve_name(name, package):
    """The absolute name for `name` relative to `package`."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError('no package specified for {!r} (required for relative module '
                          'names)'.format(name))
    return _absolute_name(name, package)
