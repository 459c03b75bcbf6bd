x = lambda: (yield)
y = [(yield) for i in x]
