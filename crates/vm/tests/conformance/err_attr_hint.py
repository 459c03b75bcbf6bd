# A misspelled method: the traceback suggests the closest attribute of the object.
class Account:
    def __init__(self):
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount


acct = Account()
acct.deposit(5)
print("str(e) has no hint:", end=" ")
try:
    acct.withdraw(1)
except AttributeError as e:
    print(e, "| name:", e.name, "| obj is acct:", e.obj is acct)
acct.deposti(10)
