# Mixing bytes and str.
data = "héllo".encode("utf-8")
print(data, len(data))
print(data + "!")
