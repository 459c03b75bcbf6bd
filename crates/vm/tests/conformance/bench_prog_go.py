# go: Monte-Carlo tree search (UCT) for 9x9 Go with random playouts, seeded random.
import math
import random
import sys

SIZE = 9
EMPTY, WHITE, BLACK = 0, 1, 2
KOMI = 7.5
PASS = -1
NEIGH = []
for _p in range(SIZE * SIZE):
    _x, _y = _p % SIZE, _p // SIZE
    NEIGH.append(tuple(_x + dx + (_y + dy) * SIZE for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))
                       if 0 <= _x + dx < SIZE and 0 <= _y + dy < SIZE))


def other(color):
    return WHITE if color == BLACK else BLACK


class Board:
    def __init__(self):
        self.stones = [EMPTY] * (SIZE * SIZE)
        self.to_move = BLACK
        self.ko = None
        self.passes = 0
        self.moves = 0

    def copy(self):
        b = Board.__new__(Board)
        b.stones = self.stones[:]
        b.to_move = self.to_move
        b.ko = self.ko
        b.passes = self.passes
        b.moves = self.moves
        return b

    def has_liberty(self, pos, exclude):
        stones = self.stones
        color = stones[pos]
        stack = [pos]
        seen = {pos}
        while stack:
            p = stack.pop()
            for n in NEIGH[p]:
                c = stones[n]
                if c == EMPTY:
                    if n != exclude:
                        return True
                elif c == color and n not in seen:
                    seen.add(n)
                    stack.append(n)
        return False

    def remove_group(self, pos):
        stones = self.stones
        color = stones[pos]
        stack = [pos]
        stones[pos] = EMPTY
        removed = 1
        while stack:
            p = stack.pop()
            for n in NEIGH[p]:
                if stones[n] == color:
                    stones[n] = EMPTY
                    removed += 1
                    stack.append(n)
        return removed

    def legal(self, pos, color):
        if self.stones[pos] != EMPTY or pos == self.ko:
            return False
        stones = self.stones
        for n in NEIGH[pos]:
            if stones[n] == EMPTY:
                return True
        for n in NEIGH[pos]:
            c = stones[n]
            if c == color:
                if self.has_liberty(n, pos):
                    return True
            elif not self.has_liberty(n, pos):
                return True
        return False

    def is_eye(self, pos, color):
        for n in NEIGH[pos]:
            if self.stones[n] != color:
                return False
        return True

    def play(self, pos):
        color = self.to_move
        self.moves += 1
        if pos == PASS:
            self.passes += 1
            self.ko = None
            self.to_move = other(color)
            return
        self.passes = 0
        stones = self.stones
        stones[pos] = color
        enemy = other(color)
        captured = 0
        last_captured = None
        for n in NEIGH[pos]:
            if stones[n] == enemy and not self.has_liberty(n, -1):
                captured += self.remove_group(n)
                last_captured = n
        self.ko = None
        if captured == 1:
            libs = [n for n in NEIGH[pos] if stones[n] == EMPTY]
            if len(libs) == 1 and all(stones[n] != color for n in NEIGH[pos]):
                self.ko = last_captured
        self.to_move = enemy

    def random_move(self, rng):
        color = self.to_move
        empties = [p for p in range(SIZE * SIZE) if self.stones[p] == EMPTY]
        rng.shuffle(empties)
        for p in empties:
            if not self.is_eye(p, color) and self.legal(p, color):
                return p
        return PASS

    def score(self, color):
        stones = self.stones
        total = KOMI if color == WHITE else 0.0
        for p in range(SIZE * SIZE):
            c = stones[p]
            if c == color:
                total += 1
            elif c == EMPTY:
                if all(stones[n] == color for n in NEIGH[p]):
                    total += 1
        return total

    def winner(self):
        return BLACK if self.score(BLACK) > self.score(WHITE) else WHITE


class Node:
    __slots__ = ("move", "parent", "children", "untried", "wins", "visits", "player")

    def __init__(self, move, parent, board):
        self.move = move
        self.parent = parent
        self.children = []
        self.untried = [p for p in range(SIZE * SIZE) if board.legal(p, board.to_move)]
        self.wins = 0
        self.visits = 0
        self.player = other(board.to_move)

    def select(self):
        log_n = math.log(self.visits)
        best = None
        best_score = -1.0
        for c in self.children:
            s = c.wins / c.visits + math.sqrt(2 * log_n / c.visits)
            if s > best_score:
                best, best_score = c, s
        return best


def uct_move(board, games, rng):
    root = Node(None, None, board)
    for _ in range(games):
        node = root
        b = board.copy()
        while not node.untried and node.children:
            node = node.select()
            b.play(node.move)
        if node.untried:
            m = node.untried.pop(rng.randrange(len(node.untried)))
            b.play(m)
            child = Node(m, node, b)
            node.children.append(child)
            node = child
        while b.passes < 2 and b.moves < 100:
            b.play(b.random_move(rng))
        win = b.winner()
        while node is not None:
            node.visits += 1
            if node.player == win:
                node.wins += 1
            node = node.parent
    if not root.children:
        return PASS, 0
    best = max(root.children, key=lambda c: (c.visits, -c.move))
    return best.move, best.visits


def main(games):
    rng = random.Random(1)
    board = Board()
    played = []
    for _ in range(3):
        move, visits = uct_move(board, games, rng)
        played.append((move, visits))
        board.play(move)
    print("moves", played)
    for y in range(SIZE):
        print("".join(".OX"[board.stones[x + y * SIZE]] for x in range(SIZE)))
    print("score black", board.score(BLACK), "white", board.score(WHITE), "rng", rng.random())


main(int(sys.argv[1]) if len(sys.argv) > 1 else 12)
