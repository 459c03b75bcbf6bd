# A failing assert with a message, inside a helper.
def check_positive(x):
    assert x > 0, f"expected positive, got {x}"
    return x


print(check_positive(5))
print(check_positive(-2))
