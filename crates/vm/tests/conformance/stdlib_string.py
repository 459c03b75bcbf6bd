# string and keyword: constants, capwords, Template, kwlist/softkwlist/iskeyword.
import string
import keyword

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits",
             "octdigits", "punctuation", "whitespace", "printable"]:
    v = getattr(string, name)
    print(name, len(v), repr(v))
print(string.capwords("  hello   big\tworld  "), string.capwords("a-b-c", "-"), repr(string.capwords("")))
print(string.capwords("ÉCOLE été", None), string.capwords("x,,y", ","))

T = string.Template
t = T("$who likes $what, ${who}s cost $$5")
print(t.template, t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}), t.substitute({"who": "a", "what": "b"}, who="kw"))
print(T("$x and $y").safe_substitute(x=1), T("${x}y $ end").safe_substitute(x=2))
print(T("$a$b${c}_$_d9").substitute(a=1, b=2, c=3, _d9=4), T("$1 $").safe_substitute())
print(t.get_identifiers(), t.is_valid(), T("$").is_valid(), T("${ x}").is_valid())
print(T("cost: $$$x").substitute(x=5), T("no placeholders").substitute())
print(T.delimiter, T("x").template)

class Percent(T):
    delimiter = "%"
print(Percent("%who %% %{what}").substitute(who="me", what="it"))

for call in [lambda: t.substitute(who="x"), lambda: T("$ x").substitute(),
             lambda: T("ab\ncd $").substitute(), lambda: T("line1\n  ${x").substitute(x=1),
             lambda: T("$1").substitute(), lambda: T("${").get_identifiers()]:
    try:
        print("ok", call())
    except (KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.kwlist[-3:])
print(keyword.softkwlist, sorted(keyword.__all__))
for w in ["if", "match", "print", "None", "none", "async", "_", "type"]:
    print(w, keyword.iskeyword(w), keyword.issoftkeyword(w))
