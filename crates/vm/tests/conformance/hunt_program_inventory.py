"""Inventory management with class hierarchies and reports."""
import json
from collections import defaultdict
from dataclasses import dataclass, field


class InventoryError(Exception):
    """Base error."""


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(sku, wanted, have)
        self.sku, self.wanted, self.have = sku, wanted, have

    def __str__(self):
        return f"{self.sku}: wanted {self.wanted}, have {self.have}"


class UnknownItem(InventoryError, KeyError):
    pass


class Product:
    __slots__ = ("sku", "name", "price", "_qty")
    tax_rate = 0.2

    def __init__(self, sku, name, price, qty=0):
        self.sku = sku
        self.name = name
        self.price = price
        self._qty = qty

    @property
    def qty(self):
        return self._qty

    @qty.setter
    def qty(self, v):
        if v < 0:
            raise ValueError(f"quantity for {self.sku} cannot be negative: {v}")
        self._qty = v

    def gross(self):
        return round(self.price * (1 + self.tax_rate), 2)

    def __repr__(self):
        return f"{self.__class__.__name__}({self.sku!r}, {self.name!r}, {self.price!r}, qty={self.qty})"

    def __eq__(self, other):
        return type(self) is type(other) and self.sku == other.sku

    def __hash__(self):
        return hash((type(self).__name__, self.sku))

    def __lt__(self, other):
        return (self.price, self.sku) < (other.price, other.sku)


class Food(Product):
    __slots__ = ("expires",)
    tax_rate = 0.05

    def __init__(self, sku, name, price, qty=0, expires="2025-01-01"):
        super().__init__(sku, name, price, qty)
        self.expires = expires


class Gadget(Product):
    __slots__ = ()

    def gross(self):
        return super().gross() + 1.0


@dataclass
class Order:
    lines: list = field(default_factory=list)
    status: str = "new"

    def add(self, sku, qty):
        self.lines.append((sku, qty))
        return self


class Warehouse:
    def __init__(self):
        self._items = {}
        self.log = []

    def stock(self, product):
        if product.sku in self._items:
            self._items[product.sku].qty += product.qty
        else:
            self._items[product.sku] = product
        self.log.append(("stock", product.sku, product.qty))

    def __getitem__(self, sku):
        try:
            return self._items[sku]
        except KeyError:
            raise UnknownItem(sku) from None

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(sorted(self._items.values()))

    def fulfil(self, order):
        reserved = []
        try:
            for sku, qty in order.lines:
                item = self[sku]
                if item.qty < qty:
                    raise OutOfStock(sku, qty, item.qty)
                item.qty -= qty
                reserved.append((item, qty))
        except InventoryError:
            for item, qty in reserved:
                item.qty += qty
            order.status = "failed"
            raise
        else:
            order.status = "done"
        finally:
            self.log.append(("fulfil", order.status))
        return sum(item.gross() * qty for item, qty in reserved)

    def report(self):
        by_type = defaultdict(list)
        for p in self:
            by_type[type(p).__name__].append(p)
        lines = []
        for kind in sorted(by_type):
            items = by_type[kind]
            total = sum(p.price * p.qty for p in items)
            lines.append(f"{kind:<8}{len(items):>3} items {total:>10.2f}")
            for p in items:
                lines.append(f"  {p.sku:<6}{p.name:<12}{p.qty:>4} x {p.price:>7.2f} = {p.qty * p.price:>8.2f}")
        return "\n".join(lines)


w = Warehouse()
for p in [Food("F1", "apple", 0.4, 100), Food("F2", "bread", 2.5, 10, "2024-05-01"),
          Gadget("G1", "cable", 7.99, 3), Product("P1", "pen", 1.2, 40), Food("F1", "apple", 0.4, 20)]:
    w.stock(p)
print(len(w), w["F1"], w["F1"].qty)
print(w.report())
o1 = Order().add("F1", 10).add("G1", 2)
print(f"{w.fulfil(o1):.2f}", o1.status, o1)
o2 = Order().add("F2", 5).add("G1", 5)
try:
    w.fulfil(o2)
except OutOfStock as e:
    print("OutOfStock:", e, e.args, o2.status, w["F2"].qty)
o3 = Order().add("ZZ", 1)
try:
    w.fulfil(o3)
except KeyError as e:
    print("KeyError-compatible:", type(e).__name__, e, isinstance(e, InventoryError))
try:
    w["P1"].qty = -1
except ValueError as e:
    print(e)
try:
    w["P1"].color = "red"
except AttributeError as e:
    print(e)
print(json.dumps([{"sku": p.sku, "qty": p.qty, "gross": p.gross()} for p in w], indent=1))
print(w.log)
print(sorted({Food("X", "a", 1), Food("X", "b", 2), Product("X", "c", 3)}, key=repr))
print(Product.__slots__, Food.__slots__, Food.__mro__[1:], Gadget("G", "g", 1).gross())
w.fulfil(Order().add("F2", 50))
