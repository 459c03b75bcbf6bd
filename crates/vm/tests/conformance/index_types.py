# Sequence indexes: ints, int subclasses, bools and __index__ objects; too-large indexes name
# their own type in the IndexError; floats are refused.
class I:
    def __index__(self): return 2**100
class J(int): pass
for seq in ([1, 2], (1, 2), 'ab', b'ab', bytearray(b'ab'), range(3)):
    for k in (I(), J(2**70), 2**80, -2**80):
        try:
            seq[k]
        except Exception as e:
            print(type(seq).__name__, type(e).__name__, e)
class One:
    def __index__(self): return 1
class K(int): pass
for seq in ([1, 2], (1, 2), 'ab', b'ab', bytearray(b'ab'), range(3), memoryview(b'ab')):
    print(type(seq).__name__, seq[One()], seq[K(-1)], seq[True])
    try:
        seq[1.0]
    except TypeError as e:
        print(e)
