# pickle of exceptions: BaseException's reduce (class, args, __dict__) and Python 2's 'exceptions'
# module name in protocols 0-2.
import pickle
class MyErr(ValueError):
    pass
for e in [ValueError("bad", 1), KeyError("k"), MyErr("m"), StopIteration(5)]:
    print(e.__reduce_ex__(4)[:2], e.__reduce__())
    for proto in (0, 2, 4):
        b = pickle.loads(pickle.dumps(e, proto))
        print(proto, type(b).__name__, b.args, pickle.dumps(e, proto))
e = MyErr("x"); e.note = 1
r = e.__reduce__(); print(r[0].__name__, r[1], r[2])
print(pickle.loads(pickle.dumps(e)).note)
