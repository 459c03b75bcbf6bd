while x = 1 + 2 and y:
    pass
