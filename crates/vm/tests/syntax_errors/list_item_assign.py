items = [1, x = 2]
