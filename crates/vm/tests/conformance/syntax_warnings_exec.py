# Compile-time SyntaxWarnings that CPython 3.12 prints before a SyntaxError in the same
# source: the parser's invalid-escape warnings (for the literals it decoded before a parse
# error: all of them when the error comes from the symbol table or the compiler), then the
# compiler's warnings up to the compile error. Warnings go to stderr.
import sys

CASES = [
    # Parse error: the literals before the failing token warn, the ones after do not.
    's = "\\d"\nt = "\\q"\nx = 1 +* 2\nu = "\\w"\n',
    'x = "\\d" "\\q" +* "\\w"\n',
    'y = (\n"\\d"\n',
    # Compile errors: every escape warning first, then the compiler's in its order.
    'x = 1\nif x is 1: pass\ns = "\\d"\nbreak\nif x is 2: pass\n',
    'x = 1\nif x is 1: pass\ns = "\\d"\nreturn 5\n',
    'x = 1 is 1\ndef f():\n  return 2 is 2\nreturn 3\n',
    'x = 1 is 1\nx = (yield 2 is 2)\n',
    'assert (x, "m")\nx = 1 is 1\nfrom __future__ import braces\n',
    'x = 1 is 1\nf(a=1, a=2 is 2)\n',
    'x = 1 is 1\nclass C:\n  y = 2 is 2\n  def f(self): return 3 is 3\nz = [4 is 4 for a in b]\nbreak\n',
    # Symbol table errors come before any compiler warning.
    'x = "\\d"\nx = 1 is 1\ndef f(a):\n  global a\n',
    # Decoding order: a run of literals at its end, nested runs and format specs first.
    'x = f"\\d{f"\\q"}\\w"\n',
    'x = f"{1:\\d}" f"\\q"\n',
    'x = "\\d" f"{1}\\q"\n',
    'x = f"{"\\d" "\\w"}\\q"\n',
    # One warning per literal (its first bad escape); octal escapes above \\377.
    'x = "\\d\\q"\nx = b"\\N\\777"\nx = "\\777"\nx = "\\400\\d"\nx = rb"\\d"\nx = "\\0777"\nx = "\\8"\n',
    'x = 1\nx = f"\\{x}"\n',
    # Malformed escapes are errors, after the warnings of the literals decoded before them.
    'x = "\\d" "\\x4"\n',
    'x = "ab\\x4"\n',
    'x = b"\\x4"\n',
    'x = "\\N{NOPE}"\n',
    'x = "\\N{LATIN SMALL LETTER A}\\N"\n',
    'x = "\\U00110000"\n',
    # Plain literals are decoded as soon as they are parsed: before a mixing error.
    'x = ("\\d" b"b" )\n',
    'x = "\\d" "\\q" b"\\w"\n',
    'x = "a" b"b"\n',
    'x = "\\u12"\n',
]
for i, src in enumerate(CASES):
    try:
        exec(src, {})
        print(i, "ran")
    except SyntaxError as e:
        print(i, type(e).__name__, e.msg, e.lineno, e.offset)
    except Exception as e:
        print(i, type(e).__name__, e)
    sys.stderr.flush()
