# pathfinding: Dijkstra and A* on a grid maze with heapq, plus value iteration on a small MDP.
import heapq
import random
import sys


def make_grid(w, h, seed):
    rng = random.Random(seed)
    grid = [[1 if rng.random() < 0.22 else 0 for _ in range(w)] for _ in range(h)]
    for i in range(3):
        grid[i][0] = grid[0][i] = grid[h - 1 - i][w - 1] = grid[h - 1][w - 1 - i] = 0
    costs = [[rng.randint(1, 9) for _ in range(w)] for _ in range(h)]
    return grid, costs


def neighbours(grid, x, y):
    h, w = len(grid), len(grid[0])
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nx, ny = x + dx, y + dy
        if 0 <= nx < w and 0 <= ny < h and not grid[ny][nx]:
            yield nx, ny


def dijkstra(grid, costs, start):
    dist = {start: 0}
    heap = [(0, start)]
    pops = 0
    while heap:
        d, node = heapq.heappop(heap)
        pops += 1
        if d > dist[node]:
            continue
        for nb in neighbours(grid, *node):
            nd = d + costs[nb[1]][nb[0]]
            if nd < dist.get(nb, 1 << 60):
                dist[nb] = nd
                heapq.heappush(heap, (nd, nb))
    return dist, pops


def astar(grid, costs, start, goal):
    def h(p):
        return abs(p[0] - goal[0]) + abs(p[1] - goal[1])

    open_heap = [(h(start), 0, start)]
    came = {start: None}
    g = {start: 0}
    while open_heap:
        f, gc, node = heapq.heappop(open_heap)
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = came[node]
            return gc, path[::-1]
        if gc > g[node]:
            continue
        for nb in neighbours(grid, *node):
            ng = gc + costs[nb[1]][nb[0]]
            if ng < g.get(nb, 1 << 60):
                g[nb] = ng
                came[nb] = node
                heapq.heappush(open_heap, (ng + h(nb), ng, nb))
    return None, []


def value_iteration(n_states, seed, gamma=0.9, rounds=60):
    rng = random.Random(seed)
    trans = {}
    for s in range(n_states):
        for a in range(3):
            outs = [(rng.randrange(n_states), rng.random()) for _ in range(3)]
            tot = sum(p for _, p in outs)
            trans[s, a] = [(t, p / tot, rng.uniform(-1, 1)) for t, p in outs]
    v = [0.0] * n_states
    for _ in range(rounds):
        v = [max(sum(p * (r + gamma * v[t]) for t, p, r in trans[s, a]) for a in range(3)) for s in range(n_states)]
    policy = [max(range(3), key=lambda a: sum(p * (r + gamma * v[t]) for t, p, r in trans[s, a])) for s in range(n_states)]
    return round(sum(v), 9), policy[:20]


def main(size):
    grid, costs = make_grid(size, size, 42)
    dist, pops = dijkstra(grid, costs, (0, 0))
    goal = (size - 1, size - 1)
    print("dijkstra reached", len(dist), "pops", pops, "goal", dist.get(goal))
    cost, path = astar(grid, costs, (0, 0), goal)
    print("astar", cost, len(path), path[:5])
    print("nsmallest", heapq.nsmallest(5, dist.values()), heapq.nlargest(3, dist.values()))
    merged = list(heapq.merge(sorted(dist.values())[:10], [3, 5, 7]))
    print("merge", merged)
    print("mdp", value_iteration(size, 7))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 80)
