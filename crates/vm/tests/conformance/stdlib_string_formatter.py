# string.Formatter: parse, vformat with auto/manual numbering, conversions, nested specs,
# field accessors, subclass hooks and the format-string errors.
import string

f = string.Formatter()
for s in ["a{0}b", "a{{b}}c", "{}", "{0!r:>10}", "{a.b[c]}", "{0:{1}.{2}}", "x}}", "{!r}",
          "{0[a:b]}", "{:}", "end", "", "{0!r}{1:x}z", "{0:{{}}}", "{a[b!r]}", "{ }",
          "{0:{1:{2}}}"]:
    print(repr(s), list(f.parse(s)))
for s in ["x{", "x}", "{0", "{0!}", "{0!rr}", "{0[}", "{0:}}", "{0!", "{a{b}"]:
    try:
        print(repr(s), list(f.parse(s)))
    except ValueError as e:
        print(repr(s), "ValueError:", e)

cases = [("{0}-{1}", (1, 2), {}), ("{}-{}", ("a", "b"), {}), ("{x.real}", (), {"x": 3}),
         ("{0[1]}", ([5, 6],), {}), ("{0!r:>6}", ("hi",), {}), ("{0:{1}}", (3.14159, ".2f"), {}),
         ("{}{0}", (1,), {}), ("{0}{}", (1,), {}), ("{0!x}", (1,), {}), ("{5}", (1,), {}),
         ("{k}", (), {}), ("{0.}", (1,), {}), ("{0[1]x}", ([1, 2],), {}),
         ("{0:{1:{2}}}", (1, 2, 3), {}), ("{0[a]}", ({"a": 1},), {}), ("{0[-1]}", ({"-1": "n"},), {}),
         ("{0[01]}", ([1, 2],), {}), ("{0!s:^7}|{0!a}", ("é",), {}), ("{:{}}", ("x", 4), {}),
         ("{0.imag}{0.real:.1f}", (2.5,), {}), ("{0[]}", ([1],), {})]
for s, a, k in cases:
    try:
        print(repr(s), repr(f.vformat(s, a, k)))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(repr(s), type(e).__name__ + ":", e)
print(f.format("{0}, {name}!", "hi", name="bob"), f.format("{:>5}|{:<5}|", 1, 2))


class Upper(string.Formatter):
    def format_field(self, value, format_spec):
        return format(value, format_spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)

    def check_unused_args(self, used_args, args, kwargs):
        print("used", sorted(map(str, used_args)))
print(Upper().format("{0} {missing} {x:>4}", "abc", x="y"))
