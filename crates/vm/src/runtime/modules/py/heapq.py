# pymem's frozen `heapq` module: a binary min-heap kept in a plain list (heap[k] <= heap[2*k+1]
# and heap[k] <= heap[2*k+2]), with CPython 3.12's sift order, so the list a script sees after
# each operation is the one CPython leaves, and its argument errors.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, what):
    if not isinstance(heap, list):
        raise TypeError('%s must be list, not %s' % (what, type(heap).__name__))


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list(heap, 'heappush() argument 1')
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list(heap, 'heappop() argument')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_to_leaf(heap, 0)
        return smallest
    return last


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item."""
    _check_list(heap, 'heapreplace() argument 1')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sift_to_leaf(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item from the heap."""
    _check_list(heap, 'heappushpop() argument 1')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_to_leaf(heap, 0)
    return item


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _check_list(heap, 'heapify() argument')
    for i in reversed(range(len(heap) // 2)):
        _sift_to_leaf(heap, i)


def _sift_toward_root(heap, root, pos):
    """Move heap[pos] up past every larger ancestor (stopping at index `root`)."""
    item = heap[pos]
    while pos > root:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_to_leaf(heap, pos):
    """Re-seat heap[pos]: move the smaller child up all the way down to a leaf, then move the
    item back up to its place (fewer comparisons than stopping early, and CPython's order)."""
    end = len(heap)
    root = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, root, pos)


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Similar to sorted(itertools.chain(*iterables)) but returns a generator,
    does not pull the data into memory all at once, and assumes that each of
    the input streams is already sorted (smallest to largest)."""
    # One head per live input: [key, value, iterator]. The next value is the head with the
    # smallest key (largest when reverse); ties go to the earlier input, as CPython's
    # (key, input order) heap entries decide.
    heads = []
    for it in map(iter, iterables):
        for value in it:
            heads.append([value if key is None else key(value), value, it])
            break
    while heads:
        best = 0
        best_key = heads[0][0]
        for i in range(1, len(heads)):
            k = heads[i][0]
            if (best_key < k) if reverse else (k < best_key):
                best = i
                best_key = k
        head = heads[best]
        yield head[1]
        for value in head[2]:
            head[0] = value if key is None else key(value)
            head[1] = value
            break
        else:
            del heads[best]


def _first_n(n, iterable, key, largest):
    # The same items, in the same order, as sorting everything and keeping n.
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=largest)[:n]


def nsmallest(n, iterable, key=None):
    """The n smallest items, smallest first (equal items in input order)."""
    return _first_n(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items, largest first (equal items in input order)."""
    return _first_n(n, iterable, key, True)


# Max-heap helpers (private in CPython too, but used by code in the wild): the same sifts
# with the comparisons mirrored.

def _heappop_max(heap, /):
    """Maxheap version of a heappop."""
    _check_list(heap, '_heappop_max() argument')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _siftup_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item, /):
    """Maxheap version of a heappop followed by a heappush."""
    _check_list(heap, '_heapreplace_max() argument 1')
    if not heap:
        raise IndexError('index out of range')
    largest = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return largest


def _heapify_max(heap, /):
    """Transform list into a maxheap, in-place, in O(len(x)) time."""
    _check_list(heap, '_heapify_max() argument')
    for i in reversed(range(len(heap) // 2)):
        _siftup_max(heap, i)


def _siftdown_max(heap, startpos, pos):
    """Maxheap variant of _siftdown."""
    item = heap[pos]
    while pos > startpos:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if parent < item:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _siftup_max(heap, pos):
    """Maxheap variant of _siftup."""
    end = len(heap)
    root = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown_max(heap, root, pos)


# CPython's names for the min-heap sifts.
_siftdown = _sift_toward_root
_siftup = _sift_to_leaf
