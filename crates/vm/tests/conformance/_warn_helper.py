# Helper module for stdlib_realistic.py: warnings raised from an imported module.
import warnings


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1


def internal_deprecation():
    # Blamed on this module (not __main__): ignored by the default filters.
    warnings.warn("internal", DeprecationWarning)
    return 2


def noisy():
    warnings.warn("noisy helper")
