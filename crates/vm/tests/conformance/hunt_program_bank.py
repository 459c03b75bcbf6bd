from functools import total_ordering

class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} short by {amount - account.balance:.2f}")
        self.account = account
        self.amount = amount

class FrozenAccount(Exception):
    pass

@total_ordering
class Account:
    _next = 1000
    interest = 0.0

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = float(balance)
        Account._next += 1
        self.number = Account._next
        self.history = []
        self.frozen = False

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value

    def deposit(self, amount):
        if self.frozen:
            raise FrozenAccount(self.number)
        self.balance += amount
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
        return self

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance:,.2f})"

    def __str__(self):
        return f"#{self.number} {self.owner:<8}|{self.balance:>12,.2f}"

    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self.number == other.number

    def __lt__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return (self.balance, self.number) < (other.balance, other.number)

    def __hash__(self):
        return hash(self.number)

    def month_end(self):
        self.balance = round(self.balance * (1 + self.interest / 12), 2)

class Savings(Account):
    interest = 0.05

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "wd"]) >= 2:
            raise PermissionError("too many withdrawals")
        return super().withdraw(amount)

class Checking(Account):
    def __init__(self, owner, balance=0.0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("wd", amount))
        return self

class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, cls, *args, **kw):
        acct = cls(*args, **kw)
        self.accounts[acct.number] = acct
        return acct

    def __len__(self):
        return len(self.accounts)

    def __iter__(self):
        return iter(sorted(self.accounts.values()))

    def __contains__(self, acct):
        return acct.number in self.accounts

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except InsufficientFunds as e:
            raise RuntimeError("transfer failed") from e
        else:
            dst.deposit(amount)
        finally:
            print(f"  transfer {src.number}->{dst.number} {amount} attempted")

bank = Bank("First")
a = bank.open(Savings, "alice", 500)
b = bank.open(Checking, "bob", 50, overdraft=25)
c = bank.open(Account, "carol", balance=1234.5)
print(len(bank), a in bank, repr(a), str(b))
for acct in bank:
    print(acct)
bank.transfer(a, b, 100)
try:
    bank.transfer(b, c, 1000)
except RuntimeError as e:
    print("error:", e, "| cause:", repr(e.__cause__), e.__cause__.amount)
try:
    a.withdraw(1); a.withdraw(1); a.withdraw(1)
except PermissionError as e:
    print(type(e).__name__, e.args)
try:
    c.balance = -5
except ValueError as e:
    print("ValueError", e)
c.frozen = True
try:
    c.deposit(5)
except FrozenAccount as e:
    print("frozen", e, e.args)
for acct in bank:
    acct.month_end()
print(sorted(bank.accounts.values()))
print(max(bank), min(bank), a <= b, a >= c, a != b)
print(f"total={bank.total():.3f}", "%08.2f|%-10s|%+d" % (bank.total(), "x", 5))
print({a: 1, b: 2}[a], a == 5, a.__eq__(5))
print(Savings.__mro__)
print([h for h in a.history])
s = {a, b, c, a}
print(len(s))
print(Account.__lt__.__qualname__, Savings.withdraw.__name__)
try:
    a < 5
except TypeError as e:
    print(e)
try:
    a <= "x"
except TypeError as e:
    print(e)
