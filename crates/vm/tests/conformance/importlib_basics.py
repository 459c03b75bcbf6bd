# importlib over pymem's import system: import_module with relative names, loading a
# source file through spec_from_file_location / module_from_spec / exec_module, find_spec
# for missing, package, submodule, frozen and built-in modules, resolve_name and reload.
import importlib, importlib.util, sys, os
m = importlib.import_module('json')
print(m.__name__, importlib.import_module('collections.abc').__name__)
print(importlib.import_module('.sub', '_pkgdemo').__name__, importlib.import_module('_pkgdemo.sub').value)
for args in [('.x',), ('...x', '_pkgdemo'), ('',)]:
    try: importlib.import_module(*args)
    except Exception as e: print(type(e).__name__, e)
import _pkgdemo
path = os.path.join(os.path.dirname(_pkgdemo.__file__), 'sub.py')
spec = importlib.util.spec_from_file_location('loaded_sub', path)
print(spec.name, spec.origin == path, spec.parent == '', spec.submodule_search_locations)
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
print(mod.value, mod.__name__, mod.__file__ == path, 'loaded_sub' in sys.modules)
print(importlib.util.find_spec('no_such_mod_xyz'), importlib.util.find_spec('_pkgdemo').name, importlib.util.find_spec('_pkgdemo.sub').origin.endswith('sub.py'))
print(importlib.util.find_spec('json') is not None, importlib.util.find_spec('sys').origin)
print(importlib.util.resolve_name('.a', 'p.q'), importlib.reload(m) is m)
try: importlib.reload(1)
except TypeError as e: print(e)
