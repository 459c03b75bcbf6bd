# A small expression calculator: tokenizer (generator), recursive-descent parser, evaluator
# with variables and errors — exercises strings, classes, exceptions, dicts and recursion.
import sys


class CalcError(Exception):
    pass


def tokenize(text):
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            num = text[i:j]
            yield ("num", float(num) if "." in num else int(num))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                j += 1
            yield ("name", text[i:j])
            i = j
        elif ch in "+-*/%^()=,":
            yield ("op", ch)
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r} at {i}")
    yield ("end", None)


class Parser:
    def __init__(self, text):
        self.tokens = list(tokenize(text))
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self, kind=None, value=None):
        tok = self.tokens[self.pos]
        if kind is not None and tok[0] != kind or value is not None and tok[1] != value:
            raise CalcError(f"expected {value or kind}, got {tok[1]!r}")
        self.pos += 1
        return tok

    def statement(self):
        if self.peek()[0] == "name" and self.tokens[self.pos + 1] == ("op", "="):
            name = self.take("name")[1]
            self.take("op", "=")
            return ("assign", name, self.expr())
        return self.expr()

    def expr(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in "*/%":
            op = self.take()[1]
            node = (op, node, self.factor())
        return node

    def factor(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return ("^", base, self.factor())
        return base

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return ("neg", self.unary())
        return self.atom()

    def atom(self):
        kind, value = self.peek()
        if kind == "num":
            self.take()
            return ("num", value)
        if kind == "name":
            self.take()
            if self.peek() == ("op", "("):
                self.take()
                args = []
                if self.peek() != ("op", ")"):
                    args.append(self.expr())
                    while self.peek() == ("op", ","):
                        self.take()
                        args.append(self.expr())
                self.take("op", ")")
                return ("call", value, args)
            return ("var", value)
        if (kind, value) == ("op", "("):
            self.take()
            node = self.expr()
            self.take("op", ")")
            return node
        raise CalcError(f"unexpected {value!r}")


FUNCS = {"max": max, "min": min, "abs": abs, "round": round}


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        try:
            return env[node[1]]
        except KeyError:
            raise CalcError(f"unknown variable {node[1]}") from None
    if kind == "assign":
        env[node[1]] = evaluate(node[2], env)
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "call":
        f = FUNCS.get(node[1])
        if f is None:
            raise CalcError(f"unknown function {node[1]}()")
        return f(*[evaluate(a, env) for a in node[2]])
    a, b = evaluate(node[1], env), evaluate(node[2], env)
    try:
        return {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b,
                "/": lambda: a / b, "%": lambda: a % b, "^": lambda: a ** b}[kind]()
    except ZeroDivisionError as e:
        raise CalcError(f"math error: {e}") from e


env = {"pi": 3.14159}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "x = 10", "y = x / 4", "x % 3 + y",
         "max(1, x, 7) - min(3, 2)", "round(pi * 100) / 100", "abs(-x)", "1 / 0", "z + 1", "foo(1)",
         "3 $ 4", "(1 + 2", "2 ** 3", "10 / 3", "7 % -3", "1.5 * 4", "big = 2 ^ 100", "big % 1000007"]
for line in lines:
    try:
        result = evaluate(Parser(line).statement(), env)
        print(f"{line:<28} => {result!r}")
    except CalcError as e:
        cause = f" (caused by {type(e.__cause__).__name__})" if e.__cause__ else ""
        print(f"{line:<28} !! {e}{cause}")
print(sorted(env.items()))
print("recursion ok:", evaluate(Parser("1" + " + 1" * 200).statement(), {}))
sys.exit(0)
