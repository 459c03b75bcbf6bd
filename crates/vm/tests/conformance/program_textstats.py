# Text statistics: string methods, comprehensions, sorting, Counter-like dicts, zip/enumerate,
# str.format tables, and a word-wrap generator.
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""

words = [w.strip(".,").lower() for w in TEXT.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(len(words), len(freq), top)
print("{:<8}|{:>5}|{}".format("word", "count", "bar"))
for w, c in top:
    print("{:<8}|{:>5}|{}".format(w, c, "#" * c))
lengths = {n: sorted({w for w in words if len(w) == n}) for n in range(1, 13)}
print({n: ws for n, ws in lengths.items() if ws})
lines = TEXT.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:20], sum(map(len, lines)))
print([(i, l.count("it was")) for i, l in enumerate(lines, 1)])
pairs = list(zip(words, words[1:]))
bigrams = {}
for p in pairs:
    bigrams[p] = bigrams.get(p, 0) + 1
print(sorted(((c, " ".join(p)) for p, c in bigrams.items() if c > 2), reverse=True))
def wrap(text, width):
    line = []
    size = 0
    for word in text.split():
        if size + len(word) + len(line) > width and line:
            yield " ".join(line)
            line, size = [], 0
        line.append(word)
        size += len(word)
    if line:
        yield " ".join(line)
for row in wrap(TEXT, 40):
    print(f"|{row:<40}|")
caps = [w for w in TEXT.replace(",", " ").split() if w[0].isupper()]
print(caps, TEXT.title()[:30], TEXT.swapcase()[:15], TEXT.count("of"), TEXT.find("age"), TEXT.rfind("age"))
vowels = sum(1 for ch in TEXT.lower() if ch in "aeiou")
print(vowels, round(vowels / len(TEXT), 4), f"{vowels / len(TEXT):.2%}")
acronym = "".join(w[0] for w in "portable operating system interface".split()).upper()
print(acronym, "-".join(reversed(acronym)), acronym.center(11, "*"), acronym.lower().capitalize())
table = str.maketrans("aeiou", "AEIOU") if hasattr(str, "maketrans") else None
print(TEXT[:20].translate(table) if table else TEXT[:20].upper())
print("hello".translate({ord("l"): None, ord("h"): "J", 111: 48}), "abc".translate(str.maketrans("ab", "xy", "c")))
print("x".maketrans({"a": "b"}), str.maketrans("", "", "xyz"))
