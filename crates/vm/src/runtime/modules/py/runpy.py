# pymem's `runpy`: what `pymem -m NAME` runs (crates/vm/src/runtime/modules/runpy.rs calls
# `_run_module_as_main`). The module is found without running it (`importlib.util.find_spec`,
# over the interpreter's own finder), its parent packages imported first, a package's
# `__main__` taken instead of the package, and its code run in `__main__`'s namespace.
#
# CPython's tracebacks of a failing `-m` module show two levels of its frozen runpy, and
# one more when a parent package fails to import; the functions below are laid out so that
# the same calls sit on the same line numbers (88 and 198; 112 and 189), which is why the
# file has gaps.

import sys
# Where a module is without running it, and its code: importlib.util's spec finder and
# loaders (over the interpreter's own finder, so `-m` and `import` agree).
from importlib.util import find_spec as _find_spec


__all__ = ['run_module']


class _Error(Exception):
    """A failure `-m` reports as one line (`pymem: message`), without a traceback."""


def _module_globals(run_globals, name, spec, package):
    # The attributes a module run by runpy gets, before its code runs.
    run_globals['__name__'] = name
    run_globals['__file__'] = spec.origin if spec is not None else None
    run_globals['__cached__'] = spec.cached if spec is not None else None
    run_globals['__doc__'] = None
    run_globals['__loader__'] = spec.loader if spec is not None else None
    if package is None and spec is not None:
        package = spec.parent
    run_globals['__package__'] = package
    run_globals['__spec__'] = spec













































def _run_code(code, run_globals, init_globals=None, mod_name=None, mod_spec=None,
              pkg_name=None, script_name=None):
    """Run `code` in the namespace `run_globals` as module `mod_name`."""
    if init_globals is not None:
        run_globals.update(init_globals)
    _module_globals(run_globals, mod_name, mod_spec, pkg_name)
    if mod_spec is None and script_name is not None:
        run_globals['__file__'] = script_name
    exec(code, run_globals)
    return run_globals


















def _import_parent(pkg_name):
    # Errors of a parent package that is there but fails are the user's: they propagate.
    # One that is missing is left for the search in _get_module_details to report.
    try:
        __import__(pkg_name)
    except ImportError as e:
        missing = e.name is not None and (e.name == pkg_name
                                          or pkg_name.startswith(e.name + '.'))
        if not missing:
            raise


def _warn_if_loaded(mod_name, pkg_name):
    already = sys.modules.get(mod_name)
    if already is not None and not hasattr(already, '__path__'):
        from warnings import warn
        warn(RuntimeWarning(
            '{!r} found in sys.modules after import of package {!r}, but prior to '
            'execution of {!r}; this may result in unpredictable '
            'behaviour'.format(mod_name, pkg_name, mod_name)))


def _get_module_details(mod_name, error=ImportError):
    """(name, spec, code) of the module `-m` would run: a package gives its `__main__`."""
    if mod_name.startswith('.'):
        raise error('Relative module names not supported')
    pkg_name = mod_name.rpartition('.')[0]
    if pkg_name:
        _import_parent(pkg_name)
        _warn_if_loaded(mod_name, pkg_name)
    try:
        spec = _find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        text = 'Error while finding module specification for {!r} ({}: {})'.format(
            mod_name, type(ex).__name__, ex)
        if mod_name.endswith('.py'):
            text += ". Try using '{}' instead of '{}' as the module name.".format(
                mod_name[:-3], mod_name)
        raise error(text) from ex
    if spec is None:
        raise error('No module named ' + mod_name)
    if spec.submodule_search_locations is not None:
        if mod_name == '__main__' or mod_name.endswith('.__main__'):
            raise error('Cannot use package as __main__ module')
        try:
            return _get_module_details(mod_name + '.__main__', error)
        except error as e:
            if mod_name not in sys.modules:
                raise
            raise error('{}; {!r} is a package and cannot be directly executed'.format(
                e, mod_name))
    if spec.loader is None:
        raise error('{!r} is a namespace package and cannot be executed'.format(mod_name))
    try:
        code = spec.loader.get_code(mod_name)
    except ImportError as e:
        raise error(str(e)) from e
    if code is None:
        raise error('No code object available for ' + mod_name)
    return mod_name, spec, code


















def _run_module_as_main(mod_name, alter_argv=True):
    """`pymem -m mod_name`: run the module as `__main__`, in `__main__`'s namespace."""
    try:
        mod_name, mod_spec, code = _get_module_details(mod_name, _Error)
    except _Error as exc:
        sys.exit('pymem: {}'.format(exc))
    main_globals = sys.modules['__main__'].__dict__
    if alter_argv:
        sys.argv[0] = mod_spec.origin
    # The call below is line 198, as in the tracebacks of CPython 3.12.


    return _run_code(code, main_globals, None, '__main__', mod_spec)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Run a module found by name in a fresh namespace; return that namespace."""
    mod_name, spec, code = _get_module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    if not alter_sys:
        return _run_code(code, {}, init_globals, run_name, spec)
    saved_module = sys.modules.get(run_name)
    saved_argv0 = sys.argv[0] if sys.argv else None
    temp = type(sys)(run_name)
    sys.modules[run_name] = temp
    if sys.argv:
        sys.argv[0] = spec.origin
    try:
        _run_code(code, temp.__dict__, init_globals, run_name, spec)
        return dict(temp.__dict__)
    finally:
        if saved_module is None:
            sys.modules.pop(run_name, None)
        else:
            sys.modules[run_name] = saved_module
        if sys.argv:
            sys.argv[0] = saved_argv0
