# open(): text files written and read back, modes, iteration, context managers, errors.

path = "/tmp/pymem_conformance_files_io.txt"
with open(path, "w") as f:
    print(f.write("line one\n"), f.write("line two\n"), f.closed)
    f.write("third")
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(f.readline(), end="")
    print(repr(f.readline()))
    print(f.readlines())
with open(path, "r") as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path, "a") as f:
    f.write("\nappended")
with open(path) as f:
    print(f.read().splitlines())
f = open(path)
print(len(f.read()), f.read(), f.closed)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    open("/tmp/pymem_no_such_dir_xyz/file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    open(path, "q")
except ValueError as e:
    print("ValueError:", e)
with open(path, "w") as f:
    f.writelines(["a\n", "b\n"])
with open(path) as f:
    print(list(f))
with open(path, "w", encoding="utf-8") as f:
    f.write("héllo wörld\n")
with open(path, encoding="utf-8") as f:
    s = f.read()
    print(s, len(s))
with open(path, "rb") as f:
    data = f.read()
    print(type(data).__name__, data)
with open(path, "wb") as f:
    print(f.write(b"\x00\x01bytes"))
with open(path, "rb") as f:
    print(f.read())


