# A stdlib module used without importing it.
values = [3, 1, 2]
print(sorted(values))
print(sys.argv)
