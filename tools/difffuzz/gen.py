#!/usr/bin/env python3.12
"""Generate random, deterministic, self-checking Python programs for differential testing.

Each program is a prelude (a few small classes with dunders) followed by numbered *cases*.
A case is one self-contained `try:` block that computes something and prints its repr, or
prints `!` with the exception's type name and message; the program always goes on. Cases are
separated by lines starting with `# case`, which the reducer (reduce.py) relies on.

Usage: python3.12 gen.py --seed N --count K --out DIR [--cases M] [--shape expr|stmt]
(`--shape stmt`: statement and class scenarios instead, see gen_stmt.py)
writes DIR/prog_<seed>_<i>.py for i in 0..K, each fully determined by (seed, i).

The programs avoid what may legitimately differ between pymem and CPython (see README.md):
addresses and ids, hash() of str/bytes, the iteration order of sets holding strs or bytes,
and huge values (exponents and repeat counts are kept small).
"""

import argparse
import os
import random

# ---------------------------------------------------------------------------------------
# Literal pools: ordinary values first, edge cases next.

INTS = [
    "0", "1", "-1", "2", "3", "-3", "5", "7", "10", "-10", "42", "100", "255", "256", "257",
    "-5", "-6", "1000", "-999", "12345", "2**31", "-2**31", "2**63", "2**63 - 1", "-2**63",
    "2**64", "10**20", "-10**20", "3**50", "-(2**100)", "123456789012345678901234567890",
    "0x7f", "0o17", "0b101", "1_000_000",
]
SMALL_INTS = ["0", "1", "2", "3", "-1", "-2", "5", "-7", "10", "4"]
FLOATS = [
    "0.0", "-0.0", "1.0", "-1.0", "0.5", "1.5", "2.5", "-2.5", "0.1", "0.2", "0.3", "3.14159",
    "-7.25", "1e16", "1e22", "1.5e300", "1e-7", "5e-324", "123456.789", "1e100", "2.675",
    "0.125", "0.375", "1234.5", "-0.5", "100.0", "1/3", "2/3",
    "float('inf')", "float('-inf')", "float('nan')", "1e308 * 10",
]
STRS = [
    "''", "'a'", "'abc'", "'Hello World'", "'  spaced  '", "'a,b,,c'", "'x-y-z'", "'123'",
    "'-4.5'", "'  42 '", "'0x1f'", "'1_000'", "'ÄÖü'", "'ß'", "'straße'", "'İi'", "'\\t\\ttab'",
    "'line1\\nline2\\r\\nline3'", "'MiXeD cAsE'", "'snake_case_name'", "'CamelCase'",
    "'hello world foo'", "'aaa'", "'abab'", "'%s'", "'{}'", "'a\\x00b'", "\"quo'te\"",
    "'ǅungla'", "'é'", "'ﬁ'", "'١٢٣'", "'½'", "'\\u2028'", "'αβγ'", "'日本'", "'x' * 3",
    "'1e3'", "'inf'", "'-nan'", "'  '", "'Ab1_'", "'True'", "'None'",
]
BYTES = [
    "b''", "b'a'", "b'abc'", "b'Hello World'", "b'  pad  '", "b'a,b,,c'", "b'\\x00\\xff'",
    "b'123'", "b'\\n\\t'", "b'AbC'", "b'xyzxyz'", "bytes(3)", "bytes([65, 66, 200])",
]
FORMAT_TYPES_INT = ["", "d", "b", "o", "x", "X", "c", "n", "e", "E", "f", "F", "g", "G", "%"]
FORMAT_TYPES_FLOAT = ["", "e", "E", "f", "F", "g", "G", "n", "%"]
FORMAT_TYPES_STR = ["", "s"]


def paren(e):
    """`e` as an operand: parenthesized unless it is a plain token."""
    return e if e.replace(".", "").replace("_", "").isalnum() or e.startswith(("'", '"', "b'")) and " " not in e else f"({e})"


class Gen:
    def __init__(self, rnd: random.Random):
        self.r = rnd
        self.case_no = 0

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    # --- values, typed ---------------------------------------------------------------------

    def int_(self, d=0):
        r = self.r.random()
        if r < 0.55 or d > 1:
            return self.pick(INTS)
        if r < 0.7:
            return str(self.r.randint(-300, 300))
        if r < 0.8:
            return f"len({self.seq(d + 1)})"
        if r < 0.9:
            a, b = self.int_(d + 1), self.pick(SMALL_INTS)
            return f"({a} {self.pick(['+', '-', '*', '//', '%'])} {b})"
        return f"int({self.pick(FLOATS[:28])})"

    def float_(self, d=0):
        r = self.r.random()
        if r < 0.7 or d > 1:
            return self.pick(FLOATS)
        if r < 0.85:
            return repr(round(self.r.uniform(-1000, 1000), self.r.randint(0, 6)))
        return f"({self.pick(FLOATS)} {self.pick(['+', '-', '*', '/'])} {self.pick(FLOATS + INTS[:10])})"

    def str_(self, d=0):
        r = self.r.random()
        if r < 0.75 or d > 1:
            return self.pick(STRS)
        if r < 0.85:
            return f"({self.pick(STRS)} + {self.pick(STRS)})"
        return f"str({self.scalar(d + 1)})"

    def bytes_(self, d=0):
        return self.pick(BYTES)

    def number(self, d=0):
        r = self.r.random()
        if r < 0.5:
            return self.int_(d)
        if r < 0.9:
            return self.float_(d)
        return self.pick(["True", "False"])

    def scalar(self, d=0):
        return self.pick([self.int_, self.float_, self.str_, self.bytes_,
                          lambda d: self.pick(["None", "True", "False"])])(d)

    def hashable_ordered_key(self, d=0):
        # dict keys: ints and strs (dicts keep insertion order, so strs are fine)
        return self.pick([self.int_, self.str_, lambda d: self.pick(SMALL_INTS)])(d)

    def elems(self, maker, lo=0, hi=5, d=0):
        return [maker(d + 1) for _ in range(self.r.randint(lo, hi))]

    def list_(self, d=0):
        kind = self.r.random()
        if kind < 0.35:
            items = self.elems(self.int_, d=d)
        elif kind < 0.5:
            items = self.elems(self.float_, d=d)
        elif kind < 0.7:
            items = self.elems(self.str_, d=d)
        elif kind < 0.8 and d < 2:
            items = self.elems(self.tuple_, 0, 3, d=d)
        else:
            items = self.elems(self.scalar, d=d)
        return "[" + ", ".join(items) + "]"

    def tuple_(self, d=0):
        items = self.elems(self.pick([self.int_, self.scalar, self.str_]), 0, 4, d=d)
        if len(items) == 1:
            return f"({items[0]},)"
        return "(" + ", ".join(items) + ")"

    def int_set_items(self, d=0):
        return self.elems(lambda d: self.pick([self.pick(SMALL_INTS), self.int_(d),
                                               self.pick(FLOATS[:20])]), 0, 5, d=d)

    def set_(self, d=0):
        items = self.int_set_items(d)
        if not items:
            return "set()"
        return "{" + ", ".join(items) + "}"

    def frozenset_(self, d=0):
        return f"frozenset({self.set_(d)})"

    def dict_(self, d=0):
        n = self.r.randint(0, 4)
        items = [f"{self.hashable_ordered_key(d + 1)}: {self.scalar(d + 1)}" for _ in range(n)]
        return "{" + ", ".join(items) + "}"

    def seq(self, d=0):
        return self.pick([self.list_, self.tuple_, self.str_, self.bytes_,
                          lambda d: f"range({self.pick(SMALL_INTS)}, {self.pick(INTS[:12])})"])(d)

    def value(self, d=0):
        return self.pick([self.int_, self.int_, self.float_, self.float_, self.str_, self.bytes_,
                          self.list_, self.tuple_, self.dict_, self.set_, self.frozenset_,
                          lambda d: self.pick(["None", "True", "False"]),
                          lambda d: self.instance()])(d)

    def instance(self, plain=False):
        # Plain has the default repr (an address): only where its repr is never printed.
        kinds = ["V", "W", "Seq"] + (["Plain"] if plain else [])
        return f"{self.pick(kinds)}({self.pick(SMALL_INTS)})"

    def float_nonan(self, d=0):
        # hash(nan) is its id in CPython 3.12, so nan stays out of hashes and sets.
        return self.pick([f for f in FLOATS if "nan" not in f])

    # --- format specs -----------------------------------------------------------------------

    def spec(self, types):
        parts = []
        if self.chance(0.3):
            if self.chance(0.5):
                parts.append(self.pick(["*", "0", "-", " ", "x", "_"]))
            parts.append(self.pick(["<", ">", "^", "="]))
        if self.chance(0.3):
            parts.append(self.pick(["+", "-", " "]))
        if self.chance(0.05):
            parts.append("z")
        if self.chance(0.15):
            parts.append("#")
        if self.chance(0.15):
            parts.append("0")
        if self.chance(0.6):
            parts.append(str(self.r.randint(0, 15)))
        if self.chance(0.15):
            parts.append(self.pick([",", "_"]))
        if self.chance(0.4):
            parts.append("." + str(self.r.randint(0, 8)))
        parts.append(self.pick(types))
        return "".join(parts)

    def percent_spec(self, conv):
        s = "%"
        if self.chance(0.3):
            s += "".join(self.r.sample(["-", "+", " ", "#", "0"], self.r.randint(1, 2)))
        if self.chance(0.5):
            s += str(self.r.randint(0, 12))
        if self.chance(0.4):
            s += "." + str(self.r.randint(0, 6))
        return s + conv

    # --- cases ------------------------------------------------------------------------------

    def case_expr(self):
        """One expression, printed."""
        kind = self.r.random()
        if kind < 0.22:
            a, b = self.number(), self.number()
            op = self.pick(["+", "-", "*", "/", "//", "%", "**", "<", "<=", "==", "!=", ">",
                            ">=", "&", "|", "^", "<<", ">>"])
            if op == "**":
                b = self.pick(SMALL_INTS + ["0.5", "-0.5", "2.0", "-1.5"])
            if op in ("<<", ">>"):
                b = self.pick(SMALL_INTS + ["64", "100"])
            # Composite operands keep their own precedence (`(10**20) ** 5`, not `10**20 ** 5`).
            return f"{paren(a)} {op} {paren(b)}"
        if kind < 0.32:
            # mixed-type operators (errors and sequence ops)
            a, b = self.value(), self.value()
            op = self.pick(["+", "*", "-", "<", "==", "in", "not in", "is", "&", "|", "%"])
            if op == "*":
                b = self.pick(SMALL_INTS + ["True", "-1", "0", self.float_()])
            if op == "is":
                a, b = self.pick(["None", "True", "False", "()", "1", "0"]), self.pick(
                    ["None", "True", "False", "()", "1", "0"])
            return f"{a} {op} {b}"
        if kind < 0.4:
            # chained comparisons and boolean operators
            vals = [self.number() for _ in range(3)]
            ops = [self.pick(["<", "<=", "==", "!=", ">", ">="]) for _ in range(2)]
            if self.chance(0.5):
                return f"{vals[0]} {ops[0]} {vals[1]} {ops[1]} {vals[2]}"
            bop = self.pick(["and", "or"])
            return f"({self.value()}) {bop} ({self.value()})"
        if kind < 0.5:
            return self.unary()
        if kind < 0.75:
            return self.builtin_call()
        return self.subscript()

    def unary(self):
        op = self.pick(["-", "+", "~", "not "])
        return f"{op}{self.pick([self.int_, self.float_, self.value])()}"

    def subscript(self):
        s = self.pick([self.list_, self.tuple_, self.str_, self.bytes_,
                       lambda: f"range({self.pick(SMALL_INTS)}, {self.pick(INTS[:15])}, {self.pick(['1', '2', '-1', '3', '-2'])})"])()
        idx = lambda: self.pick(SMALL_INTS + ["None", "-100", "100", "2**70", "True"])
        r = self.r.random()
        if r < 0.3:
            return f"{s}[{idx()}]"
        if r < 0.7:
            return f"{s}[{idx()}:{idx()}]"
        if r < 0.9:
            return f"{s}[{idx()}:{idx()}:{self.pick(['1', '2', '-1', '-2', '3', 'None', '0'])}]"
        return f"{self.dict_()}[{self.hashable_ordered_key()}]"

    def builtin_call(self):
        p = self.pick
        options = [
            lambda: f"len({self.pick([self.seq, self.dict_, self.set_])()})",
            lambda: f"abs({self.number()})",
            lambda: f"round({self.number()})",
            lambda: f"round({self.float_()}, {p(['0', '1', '2', '3', '-1', '-2', 'None', '5'])})",
            lambda: f"round({self.int_()}, {p(['0', '1', '-1', '-2', '-3'])})",
            lambda: f"divmod({self.number()}, {self.number()})",
            lambda: f"pow({self.int_()}, {p(SMALL_INTS)})",
            lambda: f"pow({self.int_()}, {p(SMALL_INTS)}, {p(['7', '10', '-7', '1', '0', '97'])})",
            lambda: f"pow({self.float_()}, {p(SMALL_INTS + ['0.5', '-0.5'])})",
            lambda: f"min({self.seq()})",
            lambda: f"max({self.seq()})",
            lambda: f"max({self.number()}, {self.number()}, {self.number()})",
            lambda: f"min({self.seq()}, default={self.scalar()})",
            lambda: f"max({self.list_()}, key={p(['len', 'abs', 'str', 'repr', 'lambda v: -v'])})",
            lambda: f"sum({self.list_()})",
            lambda: f"sum({self.list_()}, {p(['0', '0.5', '[]', '()', '10**20'])})",
            lambda: f"sorted({self.seq()})",
            lambda: f"sorted({self.list_()}, key={p(['len', 'abs', 'str', 'repr', 'str.lower'])}, reverse={p(['True', 'False'])})",
            lambda: f"list(reversed({self.seq()}))",
            lambda: f"list(enumerate({self.seq()}, {p(SMALL_INTS)}))",
            lambda: f"list(zip({self.seq()}, {self.seq()}))",
            lambda: f"list(zip({self.seq()}, {self.seq()}, strict=True))",
            lambda: f"list(map({p(['str', 'repr', 'abs', 'bool', 'len', 'lambda v: v * 2', 'int', 'float'])}, {self.seq()}))",
            lambda: f"list(filter({p(['None', 'bool', 'lambda v: v', 'str.isdigit'])}, {self.seq()}))",
            lambda: f"any({self.seq()})",
            lambda: f"all({self.seq()})",
            lambda: f"int({p([self.str_, self.float_, self.int_, self.bytes_])()})",
            lambda: f"int({self.str_()}, {p(['0', '2', '8', '16', '36', '10', '1', '37'])})",
            lambda: f"float({p([self.str_, self.int_, self.float_])()})",
            lambda: f"str({self.value()})",
            lambda: f"repr({self.value()})",
            lambda: f"ascii({self.value()})",
            lambda: f"bool({self.value()})",
            lambda: f"format({self.int_()}, {self.spec(FORMAT_TYPES_INT)!r})",
            lambda: f"format({self.float_()}, {self.spec(FORMAT_TYPES_FLOAT)!r})",
            lambda: f"format({self.str_()}, {self.spec(FORMAT_TYPES_STR)!r})",
            lambda: f"format({self.value()}, {self.spec(FORMAT_TYPES_INT + FORMAT_TYPES_STR)!r})",
            lambda: f"{p(['hex', 'oct', 'bin'])}({self.pick([self.int_, self.number])()})",
            lambda: f"chr({p(['65', '97', '0', '127', '255', '0x10ffff', '0x110000', '-1', '8364', '1.5'])})",
            lambda: f"ord({p(STRS + BYTES)})",
            lambda: f"hash({p([self.int_, self.float_nonan, lambda: self.tuple_of_numbers()])()})",
            lambda: f"list({self.pick([self.seq, self.dict_])()})",
            lambda: f"tuple({self.seq()})",
            lambda: f"sorted(set({self.list_of_numbers()}))",
            lambda: f"dict(zip({self.seq()}, {self.seq()}))",
            lambda: f"isinstance({self.value()}, {p(['int', 'float', 'str', '(int, float)', 'bool', 'object', 'V'])})",
            lambda: f"type({self.value()}).__name__",
            lambda: f"{p(['int', 'float', 'str', 'bytes', 'list', 'tuple', 'dict', 'set', 'frozenset', 'bool'])}()",
            lambda: f"({self.number()}).{p(['is_integer()', 'as_integer_ratio()', 'bit_length()', 'real', 'imag', 'conjugate()', 'hex()', 'bit_count()', 'numerator', 'denominator'])}",
            lambda: f"int.from_bytes({self.bytes_()}, {p(['\"big\"', '\"little\"'])}, signed={p(['True', 'False'])})",
            lambda: f"({self.int_()}).to_bytes({p(['1', '2', '4', '8', '0'])}, {p(['\"big\"', '\"little\"'])}, signed={p(['True', 'False'])})",
            lambda: f"float.fromhex({p(['\"0x1.8p1\"', '\"inf\"', '\"-0x0p0\"', '\"0x1p-1074\"', '\"zz\"'])})",
            lambda: f"bytes.fromhex({p(['\"ab cd\"', '\"0g\"', '\"\"', '\"ABCDEF\"', '\"a\"'])})",
            lambda: f"{p(['\"-\".join', '\", \".join', '\"\".join'])}({self.pick([self.list_, self.str_, self.tuple_])()})",
        ]
        return p(options)()

    def number_nonan(self, d=0):
        return self.pick([self.int_, self.float_nonan, lambda d: self.pick(["True", "False"])])(d)

    def tuple_of_numbers(self):
        items = self.elems(self.number_nonan, 0, 3)
        return "(" + "".join(i + ", " for i in items) + ")"

    def list_of_numbers(self):
        return "[" + ", ".join(self.elems(self.number_nonan, 0, 5)) + "]"

    def method_call(self):
        """A method of a built-in type, with random arguments: result and receiver printed."""
        p = self.pick
        s_arg = lambda: p(STRS[:30] + ["','", "' '", "'a'", "'b'", "'l'", "'o'", "'-'", "''"])
        i_arg = lambda: p(SMALL_INTS + ["None", "-100", "100"])
        table = {
            "str": (self.str_, [
                lambda: p(["upper", "lower", "capitalize", "title", "swapcase", "casefold",
                           "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower",
                           "istitle", "isdecimal", "isnumeric", "isidentifier",
                           "isprintable", "isascii", "splitlines", "strip", "lstrip",
                           "rstrip", "split", "rsplit"]) + "()",
                lambda: f"{p(['strip', 'lstrip', 'rstrip'])}({s_arg()})",
                lambda: f"{p(['split', 'rsplit'])}({p([s_arg(), 'None'])}, {i_arg()})",
                lambda: f"split(maxsplit={i_arg()})",
                lambda: f"splitlines({p(['True', 'False'])})",
                lambda: f"{p(['partition', 'rpartition'])}({s_arg()})",
                lambda: f"replace({s_arg()}, {s_arg()})",
                lambda: f"replace({s_arg()}, {s_arg()}, {i_arg()})",
                lambda: f"{p(['find', 'rfind', 'index', 'rindex', 'count'])}({s_arg()})",
                lambda: f"{p(['find', 'rfind', 'index', 'rindex', 'count'])}({s_arg()}, {i_arg()}, {i_arg()})",
                lambda: f"{p(['startswith', 'endswith'])}({p([s_arg(), '(' + s_arg() + ', ' + s_arg() + ')'])})",
                lambda: f"{p(['startswith', 'endswith'])}({s_arg()}, {i_arg()})",
                lambda: f"{p(['center', 'ljust', 'rjust'])}({p(['0', '5', '10', '-1', '3'])})",
                lambda: f"{p(['center', 'ljust', 'rjust'])}({p(['5', '10', '8'])}, {p(['\"*\"', '\"-\"', '\"ab\"', '\"\"'])})",
                lambda: f"zfill({p(['0', '5', '10', '-3'])})",
                lambda: f"expandtabs({p(['', '4', '0', '1'])})",
                lambda: f"{p(['removeprefix', 'removesuffix'])}({s_arg()})",
                lambda: f"encode({p(['', '\"utf-8\"', '\"ascii\"', '\"latin-1\"', '\"ascii\", \"replace\"', '\"ascii\", \"ignore\"', '\"utf-16\"', '\"nope\"'])})",
                lambda: f"format({self.scalar()}, {self.scalar()})",
                lambda: f"join({self.pick([self.list_, self.str_])()})",
                lambda: f"__mod__({self.scalar()})",
            ]),
            "list": (self.list_, [
                lambda: f"append({self.scalar()})",
                lambda: f"extend({self.seq()})",
                lambda: f"insert({i_arg()}, {self.scalar()})",
                lambda: p(["pop()", "reverse()", "copy()", "clear()", "sort()"]),
                lambda: f"pop({i_arg()})",
                lambda: f"{p(['remove', 'index', 'count'])}({self.scalar()})",
                lambda: f"index({self.scalar()}, {i_arg()}, {i_arg()})",
                lambda: f"sort(key={p(['len', 'abs', 'str', 'repr', 'lambda v: -v'])}, reverse={p(['True', 'False'])})",
                lambda: f"__setitem__(slice({i_arg()}, {i_arg()}, {p(['None', '2', '-1', '-2'])}), {self.seq()})",
                lambda: f"__delitem__(slice({i_arg()}, {i_arg()}, {p(['None', '2', '-1'])}))",
                lambda: f"__iadd__({self.seq()})",
                lambda: f"__imul__({p(SMALL_INTS)})",
            ]),
            "tuple": (self.tuple_, [
                lambda: f"{p(['index', 'count'])}({self.scalar()})",
                lambda: f"__getitem__({i_arg()})",
            ]),
            "dict": (self.dict_, [
                lambda: f"get({self.hashable_ordered_key()})",
                lambda: f"get({self.hashable_ordered_key()}, {self.scalar()})",
                lambda: p(["keys()", "values()", "items()", "popitem()", "copy()", "clear()"]),
                lambda: f"pop({self.hashable_ordered_key()})",
                lambda: f"pop({self.hashable_ordered_key()}, {self.scalar()})",
                lambda: f"setdefault({self.hashable_ordered_key()}, {self.scalar()})",
                lambda: f"update({self.dict_()})",
                lambda: f"update({p(['[(1, 2)]', '[(1, 2, 3)]', '[1]', 'a=1'])})",
                lambda: f"fromkeys({self.seq()})",
                lambda: f"__or__({self.dict_()})",
                lambda: f"__ior__({self.dict_()})",
            ]),
            "set": (self.set_, [
                lambda: f"{p(['add', 'discard', 'remove'])}({p(SMALL_INTS)})",
                lambda: f"{p(['union', 'intersection', 'difference', 'symmetric_difference', 'issubset', 'issuperset', 'isdisjoint', 'update', 'intersection_update', 'difference_update'])}({self.pick([self.set_, self.list_of_numbers, self.frozenset_])()})",
                lambda: p(["copy()", "clear()", "pop()"]),
            ]),
            "bytes": (self.bytes_, [
                lambda: p(["upper()", "lower()", "strip()", "split()", "hex()", "decode()",
                           "isdigit()", "isalpha()", "title()", "capitalize()", "splitlines()"]),
                lambda: f"{p(['find', 'count', 'startswith', 'endswith', 'split', 'strip', 'index', 'rfind'])}({p(BYTES[:10])})",
                lambda: f"replace({p(BYTES[:6])}, {p(BYTES[:6])})",
                lambda: f"join({p(['[b\"a\", b\"b\"]', '[]', '[\"a\"]', '(b\"x\",)'])})",
                lambda: f"decode({p(['\"ascii\"', '\"utf-8\"', '\"latin-1\"', '\"ascii\", \"replace\"', '\"utf-8\", \"ignore\"'])})",
                lambda: f"hex({p(['\":\"', '\"-\", 2', '\" \", -1'])})",
                lambda: f"{p(['center', 'ljust', 'rjust', 'zfill'])}({p(['0', '5', '9'])})",
                lambda: f"__getitem__({i_arg()})",
            ]),
        }
        tname = p(list(table))
        maker, methods = table[tname]
        recv = maker()
        call = p(methods)()
        n = self.case_no
        return [f"_v = {recv}", f"_r = _v.{call}", f"print({n}, repr(_r), repr(_v))"]

    def fstring_case(self):
        p = self.pick
        r = self.r.random()
        n = self.case_no
        if r < 0.5:
            v, spec = p([(self.int_(), self.spec(FORMAT_TYPES_INT)),
                         (self.float_(), self.spec(FORMAT_TYPES_FLOAT)),
                         (self.str_(), self.spec(FORMAT_TYPES_STR)),
                         (self.value(), p(["", "r", "s", "a"]))])
            if spec in ("r", "s", "a"):
                return [f"_x = {v}", f"print({n}, repr(f'<{{_x!{spec}}}>'))"]
            if self.chance(0.2):
                return [f"_x = {v}", f"_w = {self.r.randint(0, 12)}",
                        f"print({n}, repr(f'<{{_x:>{{_w}}}}|{{_x!r:^{{_w}}}}>'))"]
            return [f"_x = {v}", f"print({n}, repr(f'<{{_x:{spec}}}>'))"]
        if r < 0.85:
            conv = p(["d", "i", "o", "x", "X", "e", "E", "f", "F", "g", "G", "c", "r", "s", "a", "%", "u"])
            fmt = self.percent_spec(conv)
            if conv in "diouxXc":
                arg = p([self.int_, self.int_, self.float_, self.str_, lambda: p(["True", "False"])])()
                if conv == "c":
                    arg = p(["65", "'x'", "0x1F600", "-1", "'xy'", "1.5"])
            elif conv in "eEfFgG":
                arg = p([self.float_, self.float_, self.int_, self.str_])()
            else:
                arg = self.value()
            if conv == "%":
                return [f"print({n}, repr('[{fmt}]' % ()))"]
            if self.chance(0.2):
                return [f"print({n}, repr('{fmt} and %s' % ({arg}, {self.scalar()})))"]
            if self.chance(0.1):
                return [f"print({n}, repr('%(k){fmt[1:]}' % {{'k': {arg}}}))"]
            return [f"print({n}, repr('[{fmt}]' % ({arg},)))"]
        # str.format with positional / keyword / index / attribute fields
        tmpl = p(["'{} {}'", "'{0}{1}{0}'", "'{a}-{b}'", "'{0[0]}'", "'{!r:>8}'", "'{:{}}'",
                  "'{0.real}'", "'{{}} {}'", "'{:,}'", "'{:_b}'", "'{2}'", "'{'", "'}'", "'{0:{1}}'"])
        # A nested field's value is a width: keep it small (CPython would build a string
        # of `2**31` characters as readily as pymem).
        args = ", ".join([self.scalar(), self.pick(SMALL_INTS) if "{1}" in tmpl or "{:{}}" in tmpl else self.scalar()])
        return [f"print({n}, repr({tmpl}.format({args}, a={self.scalar()}, b={self.scalar()})))"]

    def augassign_case(self):
        n = self.case_no
        op = self.pick(["+=", "-=", "*=", "/=", "//=", "%=", "**=", "&=", "|=", "^=", "<<=", ">>="])
        left = self.pick([self.int_, self.float_, self.list_, self.str_, self.tuple_, self.set_,
                          self.dict_, self.bytes_])()
        if op in ("**=", "<<=", ">>="):
            right = self.pick(SMALL_INTS)
        elif op == "*=":
            # A big int times a list would build millions of items.
            if left.lstrip("-").replace("_", "").isdigit() or "**" in left or "int(" in left or left.startswith("("):
                left = self.pick(SMALL_INTS)
            right = self.pick(SMALL_INTS + [self.float_(), self.list_()])
        else:
            right = self.pick([self.int_, self.float_, self.list_, self.str_, self.tuple_,
                               self.set_, self.dict_])()
        lines = [f"_v = {left}", "_alias = _v", f"_v {op} {right}",
                 f"print({n}, repr(_v), _v is _alias if type(_v) in (list, dict, set) else '-')"]
        if self.chance(0.3):
            # augmented assignment through a subscript and an attribute
            lines = [f"_c = [{left}]", f"_c[0] {op} {right}", f"print({n}, repr(_c))"]
        return lines

    def comprehension_case(self):
        n = self.case_no
        p = self.pick
        src = self.pick([self.list_, self.tuple_, self.str_, lambda: f"range({p(SMALL_INTS)}, {p(['5', '10', '-3'])})"])()
        cond = p(["", " if v", " if not v", " if v != 2", " if isinstance(v, int)", " if str(v).isdigit()"])
        body = p(["v", "v * 2", "str(v)", "(v, v)", "repr(v)", "-v", "type(v).__name__"])
        r = self.r.random()
        if r < 0.35:
            return [f"print({n}, [{body} for v in {src}{cond}])"]
        if r < 0.55:
            return [f"print({n}, {{repr(v): {body} for v in {src}{cond}}})"]
        if r < 0.7:
            return [f"print({n}, sorted({{{body} for v in {src}{cond}}}, key=repr))"]
        if r < 0.85:
            return [f"print({n}, {p(['sum', 'list', 'tuple', 'any', 'all', 'max', 'min', 'sorted'])}({body} for v in {src}{cond}))"]
        return [f"print({n}, [(v, w) for v in {src} for w in {self.pick([self.list_, self.str_])()}{cond}][:6])"]

    def unpack_case(self):
        n = self.case_no
        targets = self.pick(["a, b", "a, *b", "*a, b", "a, b, c", "(a, b), c", "a, *b, c"])
        return [f"{targets} = {self.seq()}", f"print({n}, {', '.join(t for t in ['a', 'b', 'c'] if t in targets)})"]

    def class_case(self):
        n = self.case_no
        p = self.pick
        a, b = self.instance(plain=True), p([self.instance(), self.number(), self.str_(), self.list_()])
        r = self.r.random()
        if a.startswith("Plain") and r >= 0.4 and r < 0.7:
            r = 0.8
        if a.startswith("Seq") and r >= 0.4 and r < 0.7:
            # Seq keeps object.__hash__ (an address): any other unary builtin
            fn = p(["len", "bool", "str", "repr", "list", "int", "float", "abs"])
            return [f"print({n}, repr({fn}({a})))"]
        if r < 0.4:
            op = p(["+", "-", "*", "<", "<=", "==", "!=", ">", ">=", "in", "&", "%", "@"])
            return [f"print({n}, repr({a} {op} {b}))"]
        if r < 0.7:
            fn = p(["len", "bool", "str", "repr", "hash", "abs", "list", "iter", "int", "float",
                    "sorted", "reversed", "-", "~", "format", "round"])
            if fn in ("-", "~"):
                return [f"print({n}, repr({fn}{a}))"]
            if fn in ("iter", "reversed"):
                return [f"print({n}, repr(list({fn}({a}))))"]
            if fn == "format":
                return [f"print({n}, repr(format({a}, {self.spec(['', 'd', 's', 'x'])!r})))"]
            if fn == "sorted":
                return [f"print({n}, repr(sorted([{a}, {self.instance()}, {self.instance()}])))"]
            return [f"print({n}, repr({fn}({a})))"]
        if r < 0.85:
            attr = p(["x", "y", "missing", "__class__.__name__", "__dict__", "double", "_priv"])
            return [f"_o = {a}", f"print({n}, repr(_o.{attr}))"]
        return [f"_o = {a}", f"_o[{p(SMALL_INTS)}] = {self.scalar()}", f"print({n}, repr(_o[{p(SMALL_INTS)}]))"]

    def mutation_case(self):
        n = self.case_no
        p = self.pick
        s = p(SMALL_INTS + ["None", "-100", "100"])
        r = self.r.random()
        if r < 0.4:
            return [f"_l = {self.list_()}", f"_l[{s}:{p(SMALL_INTS + ['None'])}] = {self.seq()}", f"print({n}, _l)"]
        if r < 0.6:
            return [f"_l = {self.list_()}", f"_l[{s}:{p(SMALL_INTS + ['None'])}:{p(['2', '-1', '-2', '3'])}] = {self.seq()}", f"print({n}, _l)"]
        if r < 0.8:
            return [f"_l = {self.list_()}", f"del _l[{s}:{p(SMALL_INTS + ['None'])}:{p(['None', '2', '-1', '-2'])}]", f"print({n}, _l)"]
        return [f"_d = {self.dict_()}", f"del _d[{self.hashable_ordered_key()}]", f"print({n}, _d)"]

    def call_case(self):
        """Calls of a Python function with defaults, keyword-only and variadic parameters,
        and of builtins with odd argument lists (arity and keyword errors)."""
        n = self.case_no
        p = self.pick
        arg = lambda: p(SMALL_INTS + ["'s'", "None", "[1]"])
        if self.chance(0.6):
            pos = ", ".join(arg() for _ in range(self.r.randint(0, 4)))
            # Distinct names: a repeated keyword is a SyntaxError for the whole program.
            kws = [f"{k}={arg()}" for k in self.r.sample(["a", "b", "c", "d", "e"], self.r.randint(0, 3))]
            star = p(["", "*[1, 2]", "**{'c': 3}", "*()", "**{'z': 1}"])
            parts = [x for x in [pos, star] + kws if x]
            # (Plain's instances have the default repr, an address.)
            fn = p(["fn", "fn2", "V", "Seq", "lam"])
            return [f"print({n}, repr({fn}({', '.join(parts)})))"]
        call = p([
            "len()", "len(1, 2)", "len(5)", "abs('x')", "abs()", "sorted(1)", "sorted([1], key=1)",
            "min()", "max([])", "min([], default=None)", "max(1)", "sum(['a'])", "sum([[1]], [])",
            "sum([1], start='')", "divmod(1)", "pow(1, 2, 3, 4)", "pow(2.0, 2, 3)", "round('x')",
            "round(1.5, 'x')", "chr('a')", "ord('ab')", "ord('')", "int('1', base=1)",
            "int(x=1)", "float(1, 2)", "str(b'x', 'utf-8')", "str(1, 'utf-8')", "repr()",
            "isinstance(1, 1)", "isinstance(1, (int, 1))", "issubclass(1, int)", "getattr(1, 'x')",
            "getattr(1, 'x', 5)", "hasattr(1, 2)", "zip(1)", "enumerate(1)", "map(len)",
            "list(map(len, [1]))", "iter(5)", "next(iter([]))", "next(iter([]), 'd')",
            "next(5)", "list(1, 2)", "dict(1)", "dict([1])", "dict([(1, 2, 3)])", "set(1)",
            "tuple(None)", "range(1.5)", "range()", "range(1, 2, 0)", "slice()", "hex(1.5)",
            "bin('1')", "format(1, 2)", "print(1, sep=1)", "print(1, end=2)", "sorted([3, 1], reverse=None)",
            "'a'.join([1])", "'a'.split('')", "'a'.replace()", "[].index(1)", "().index(1)",
            "{}.pop(1)", "{}.popitem()", "set().pop()", "[].pop()", "'x'.center()",
            "'x'.center(3, 'ab')", "'x' * 'y'", "[1].sort(1)", "[1].sort(key=1)", "object(1)",
            "type(1, 2)", "type('X', (), {}).__name__", "bool(1, 2)", "bytes(-1)", "bytes('x')",
            "bytes([256])", "bytearray(1.5)", "b'x'.decode('nope')", "'é'.encode('ascii')",
        ])
        return [f"print({n}, repr({call}))"]

    def iter_case(self):
        """Generators, iterators and the protocols behind them."""
        n = self.case_no
        p = self.pick
        seq = self.pick([self.list_, self.tuple_, self.str_, lambda: f"range({p(SMALL_INTS)})"])()
        return p([
            [f"_g = (v for v in {seq})", f"print({n}, next(_g, 'end'), list(_g), next(_g, 'end'))"],
            [f"_it = iter({seq})", f"print({n}, list(zip(_it, _it)))"],
            [f"print({n}, list(gen({seq})), list(gen2({p(SMALL_INTS)})))"],
            [f"_g = gen({seq})", f"print({n}, next(_g), _g.send(5), list(_g))"],
            [f"print({n}, {{k: v for k, v in enumerate({seq}, {p(SMALL_INTS)})}})"],
            [f"print({n}, list(reversed(list({seq}))), sorted({seq}, reverse=True))"],
            [f"print({n}, sum(1 for _ in {seq}), max(({seq}), default='-'), min({seq}, key=repr, default=0))"],
            [f"_l = list({seq})", f"_l[::2] = _l[1::2]", f"print({n}, _l)"],
        ])

    def exception_case(self):
        """Exception objects: reprs, str, args, chaining, and the errors of common operations."""
        n = self.case_no
        p = self.pick
        exc = p(["ValueError", "KeyError", "TypeError", "IndexError", "OSError", "ZeroDivisionError",
                 "AttributeError", "RuntimeError", "StopIteration", "Exception", "LookupError",
                 "UnicodeError", "NotImplementedError", "AssertionError", "FileNotFoundError"])
        args = ", ".join(self.elems(lambda d: p(SMALL_INTS + STRS[:12] + ["None", "(1, 2)"]), 0, 3))
        r = self.r.random()
        if r < 0.4:
            return [f"_e = {exc}({args})", f"print({n}, repr(_e), str(_e), _e.args)"]
        if r < 0.6:
            return [f"try:", f"    raise {exc}({args})", f"except {exc} as _e:",
                    f"    print({n}, type(_e).__name__, repr(str(_e)), isinstance(_e, {p(['Exception', 'LookupError', 'OSError', exc])}))"]
        if r < 0.8:
            return [f"try:", f"    try:", f"        raise {exc}({args})", f"    except Exception as _e:",
                    f"        raise ValueError('outer') from {p(['_e', 'None'])}",
                    f"except ValueError as _f:",
                    f"    print({n}, repr(_f.__cause__), repr(_f.__context__), _f.__suppress_context__)"]
        op = p(["{}['missing']", "[][1]", "1 / 0", "int('x')", "None.attr", "(1).foo", "'a' + 1",
                "len(5)", "next(iter([]))", "{}.pop('k')", "[].remove(3)", "'abc'.index('z')",
                "(1, 2).index(3)", "import nonexistent_mod_x", "undefined_name_x", "float('x')",
                "[1, 2, 3][::0]", "dict.fromkeys(1)", "{1: 2}[[1]]", "hash([])", "'%d' % 'x'",
                "b'a' + 'a'", "sum([1, 'a'])", "1 < 'a'", "[1] * 'a'", "(lambda: 1)(2)",
                "V(1).nope", "Plain(1).y", "Plain(1).q = 1", "del V(1).x.nope"])
        if op.startswith(("import", "Plain(1).q", "del ")):
            return [op, f"print({n}, 'no error')"]
        return [f"print({n}, {op})"]

    def repr_case(self):
        """Reprs of nested, recursive and special containers, and print's arguments."""
        n = self.case_no
        p = self.pick
        return p([
            [f"_l = {self.list_()}", "_l.append(_l)", f"print({n}, _l, repr([_l]))"],
            [f"_d = {self.dict_()}", "_d['self'] = _d", f"print({n}, _d)"],
            [f"print({n}, {self.value()}, {self.value()}, sep={p(['"|"', '""', 'None', '", "'])}, end={p(['"!\\n"', '"\\n"', 'None'])})"],
            [f"print({n}, [{self.value()}, ({self.value()},), {{{self.hashable_ordered_key()}: {self.value()}}}])"],
            [f"print({n}, str({self.value()}), repr(str({self.value()})), ascii({self.str_()}))"],
            [f"print({n}, {p(['range', 'slice'])}({p(SMALL_INTS)}, {p(SMALL_INTS)}), {p(['reversed', 'iter', 'enumerate'])}.__name__)"],
            [f"print({n}, type({self.value()}), type(type(1)), int, V, V.__mro__)"],
        ])

    def scenario_case(self):
        """Small ordinary programs over random data: counting, grouping, sorting records,
        string building, class hierarchies."""
        n = self.case_no
        p = self.pick
        words = " ".join(self.r.choice(["a", "b", "the", "cat", "Dog", "dog", "x1", "é", "a-b", "42"])
                         for _ in range(self.r.randint(0, 12)))
        nums = [self.r.choice([self.r.randint(-20, 20), round(self.r.uniform(-9, 9), 2)]) for _ in range(self.r.randint(0, 8))]
        recs = [(self.r.choice(["ann", "bob", "cy", "Di"]), self.r.randint(0, 5), round(self.r.uniform(0, 100), 1))
                for _ in range(self.r.randint(0, 6))]
        return p([
            [f"_c = {{}}", f"for _w in {words!r}.split():", "    _c[_w.lower()] = _c.get(_w.lower(), 0) + 1",
             f"print({n}, sorted(_c.items(), key=lambda kv: (-kv[1], kv[0])), max(_c, key=_c.get, default=None))"],
            [f"_g = {{}}", f"for _name, _k, _v in {recs!r}:", "    _g.setdefault(_name, []).append(_v)",
             f"print({n}, {{k: (len(v), round(sum(v) / len(v), 2)) for k, v in sorted(_g.items())}})"],
            [f"_r = sorted({recs!r}, key=lambda t: (t[1], -t[2]), reverse={p(['True', 'False'])})",
             f"print({n}, _r[:3], [f'{{a:>4}}|{{b:03d}}|{{c:8.2f}}' for a, b, c in _r[:2]])"],
            [f"_xs = {nums!r}", f"print({n}, sum(_xs), min(_xs, default=0), sorted(_xs)[::2], [x for x in _xs if x > 0][:3], round(sum(_xs) / (len(_xs) or 1), 3))"],
            [f"_s = ''", f"for _i, _w in enumerate({words!r}.split()):", "    _s += ('-' if _i else '') + _w.capitalize()",
             f"print({n}, repr(_s), _s.count('-'), _s.title(), _s.swapcase()[:10], '{{:^20}}'.format(_s[:12]))"],
            ["class _A:", "    k = 1", "    def __init__(self, v): self.v = v",
             "    def f(self): return ('A', self.v, self.k)",
             "    def __repr__(self): return f'{type(self).__name__}({self.v!r})'",
             "class _B(_A):", "    k = 2", "    def f(self): return ('B',) + super().f()",
             f"_o = [_B({p(SMALL_INTS)}), _A({self.str_()}), _B({self.float_()})]",
             f"print({n}, [o.f() for o in _o], _o, isinstance(_o[0], _A), _B.__mro__[1].__name__, sorted(vars(_o[0])))"],
            [f"_m = [[{', '.join(str(self.r.randint(-3, 9)) for _ in range(3))}] for _ in range({self.r.randint(1, 3)})]",
             f"print({n}, [list(r) for r in zip(*_m)], [sum(r) for r in _m], max(map(max, _m)), sorted(_m, reverse=True))"],
            [f"_q = list({nums!r})", "_out = []", "while _q:", "    _x = _q.pop(0)",
             "    if isinstance(_x, float): _out.append(round(_x))", "    elif _x % 3 == 0: continue",
             "    else: _out.append(_x * 2)", f"print({n}, _out, len(_out))"],
        ])

    def case(self):
        self.case_no += 1
        n = self.case_no
        r = self.r.random()
        if r < 0.38:
            body = [f"print({n}, repr({self.case_expr()}))"]
        elif r < 0.6:
            body = self.method_call()
        elif r < 0.74:
            body = self.fstring_case()
        elif r < 0.82:
            body = self.augassign_case()
        elif r < 0.88:
            body = self.comprehension_case()
        elif r < 0.91:
            body = self.unpack_case()
        elif r < 0.94:
            body = self.class_case()
        elif r < 0.96:
            body = self.mutation_case()
        elif r < 0.97:
            body = self.call_case()
        elif r < 0.98:
            body = self.iter_case()
        elif r < 0.985:
            body = self.exception_case()
        elif r < 0.99:
            body = self.repr_case()
        else:
            body = self.scenario_case()
        lines = [f"# case {n}", "try:"]
        lines += ["    " + b for b in body]
        lines += ["except Exception as e:", f"    print({n}, '!', type(e).__name__, e)"]
        return "\n".join(lines)


PRELUDE = '''\
class V:
    """A value class with arithmetic, ordering and hashing dunders."""
    def __init__(self, x):
        self.x = x
        self.y = [x]
    def __repr__(self):
        return f"V({self.x!r})"
    def __eq__(self, other):
        return isinstance(other, V) and self.x == other.x
    def __hash__(self):
        return hash(self.x)
    def __lt__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.x < other.x
    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, int):
            return V(self.x + other)
        return NotImplemented
    __radd__ = __add__
    def __neg__(self):
        return V(-self.x)
    def __abs__(self):
        return V(abs(self.x))
    def __bool__(self):
        return self.x != 0
    def __int__(self):
        return self.x
    def __index__(self):
        return self.x
    def __format__(self, spec):
        return "V<" + format(self.x, spec) + ">"
    @property
    def double(self):
        return self.x * 2

class W(V):
    """A subclass that overrides comparison and adds __str__ and __sub__."""
    def __str__(self):
        return f"w{self.x}"
    def __gt__(self, other):
        return isinstance(other, V) and self.x > other.x
    def __sub__(self, other):
        return W(self.x - getattr(other, "x", other))
    def __rsub__(self, other):
        return W(other - self.x)
    def __float__(self):
        return float(self.x) + 0.5

class Seq:
    """A sequence: __len__, __getitem__ (with IndexError), __contains__, __setitem__."""
    def __init__(self, n):
        self.items = list(range(n))
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __contains__(self, v):
        return v in self.items
    def __repr__(self):
        return "Seq(%r)" % (self.items,)
    def __mul__(self, k):
        return Seq(len(self.items) * k)
    def __matmul__(self, other):
        return sum(self.items) * other

class Plain:
    """No dunders beyond __init__ (errors and defaults)."""
    __slots__ = ("x", "_priv")
    def __init__(self, x):
        self.x = x

def fn(a, b=2, *args, c=3, d, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

def fn2(a, /, b, *, c=1):
    return (a, b, c)

lam = lambda x, y=1: (x, y)

def gen(it):
    got = yield "start"
    for v in it:
        yield (v, got)

def gen2(k):
    yield from range(k)
    return k
'''


UNCAUGHT = [
    "x[1] + len(x)", "x / 0", "x.nope", "int(x) + 'a'", "{}[x]", "[x][5]", "x(1)",
    "undefined_name + x", "V(x) < V('a')", "next(iter([]))", "x ** 'a'", "str(x).index('zz')",
    "[1, 2][x:x:0]", "float('nan' + str(x)) % 0", "Seq(1)[x]", "f'{x:q}'", "'%d' % (x, x)",
    "assert x == 1, f'bad {x!r}'", "raise ValueError(x) from KeyError('k')",
]


def program(seed, index, cases):
    rnd = random.Random(f"{seed}:{index}")
    g = Gen(rnd)
    parts = [f"# difffuzz program seed={seed} index={index}", PRELUDE]
    for _ in range(cases):
        parts.append(g.case())
    if rnd.random() < 0.3:
        # An uncaught error two calls deep: the traceback (stderr) and exit status 1.
        stmt = rnd.choice(UNCAUGHT)
        body = stmt if stmt.startswith(("assert", "raise")) else f"return {stmt}"
        parts.append("# uncaught")
        parts.append(f"def _inner(x):\n    {body}\n")
        parts.append(f"def _outer(x):\n    y = _inner(x)\n    return y\n")
        arg = rnd.choice(SMALL_INTS + ["None", "'s'", "1.5", "[1]"])
        parts.append(f"_outer({arg})")
    return "\n".join(parts) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--count", type=int, default=10)
    ap.add_argument("--cases", type=int, default=60, help="cases per program")
    ap.add_argument("--out", required=True)
    ap.add_argument("--shape", choices=("expr", "stmt"), default="expr",
                    help="expr: expression cases over built-in values (default); "
                         "stmt: statement and class scenarios (gen_stmt.py)")
    args = ap.parse_args()
    make = program
    if args.shape == "stmt":
        import gen_stmt
        make = gen_stmt.program
    os.makedirs(args.out, exist_ok=True)
    for i in range(args.count):
        path = os.path.join(args.out, f"prog_{args.seed}_{i}.py")
        with open(path, "w") as f:
            f.write(make(args.seed, i, args.cases))


if __name__ == "__main__":
    main()
