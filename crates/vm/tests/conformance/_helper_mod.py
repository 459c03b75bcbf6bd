VALUE = 41 + 1
def greet(name):
    return "hello " + name
