# A block header at the end of the file: CPython reports the last line, without a caret.
x = 1
if x:
    # nothing but a comment

