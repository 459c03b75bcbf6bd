# pymem's frozen `textwrap` module: wrap, fill, shorten, dedent, indent and TextWrapper, with
# CPython 3.12's line breaking (its chunking of words, hyphens and em-dashes, sentence
# endings, long-word breaking and max_lines placeholders). The chunker scans the text by
# hand (no regex engine needed at import) for the chunks CPython's word-separator pattern
# finds.

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
_whitespace_set = frozenset(_whitespace)


def _is_word(c):
    # \w: letters, digits and the underscore (Unicode-aware, like re's str patterns).
    return c.isalnum() or c == '_'


def _is_letter(c):
    # [^\d\W]: a word character that is not a digit.
    return _is_word(c) and not c.isdigit()


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _dash_run_then_word(text, j):
    """Whether text[j:] is two or more dashes followed by a word character."""
    n = len(text)
    k = j
    while k < n and text[k] == '-':
        k += 1
    return k - j >= 2 and k < n and _is_word(text[k])


def _split_words(text):
    """Chunks of `text`: runs of whitespace, em-dashes between words, and words (a hyphenated
    word splits after each hyphen that has letters on both sides)."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _whitespace_set:
            j = i + 1
            while j < n and text[j] in _whitespace_set:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if c == '-' and i > 0 and _is_word_punct(text[i - 1]) and _dash_run_then_word(text, i):
            j = i
            while text[j] == '-':
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        # A word: the shortest run of non-space characters that ends at a break.
        j = i + 1
        while True:
            if j >= n or text[j] in _whitespace_set:
                end = j
                break
            if text[j] == '-':
                # What precedes the hyphen may lie in the chunk before (y-y-y- splits
                # as y-y- then y- each).
                hyphen_ok = ((j >= 2 and _is_letter(text[j - 2]) and _is_letter(text[j - 1]))
                             or (j >= 3 and _is_letter(text[j - 3]) and text[j - 2] == '-'
                                 and _is_letter(text[j - 1])))
                if (hyphen_ok and j + 1 < n and _is_letter(text[j + 1]) and
                        ((j + 2 < n and _is_letter(text[j + 2])) or
                         (j + 3 < n and text[j + 2] == '-' and _is_letter(text[j + 3])))):
                    end = j + 1
                    break
                if _is_word_punct(text[j - 1]) and _dash_run_then_word(text, j):
                    end = j
                    break
            j += 1
        chunks.append(text[i:end])
        i = end
    return chunks


def _split_on_whitespace(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        space = text[i] in _whitespace_set
        j = i + 1
        while j < n and (text[j] in _whitespace_set) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _sentence_end(chunk):
    """Whether chunk ends like a sentence: a lowercase letter, then . ! or ?, then an
    optional quote."""
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and chunk[-2] in 'abcdefghijklmnopqrstuvwxyz'


# Each whitespace character becomes a space (code point 32).
_unicode_whitespace_trans = {ord(c): 32 for c in _whitespace}


class TextWrapper:
    """Breaks one paragraph into lines of at most `width` columns (wrap() gives the
    lines, fill() one string); the options are its attributes, the underscore methods
    hooks for subclasses."""

    unicode_whitespace_trans = _unicode_whitespace_trans

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        (self.width, self.initial_indent, self.subsequent_indent, self.expand_tabs,
         self.replace_whitespace, self.fix_sentence_endings, self.break_long_words,
         self.drop_whitespace, self.break_on_hyphens, self.tabsize, self.max_lines,
         self.placeholder) = (width, initial_indent, subsequent_indent, expand_tabs,
                              replace_whitespace, fix_sentence_endings, break_long_words,
                              drop_whitespace, break_on_hyphens, tabsize, max_lines,
                              placeholder)

    # ---- hooks: text -> chunks ----

    def _munge_whitespace(self, text):
        # Tabs become spaces first, so that tabsize decides their width.
        text = text.expandtabs(self.tabsize) if self.expand_tabs else text
        if not self.replace_whitespace:
            return text
        return text.translate(self.unicode_whitespace_trans)

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_words(text)
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        # A single space after a sentence end becomes two.
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 1
            i += 1

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # ---- hooks: chunks -> lines ----

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """The next chunk is wider than a whole line: put as much of it as fits on the
        current line (after its last fitting hyphen, if any), or, when long words may not
        be broken, all of it on a line still empty."""
        chunk = reversed_chunks[-1]
        if not self.break_long_words:
            if not cur_line:
                cur_line.append(reversed_chunks.pop())
            return
        room = 1 if width < 1 else width - cur_len
        cut = room
        if self.break_on_hyphens and len(chunk) > room:
            hyphen = chunk.rfind('-', 0, room)
            if hyphen > 0 and chunk[:hyphen].strip('-'):
                cut = hyphen + 1
        cur_line.append(chunk[:cut])
        reversed_chunks[-1] = chunk[cut:]

    def _take_line(self, pending, room):
        # The chunks of the next line (taken off the end of `pending`) and their width.
        taken, used = [], 0
        while pending and used + len(pending[-1]) <= room:
            used += len(pending[-1])
            taken.append(pending.pop())
        if pending and len(pending[-1]) > room:
            self._handle_long_word(pending, taken, used, room)
            used = sum(map(len, taken))
        if self.drop_whitespace and taken and not taken[-1].strip():
            used -= len(taken.pop())
        return taken, used

    def _only_blank_left(self, pending):
        return not pending or (self.drop_whitespace and len(pending) == 1
                               and not pending[0].strip())

    def _end_with_placeholder(self, lines, taken, used, indent, room):
        # The last allowed line: drop chunks from its end until the placeholder fits
        # after a word; failing that it joins the previous line, or stands alone.
        placeholder = self.placeholder
        while taken:
            if taken[-1].strip() and used + len(placeholder) <= room:
                lines.append(indent + ''.join(taken) + placeholder)
                return
            used -= len(taken.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(placeholder) <= self.width:
                lines[-1] = previous + placeholder
                return
        lines.append(indent + placeholder.lstrip())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError(f"invalid width {self.width!r} (must be > 0)")
        limit = self.max_lines
        if limit is not None:
            last_indent = self.subsequent_indent if limit > 1 else self.initial_indent
            if len(last_indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        # Reversed, so that the next chunk is popped off the end.
        chunks.reverse()
        lines = []
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(indent)
            # Blank space does not start a line (the first one keeps it).
            if lines and self.drop_whitespace and not chunks[-1].strip():
                chunks.pop()
            taken, used = self._take_line(chunks, room)
            if not taken:
                continue
            if (limit is None or len(lines) + 1 < limit or
                    (used <= room and self._only_blank_left(chunks))):
                lines.append(indent + ''.join(taken))
                continue
            self._end_with_placeholder(lines, taken, used, indent, room)
            break
        return lines

    def wrap(self, text):
        """The lines of text, wrapped."""
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(pieces)
        return self._wrap_chunks(pieces)

    def fill(self, text):
        """The lines of text, wrapped and joined with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """text wrapped into lines of at most width columns (kwargs: TextWrapper options)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """wrap()'s lines joined with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """text with its whitespace collapsed, cut to one line of width columns (ending with
    the placeholder when something was cut)."""
    collapsed = ' '.join(text.strip().split())
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(collapsed)


def dedent(text):
    """text without the indentation (spaces and tabs, compared exactly) that all its
    non-blank lines share; blank lines come out empty."""
    lines = text.split('\n')
    margin = None
    for index, line in enumerate(lines):
        stripped = line.lstrip(' \t')
        if not stripped:
            if line:
                lines[index] = ''
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """text with prefix before each line that predicate(line) accepts (by default, each
    line that is not blank)."""
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
