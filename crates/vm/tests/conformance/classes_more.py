# class attributes vs instance attributes, __dict__, __class__, class-level mutation, __getattr__
class Config:
    defaults = {"debug": False}
    count = 0
    def __init__(self, **kw):
        Config.count += 1
        for k, v in kw.items():
            setattr(self, k, v)
    def __getattr__(self, name):
        if name in self.defaults:
            return self.defaults[name]
        raise AttributeError(f"no config {name!r}")
c = Config(level=3)
print(c.level, c.debug, Config.count, sorted(c.__dict__.items()), c.__class__.__name__)
try:
    c.missing
except AttributeError as e:
    print("AttributeError:", e)
class Shared:
    items = []
a, b = Shared(), Shared()
a.items.append(1)
print(b.items, a.items is b.items)
a.items = [2]
print(a.items, b.items, Shared.items)
Shared.new_attr = "added"
print(a.new_attr, hasattr(b, "new_attr"))
class Meta:
    def method(self):
        return "m"
m = Meta()
bound = m.method
print(bound(), Meta.method(m), bound.__self__ is m, bound.__func__ is Meta.method, repr(bound).startswith("<bound method Meta.method of"))
class Account:
    __slots__ = ("owner", "balance")
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("amount must be positive")
        self.balance += amt
        return self
acct = Account("ann").deposit(50).deposit(25)
print(acct.owner, acct.balance)
try:
    acct.deposit(-1)
except ValueError as e:
    print("ValueError:", e)
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return f"Stack({self._items})"
s = Stack()
for i in range(3):
    s.push(i * i)
print(s, len(s), s.pop(), s, bool(s))
