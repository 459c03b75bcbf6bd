if a:
    pass
elif a.b = 1:
    pass
