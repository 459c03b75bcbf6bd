# pymem's frozen `difflib` module: SequenceMatcher (longest matching blocks with junk and
# the "popular element" heuristic, opcodes, grouped opcodes, the three ratios), Differ and
# ndiff (with the "?" lines that mark changed characters), unified_diff, context_diff,
# get_close_matches and restore, giving CPython 3.12's results line for line.
#
# Missing: HtmlDiff and diff_bytes.

from collections import namedtuple as _namedtuple
from heapq import nlargest as _nlargest
from types import GenericAlias

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'HtmlDiff', 'Match']

Match = _namedtuple('Match', 'a b size')


def _ratio(matches, length):
    return 2.0 * matches / length if length else 1.0


class SequenceMatcher:
    """Compares two sequences of hashable elements: the longest matching block
    without junk first, then the same on each side of it.
    """

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Compare a with b from now on."""
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Compare a from now on (b stays)."""
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        """Compare with b from now on (its index is built once for many a's)."""
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # b2j: element -> its positions in b, leaving out junk and, for long sequences,
        # "popular" elements (more than 1% of b plus one), which would make matching slow.
        b = self.b
        self.b2j = positions = {}
        for j, elt in enumerate(b):
            positions.setdefault(elt, []).append(j)
        self.bjunk = junk = set()
        if self.isjunk:
            for elt in positions:
                if self.isjunk(elt):
                    junk.add(elt)
            for elt in junk:
                del positions[elt]
        self.bpopular = popular = set()
        n = len(b)
        if self.autojunk and n >= 200:
            limit = n // 100 + 1
            for elt, where in positions.items():
                if len(where) > limit:
                    popular.add(elt)
            for elt in popular:
                del positions[elt]

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest block a[i:i+k] == b[j:j+k] within the given ranges, as
        Match(i, j, k): earliest in a, then earliest in b, among the longest."""
        a, b, positions, junk = self.a, self.b, self.b2j, self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best = alo, blo, 0
        # run_at[j]: length of the match ending at a[i-1] and b[j].
        run_at = {}
        none = []
        for i in range(alo, ahi):
            next_runs = {}
            for j in positions.get(a[i], none):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = next_runs[j] = run_at.get(j - 1, 0) + 1
                if k > best:
                    best_i, best_j, best = i - k + 1, j - k + 1, k
            run_at = next_runs
        while (best_i > alo and best_j > blo and b[best_j - 1] not in junk
               and a[best_i - 1] == b[best_j - 1]):
            best_i, best_j, best = best_i - 1, best_j - 1, best + 1
        while (best_i + best < ahi and best_j + best < bhi and b[best_j + best] not in junk
               and a[best_i + best] == b[best_j + best]):
            best += 1
        while (best_i > alo and best_j > blo and b[best_j - 1] in junk
               and a[best_i - 1] == b[best_j - 1]):
            best_i, best_j, best = best_i - 1, best_j - 1, best + 1
        while (best_i + best < ahi and best_j + best < bhi and b[best_j + best] in junk
               and a[best_i + best] == b[best_j + best]):
            best += 1
        return Match(best_i, best_j, best)

    def get_matching_blocks(self):
        """Matching blocks (i, j, k) in increasing order, adjacent ones merged,
        ending with (len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        pending = [(0, la, 0, lb)]
        found = []
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, k = m = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                found.append(m)
                if alo < i and blo < j:
                    pending.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    pending.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        i1 = j1 = k1 = 0
        for i2, j2, k2 in found:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    merged.append(Match(i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            merged.append(Match(i1, j1, k1))
        merged.append(Match(la, lb, 0))
        self.matching_blocks = merged
        return merged

    def get_opcodes(self):
        """Operations (tag, i1, i2, j1, j2) turning a into b; tag is 'equal',
        'replace', 'delete' or 'insert'."""
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        self.opcodes = codes = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai and j < bj:
                codes.append(('replace', i, ai, j, bj))
            elif i < ai:
                codes.append(('delete', i, ai, j, bj))
            elif j < bj:
                codes.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                codes.append(('equal', ai, i, bj, j))
        return codes

    def get_grouped_opcodes(self, n=3):
        """The opcodes in groups of changes with up to n equal elements around each."""
        codes = self.get_opcodes()
        if not codes:
            codes = [("equal", 0, 1, 0, 1)]
        if codes[0][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if codes[-1][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[-1]
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        group = []
        for tag, i1, i2, j1, j2 in codes:
            # A long equal run ends one group (with n lines of context) and starts the next.
            if tag == 'equal' and i2 - i1 > 2 * n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """Similarity in [0, 1]: twice the matched elements over the total length."""
        matches = sum(m[-1] for m in self.get_matching_blocks())
        return _ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound of ratio() from element counts alone."""
        if self.fullbcount is None:
            self.fullbcount = counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
        counts = self.fullbcount
        left = {}
        matches = 0
        for elt in self.a:
            n = left[elt] if elt in left else counts.get(elt, 0)
            left[elt] = n - 1
            if n > 0:
                matches += 1
        return _ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound of ratio() from the lengths alone."""
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)

    __class_getitem__ = classmethod(GenericAlias)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The (at most n) possibilities most similar to word with a ratio of at least
    cutoff, best first."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    s = SequenceMatcher()
    s.set_seq2(word)
    for x in possibilities:
        s.set_seq1(x)
        if s.real_quick_ratio() >= cutoff and s.quick_ratio() >= cutoff and s.ratio() >= cutoff:
            scored.append((s.ratio(), x))
    return [x for score, x in _nlargest(n, scored)]


def _keep_whitespace(line, tags):
    # Under an unchanged character, a tab (or other whitespace) stays itself so that the
    # marks line up with the line above them.
    return ''.join(c if t == " " and c.isspace() else t for c, t in zip(line, tags))


# The '?' hint line's mark under each character of the old and the new line, per opcode.
_HINT_MARKS = {'replace': ('^', '^'), 'delete': ('-', ''), 'insert': ('', '+'),
               'equal': (' ', ' ')}


class Differ:
    """Compares sequences of lines; each output line starts with '- ' (only in the
    first), '+ ' (only in the second), '  ' (in both) or '? ' (marks under changed
    characters).
    """

    def __init__(self, linejunk=None, charjunk=None):
        """linejunk and charjunk filter lines and characters (None: no filter)."""
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """Generate the delta between two sequences of lines."""
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._dump('+', b, blo, bhi)
            else:
                yield from self._dump(' ', a, alo, ahi)

    def _dump(self, tag, x, lo, hi):
        """Lines lo to hi of x, each with the given tag."""
        for i in range(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        # The shorter block first.
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        """Replace a block of lines with another, pairing the most similar lines
        and marking their changed characters."""
        # The most similar pair scoring above 0.74 wins (the first found on ties); below
        # 0.75 it is not similar enough, and the first identical pair (if any) is used.
        best_ratio, cutoff = 0.74, 0.75
        matcher = SequenceMatcher(self.charjunk)
        same_i = same_j = None
        for j in range(blo, bhi):
            bj = b[j]
            matcher.set_seq2(bj)
            for i in range(alo, ahi):
                ai = a[i]
                if ai == bj:
                    if same_i is None:
                        same_i, same_j = i, j
                    continue
                matcher.set_seq1(ai)
                if (matcher.real_quick_ratio() > best_ratio
                        and matcher.quick_ratio() > best_ratio
                        and matcher.ratio() > best_ratio):
                    best_ratio, best_i, best_j = matcher.ratio(), i, j
        if best_ratio < cutoff:
            if same_i is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j, best_ratio = same_i, same_j, 1.0
        else:
            same_i = None
        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)
        aelt, belt = a[best_i], b[best_j]
        if same_i is None:
            atags = btags = ""
            matcher.set_seqs(aelt, belt)
            for tag, i1, i2, j1, j2 in matcher.get_opcodes():
                amark, bmark = _HINT_MARKS[tag]
                atags += amark * (i2 - i1)
                btags += bmark * (j2 - j1)
            yield from self._qformat(aelt, belt, atags, btags)
        else:
            yield '  ' + aelt
        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        """The '-'/'+' lines of a similar pair with their '?' mark lines."""
        atags = _keep_whitespace(aline, atags).rstrip()
        btags = _keep_whitespace(bline, btags).rstrip()
        yield "- " + aline
        if atags:
            yield f"? {atags}\n"
        yield "+ " + bline
        if btags:
            yield f"? {btags}\n"


def IS_LINE_JUNK(line, pat=None):
    """Whether the line is blank or holds only a '#' (with whitespace)."""
    if pat is None:
        return _blank_or_hash(line)
    return pat(line) is not None


def _blank_or_hash(line):
    # \s*(?:#\s*)?$ matched from the start: whitespace, at most one '#', whitespace, and
    # the end of the line (or just before a final newline).
    i, n = 0, len(line)
    while i < n and line[i].isspace():
        i += 1
    if i < n and line[i] == '#':
        i += 1
        while i < n and line[i].isspace():
            i += 1
    return i == n


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """Whether the character is a blank or a tab."""
    return ch in ws


def _check_types(a, b, *args):
    if a and not isinstance(a[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' % (type(a[0]).__name__, a[0]))
    if b and not isinstance(b[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' % (type(b[0]).__name__, b[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def _file_headers(marks, names, dates, lineterm):
    # One line per file: its mark, its name, then a tab and its date when there is one.
    for mark, name, date in zip(marks, names, dates):
        yield '%s %s%s%s' % (mark, name, '\t' + date if date else '', lineterm)


def _unified_range(start, stop):
    # 'first,length' with 1-based lines; one line is just its number; an empty range
    # names the line before it.
    length = stop - start
    if length == 1:
        return str(start + 1)
    return '%d,%d' % (start + 1 if length else start, length)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    """The difference of two lists of lines in unified format, with n lines of context."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    groups = SequenceMatcher(None, a, b).get_grouped_opcodes(n)
    for number, group in enumerate(groups):
        if number == 0:
            yield from _file_headers(('---', '+++'), (fromfile, tofile),
                                     (fromfiledate, tofiledate), lineterm)
        first, last = group[0], group[-1]
        yield '@@ -{} +{} @@{}'.format(_unified_range(first[1], last[2]),
                                       _unified_range(first[3], last[4]), lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag in ('replace', 'delete'):
                for line in a[i1:i2]:
                    yield '-' + line
            if tag in ('replace', 'insert'):
                for line in b[j1:j2]:
                    yield '+' + line


def _context_range(start, stop):
    # 'first,last' with 1-based lines; one line is just its number; an empty range names
    # the line before it.
    if stop - start > 1:
        return '%d,%d' % (start + 1, stop)
    return str(start + 1 if stop > start else start)


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    """The difference of two lists of lines in context format, with n lines of context."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    marks = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}
    groups = SequenceMatcher(None, a, b).get_grouped_opcodes(n)
    for number, group in enumerate(groups):
        if number == 0:
            yield from _file_headers(('***', '---'), (fromfile, tofile),
                                     (fromfiledate, tofiledate), lineterm)
        first, last = group[0], group[-1]
        yield '***************' + lineterm
        yield '*** {} ****{}'.format(_context_range(first[1], last[2]), lineterm)
        if any(op[0] in ('replace', 'delete') for op in group):
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield marks[tag] + line
        yield '--- {} ----{}'.format(_context_range(first[3], last[4]), lineterm)
        if any(op[0] in ('replace', 'insert') for op in group):
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield marks[tag] + line


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ's comparison of two lists of lines (hint lines included)."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """One of the two inputs (1 or 2) recovered from an ndiff/compare output."""
    try:
        tag = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    prefixes = ("  ", tag)
    for line in delta:
        if line[:2] in prefixes:
            yield line[2:]
