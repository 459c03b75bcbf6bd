# pymem's `graphlib` module: TopologicalSorter (static_order, or prepare/get_ready/done for
# processing ready nodes in parallel) and CycleError. Nodes keep the order they were first
# seen in, so orders and reported cycles are CPython's.

__all__ = ['TopologicalSorter', 'CycleError']

# npredecessors of a node handed out by get_ready(), and of one marked done.
_OUT = -1
_DONE = -2


class _Node:
    __slots__ = ('node', 'npredecessors', 'successors')

    def __init__(self, node):
        self.node = node
        self.npredecessors = 0
        self.successors = []


class CycleError(ValueError):
    """The graph has a cycle; args[1] lists it, first node repeated at the end."""


class TopologicalSorter:
    """Orders the nodes of a graph so that every node comes after its predecessors."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        """Add `node`, to come after each of `predecessors`."""
        if self._ready is not None:
            raise ValueError('Nodes cannot be added after a call to prepare()')
        info = self._info(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Freeze the graph and check it for cycles."""
        if self._ready is not None:
            raise ValueError('cannot prepare() more than once')
        self._ready = [i.node for i in self._nodes.values() if i.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError('nodes are in a cycle', cycle)

    def get_ready(self):
        """The nodes whose predecessors are all done, not handed out before."""
        if self._ready is None:
            raise ValueError('prepare() must be called first')
        result = tuple(self._ready)
        for node in result:
            self._nodes[node].npredecessors = _OUT
        self._ready.clear()
        self._npassedout += len(result)
        return result

    def is_active(self):
        """Whether nodes remain to be handed out or marked done."""
        if self._ready is None:
            raise ValueError('prepare() must be called first')
        return self._nfinished < self._npassedout or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark handed-out nodes as processed, readying their successors."""
        if self._ready is None:
            raise ValueError('prepare() must be called first')
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f'node {node!r} was not added using add()')
            if info.npredecessors != _OUT:
                if info.npredecessors >= 0:
                    raise ValueError(f'node {node!r} was not passed out (still not ready)')
                raise ValueError(f'node {node!r} was already marked done')
            info.npredecessors = _DONE
            for succ in info.successors:
                succ_info = self._nodes[succ]
                succ_info.npredecessors -= 1
                if succ_info.npredecessors == 0:
                    self._ready.append(succ)
            self._nfinished += 1

    def _find_cycle(self):
        # Depth-first over successors, nodes in insertion order; a successor already on
        # the current path closes a cycle.
        finished = set()
        for start in self._nodes:
            if start in finished:
                continue
            path = [start]
            on_path = {start: 0}
            iters = [iter(self._nodes[start].successors)]
            while iters:
                nxt = next(iters[-1], _DONE)
                if nxt is _DONE:
                    iters.pop()
                    node = path.pop()
                    del on_path[node]
                    finished.add(node)
                    continue
                if nxt in on_path:
                    return path[on_path[nxt]:] + [nxt]
                if nxt in finished:
                    continue
                on_path[nxt] = len(path)
                path.append(nxt)
                iters.append(iter(self._nodes[nxt].successors))
        return None

    def static_order(self):
        """Every node, each after its predecessors."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)
