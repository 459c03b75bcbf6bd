# Pins textwrap's line breaking over a matrix of texts, widths and options (long words,
# hyphens, whitespace handling, sentence endings, max_lines placeholders, indents), and
# the errors and helpers.
import textwrap

texts = [
    "The quick brown fox jumps over the lazy dog. It barks!  Then it sleeps.",
    "A well-known re-entrant self-contained e-mail thing--with dashes---and more -- spaced",
    "Supercalifragilisticexpialidocious-and-other-hyphenated-monsters arrive\tat\ttabs",
    "  leading spaces\n\nand newlines\x0bvertical\x0cform\rreturn   trailing   ",
    "short",
    "",
    "x" * 25 + " " + "y-" * 8 + " end.",
    "Dr. Who? \"Yes.\" Mr. Smith! 'ok.' done",
]
options = [
    {},
    {'break_long_words': False},
    {'break_on_hyphens': False},
    {'drop_whitespace': False},
    {'replace_whitespace': False, 'expand_tabs': False},
    {'fix_sentence_endings': True},
    {'tabsize': 2},
    {'initial_indent': '* ', 'subsequent_indent': '  '},
    {'max_lines': 2},
    {'max_lines': 1, 'placeholder': '...'},
    {'max_lines': 3, 'placeholder': ' ~', 'drop_whitespace': False},
    {'max_lines': 2, 'initial_indent': '> ', 'subsequent_indent': '>> ', 'placeholder': ' [..]'},
    {'break_long_words': False, 'max_lines': 2},
]
for text in texts:
    for width in (4, 7, 12, 30):
        for opts in options:
            try:
                result = textwrap.wrap(text, width, **opts)
            except ValueError as e:
                result = f'ValueError: {e}'
            print(width, sorted(opts.items()), result)

for text in texts:
    for width in (8, 15, 40):
        try:
            print(repr(textwrap.shorten(text, width)), repr(textwrap.shorten(text, width, placeholder='~')))
        except ValueError as e:
            print('ValueError', e)
    print(repr(textwrap.fill(text, 20, subsequent_indent='  ')))

for width in (0, -1):
    try:
        textwrap.wrap('abc', width)
    except ValueError as e:
        print('ValueError', e)
try:
    textwrap.wrap('', 0)
except ValueError as e:
    print('ValueError', e)
w = textwrap.TextWrapper(width=10, max_lines=2, placeholder='.' * 11)
try:
    w.wrap('some words here and there')
except ValueError as e:
    print('ValueError', e)
w = textwrap.TextWrapper()
print(list(vars(w)))
print(w.width, w.initial_indent, w.subsequent_indent, w.expand_tabs, w.replace_whitespace,
      w.fix_sentence_endings, w.break_long_words, w.drop_whitespace, w.break_on_hyphens,
      w.tabsize, w.max_lines, repr(w.placeholder))
w.width = 6
print(w.wrap('abc def ghi jkl'), w.fill('abc def ghi'))
print(sorted(textwrap.TextWrapper.unicode_whitespace_trans.items()))

for text in ["  a\n    b\n  c", "\ta\n\tb", " \ta\n\t b", "a\n  b", "  x\n  \n    y\n",
             "   \n  a\n", "\t x\n\t  y", "no indent", "", "  only\n", " a\r\n b"]:
    print(repr(textwrap.dedent(text)))
for text in ["a\nb\n\nc", "  \nx\n", "one\r\ntwo\rthree", "", "x"]:
    print(repr(textwrap.indent(text, '> ')),
          repr(textwrap.indent(text, '+', lambda line: True)),
          repr(textwrap.indent(text, '-', lambda line: 'x' in line)))
