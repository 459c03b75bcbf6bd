# hexiom: a hexagonal tile puzzle: every numbered tile must touch exactly that many other tiles.
# Puzzles are generated from a seeded random layout; a backtracking solver with neighbour-count
# bounds counts all solutions (some tiles are pinned, like the game's locked tiles).
import random
import sys

DIRS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))


class Grid:
    def __init__(self, radius):
        self.cells = [(q, r) for q in range(-radius, radius + 1) for r in range(-radius, radius + 1)
                      if abs(q + r) <= radius]
        index = {c: i for i, c in enumerate(self.cells)}
        self.neigh = [[index[(q + dq, r + dr)] for dq, dr in DIRS if (q + dq, r + dr) in index]
                      for q, r in self.cells]


def make_puzzle(grid, density, pinned, seed):
    rng = random.Random(seed)
    n = len(grid.cells)
    occupied = [rng.random() < density for _ in range(n)]
    values = [sum(occupied[j] for j in grid.neigh[i]) if occupied[i] else None for i in range(n)]
    tiles = sorted(v for v in values if v is not None)
    pins = {}
    for i in rng.sample([i for i in range(n) if occupied[i]], pinned):
        pins[i] = values[i]
    return values, tiles, pins


class Solver:
    def __init__(self, grid, tiles, pins):
        self.grid = grid
        self.n = len(grid.cells)
        self.counts = [0] * 7
        for t in tiles:
            self.counts[t] += 1
        for v in pins.values():
            self.counts[v] -= 1
        self.empties = self.n - len(tiles)
        self.pins = pins
        self.assign = [-2] * self.n  # -2 unassigned, -1 empty, else tile value
        self.order = sorted(range(self.n), key=lambda i: (i not in pins, -len(grid.neigh[i]), i))
        self.nodes = 0
        self.solutions = []

    def consistent(self, i):
        assign = self.assign
        for c in [i] + self.grid.neigh[i]:
            v = assign[c]
            if v < 0:
                continue
            lo = hi = 0
            for j in self.grid.neigh[c]:
                a = assign[j]
                if a == -2:
                    hi += 1
                elif a >= 0:
                    lo += 1
                    hi += 1
            if not lo <= v <= hi:
                return False
        return True

    def search(self, k):
        self.nodes += 1
        if k == self.n:
            self.solutions.append(tuple(self.assign))
            return
        i = self.order[k]
        if i in self.pins:
            self.assign[i] = self.pins[i]
            if self.consistent(i):
                self.search(k + 1)
            self.assign[i] = -2
            return
        if self.empties:
            self.empties -= 1
            self.assign[i] = -1
            if self.consistent(i):
                self.search(k + 1)
            self.empties += 1
        for v in range(7):
            if self.counts[v]:
                self.counts[v] -= 1
                self.assign[i] = v
                if self.consistent(i):
                    self.search(k + 1)
                self.counts[v] += 1
        self.assign[i] = -2


def show(grid, assign):
    rows = {}
    for (q, r), a in zip(grid.cells, assign):
        rows.setdefault(r, []).append("." if a == -1 else str(a))
    radius = max(r for _, r in grid.cells)
    return ["  " * 0 + " " * abs(r) + " ".join(rows[r]) for r in range(-radius, radius + 1)]


def main(level):
    puzzles = [(2, 0.6, 3, 11), (2, 0.7, 4, 5), (3, 0.55, 13, 3), (2, 0.6, 2, 11)][:level]
    for radius, density, pinned, seed in puzzles:
        grid = Grid(radius)
        values, tiles, pins = make_puzzle(grid, density, pinned, seed)
        solver = Solver(grid, tiles, pins)
        solver.search(0)
        print("radius", radius, "tiles", tiles, "pins", sorted(pins.items()))
        print("solutions", len(solver.solutions), "nodes", solver.nodes,
              "original found", tuple(-1 if v is None else v for v in values) in solver.solutions)
        for line in show(grid, solver.solutions[0]):
            print(line)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 4)
