# Linked list, binary search tree with recursive generators (yield from), stack and queue
# built on lists, and a small graph search.
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value, self.next = value, next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return "LinkedList(" + " -> ".join(map(repr, self)) + ")"
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), list(ll), 2 in ll, sum(ll))
ll.reverse()
print(ll)

class BST:
    def __init__(self):
        self.root = None
    def insert(self, key):
        def ins(node):
            if node is None:
                return [key, None, None]
            if key < node[0]:
                node[1] = ins(node[1])
            elif key > node[0]:
                node[2] = ins(node[2])
            return node
        self.root = ins(self.root)
    def inorder(self, node=None, top=True):
        node = self.root if top else node
        if node:
            yield from self.inorder(node[1], False)
            yield node[0]
            yield from self.inorder(node[2], False)
    def height(self, node="root"):
        node = self.root if node == "root" else node
        return 0 if node is None else 1 + max(self.height(node[1]), self.height(node[2]))
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t.insert(k)
print(list(t.inorder()), t.height())

stack = []
for ch in "(a[b]{c})":
    if ch in "([{":
        stack.append(ch)
    elif ch in ")]}":
        opener = stack.pop()
        assert "([{"[")]}".index(ch)] == opener, "mismatch"
print("balanced:", not stack)
queue = [1]
seen = []
while queue:
    n = queue.pop(0)
    if n in seen or n > 20:
        continue
    seen.append(n)
    queue.extend([n * 2, n * 3])
print(seen)

graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
def paths(start, goal, path=()):
    path = path + (start,)
    if start == goal:
        yield path
        return
    for nxt in graph[start]:
        yield from paths(nxt, goal, path)
print(list(paths("a", "f")))
def bfs(start):
    dist = {start: 0}
    frontier = [start]
    while frontier:
        nxt = []
        for node in frontier:
            for m in graph[node]:
                if m not in dist:
                    dist[m] = dist[node] + 1
                    nxt.append(m)
        frontier = nxt
    return dist
print(bfs("a"))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [[row[i] for row in matrix] for i in range(3)], sum(map(sum, matrix)))
nested = {"a": [1, {"b": (2, 3)}], "c": {"d": {"e": [4]}}}
def flatten(o):
    if isinstance(o, dict):
        for v in o.values():
            yield from flatten(v)
    elif isinstance(o, (list, tuple)):
        for v in o:
            yield from flatten(v)
    else:
        yield o
print(list(flatten(nested)))
