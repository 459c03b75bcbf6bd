# An exception in a with block: __exit__ runs and does not suppress it.
class Resource:
    def __enter__(self):
        print("open")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("close", exc_type.__name__, exc)
        return False


with Resource() as r:
    print("using")
    {}["missing"]
