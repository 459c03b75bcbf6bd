while x  # loop
    pass
