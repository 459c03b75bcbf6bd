# Using a list as a dict key.
counts = {}
for word in ["a", "b"]:
    counts[word] = counts.get(word, 0) + 1
print(counts)
key = ["a", "b"]
counts[key] = 1
