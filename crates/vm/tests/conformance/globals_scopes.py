# global/nonlocal/class scopes, name resolution, del of names
x = "global x"
def read():
    return x
def shadow():
    x = "local x"
    return x
print(read(), shadow(), x)
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
class Scope:
    x = "class x"
    y = x + "!"
    def method(self):
        return x
print(Scope.x, Scope.y, Scope().method())
def make():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    def get():
        return items
    return add, get
add, get = make()
add(1); add(2)
print(get())
z = 5
del z
try:
    print(z)
except NameError as e:
    print("NameError:", e)
def f():
    a = 1
    del a
    try:
        return a
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
print(len(__name__), __name__)
