# json_loads: parse JSON documents of several shapes with json.loads and summarise the results.
import json
import sys

DICT = {
    "ads_flags": 0,
    "age": 18,
    "bulletin_count": 0,
    "comment_count": 0,
    "country": "BR",
    "encrypted_id": "G9urXXAJwjE",
    "favorite_artists": ["Pinkfloyd", "Led Zeppelin", "Beatles"],
    "float": 3.14159e-3,
    "neg": -12,
    "unicode": "caf\u00e9 \u2603 \U0001f600",
    "nested": {"a": [1, 2, {"b": None, "c": [True, False]}], "d": "x\ny\"z\\"},
}
TUPLE = ([265867233, 265868503, 265252341, 265243910, 265879514, 266219766], 60)
DICT_GROUP = [dict(DICT, id=i) for i in range(3)]


def main(scale):
    docs = [(json.dumps(DICT), 600), (json.dumps(TUPLE), 600), (json.dumps(DICT_GROUP), 200),
            (json.dumps(DICT, indent=4), 200), ('[1e5, -0.0, 1E-7, 123456789012345678901234567890, "\\ud83d\\ude00"]', 500)]
    total = 0
    for text, count in docs:
        for _ in range(count * scale):
            obj = json.loads(text)
            total += len(obj)
        print(type(obj).__name__, len(obj), repr(obj)[:100])
    print("roundtrip", json.loads(json.dumps(DICT)) == DICT)
    print("total", total)
    for bad in ['{"a": 1,}', "[1, 2", "nul", '"\\x"']:
        try:
            json.loads(bad)
        except json.JSONDecodeError as e:
            print("error", type(e).__name__, e, e.pos, e.lineno, e.colno)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
