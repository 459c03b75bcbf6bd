# A circular import inside a package: while a's body runs, `from . import a` in b finds
# the half-initialised module through sys.modules (the package has no attribute `a` yet).
import _cycpkg

print(_cycpkg.a.NAME, _cycpkg.a.b.NAME, _cycpkg.a.b.partner(), _cycpkg.a.b.EARLY)
import _nsdemo
try:
    from _nsdemo import nothing
except ImportError as e:
    print(e)
