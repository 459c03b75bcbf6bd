# dataclasses: define dataclasses (defaults, ordering, frozen, field factories) and use the generated methods.
import dataclasses
import sys
from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)

    def total(self):
        return self.price * self.qty


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


def main(n):
    items = [Item("item%d" % i, i * 0.5, i % 7, ["t%d" % (i % 3)]) for i in range(n)]
    print("total", sum(it.total() for it in items))
    print(items[3], items[3] == Item("item3", 1.5, 3, ["t0"]))
    versions = sorted(Version(i % 5, i % 3, i % 11) for i in range(n))
    print(versions[0], versions[-1], len(set(versions)))
    print(dataclasses.asdict(items[5]), dataclasses.astuple(Version(1, 2, 3)))
    print(dataclasses.replace(items[2], qty=10))
    print([f.name for f in dataclasses.fields(Item)])
    try:
        versions[0].major = 9
    except dataclasses.FrozenInstanceError as e:
        print("frozen", type(e).__name__, e)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
