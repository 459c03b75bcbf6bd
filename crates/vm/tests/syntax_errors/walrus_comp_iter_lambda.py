x = [a for a in map(lambda v: (w := v), y)]
