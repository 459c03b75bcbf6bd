class Tick:
    def __init__(self, price, size, ts):
        self.price = price
t = Tick(1.0, 2)
