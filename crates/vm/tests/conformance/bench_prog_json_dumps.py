# json_dumps: serialise nested dicts/lists/strings/numbers with json.dumps (default, sorted, indented).
import json
import sys

EMPTY = ({}, 2000)
SIMPLE_DATA = {"key1": 0, "key2": True, "key3": "value", "key4": "foo", "key5": "string"}
SIMPLE = (SIMPLE_DATA, 1000)
NESTED_DATA = {"key1": 0, "key2": SIMPLE[0], "key3": "value", "key4": SIMPLE[0], "key5": SIMPLE[0], "key": "\u0105\u0107\u017c"}
NESTED = (NESTED_DATA, 1000)
HUGE = ([NESTED[0]] * 1000, 1)
MIXED = ([1, -2.5, None, False, "tab\there", "quote\"", [1, [2, [3, {"x": 1e100}]]], 3.0, 10 ** 20], 500)
CASES = ["EMPTY", "SIMPLE", "NESTED", "HUGE", "MIXED"]


def main(scale):
    total = 0
    for name in CASES:
        obj, count = globals()[name]
        for _ in range(count * scale):
            s = json.dumps(obj)
            total += len(s)
        print(name, len(s), s[:80])
    print("sorted", json.dumps(NESTED_DATA, sort_keys=True)[:100])
    print("indent", json.dumps(MIXED[0], indent=2)[:120].replace("\n", "|"))
    print("ascii off", json.dumps(NESTED_DATA, ensure_ascii=False)[-40:])
    print("separators", json.dumps(SIMPLE_DATA, separators=(",", ":")))
    print("total chars", total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
