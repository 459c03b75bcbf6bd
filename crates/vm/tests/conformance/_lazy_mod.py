# Helper for module_protocols.py: a module with a PEP 562 __getattr__.
loaded = []


def __getattr__(name):
    if name.startswith("lazy_"):
        loaded.append(name)
        return name.upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
