# collections.ChainMap: lookups through the maps, writes to the first, equality as a
# mapping, unhashable.
import collections

base = {"a": 1, "b": 2}
over = {"b": 20}
cm = collections.ChainMap(over, base)
print(cm["a"], cm["b"], len(cm), sorted(cm), "a" in cm, cm.get("z", 0))
cm["c"] = 3
print(over, base, cm.maps[0] is over)
child = cm.new_child({"a": 100})
print(child["a"], child.parents["a"], len(child.maps))
print(cm == {"a": 1, "b": 20, "c": 3}, cm == collections.ChainMap({"a": 1, "b": 20, "c": 3}),
      cm != {"a": 1}, cm == [1], collections.ChainMap() == {})
try:
    hash(cm)
except TypeError as e:
    print("TypeError:", e)
try:
    del cm["a"]
except KeyError as e:
    print("KeyError:", e)
