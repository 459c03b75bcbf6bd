# AttributeError on None returned by a function that forgot to return.
def find(items, wanted):
    for item in items:
        if item == wanted:
            item
    # no return: None


result = find(["a", "b"], "b")
print("found:", result)
print(result.upper())
