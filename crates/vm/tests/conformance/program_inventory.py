# An inventory system: dataclass-like classes, properties, class/static methods, sorting with
# keys, grouping with dicts, generators, exceptions with custom hierarchies, formatting.
class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku, self.wanted, self.have = sku, wanted, have


class Item:
    _next_id = 1
    __slots__ = ("sku", "name", "price", "qty", "tags", "id")

    def __init__(self, sku, name, price, qty=0, tags=()):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
        self.tags = frozenset(tags)
        self.id = Item._next_id
        Item._next_id += 1

    @property
    def value(self):
        return round(self.price * self.qty, 2)

    def __repr__(self):
        return f"Item({self.sku!r}, qty={self.qty})"

    def __eq__(self, other):
        return isinstance(other, Item) and self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)

    def __lt__(self, other):
        return (self.name, self.sku) < (other.name, other.sku)

    @classmethod
    def parse(cls, line):
        sku, name, price, qty, *tags = [p.strip() for p in line.split(",")]
        return cls(sku, name, float(price), int(qty), tags)


class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def add(self, item):
        if item.sku in self.items:
            self.items[item.sku].qty += item.qty
        else:
            self.items[item.sku] = item
        self.log.append(("add", item.sku, item.qty))

    def remove(self, sku, n):
        item = self.items.get(sku)
        if item is None:
            raise KeyError(sku)
        if item.qty < n:
            raise OutOfStock(sku, n, item.qty)
        item.qty -= n
        self.log.append(("remove", sku, n))
        return item

    def __iter__(self):
        return iter(sorted(self.items.values()))

    def __len__(self):
        return len(self.items)

    def __contains__(self, sku):
        return sku in self.items

    def by_tag(self):
        groups = {}
        for item in self:
            for tag in sorted(item.tags):
                groups.setdefault(tag, []).append(item.sku)
        return groups

    def low_stock(self, threshold):
        return (i.sku for i in self if i.qty < threshold)

    def total_value(self):
        return sum(i.value for i in self)


data = """A1, widget, 2.50, 10, metal, small
B2, gadget, 10.00, 3, electronic
C3, doohickey, 0.99, 100, small, plastic
A1, widget, 2.50, 5
D4, gizmo, 25.5, 0, electronic, metal"""
inv = Inventory()
for line in data.splitlines():
    inv.add(Item.parse(line))
print(len(inv), "A1" in inv, "Z9" in inv, list(inv))
print(inv.by_tag())
print(list(inv.low_stock(5)), f"{inv.total_value():,.2f}")
for sku, n in [("A1", 3), ("B2", 5), ("Z9", 1), ("C3", 100)]:
    try:
        item = inv.remove(sku, n)
        print("removed", n, "from", item, "value now", item.value)
    except OutOfStock as e:
        print("out of stock:", e, "| short by", e.wanted - e.have)
    except KeyError as e:
        print("no such sku:", e)
report = sorted(inv, key=lambda i: (-i.value, i.sku))
for i in report:
    print(f"{i.sku:<4}{i.name:>10} {i.qty:>4} x {i.price:>6.2f} = {i.value:>8.2f}  {','.join(sorted(i.tags)) or '-'}")
print(inv.log)
counts = {}
for action, sku, n in inv.log:
    counts[action] = counts.get(action, 0) + n
print(counts, max(inv, key=lambda i: i.qty).sku, min(inv).name)
try:
    inv.items["A1"].color = "red"
except AttributeError as e:
    print("AttributeError:", e)
print({Item("X", "x", 1), Item("X", "other", 2)} == {Item("X", "y", 3)}, Item._next_id)
