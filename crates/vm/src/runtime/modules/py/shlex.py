"""Splitting text into tokens the way a shell (or a simple shell-like language) would."""
# pymem's shlex, written for pymem with CPython 3.12's observable behaviour: the same
# tokens (classic and POSIX modes, comments, quotes and escapes, punctuation characters,
# whitespace_split), the same errors, debug messages and public attributes.
#
# The lexer is a state machine over the characters of the input; `state` is ' ' between
# tokens, 'a' inside a word, 'c' inside a run of punctuation characters, a quote character
# inside a quoted part, an escape character right after it, and None at the end.

import os
import re
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_ASCII_WORDCHARS = 'abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
_LATIN1_WORDCHARS = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                     'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')


class shlex:
    """A lexer for shell-like text: iterate over it (or call get_token) for the tokens."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is None:
            instream, infile = sys.stdin, None
        self.instream = instream
        self.infile = infile
        self.posix = posix
        # What get_token returns at the end of the input.
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _ASCII_WORDCHARS + (_LATIN1_WORDCHARS if posix else '')
        self.whitespace, self.whitespace_split = ' \t\r\n', False
        self.quotes, self.escape = '\'"', '\\'
        # The quotes inside which the escape character keeps its meaning (POSIX mode).
        self.escapedquotes = '"'
        # Where the lexer is: its state, the token so far, the line, the stacks of tokens
        # given back and of sources being read (see push_source), and the inclusion keyword.
        self.state, self.token, self.lineno, self.debug = ' ', '', 1, 0
        self.pushback, self.filestack = deque(), deque()
        self.source = None
        if punctuation_chars is True:
            punctuation_chars = '();<>|&'
        elif not punctuation_chars:
            punctuation_chars = ''
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            # Characters read ahead while lexing punctuation, given back before reading on.
            self._pushback_chars = deque()
            # File names, options and wildcards are words too; the punctuation is not.
            self.wordchars = ''.join(c for c in self.wordchars + '~-./*?='
                                     if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        """Give a token back: the next get_token returns it."""
        if self.debug >= 1:
            print("shlex: pushing token %r" % (tok,))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Read from `newstream` (a stream or a str) until its end, then go back to the
        current input."""
        saved = (self.infile, self.instream, self.lineno)
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft(saved)
        self.instream, self.infile, self.lineno = newstream, newfile, 1
        if self.debug:
            if newfile is None:
                print('shlex: pushing to stream %s' % (self.instream,))
            else:
                print('shlex: pushing to file %s' % (self.infile,))

    def pop_source(self):
        """Close the current input and go back to the one read before push_source."""
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        if self.debug:
            print('shlex: popping to %s, line %d' % (self.instream, self.lineno))
        self.state = ' '

    def get_token(self):
        """The next token: one given back by push_token, else one read from the input
        (`eof` at its end)."""
        if self.pushback:
            tok = self.pushback.popleft()
            if self.debug >= 1:
                print("shlex: popping token " + repr(tok))
            return tok
        raw = self.read_token()
        # `source` names the keyword whose next token is a file to read in its place.
        while self.source is not None and raw == self.source:
            included = self.sourcehook(self.read_token())
            if included:
                self.push_source(included[1], included[0])
            raw = self.get_token()
        # At the end of an included source, go on with the one that included it.
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        if self.debug >= 1:
            print("shlex: token=" + (repr(raw) if raw != self.eof else "EOF"))
        return raw

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def read_token(self):
        self._quoted = False
        self._resume = ' '
        while True:
            char = self._next_char()
            if char == '\n':
                self.lineno += 1
            if self.debug >= 3:
                print("shlex: in state %r I see character: %r" % (self.state, char))
            state = self.state
            if state is None:
                self.token = ''
                break
            if state == ' ':
                done = self._between_tokens(char)
            elif state in self.quotes:
                done = self._in_quotes(char)
            elif state in self.escape:
                done = self._after_escape(char)
            elif state in ('a', 'c'):
                done = self._in_word(char)
            else:
                done = False
            if done:
                break
        result, self.token = self.token, ''
        if result == '' and self.posix and not self._quoted:
            result = None
        if self.debug > 1:
            print("shlex: raw token=" + (repr(result) if result else "EOF"))
        return result

    def _token_ready(self):
        # Whether a token ended here has anything to give: text, or (POSIX) quotes ('').
        return bool(self.token) or (self.posix and self._quoted)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    # Each state's step returns True when the token is complete.

    def _between_tokens(self, char):
        if not char:
            self.state = None
            return True
        if char in self.whitespace:
            if self.debug >= 2:
                print("shlex: I see whitespace in whitespace state")
            return self._token_ready()
        if char in self.commenters:
            self._skip_comment()
        elif self.posix and char in self.escape:
            self._resume = 'a'
            self.state = char
        elif char in self.wordchars:
            self.token, self.state = char, 'a'
        elif char in self._punctuation_chars:
            self.token, self.state = char, 'c'
        elif char in self.quotes:
            # Classic mode keeps the quotes in the token.
            if not self.posix:
                self.token = char
            self.state = char
        elif self.whitespace_split:
            self.token, self.state = char, 'a'
        else:
            # Any other character is a token of its own.
            self.token = char
            return self._token_ready()
        return False

    def _in_quotes(self, char):
        self._quoted = True
        if not char:
            if self.debug >= 2:
                print("shlex: I see EOF in quotes state")
            raise ValueError("No closing quotation")
        if char == self.state:
            if self.posix:
                # The word goes on after the closing quote.
                self.state = 'a'
                return False
            self.token += char
            self.state = ' '
            return True
        if self.posix and char in self.escape and self.state in self.escapedquotes:
            self._resume = self.state
            self.state = char
        else:
            self.token += char
        return False

    def _after_escape(self, char):
        if not char:
            if self.debug >= 2:
                print("shlex: I see EOF in escape state")
            raise ValueError("No escaped character")
        # Inside quotes, only the quote and the escape character itself are escaped: before
        # anything else the escape character stays.
        resume = self._resume
        if resume in self.quotes and char not in (self.state, resume):
            self.token += self.state
        self.token += char
        self.state = resume
        return False

    def _in_word(self, char):
        if not char:
            self.state = None
            return True
        if char in self.whitespace:
            if self.debug >= 2:
                print("shlex: I see whitespace in word state")
            self.state = ' '
            return self._token_ready()
        if char in self.commenters:
            self._skip_comment()
            if self.posix:
                self.state = ' '
                return self._token_ready()
            return False
        if self.state == 'c':
            # A run of punctuation ends at the first other character, read again later.
            if char in self._punctuation_chars:
                self.token += char
                return False
            if char not in self.whitespace:
                self._pushback_chars.append(char)
            self.state = ' '
            return True
        if self.posix and char in self.quotes:
            self.state = char
        elif self.posix and char in self.escape:
            self._resume = 'a'
            self.state = char
        elif (char in self.wordchars or char in self.quotes
              or (self.whitespace_split and char not in self._punctuation_chars)):
            self.token += char
        else:
            # The word ends before this character, which starts the next token.
            if self._punctuation_chars:
                self._pushback_chars.append(char)
            else:
                self.pushback.appendleft(char)
            if self.debug >= 2:
                print("shlex: I see punctuation in word state")
            self.state = ' '
            return self._token_ready()
        return False

    def sourcehook(self, newfile):
        """(name, open file) of the file an inclusion names (see `source`); a relative
        name is taken from the directory of the file being read, as cpp does."""
        name = newfile[1:-1] if newfile[0] == '"' else newfile
        relative_to = self.infile
        if isinstance(relative_to, str) and not os.path.isabs(name):
            name = os.path.join(os.path.dirname(relative_to), name)
        return (name, open(name, "r"))

    def error_leader(self, infile=None, lineno=None):
        """The start of an error message about the input, as compilers write it:
        '"FILE", line N: '."""
        return '"%s", line %d: ' % (self.infile if infile is None else infile,
                                    self.lineno if lineno is None else lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token != self.eof:
            return token
        raise StopIteration


def split(s, comments=False, posix=True):
    """The words of `s` as a shell would split them (without expanding anything); `#`
    starts a comment only when `comments` is true."""
    if s is None:
        raise ValueError("s argument must not be None")
    lexer = shlex(s, posix=posix)
    if not comments:
        lexer.commenters = ''
    lexer.whitespace_split = True
    return list(lexer)


def join(split_command):
    """The words quoted for a shell (see quote) and joined with spaces."""
    return ' '.join([quote(part) for part in split_command])


# A character other than these needs quoting.
_needs_quotes = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def quote(s):
    """`s` as one word for a shell: unchanged when it only has safe characters, else in
    single quotes."""
    if not s:
        return "''"
    if _needs_quotes(s) is None:
        return s
    # Single quotes protect everything; a single quote itself is closed, given in double
    # quotes and reopened: $'b becomes '$'"'"'b'.
    return "'%s'" % s.replace("'", "'\"'\"'")
