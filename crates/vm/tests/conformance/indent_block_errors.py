# IndentationError for a header with no block: the line reported, its text and the wording.
# (Offsets are not printed: for a header at the very end of a string CPython points past the
# line, as its string tokenizer does, which pymem does not reproduce.)
cases = [
    "class A:\n",
    "x = 1\nif x:\n",
    "x = 1\nif x:\n\n\n",
    "if x:\n    # only a comment\n",
    "def f():\nreturn 1\n",
    "for i in x:\n",
    "while 1:\n  # c\n\n",
    "try:\n",
    "with x:\n",
    "def f():\n    if x:\n    y = 1\n",
]
for src in cases:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, repr(e.text))
