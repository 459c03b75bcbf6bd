# hashlib: an uncaught "Strings must be encoded" error from a hash object's update().
import hashlib
h = hashlib.sha256(b"ok")
print(h.hexdigest())
h.update("text")
