# with statement, context managers, exception suppression, files
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress
with CM("a") as c:
    print("body", c.name)
with CM("outer"), CM("inner"):
    print("nested body")
with CM("sup", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with CM("nosup"):
        raise KeyError("kept")
except KeyError as e:
    print("propagated", e)
def early():
    with CM("ret"):
        return "returned"
print(early())
path = "/tmp/pymem_conformance_with.txt"
with open(path, "w") as f:
    f.write("alpha\n")
    f.write("beta\n")
with open(path) as f:
    print([line.rstrip() for line in f])
with open(path) as f:
    print(repr(f.read()))
try:
    open("/nonexistent/file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)
