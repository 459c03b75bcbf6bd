# An uncaught UnicodeDecodeError: the traceback and CPython's message.
data = b"caf\xc3"
print("decoding", data)
text = data.decode("utf-8")
print("not reached", text)
