# match: mapping patterns
import collections


def mapping(v):
    match v:
        case {}  if not v:
            return "empty mapping"
        case {"action": "move", "to": (x, y)}:
            return f"move to {x},{y}"
        case {"action": "say", "text": str(text)}:
            return f"say {text!r}"
        case {"action": action, **rest} if rest:
            return f"{action} with extras {rest}"
        case {"action": action}:
            return f"bare {action}"
        case {1: one, 2.5: two, None: n, False: f}:
            return f"odd keys {one} {two} {n} {f}"
        case {}:
            return "some other mapping"
        case _:
            return "not a mapping"


for v in [{}, {"action": "move", "to": (1, 2)}, {"action": "move", "to": [3, 4]},
          {"action": "say", "text": "hi"}, {"action": "say", "text": 5},
          {"action": "jump", "height": 3, "style": "high"}, {"action": "sit"},
          {1: "a", 2.5: "b", None: "c", False: "d"}, {"x": 1}, [("action", "x")], "action",
          collections.OrderedDict(action="od"), collections.defaultdict(int, action="dd"),
          collections.Counter("aab")]:
    print(repr(v), "->", mapping(v))

# Extra keys are ignored; **rest collects them into a new dict
d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"a": 1, **rest}:
        print("rest:", rest, rest is d, type(rest).__name__)
match d:
    case {**everything}:
        print("everything:", everything, everything is d, everything == d)

# defaultdict's default factory is not used for missing keys
dd = collections.defaultdict(list)
match dd:
    case {"missing": m}:
        print("wrong: matched", m)
    case _:
        print("defaultdict: missing key did not match; keys now", list(dd))

# Counter is a dict
match collections.Counter("hello"):
    case {"l": n, **others}:
        print("Counter l =", n, "others =", sorted(others.items()))


# Value-pattern keys
class K:
    A = "a"
    B = "b"


match {"a": 10, "b": 20}:
    case {K.A: x, K.B: y}:
        print("value keys:", x, y)

# Nested mappings
match {"user": {"name": "ann", "roles": ["admin", "dev"]}}:
    case {"user": {"name": str(name), "roles": [*_, "dev"]}}:
        print("nested mapping:", name)

# Length check happens before the keys are looked up
match {"a": 1}:
    case {"a": 1, "b": 2}:
        print("wrong")
    case _:
        print("too short")
