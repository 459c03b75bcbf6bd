# open(): text files read and write through the codec `encoding` names (with `errors`),
# f.encoding / f.errors, CPython's errors for encodings in binary mode and its mode checks.
import os

path = "_hunt_open_encoding.tmp"
with open(path, "w", encoding="latin-1") as f:
    print(f.encoding, f.errors, f.write("café ü\n"))
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="latin-1") as f:
    print(repr(f.read()))
try:
    with open(path, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e.encoding, e.reason, e.start)
with open(path, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()), f.errors)
with open(path, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("naïve €\n")
with open(path, "rb") as f:
    print(f.read())
try:
    with open(path, "w", encoding="ascii") as f:
        f.write("€")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
with open(path, "w", encoding="utf-16-le") as f:
    f.write("hi€")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="utf-16-le") as f:
    print(repr(f.read()))
with open(path, "w") as f:
    print(f.encoding)
for kwargs in [{"mode": "rb", "encoding": "utf-8"}, {"mode": "wb", "errors": "strict"},
               {"encoding": "no-such-codec"}, {"mode": "rw"}, {"mode": "bt"}, {"mode": "b"},
               {"mode": ""}, {"mode": "+"}, {"mode": "rr"}, {"mode": "rz"}, {"mode": "wbt"},
               {"mode": "r+b+"}]:
    try:
        open(path, **kwargs)
    except (ValueError, LookupError) as e:
        print(kwargs, type(e).__name__, e)
os.remove(path)
