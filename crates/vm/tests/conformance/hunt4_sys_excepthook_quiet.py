# A hook that reports in its own words replaces the traceback; the exit status stays 1.
import sys


def hook(exc_type, exc, tb):
    print(f"error: {exc_type.__name__}: {exc}", file=sys.stderr)
    print("has traceback:", tb is not None)


sys.excepthook = hook
print("working")
{}["missing"]
