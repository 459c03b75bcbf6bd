# A SyntaxError raised by eval(): the traceback, then the location inside the string.
expr = "(1, 2 +)"
print("evaluating", expr)
print(eval(expr))
