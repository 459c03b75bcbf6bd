data = {"items": [1, 2, 3]}
def third(d):
    return d["items"][5]
third(data)
