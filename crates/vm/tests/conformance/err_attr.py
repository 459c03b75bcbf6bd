class Tick:
    def __init__(self):
        self.price = 1.0
t = Tick()
print(t.price)
print(t.volume)
