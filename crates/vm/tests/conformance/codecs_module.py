# codecs: lookup and the canonical names, encode/decode with text codecs and transforms, incremental
# coders fed byte by byte, iterencode/iterdecode, the registry, error handlers, codecs.open and streams.
import codecs, io, os, tempfile
print(codecs.encode("abc", "rot13"), codecs.decode("nop", "rot_13"))
for name in ["UTF8", "utf-8", "latin1", "Latin-1", "ascii", "utf-16", "UTF-16LE", "utf_32_be", "utf-8-sig", "hex", "base64", "zlib", "rot13"]:
    info = codecs.lookup(name)
    print(name, "->", info.name, info._is_text_encoding, repr(info).startswith("<codecs.CodecInfo object for encoding " + info.name + " at 0x"))
print(codecs.encode(b"hi", "hex"), codecs.decode(b"6869", "hex"), codecs.encode(b"hi", "base64"), codecs.decode(b"aGk=\n", "base64"))
print(codecs.decode(codecs.encode(b"hello" * 3, "zlib"), "zlib"))
print(codecs.encode("héllo", "utf-8"), codecs.decode(b"h\xc3\xa9llo"), codecs.encode("hé", "latin-1", "strict"))
print(codecs.getencoder("utf-8")("héllo"), codecs.getdecoder("utf-16")(b"\xff\xfeh\x00i\x00"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM == codecs.BOM_UTF16_LE)
dec = codecs.getincrementaldecoder("utf-8")()
data = "€uro ✓ 𝄞".encode("utf-8")
print([dec.decode(data[i:i+1]) for i in range(len(data))], repr(dec.decode(b"", final=True)))
dec16 = codecs.getincrementaldecoder("utf-16")()
data = "a𝄞b".encode("utf-16")
print([dec16.decode(data[i:i+1]) for i in range(len(data))])
print(list(codecs.iterdecode([b"\xe2\x82", b"\xac", b"x"], "utf-8")), list(codecs.iterencode(["a", "é"], "latin-1")))
enc16 = codecs.getincrementalencoder("utf-16")()
print(enc16.encode("a") + enc16.encode("b") == "ab".encode("utf-16"))
try:
    codecs.lookup("nope")
except LookupError as e:
    print("LookupError", e)
try:
    codecs.encode(b"x", "utf-8")
except TypeError as e:
    print("TypeError", e)
try:
    codecs.decode(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
try:
    codecs.lookup_error("nope")
except LookupError as e:
    print("LookupError", e)
print(codecs.lookup_error("strict") is codecs.strict_errors, codecs.lookup_error("ignore").__name__)
def search(name):
    if name == "my_codec":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode(), len(s)), lambda b, errors="strict": (b.decode().lower(), len(b)), name="my-codec")
codecs.register(search)
print(codecs.encode("abc", "My-Codec"), codecs.decode(b"ABC", "my codec"), codecs.lookup("my_codec").name)
codecs.unregister(search)
try:
    codecs.lookup("my_codec")
except LookupError as e:
    print("LookupError", e)
e = UnicodeEncodeError("ascii", "aé€b", 1, 3, "ordinal not in range(128)")
print(codecs.replace_errors(e), codecs.backslashreplace_errors(e), codecs.xmlcharrefreplace_errors(e), codecs.ignore_errors(e))
d = UnicodeDecodeError("utf-8", b"a\xffb", 1, 2, "invalid start byte")
print(codecs.replace_errors(d), codecs.backslashreplace_errors(d))
path = os.path.join(tempfile.mkdtemp(), "f.txt")
with codecs.open(path, "w", encoding="utf-16") as f:
    f.write("héllo\nwörld\n")
print(open(path, "rb").read()[:4])
with codecs.open(path, "r", encoding="utf-16") as f:
    print(repr(f.readline()), repr(f.read()))
with codecs.open(path, encoding="utf-16") as f:
    print(list(f))
r = codecs.getreader("utf-8")(io.BytesIO("línea 1\nlínea 2\n".encode()))
print(r.read())
w = io.BytesIO(); codecs.getwriter("latin-1")(w).write("é"); print(w.getvalue())
print(codecs.utf_8_decode(b"\xe2\x82", "strict", False), codecs.utf_8_decode(b"ab\xe2\x82\xac"), codecs.latin_1_encode("é"))
import tempfile, os
for f in [lambda: "abc".encode("rot13"), lambda: b"ab".decode("hex"), lambda: bytes("x", "base64"), lambda: str(b"x", "zlib"), lambda: "x".encode("nope"),
          lambda: open(os.path.join(tempfile.mkdtemp(), "f"), "w", encoding="hex")]:
    try:
        f()
    except LookupError as e:
        print(e)
