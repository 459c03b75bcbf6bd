# secrets (tokens, randbelow, choice, SystemRandom, compare_digest) and hmac (new over
# names, constructors and modules, copy, one-shot digest) with their errors.
import secrets, hmac, hashlib
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__module__, type(e).__name__, e)
print(secrets.__all__, secrets.DEFAULT_ENTROPY)
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(1)).__name__)
print(len(secrets.token_hex()), len(secrets.token_hex(5)), all(c in "0123456789abcdef" for c in secrets.token_hex(50)))
print(len(secrets.token_urlsafe()), len(secrets.token_urlsafe(5)), len(secrets.token_urlsafe(0)))
print(all(c.isalnum() or c in "-_" for c in secrets.token_urlsafe(200)))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)), secrets.randbelow(1))
print(sorted(set(secrets.randbelow(3) for _ in range(300))))
print(secrets.choice([7]), secrets.choice("abc") in "abc", secrets.randbits(0), 0 <= secrets.randbits(70) < 2**70)
r = secrets.SystemRandom()
print(0 <= r.random() < 1, 1 <= r.randint(1, 6) <= 6, sorted(r.sample(range(5), 5)), r.seed(5))
print(secrets.compare_digest(b"abc", b"abc"), secrets.compare_digest(b"abc", b"abd"), secrets.compare_digest("abc", "abc"),
      secrets.compare_digest(b"ab", b"abc"), secrets.compare_digest(bytearray(b"x"), memoryview(b"x")))
t(lambda: secrets.randbelow(0))
t(lambda: secrets.randbelow(-5))
t(lambda: secrets.choice([]))
t(lambda: secrets.token_bytes(-1))
t(lambda: secrets.token_hex("x"))
t(lambda: secrets.compare_digest("a", b"a"))
t(lambda: secrets.compare_digest("é", "é"))
t(lambda: secrets.compare_digest(1, 2))
t(lambda: secrets.randbits(-1))
t(lambda: r.getstate())
# hmac
print(hmac.compare_digest is secrets.compare_digest)
for mod in ["md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b", hashlib.sha256, hashlib]:
    try:
        h = hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", mod if mod is not hashlib else "sha224")
        print(h.name, h.digest_size, h.block_size, h.hexdigest())
    except Exception as e:
        print(type(e).__name__, e)
h = hmac.new(b"k" * 200, digestmod="sha256")
h.update(b"part one ")
c = h.copy()
h.update(b"part two")
print(h.hexdigest(), c.hexdigest(), h.digest()[:4])
print(hmac.digest(b"key", b"msg", "sha256").hex(), hmac.new(bytearray(b"key"), b"msg", "sha1").hexdigest())
print(hmac.new(b"", b"", "md5").hexdigest(), hmac.HMAC.blocksize, type(h).__name__, type(h).__module__)
t(lambda: hmac.new(b"key", b"msg"))
t(lambda: hmac.new("key", b"msg", "sha256"))
t(lambda: hmac.new(b"key", "msg", "sha256"))
t(lambda: hmac.new(b"key", b"msg", "nope"))
t(lambda: hmac.digest(b"key", b"msg", None))
