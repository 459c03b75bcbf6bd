# Deleting a missing key.
stock = {"apples": 3}
del stock["apples"]
print(stock)
del stock["pears"]
