# A bracket left open: CPython blames the bracket, not the next line.
values = [1, 2,
          3
print(values)
