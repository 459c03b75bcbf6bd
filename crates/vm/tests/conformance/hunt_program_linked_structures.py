import gc, sys, weakref

class ListNode:
    __slots__ = ("value", "next", "__weakref__")
    alive = 0
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
        ListNode.alive += 1
    def __del__(self):
        ListNode.alive -= 1

class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for x in reversed(list(iterable)):
            self.push(x)
    def push(self, v):
        self.head = ListNode(v, self.head)
        self._len += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        node = self.head
        self.head = node.next
        self._len -= 1
        return node.value
    def __len__(self):
        return self._len
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __reversed__(self):
        return reversed(list(self))
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += len(self)
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __eq__(self, other):
        return list(self) == list(other)
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

ll = LinkedList(range(5))
print(ll, len(ll), ll[2], ll[-1], ll[1:3], list(reversed(ll)), 3 in ll, 9 in ll)
ll.reverse()
print(ll, ll.pop(), ll, ListNode.alive)
try:
    ll[10]
except IndexError as e:
    print(e)
del ll
print("alive after del", ListNode.alive)
empty = LinkedList()
try:
    empty.pop()
except IndexError as e:
    print(e)

class TreeNode:
    def __init__(self, key):
        self.key = key
        self.left = self.right = None
        self.parent = None

class BST:
    def __init__(self):
        self.root = None
        self.size = 0
    def insert(self, key):
        node = TreeNode(key)
        if self.root is None:
            self.root = node
        else:
            cur = self.root
            while True:
                if key < cur.key:
                    if cur.left is None:
                        cur.left = node; break
                    cur = cur.left
                elif key > cur.key:
                    if cur.right is None:
                        cur.right = node; break
                    cur = cur.right
                else:
                    return False
            node.parent = cur
        self.size += 1
        return True
    def inorder(self, node="start"):
        if node == "start":
            node = self.root
        if node is None:
            return
        yield from self.inorder(node.left)
        yield node.key
        yield from self.inorder(node.right)
    def height(self, node="start"):
        if node == "start":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

t = BST()
print([t.insert(k) for k in [50, 30, 70, 20, 40, 60, 80, 30]])
print(list(t.inorder()), t.size, t.height())
r = weakref.ref(t.root)
gc.collect()
del t
print("root alive (cycle via parent):", r() is not None)
print("collected", gc.collect(), r())

def build_chain(n):
    head = None
    for i in range(n):
        head = ListNode(i, head)
    return head
h = build_chain(50000)
print(ListNode.alive)
del h
print(ListNode.alive)
a = []
b = [a]
a.append(b)
print(sys.getrefcount(a), sys.getrefcount(b))
del a, b
print(gc.collect())
class Graph:
    def __init__(self):
        self.adj = {}
    def edge(self, u, v):
        self.adj.setdefault(u, set()).add(v)
        self.adj.setdefault(v, set()).add(u)
    def bfs(self, start):
        from collections import deque
        seen = {start}
        order = []
        q = deque([start])
        while q:
            u = q.popleft()
            order.append(u)
            for v in sorted(self.adj.get(u, ())):
                if v not in seen:
                    seen.add(v)
                    q.append(v)
        return order
    def dfs(self, u, seen=None):
        seen = set() if seen is None else seen
        seen.add(u)
        out = [u]
        for v in sorted(self.adj[u]):
            if v not in seen:
                out += self.dfs(v, seen)
        return out
g = Graph()
for u, v in [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5), (6, 7)]:
    g.edge(u, v)
print(g.bfs(1), g.dfs(1), g.bfs(6))
def depth(n):
    return 0 if n is None else 1 + depth(n.next)
try:
    print(depth(build_chain(100)), depth(build_chain(5000)))
except RecursionError as e:
    print("RecursionError:", e)
print(ListNode.alive)
