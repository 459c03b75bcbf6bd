# str + int in a method, called through a bound method.
class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, times):
        return "hello " + self.name + " x" + times


g = Greeter("ann")
print(g.greet("2"))
print(g.greet(3))
