# An exception inside a generator surfaces through the consuming for loop.
def parse(lines):
    for line in lines:
        key, value = line.split("=")
        yield key.strip(), int(value)


for k, v in parse(["a = 1", "b = 2", "c = x"]):
    print(k, v)
