# textwrap: wrap/fill with CPython's chunking (hyphens, em-dashes), long words, indents,
# sentence endings, max_lines, shorten, dedent, indent.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Python's textwrap module "
        "breaks well-known hyphenated words, em--dashes and very-long-compound-words "
        "at sensible places; it also handles\ttabs and\nnewlines.")
for width in [10, 17, 25, 40, 70]:
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 20, break_on_hyphens=False))
print(textwrap.wrap("Supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("Supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.wrap("a-very-long-hyphenated-identifier-here", 12))
print(textwrap.wrap("---- dashes -- only ----", 6))
print(textwrap.wrap("   leading and trailing   ", 10), textwrap.wrap("   leading", 10, drop_whitespace=False))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("one", 3))
print(textwrap.wrap("Hello there.  How are you? Fine! Good.", 80, fix_sentence_endings=True))
print(textwrap.wrap("Mr. Smith said \"hi.\" Then left.", 80, fix_sentence_endings=True))
print(textwrap.wrap("a\tb\tc", 80), textwrap.wrap("a\tb", 80, expand_tabs=False),
      textwrap.wrap("a\tb", 80, tabsize=4), textwrap.wrap("x\ny", 80, replace_whitespace=False))
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap(text, 30, max_lines=2, placeholder=" ..."))
print(textwrap.wrap("short text", 30, max_lines=1))
print(textwrap.wrap("one two three four five", 9, max_lines=2))
print(textwrap.wrap("hello world foo", 11, max_lines=1, placeholder="..."))
print(textwrap.wrap("12345 6789012345", 5, max_lines=2, placeholder="[.]"))
print(textwrap.wrap("über-schön naïve-ly caf\u00e9s", 8))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world!", width=10, placeholder="..."), textwrap.shorten("  lots   of \n space  ", 40))
w = textwrap.TextWrapper(width=15, initial_indent="> ")
print(w.wrap("a b c d e f g h i j k l m n o p"), w.width)
w.width = 8
print(w.fill("a b c d e f g"))

s = '''\
    def hello():
        print("hi")
  \t
    done
'''
print(repr(textwrap.dedent(s)))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("\t  x\n\t y\n")),
      repr(textwrap.dedent("   \n  a\n    b\n   \n")), repr(textwrap.dedent("no indent\n  x")),
      repr(textwrap.dedent("")), repr(textwrap.dedent("  only\r\n  crlf")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")))
print(repr(textwrap.indent("a\nb\n", "+ ", lambda line: True)))
print(repr(textwrap.indent("x\r\ny", "..")))

for fn in [lambda: textwrap.wrap("abc", 0), lambda: textwrap.wrap("abc", 3, max_lines=1, placeholder=" [more]"),
           lambda: textwrap.wrap("abc", -1)]:
    try:
        print(fn())
    except ValueError as e:
        print("ValueError:", e)
