x = 1
del x, 
def f(*, **k): pass
