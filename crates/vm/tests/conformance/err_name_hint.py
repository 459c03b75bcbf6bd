# A misspelled name: CPython's traceback suggests the closest visible name.
def total(values):
    result = 0
    for value in values:
        result += value
    return reslt


print(total([1, 2, 3]))
