import operator

class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos

class EvalError(Exception):
    pass

TOKENS = {"+": "PLUS", "-": "MINUS", "*": "STAR", "/": "SLASH", "(": "LP", ")": "RP", "^": "POW", "%": "MOD"}

def tokenize(src):
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            try:
                yield ("NUM", float(text) if "." in text else int(text), i)
            except ValueError as e:
                raise ParseError(f"bad number {text!r}", i) from e
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            yield ("NAME", src[i:j], i)
            i = j
        elif ch in TOKENS:
            yield (TOKENS[ch], ch, i)
            i += 1
        else:
            raise ParseError(f"unexpected {ch!r}", i)
    yield ("EOF", None, len(src))

class Parser:
    def __init__(self, src):
        self.toks = list(tokenize(src))
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def take(self, kind=None):
        tok = self.toks[self.i]
        if kind and tok[0] != kind:
            raise ParseError(f"expected {kind}, got {tok[0]}", tok[2])
        self.i += 1
        return tok

    def parse(self):
        node = self.expr()
        self.take("EOF")
        return node

    def expr(self):
        node = self.term()
        while self.peek()[0] in ("PLUS", "MINUS"):
            op = self.take()[1]
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek()[0] in ("STAR", "SLASH", "MOD"):
            op = self.take()[1]
            node = (op, node, self.factor())
        return node

    def factor(self):
        base = self.unary()
        if self.peek()[0] == "POW":
            self.take()
            return ("^", base, self.factor())
        return base

    def unary(self):
        if self.peek()[0] == "MINUS":
            self.take()
            return ("neg", self.unary())
        return self.atom()

    def atom(self):
        kind, val, pos = self.peek()
        if kind == "NUM":
            self.take()
            return val
        if kind == "NAME":
            self.take()
            return ("var", val)
        if kind == "LP":
            self.take()
            node = self.expr()
            self.take("RP")
            return node
        raise ParseError(f"unexpected token {kind}", pos)

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
       "^": operator.pow, "%": operator.mod}

def evaluate(node, env):
    match node:
        case int() | float():
            return node
        case ("var", name):
            try:
                return env[name]
            except KeyError:
                raise EvalError(f"undefined variable {name}") from None
        case ("neg", sub):
            return -evaluate(sub, env)
        case (op, left, right):
            l, r = evaluate(left, env), evaluate(right, env)
            try:
                return OPS[op](l, r)
            except ZeroDivisionError as e:
                raise EvalError("division by zero in " + op) from e
        case _:
            raise EvalError(f"bad node {node!r}")

env = {"x": 3, "y": 4.5, "big": 2 ** 70}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "10 / 4", "10 % 3 - -7 % 3",
            "big * big", "y * 2 + x", "1.5.2", "3 + ", "z + 1", "1 / (x - 3)", "4 $ 4", "((2)",
            "7 % 0", "2 ^ -1", "0.1 + 0.2"]:
    try:
        tree = Parser(src).parse()
        print(f"{src!r:20} -> {tree!r} = {evaluate(tree, env)!r}")
    except ParseError as e:
        print(f"{src!r:20} ParseError: {e} (pos {e.pos}); cause={e.__cause__!r}")
    except EvalError as e:
        print(f"{src!r:20} EvalError: {e}; cause={type(e.__cause__).__name__}, suppress={e.__suppress_context__}, ctx={e.__context__!r}")

def chain_demo():
    try:
        evaluate(Parser("1/0").parse(), {})
    except EvalError as e:
        raise RuntimeError("calculator failed") from e

try:
    chain_demo()
except RuntimeError as e:
    c = e
    depth = 0
    while c is not None:
        print("  " * depth + f"{type(c).__name__}: {c}")
        c = c.__cause__ or c.__context__
        depth += 1

chain_demo()
