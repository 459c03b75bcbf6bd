# A bank ledger: custom exception hierarchy with chaining, context managers for
# transactions, properties, sorting, f-string reports and a generator of statements.
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
        self.shortfall = amount - account.balance


class FrozenAccount(BankError):
    pass


class Account:
    _ids = iter(range(1000, 2000))

    def __init__(self, owner, balance=0.0):
        self.id = next(Account._ids)
        self.owner = owner
        self._balance = balance
        self.frozen = False
        self.history = []

    @property
    def balance(self):
        return self._balance

    def _apply(self, delta, memo):
        if self.frozen:
            raise FrozenAccount(f"account {self.id} is frozen")
        if self._balance + delta < 0:
            raise InsufficientFunds(self, -delta)
        self._balance += delta
        self.history.append((memo, delta, self._balance))

    def deposit(self, amount, memo="deposit"):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._apply(amount, memo)

    def withdraw(self, amount, memo="withdrawal"):
        self._apply(-amount, memo)

    def statement(self):
        yield f"Statement for {self.owner} (#{self.id})"
        for memo, delta, bal in self.history:
            yield f"  {memo:<12} {delta:>+9.2f} {bal:>10.2f}"
        yield f"  {'balance':<12} {'':>9} {self.balance:>10.2f}"


class Transaction:
    def __init__(self, *accounts):
        self.accounts = accounts

    def __enter__(self):
        self.snapshot = [(a, a._balance, len(a.history)) for a in self.accounts]
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            for acct, bal, n in self.snapshot:
                acct._balance = bal
                del acct.history[n:]
            print(f"rolled back: {exc_type.__name__}: {exc}")
        return exc_type is not None and issubclass(exc_type, BankError)


def transfer(src, dst, amount):
    with Transaction(src, dst):
        src.withdraw(amount, f"to {dst.owner}")
        dst.deposit(amount, f"from {src.owner}")


alice, bob = Account("alice", 100), Account("bob")
transfer(alice, bob, 30)
transfer(alice, bob, 100)
bob.frozen = True
transfer(alice, bob, 10)
bob.frozen = False
try:
    with Transaction(alice):
        alice.deposit(-5)
except ValueError as e:
    print("ValueError escaped the transaction:", e)
try:
    try:
        alice.withdraw(1000)
    except InsufficientFunds as e:
        raise BankError("transfer failed") from e
except BankError as e:
    print(e, "<-", type(e.__cause__).__name__, f"short by {e.__cause__.shortfall:.2f}")
for line in alice.statement():
    print(line)
print(*bob.statement(), sep="\n")
accounts = sorted([alice, bob, Account("carol", 55.5)], key=lambda a: (-a.balance, a.owner))
print([(a.owner, a.balance) for a in accounts], sum(a.balance for a in accounts))
print(f"{'owner':<8}|{'balance':>10}")
for a in accounts:
    print(f"{a.owner:<8}|{a.balance:>10,.2f}")
