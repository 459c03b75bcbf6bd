try:
    [1, 2][10]
except IndexError:
    raise KeyError("while handling")
