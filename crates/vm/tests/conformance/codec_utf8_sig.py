# The utf-8-sig codec: a byte order mark written first and skipped when present.
print("é".encode("utf-8-sig"), "".encode("utf_8_sig"), "x".encode("UTF-8-SIG"))
try:
    "x".encode("utf8-sig")
except LookupError as e:
    print(e)
print(repr(b"\xef\xbb\xbfhi".decode("utf-8-sig")), repr(b"hi".decode("utf-8-sig")))
print(repr(b"\xef\xbb\xbf\xef\xbb\xbfx".decode("utf-8-sig")))
try:
    b"\xef\xbb\xbfa\xffb".decode("utf-8-sig")
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason)
print(b"\xef\xbb\xbfa\xffb".decode("utf-8-sig", "replace"))
path = "/tmp/_pymem_utf8sig.txt"
with open(path, "w", encoding="utf-8-sig") as f:
    f.write("first\n")
    f.write("second\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="utf-8-sig") as f:
    print(f.read().splitlines())
with open(path, encoding="utf-8") as f:
    print(repr(f.readline()))
import os
os.remove(path)
