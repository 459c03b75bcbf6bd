if a and x = 1:
    pass
