# generator finally/close/throw, exceptions across yields, exc_info, return in finally
def g():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for x in g():
    print(x)
    break
print("after break")
def h():
    try:
        yield 1
        raise ValueError("in gen")
    except ValueError as e:
        yield str(e)
print(list(h()))
def k():
    for i in range(3):
        try:
            if i == 1:
                return "ret"
        finally:
            print("fin", i)
print(k())
def w():
    with open("/tmp/pymem_w.txt", "w") as f:
        yield 1
        f.write("x")
print(list(w()))
try:
    try:
        raise KeyError(1)
    finally:
        print("outer finally")
except KeyError as e:
    print("caught", repr(e))
import sys
try:
    raise ValueError("x")
except ValueError:
    print(sys.exc_info()[0].__name__)
print(sys.exc_info()[0])
def deep_except():
    try:
        1/0
    except ZeroDivisionError:
        try:
            raise ValueError("inner")
        except ValueError as e:
            return repr(e.__context__)
print(deep_except())
class E(Exception):
    def __str__(self):
        return "custom str"
try:
    raise E()
except E as e:
    print(e, repr(e))
print([i for i in range(3)] == list(i for i in range(3)))
x = 10
def scope_gen():
    return [x * i for i in range(3)]
print(scope_gen())
def counter():
    n = 0
    while True:
        try:
            n += 1
            yield n
        except ValueError:
            print("thrown in at", n)
gen = counter()
print(next(gen), next(gen), gen.throw(ValueError), next(gen))
gen.close()
print("closed")
try:
    next(gen)
except StopIteration:
    print("StopIteration after close")
