# pymem's frozen `unittest` module: TestCase with its assert methods, fixtures (setUp,
# tearDown, setUpClass/tearDownClass, setUpModule/tearDownModule, cleanups), skips,
# expected failures and subTest; TestSuite, TestLoader, TestResult, TextTestRunner and
# main(), with CPython 3.12's messages and report layout (dots, the ====== blocks with
# tracebacks, "Ran N tests in T s", OK/FAILED lines) and exit statuses.
#
# The whole module is "frameless" (frozen.rs): its frames never show in tracebacks, so a
# failure's traceback starts at the test's own code, as CPython's does after unittest strips
# the frames of modules marked `__unittest`.
#
# Missing: test discovery in directories (discover, `python -m unittest`), mock, async test
# cases, the command-line options beyond -v, -q, -f, -b and -k, and signal handling for -c
# (installHandler is accepted and does nothing).

import sys
import time
import types
import warnings

__all__ = ['TestResult', 'TestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext']

# -- helpers for messages

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN
                               + _PLACEHOLDER_LEN + _MIN_END_LEN)

DIFF_OMITTED = ('\nDiff is %s characters long. '
                'Set self.maxDiff to None to see it.')
STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'
_NO_TESTS_EXITCODE = 5


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if not short or len(text) < _MAX_LENGTH:
        return text
    return text[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _elide(s, keep_front, keep_back):
    # Replace the middle of s by "[N chars]" when that saves more than a placeholder's length.
    hidden = len(s) - keep_front - keep_back
    if hidden > _PLACEHOLDER_LEN:
        return '%s[%d chars]%s' % (s[:keep_front], hidden, s[len(s) - keep_back:])
    return s


def _common_prefix(texts):
    first, last = min(texts), max(texts)
    n = 0
    while n < len(first) and first[n] == last[n]:
        n += 1
    return first[:n]


def _common_shorten_repr(*values):
    """The reprs of the values, each shortened around what they have in common so that
    the differing parts stay visible."""
    reprs = tuple(safe_repr(v) for v in values)
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return reprs
    prefix = _common_prefix(reprs)
    plen = len(prefix)
    room = _MAX_LENGTH - (longest - plen + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        prefix = _elide(prefix, _MIN_BEGIN_LEN, room)
        return tuple(prefix + r[plen:] for r in reprs)
    prefix = _elide(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _elide(r[plen:], _MIN_DIFF_LEN, _MIN_END_LEN) for r in reprs)


def three_way_cmp(x, y):
    """-1, 0 or 1 as x is less than, equal to or greater than y."""
    return (x > y) - (x < y)


def _count_differences(actual, expected):
    """(count in actual, count in expected, element) for each element whose counts differ,
    in order of first appearance (actual's elements first)."""
    try:
        counts_a = {}
        for x in actual:
            counts_a[x] = counts_a.get(x, 0) + 1
        counts_e = {}
        for x in expected:
            counts_e[x] = counts_e.get(x, 0) + 1
    except TypeError:
        return _count_differences_unhashable(actual, expected)
    out = []
    for x, n in counts_a.items():
        m = counts_e.get(x, 0)
        if n != m:
            out.append((n, m, x))
    for x, m in counts_e.items():
        if x not in counts_a:
            out.append((0, m, x))
    return out


def _count_differences_unhashable(actual, expected):
    done = object()
    a, e = list(actual), list(expected)
    out = []
    for i, x in enumerate(a):
        if x is done:
            continue
        n = m = 0
        for j in range(i, len(a)):
            if a[j] == x:
                n += 1
                a[j] = done
        for j, y in enumerate(e):
            if y == x:
                m += 1
                e[j] = done
        if n != m:
            out.append((n, m, x))
    for i, x in enumerate(e):
        if x is done:
            continue
        m = 0
        for j in range(i, len(e)):
            if e[j] == x:
                m += 1
                e[j] = done
        out.append((0, m, x))
    return out


def _ndiff(a, b):
    import difflib
    return difflib.ndiff(a, b)


def _pformat(obj):
    import pprint
    return pprint.pformat(obj)


# -- exceptions and decorators

class SkipTest(Exception):
    """Raised (by skipTest or directly) to skip the running test."""


class _ShouldStop(Exception):
    """Stops the test at once (a subtest failed under failfast)."""


class _UnexpectedSuccess(Exception):
    """A test expected to fail passed."""


def _identity(obj):
    return obj


def skip(reason):
    """Decorator: always skip the test or class, with the reason."""
    def decorator(item):
        if not isinstance(item, type):
            original = item

            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
                try:
                    setattr(skip_wrapper, attr, getattr(original, attr))
                except AttributeError:
                    pass
            skip_wrapper.__dict__.update(getattr(original, '__dict__', {}))
            skip_wrapper.__wrapped__ = original
            item = skip_wrapper
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    if isinstance(reason, types.FunctionType):
        # @skip used without a reason.
        item, reason = reason, ''
        return decorator(item)
    return decorator


def skipIf(condition, reason):
    """Decorator: skip the test or class when the condition is true."""
    return skip(reason) if condition else _identity


def skipUnless(condition, reason):
    """Decorator: skip the test or class unless the condition is true."""
    return _identity if condition else skip(reason)


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _enter_context(cm, add_cleanup):
    # Enters cm now (looking the methods up on its type, as `with` does) and registers
    # its exit as a cleanup.
    kind = type(cm)
    try:
        enter, exit = kind.__enter__, kind.__exit__
    except AttributeError:
        raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                        f"not support the context manager protocol") from None
    entered = enter(cm)
    add_cleanup(exit, cm, None, None, None)
    return entered


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Register a function to call after the module's tests (even when
    setUpModule fails)."""
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    """Enter a context manager now and exit it with the module cleanups."""
    return _enter_context(cm, addModuleCleanup)


def doModuleCleanups():
    """Call the module cleanups, last registered first; raise the first error."""
    first_error = None
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as exc:
            first_error = exc if first_error is None else first_error
    if first_error is not None:
        raise first_error


# -- running one part of a test (setUp, the method, tearDown, a cleanup, a subtest)

def _add_skip(result, test, reason):
    add = getattr(result, 'addSkip', None)
    if add is not None:
        add(test, reason)
    else:
        warnings.warn("TestResult has no addSkip method, skips not reported",
                      RuntimeWarning, 2)
        result.addSuccess(test)


def _add_error(result, test, exc_info):
    # The test's failureException is a failure; any other exception an error.
    if result is None or exc_info is None:
        return
    failed = issubclass(exc_info[0], test.failureException)
    (result.addFailure if failed else result.addError)(test, exc_info)


def _skip_reason(case, method):
    # None unless the class or the method is marked skipped; then the reason given.
    owner = case.__class__
    if not (getattr(owner, "__unittest_skip__", False)
            or getattr(method, "__unittest_skip__", False)):
        return None
    return (getattr(owner, '__unittest_skip_why__', '')
            or getattr(method, '__unittest_skip_why__', ''))


def _run_case(case, result):
    # One test into `result`: set-up, the method, tear-down (each a part whose exception
    # is recorded), cleanups, its duration, then the outcome if no part failed.
    method = getattr(case, case._testMethodName)
    why = _skip_reason(case, method)
    if why is not None:
        _add_skip(result, case, why)
        return
    result.startTest(case)
    expecting_failure = (getattr(case, "__unittest_expecting_failure__", False)
                         or getattr(method, "__unittest_expecting_failure__", False))
    outcome = _Outcome(result)
    started = time.perf_counter()
    case._outcome = outcome
    try:
        with outcome.testPartExecutor(case):
            case._callSetUp()
        if outcome.success:
            # Only the method's own failure can be the expected one.
            outcome.expecting_failure = expecting_failure
            with outcome.testPartExecutor(case):
                case._callTestMethod(method)
            outcome.expecting_failure = False
            with outcome.testPartExecutor(case):
                case._callTearDown()
        case.doCleanups()
        case._addDuration(result, time.perf_counter() - started)
        if not outcome.success:
            return
        if not expecting_failure:
            result.addSuccess(case)
        elif outcome.expectedFailure:
            case._addExpectedFailure(result, outcome.expectedFailure)
        else:
            case._addUnexpectedSuccess(result)
    finally:
        outcome.expectedFailure = None
        case._outcome = None


class _Outcome(object):
    # The state of one test run: whether every part so far succeeded, whether a failure
    # of the part running now is the expected one, and the expected failure seen.

    def __init__(self, result=None):
        self.result = result
        self.result_supports_subtests = hasattr(result, "addSubTest")
        self.success, self.expecting_failure = True, False
        self.expectedFailure = None

    def testPartExecutor(self, test_case, subTest=False):
        return _Part(self, test_case, subTest)


class _Part(object):
    """Runs one part of a test: an exception in it is recorded on the result (or kept
    as the expected failure) instead of propagating."""

    def __init__(self, outcome, test_case, sub):
        self.outcome = outcome
        self.test_case = test_case
        self.sub = sub

    def __enter__(self):
        self.earlier_success = self.outcome.success
        self.outcome.success = True
        return None

    def __exit__(self, exc_type, exc_value, tb):
        outcome = self.outcome
        try:
            if exc_type is None:
                if self.sub and outcome.success:
                    outcome.result.addSubTest(self.test_case.test_case, self.test_case, None)
                return False
            if issubclass(exc_type, KeyboardInterrupt):
                return False
            if issubclass(exc_type, SkipTest):
                outcome.success = False
                _add_skip(outcome.result, self.test_case, str(exc_value))
                return True
            if issubclass(exc_type, _ShouldStop):
                return True
            exc_info = (exc_type, exc_value, tb)
            if outcome.expecting_failure:
                outcome.expectedFailure = exc_info
            else:
                outcome.success = False
                if self.sub:
                    outcome.result.addSubTest(self.test_case.test_case, self.test_case, exc_info)
                else:
                    _add_error(outcome.result, self.test_case, exc_info)
            return True
        finally:
            outcome.success = outcome.success and self.earlier_success


class _NoContext(object):
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


class _SubTestContext(object):
    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params

    def __enter__(self):
        case = self.case
        self.parent = case._subtest
        chain = [self.params] + (self.parent.params if self.parent is not None else [])
        case._subtest = _SubTest(case, self.msg, chain)
        self.part = case._outcome.testPartExecutor(case._subtest, subTest=True)
        self.part.__enter__()
        return None

    def __exit__(self, exc_type, exc_value, tb):
        case = self.case
        try:
            handled = self.part.__exit__(exc_type, exc_value, tb)
            outcome = case._outcome
            if not outcome.success:
                result = outcome.result
                if result is not None and result.failfast:
                    raise _ShouldStop
            elif outcome.expectedFailure:
                raise _ShouldStop
            return handled
        finally:
            case._subtest = self.parent


# -- assertRaises / assertWarns

def _is_subtype(expected, basetype):
    # A subclass of basetype, or a (nested) tuple of them.
    if not isinstance(expected, tuple):
        return isinstance(expected, type) and issubclass(expected, basetype)
    return all(_is_subtype(item, basetype) for item in expected)


class _BaseTestCaseContext:
    # What the assertion contexts share: failing through the test case's own message
    # rules (msg=, longMessage).

    def __init__(self, test_case):
        self.test_case = test_case

    def _raiseFailure(self, standardMsg):
        case = self.test_case
        raise case.failureException(case._formatMessage(self.msg, standardMsg))


def _name_of(obj):
    # A class's or function's __name__, else its str().
    try:
        return obj.__name__
    except AttributeError:
        return str(obj)


class _AssertRaisesBaseContext(_BaseTestCaseContext):
    # Shared by the raises and warns contexts: the expected type(s), the optional regex
    # the text must match, and handle() for both call forms.

    def __init__(self, expected, test_case, expected_regex=None):
        _BaseTestCaseContext.__init__(self, test_case)
        self.expected, self.test_case = expected, test_case
        if expected_regex is None:
            self.expected_regex = None
        else:
            import re
            self.expected_regex = re.compile(expected_regex)
        # Set by handle(): the callable's name (for the message) and msg=.
        self.obj_name = self.msg = None

    def handle(self, name, args, kwargs):
        """Run the check as a context manager (no callable given) or around a call."""
        if not _is_subtype(self.expected, self._base_type):
            raise TypeError('%s() arg 1 must be %s' % (name, self._base_type_str))
        if args:
            call, *args = args
            self.obj_name = _name_of(call)
            with self:
                call(*args, **kwargs)
            return None
        # As a context manager only msg= may be given.
        self.msg = kwargs.pop('msg', None)
        for keyword in kwargs:
            raise TypeError('%r is an invalid keyword argument for this function'
                            % (keyword,))
        return self

    def _expected_name(self):
        return _name_of(self.expected)

    def _not_seen(self, verb):
        # "<Expected> not raised/triggered [by <callable>]".
        where = ' by ' + self.obj_name if self.obj_name else ''
        self._raiseFailure('%s not %s%s' % (self._expected_name(), verb, where))

    def _mismatch(self, text):
        self._raiseFailure('"%s" does not match "%s"' % (self.expected_regex.pattern, text))


class _AssertRaisesContext(_AssertRaisesBaseContext):
    """The context manager of assertRaises and assertRaisesRegex."""

    def __enter__(self):
        return self

    # What handle() accepts as the first argument, and how its error names it.
    _base_type = BaseException
    _base_type_str = 'an exception type or tuple of exception types'

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            self._not_seen('raised')
        # Another kind of exception propagates.
        if not issubclass(exc_type, self.expected):
            return False
        # Kept without its traceback (which would keep the frames alive).
        self.exception = exc_value.with_traceback(None)
        regex = self.expected_regex
        if regex is not None and not regex.search(str(exc_value)):
            self._mismatch(str(exc_value))
        return True

    __class_getitem__ = classmethod(types.GenericAlias)


class _AssertWarnsContext(_AssertRaisesBaseContext):
    """The context manager of assertWarns and assertWarnsRegex."""

    _base_type = Warning
    _base_type_str = 'a warning type or tuple of warning types'

    def __enter__(self):
        # Warnings already shown once must be able to show again.
        for module in list(sys.modules.values()):
            if getattr(module, '__warningregistry__', None):
                module.__warningregistry__ = {}
        # Every warning of the expected kinds is recorded (none shown) until the exit.
        manager = self.warnings_manager = warnings.catch_warnings(record=True)
        self.warnings = manager.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        manager = self.warnings_manager
        manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return
        # The first recorded warning of the expected kind (and text) is kept.
        regex = self.expected_regex
        kind_seen = None
        for record in self.warnings:
            warning = record.message
            if not isinstance(warning, self.expected):
                continue
            kind_seen = warning if kind_seen is None else kind_seen
            if regex is None or regex.search(str(warning)):
                self.warning = warning
                self.filename, self.lineno = record.filename, record.lineno
                return
        if kind_seen is not None:
            self._mismatch(str(kind_seen))
        self._not_seen('triggered')


class _AssertLogsContext(_BaseTestCaseContext):
    """The context manager of assertLogs and assertNoLogs."""

    # The format of the texts in watcher.output.
    LOGGING_FORMAT = "%(levelname)s:%(name)s:%(message)s"

    def __init__(self, test_case, logger_name, level, no_logs):
        _BaseTestCaseContext.__init__(self, test_case)
        import logging
        self.logger_name, self.no_logs = logger_name, no_logs
        # A level name ('DEBUG') or number; INFO when not given.
        self.level = logging._nameToLevel.get(level, level) if level else logging.INFO
        self.msg = None

    def __enter__(self):
        # The logger (a Logger, or one named) gets only the capturing handler, at the
        # level asked, without propagation, until the exit restores it.
        import logging
        name = self.logger_name
        logger = name if isinstance(name, logging.Logger) else logging.getLogger(name)
        self.logger = logger
        capture = _capturing_handler()
        capture.setLevel(self.level)
        capture.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        self.watcher = capture.watcher
        self.old_handlers, self.old_level = logger.handlers[:], logger.level
        self.old_propagate = logger.propagate
        logger.handlers = [capture]
        logger.setLevel(self.level)
        logger.propagate = False
        return None if self.no_logs else capture.watcher

    def __exit__(self, exc_type, exc_value, tb):
        logger = self.logger
        logger.handlers = self.old_handlers
        logger.propagate = self.old_propagate
        logger.setLevel(self.old_level)
        if exc_type is not None:
            return False
        import logging
        records = self.watcher.records
        if self.no_logs and records:
            self._raiseFailure('Unexpected logs found: %r' % (self.watcher.output,))
        if not self.no_logs and not records:
            self._raiseFailure('no logs of level %s or higher triggered on %s'
                               % (logging.getLevelName(self.level), logger.name))


_LoggingWatcher = None


def _capturing_handler():
    # The handler class is made on first use, so that importing unittest does not import
    # logging.
    global _LoggingWatcher, _CapturingHandler
    if _LoggingWatcher is None:
        import collections
        import logging
        _LoggingWatcher = collections.namedtuple("_LoggingWatcher", ["records", "output"])

        class _CapturingHandler(logging.Handler):
            """Keeps every record and its formatted text."""

            def __init__(self):
                logging.Handler.__init__(self)
                self.watcher = _LoggingWatcher([], [])

            def emit(self, record):
                records, texts = self.watcher
                records.append(record)
                texts.append(self.format(record))

            def flush(self):
                pass  # nothing is buffered
    return _CapturingHandler()


# -- TestCase

_TYPE_EQUALITY_METHODS = ((dict, 'assertDictEqual'), (list, 'assertListEqual'),
                          (tuple, 'assertTupleEqual'), (set, 'assertSetEqual'),
                          (frozenset, 'assertSetEqual'), (str, 'assertMultiLineEqual'))


class _NoMessage(object):
    pass


# subTest() without a message (None is a message of its own).
_no_message = _NoMessage()


class TestCase(object):
    """A test: one method of a subclass (runTest unless another name is given),
    run between setUp and tearDown, with assert methods to check results.
    """

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    # Longer strings are compared without a diff, which would take too long.
    _diffThreshold = 2 ** 16

    def __init_subclass__(cls, *args, **kwargs):
        # Class-level fixture state of each TestCase subclass.
        cls._class_cleanups, cls._classSetupFailed = [], False
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        """The test runs the method named methodName; a missing method is a
        ValueError (except for runTest)."""
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = 'No test'
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError("no such test method in %s: %s" % (self.__class__, methodName))
        else:
            self._testMethodDoc = method.__doc__
        self._cleanups = []
        self._subtest = None
        # assertEqual of two values of exactly one of these types uses the named method.
        self._type_equality_funcs = {}
        for kind, method_name in _TYPE_EQUALITY_METHODS:
            self.addTypeEqualityFunc(kind, method_name)

    def addTypeEqualityFunc(self, typeobj, function):
        """Use `function` (or the method of that name) for assertEqual of two
        values of exactly typeobj."""
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        """Call function(*args, **kwargs) after the test, last added first."""
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        """Enter a context manager now and exit it with the cleanups."""
        return _enter_context(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        """Call function(*args, **kwargs) after the class's tests (even when
        setUpClass fails)."""
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        """Enter a context manager now and exit it with the class cleanups."""
        return _enter_context(cm, cls.addClassCleanup)

    def setUp(self):
        """Run before each test method."""
        pass

    def tearDown(self):
        """Run after each test method whose setUp succeeded."""
        pass

    @classmethod
    def setUpClass(cls):
        """Run once before the class's tests."""

    @classmethod
    def tearDownClass(cls):
        """Run once after the class's tests."""

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        """The first line of the test method's docstring, or None."""
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def id(self):
        return "%s.%s" % (strclass(self.__class__), self._testMethodName)

    # Two cases are equal when they run the same method of the same class.
    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __eq__(self, other):
        if type(self) is type(other):
            return self._testMethodName == other._testMethodName
        return NotImplemented

    def __str__(self):
        name = self._testMethodName
        return '%s (%s.%s)' % (name, strclass(self.__class__), name)

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(self.__class__), self._testMethodName)

    def subTest(self, msg=_no_message, **params):
        """A context manager: a failure inside is reported as a subtest (with msg and
        params) and the test goes on after the block."""
        if self._outcome is None or not self._outcome.result_supports_subtests:
            return _NoContext()
        return _SubTestContext(self, msg, params)

    # A result class from before a hook existed is warned about, and told what it can
    # take instead.
    def _addExpectedFailure(self, result, exc_info):
        add = getattr(result, 'addExpectedFailure', None)
        if add is not None:
            return add(self, exc_info)
        warnings.warn("TestResult has no addExpectedFailure method, reporting as passes",
                      RuntimeWarning)
        result.addSuccess(self)

    def _addUnexpectedSuccess(self, result):
        add = getattr(result, 'addUnexpectedSuccess', None)
        if add is not None:
            return add(self)
        warnings.warn("TestResult has no addUnexpectedSuccess method, reporting as failure",
                      RuntimeWarning)
        try:
            raise _UnexpectedSuccess from None
        except _UnexpectedSuccess:
            result.addFailure(self, sys.exc_info())

    def _addDuration(self, result, elapsed):
        add = getattr(result, 'addDuration', None)
        if add is not None:
            return add(self, elapsed)
        warnings.warn("TestResult has no addDuration method", RuntimeWarning)

    # Each step of a run goes through one of these (subclasses may wrap them).
    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        # The warning blames run()'s caller, as in CPython (here _run_case sits between
        # run() and this method, hence 4).
        if method() is not None:
            warnings.warn(f'It is deprecated to return a value that is not None from a '
                          f'test case ({method})', DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        self.tearDown()

    def run(self, result=None):
        stop_run = None
        if result is None:
            # Run on its own: a fresh result, with the run hooks a runner would call.
            result = self.defaultTestResult()
            start_run = getattr(result, 'startTestRun', None)
            stop_run = getattr(result, 'stopTestRun', None)
            if start_run is not None:
                start_run()
        try:
            _run_case(self, result)
            return result
        finally:
            # Even a skipped test (never started) is stopped.
            result.stopTest(self)
            if stop_run is not None:
                stop_run()

    def doCleanups(self):
        """Call the cleanups, last added first; whether all succeeded."""
        outcome = self._outcome or _Outcome()
        pending = self._cleanups
        while pending:
            function, args, kwargs = pending.pop()
            with outcome.testPartExecutor(self):
                self._callCleanup(function, *args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        """Call the class cleanups, last added first, keeping their errors in
        tearDown_exceptions."""
        errors = cls.tearDown_exceptions = []
        pending = cls._class_cleanups
        while pending:
            function, args, kwargs = pending.pop()
            try:
                function(*args, **kwargs)
            except Exception:
                errors.append(sys.exc_info())

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the test with no result object: errors propagate."""
        method = getattr(self, self._testMethodName)
        why = _skip_reason(self, method)
        if why is not None:
            raise SkipTest(why)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        pending = self._cleanups
        while pending:
            function, args, kwargs = pending.pop()
            self._callCleanup(function, *args, **kwargs)

    def skipTest(self, reason):
        """Skip this test, with the reason."""
        raise SkipTest(reason)

    def fail(self, msg=None):
        """Fail the test, with msg as the message."""
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        """The standard message, with msg after it (longMessage) or instead of it."""
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return '%s : %s' % (standardMsg, msg)

    def _truncateMessage(self, message, diff):
        if self.maxDiff is None or len(diff) <= self.maxDiff:
            return message + diff
        return message + (DIFF_OMITTED % len(diff))

    def assertFalse(self, expr, msg=None):
        """Fail unless expr is false."""
        if expr:
            raise self.failureException(
                self._formatMessage(msg, "%s is not false" % safe_repr(expr)))

    def assertTrue(self, expr, msg=None):
        """Fail unless expr is true."""
        if not expr:
            raise self.failureException(
                self._formatMessage(msg, "%s is not true" % safe_repr(expr)))

    def assertRaises(self, expected_exception, *args, **kwargs):
        """Fail unless the callable (with the arguments) raises expected_exception;
        without a callable, a context manager checking its block."""
        return _AssertRaisesContext(expected_exception, self).handle('assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        """As assertRaises, and the exception's text must match expected_regex."""
        context = _AssertRaisesContext(expected_exception, self, expected_regex)
        return context.handle('assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        """Fail unless the callable (or the with block) warns with
        expected_warning."""
        return _AssertWarnsContext(expected_warning, self).handle('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        """As assertWarns, and the warning's text must match expected_regex."""
        context = _AssertWarnsContext(expected_warning, self, expected_regex)
        return context.handle('assertWarnsRegex', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        """A context manager failing unless its block logs at level (default INFO)
        or above on logger (default the root logger)."""
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        """A context manager failing if its block logs at level or above on logger."""
        return _AssertLogsContext(self, logger, level, no_logs=True)

    def _getAssertEqualityFunc(self, first, second):
        if type(first) is type(second):
            asserter = self._type_equality_funcs.get(type(first))
            if asserter is not None:
                if isinstance(asserter, str):
                    asserter = getattr(self, asserter)
                return asserter
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        """assertEqual for values with no type-specific comparison."""
        if not first == second:
            standardMsg = '%s != %s' % _common_shorten_repr(first, second)
            raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertEqual(self, first, second, msg=None):
        """Fail unless first == second (with a diff for strings, sequences, sets
        and dicts of the same type)."""
        self._getAssertEqualityFunc(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        """Fail if first == second."""
        if not first != second:
            raise self.failureException(self._formatMessage(
                msg, '%s == %s' % (safe_repr(first), safe_repr(second))))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fail unless first and second differ by at most delta, or round to the
        same value at `places` decimal places (default 7)."""
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standardMsg = '%s != %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standardMsg = '%s != %s within %r places (%s difference)' % (
                safe_repr(first), safe_repr(second), places, safe_repr(diff))
        raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fail if first and second are equal within delta or places."""
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standardMsg = '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standardMsg = '%s == %s within %r places' % (
                safe_repr(first), safe_repr(second), places)
        raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Fail unless two sequences are equal, saying where they first differ."""
        if seq_type is not None:
            kind = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException('First sequence is not a %s: %s'
                                            % (kind, safe_repr(seq1)))
            if not isinstance(seq2, seq_type):
                raise self.failureException('Second sequence is not a %s: %s'
                                            % (kind, safe_repr(seq2)))
        else:
            kind = "sequence"
        differing = None
        try:
            len1 = len(seq1)
        except (TypeError, NotImplementedError):
            differing = 'First %s has no length.    Non-sequence?' % kind
        if differing is None:
            try:
                len2 = len(seq2)
            except (TypeError, NotImplementedError):
                differing = 'Second %s has no length.    Non-sequence?' % kind
        if differing is None:
            if seq1 == seq2:
                return
            differing = '%ss differ: %s != %s\n' % ((kind.capitalize(),)
                                                    + _common_shorten_repr(seq1, seq2))
            for i in range(min(len1, len2)):
                try:
                    item1 = seq1[i]
                except (TypeError, IndexError, NotImplementedError):
                    differing += '\nUnable to index element %d of first %s\n' % (i, kind)
                    break
                try:
                    item2 = seq2[i]
                except (TypeError, IndexError, NotImplementedError):
                    differing += '\nUnable to index element %d of second %s\n' % (i, kind)
                    break
                if item1 != item2:
                    differing += ('\nFirst differing element %d:\n%s\n%s\n'
                                  % ((i,) + _common_shorten_repr(item1, item2)))
                    break
            else:
                if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                    # Equal items in sequences of different types.
                    return
            if len1 > len2:
                differing += '\nFirst %s contains %d additional elements.\n' % (kind, len1 - len2)
                try:
                    differing += 'First extra element %d:\n%s\n' % (len2, safe_repr(seq1[len2]))
                except (TypeError, IndexError, NotImplementedError):
                    differing += 'Unable to index element %d of first %s\n' % (len2, kind)
            elif len1 < len2:
                differing += '\nSecond %s contains %d additional elements.\n' % (kind, len2 - len1)
                try:
                    differing += 'First extra element %d:\n%s\n' % (len1, safe_repr(seq2[len1]))
                except (TypeError, IndexError, NotImplementedError):
                    differing += 'Unable to index element %d of second %s\n' % (len1, kind)
        diff = '\n' + '\n'.join(_ndiff(_pformat(seq1).splitlines(),
                                       _pformat(seq2).splitlines()))
        standardMsg = self._truncateMessage(differing, diff)
        self.fail(self._formatMessage(msg, standardMsg))

    def assertListEqual(self, list1, list2, msg=None):
        """assertSequenceEqual for two lists."""
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        """assertSequenceEqual for two tuples."""
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        """Fail unless two sets are equal, listing the items only in one of them."""
        try:
            only1 = set1.difference(set2)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('first argument does not support set difference: %s' % e)
        try:
            only2 = set2.difference(set1)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('second argument does not support set difference: %s' % e)
        if not (only1 or only2):
            return
        lines = []
        if only1:
            lines.append('Items in the first set but not the second:')
            lines.extend(repr(item) for item in only1)
        if only2:
            lines.append('Items in the second set but not the first:')
            lines.extend(repr(item) for item in only2)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertIn(self, member, container, msg=None):
        """Fail unless member in container."""
        if member not in container:
            self.fail(self._formatMessage(msg, '%s not found in %s' % (
                safe_repr(member), safe_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        """Fail if member in container."""
        if member in container:
            self.fail(self._formatMessage(msg, '%s unexpectedly found in %s' % (
                safe_repr(member), safe_repr(container))))

    def assertIs(self, expr1, expr2, msg=None):
        """Fail unless expr1 is expr2."""
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, '%s is not %s' % (
                safe_repr(expr1), safe_repr(expr2))))

    def assertIsNot(self, expr1, expr2, msg=None):
        """Fail if expr1 is expr2."""
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, 'unexpectedly identical: %s' % (safe_repr(expr1),)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            standardMsg = '%s != %s' % _common_shorten_repr(d1, d2)
            diff = '\n' + '\n'.join(_ndiff(_pformat(d1).splitlines(),
                                           _pformat(d2).splitlines()))
            standardMsg = self._truncateMessage(standardMsg, diff)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertCountEqual(self, first, second, msg=None):
        """Fail unless both hold the same elements the same number of times, in any
        order."""
        first_seq, second_seq = list(first), list(second)
        differences = _count_differences(first_seq, second_seq)
        if differences:
            standardMsg = 'Element counts were not equal:\n'
            lines = ['First has %d, Second has %d:  %r' % d for d in differences]
            standardMsg = self._truncateMessage(standardMsg, '\n'.join(lines))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Fail unless two strings are equal, with a line diff."""
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first != second:
            if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
                self._baseAssertEqual(first, second, msg)
            # Both end with a newline before splitting, so that a missing final newline
            # shows as a difference of its own line.
            a, b = first, second
            if first and second:
                if first[-1] != '\n' or second[-1] != '\n':
                    a += '\n'
                    b += '\n'
            elif second and second[-1] != '\n':
                b += '\n'
            elif first and first[-1] != '\n':
                a += '\n'
            standardMsg = '%s != %s' % _common_shorten_repr(first, second)
            diff = '\n' + ''.join(_ndiff(a.splitlines(keepends=True),
                                         b.splitlines(keepends=True)))
            standardMsg = self._truncateMessage(standardMsg, diff)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertLess(self, a, b, msg=None):
        """Fail unless a < b."""
        if not a < b:
            self.fail(self._formatMessage(msg, '%s not less than %s' % (safe_repr(a), safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        """Fail unless a <= b."""
        if not a <= b:
            self.fail(self._formatMessage(
                msg, '%s not less than or equal to %s' % (safe_repr(a), safe_repr(b))))

    def assertGreater(self, a, b, msg=None):
        """Fail unless a > b."""
        if not a > b:
            self.fail(self._formatMessage(
                msg, '%s not greater than %s' % (safe_repr(a), safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        """Fail unless a >= b."""
        if not a >= b:
            self.fail(self._formatMessage(
                msg, '%s not greater than or equal to %s' % (safe_repr(a), safe_repr(b))))

    def assertIsNone(self, obj, msg=None):
        """Fail unless obj is None."""
        if obj is not None:
            self.fail(self._formatMessage(msg, '%s is not None' % (safe_repr(obj),)))

    def assertIsNotNone(self, obj, msg=None):
        """Fail if obj is None."""
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIsInstance(self, obj, cls, msg=None):
        """Fail unless isinstance(obj, cls)."""
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(
                msg, '%s is not an instance of %r' % (safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        """Fail if isinstance(obj, cls)."""
        if isinstance(obj, cls):
            self.fail(self._formatMessage(
                msg, '%s is an instance of %r' % (safe_repr(obj), cls)))

    def assertRegex(self, text, expected_regex, msg=None):
        """Fail unless expected_regex matches somewhere in text."""
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, "expected_regex must not be empty."
            import re
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            standardMsg = "Regex didn't match: %r not found in %r" % (
                expected_regex.pattern, text)
            raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        """Fail if unexpected_regex matches somewhere in text."""
        if isinstance(unexpected_regex, (str, bytes)):
            import re
            unexpected_regex = re.compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            standardMsg = 'Regex matched: %r matches %r in %r' % (
                text[match.start():match.end()], unexpected_regex.pattern, text)
            raise self.failureException(self._formatMessage(msg, standardMsg))


class FunctionTestCase(TestCase):
    """A test case running a plain function, with optional set-up and tear-down
    functions."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc, self._tearDownFunc = setUp, tearDown
        self._testFunc, self._description = testFunc, description

    def _parts(self):
        # What equality and hashing look at.
        return (self._setUpFunc, self._tearDownFunc, self._testFunc, self._description)

    def setUp(self):
        _call_unless_none(self._setUpFunc)

    def tearDown(self):
        _call_unless_none(self._tearDownFunc)

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return self._parts() == other._parts()
        return NotImplemented

    def __hash__(self):
        return hash((type(self),) + self._parts())

    def __str__(self):
        return '%s (%s)' % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return '<%s tec=%s>' % (strclass(self.__class__), self._testFunc)

    def shortDescription(self):
        # The description given, else the first line of the function's docstring.
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        first = doc.split('\n')[0].strip() if doc else None
        return first or None


def _call_unless_none(function):
    if function is not None:
        function()


class _SubTest(TestCase):
    # One `with self.subTest(...)` block of a running test: reported as a test of its
    # own, named after the test and its message and parameters.

    def __init__(self, test_case, message, params):
        super().__init__()
        self.test_case, self._message = test_case, message
        self.failureException = test_case.failureException
        # The parameters of this subtest, then those of the enclosing ones.
        self.params = params

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _param_items(self):
        # Each parameter once, the innermost subtest's value winning.
        merged = {}
        for mapping in self.params:
            for key in mapping:
                if key not in merged:
                    merged[key] = mapping[key]
        return list(merged.items())

    def _subDescription(self):
        parts = [] if self._message is _no_message else ['[{}]'.format(self._message)]
        items = self._param_items()
        if items:
            parts.append('(%s)' % ', '.join('%s=%r' % item for item in items))
        return ' '.join(parts) or '(<subtest>)'

    def id(self):
        return '%s %s' % (self.test_case.id(), self._subDescription())

    def __str__(self):
        return '%s %s' % (self.test_case, self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()


# -- TestSuite

class BaseTestSuite(object):
    """Tests (and suites) run in order, without class or module fixtures; a test that
    ran is dropped from the suite unless _cleanup is false."""

    _cleanup = True

    def __init__(self, tests=()):
        self._tests, self._removed_tests = [], 0
        self.addTests(tests)

    def __repr__(self):
        return '<%s tests=%s>' % (strclass(self.__class__), list(self))

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return list(self) == list(other)
        return NotImplemented

    def __iter__(self):
        return iter(self._tests)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def countTestCases(self):
        # Dropped tests still count (their cases were added up when they were dropped).
        return self._removed_tests + sum(test.countTestCases() for test in self if test)

    def addTest(self, test):
        if not callable(test):
            raise TypeError('%r is not callable' % (test,))
        # A class where an instance was meant is a common slip.
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError('TestCases and TestSuites must be instantiated before passing '
                            'them to addTest()')
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError('tests must be an iterable of tests, not a string')
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for index, test in enumerate(self):
            if result.shouldStop:  # stop() was called (failfast does)
                break
            test(result)
            self._after_test(index)
        return result

    def _after_test(self, index):
        if self._cleanup:
            self._removeTestAtIndex(index)

    def _removeTestAtIndex(self, index):
        # The slot is emptied (so the test can be freed); its cases stay counted.
        try:
            test = self._tests[index]
        except TypeError:
            return  # _tests replaced by something that cannot be indexed
        if hasattr(test, 'countTestCases'):
            self._removed_tests += test.countTestCases()
        self._tests[index] = None

    def debug(self):
        """Run the tests with no result object: errors propagate."""
        for test in self:
            test.debug()


def _is_single_test(test):
    # Suites are iterable; a single test is not.
    try:
        iter(test)
        return False
    except TypeError:
        return True


class TestSuite(BaseTestSuite):
    """Tests run in order, with setUpClass/tearDownClass and setUpModule/tearDownModule
    around the tests of each class and module."""

    def run(self, result, debug=False):
        # The outermost suite of a run also ends the last class's and module's fixtures.
        outermost = getattr(result, '_testRunEntered', False) is False
        if outermost:
            result._testRunEntered = True
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if _is_single_test(test) and not self._enter_fixtures(test, result):
                continue
            if debug:
                test.debug()
            else:
                test(result)
            self._after_test(index)
        if outermost:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def _enter_fixtures(self, test, result):
        # Reaching a test of another class (or module) ends the previous one's fixtures
        # and sets up the new ones; False when a set-up failed, and the test is skipped.
        self._tearDownPreviousClass(test, result)
        self._handleModuleFixture(test, result)
        self._handleClassSetUp(test, result)
        owner = test.__class__
        result._previousTestClass = owner
        return not (getattr(owner, '_classSetupFailed', False)
                    or getattr(result, '_moduleSetUpFailed', False))

    def debug(self):
        """Run the tests with no result object: errors propagate."""
        self.run(_DebugResult(), True)

    def _handleClassSetUp(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        current = test.__class__
        if current == previous or result._moduleSetUpFailed:
            return
        if getattr(current, "__unittest_skip__", False):
            return
        failed = False
        try:
            current._classSetupFailed = False
        except TypeError:
            pass
        set_up = getattr(current, 'setUpClass', None)
        class_cleanups = getattr(current, 'doClassCleanups', None)
        if set_up is None:
            return
        _call_hook(result, '_setupStdout')
        try:
            try:
                set_up()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                failed = True
                try:
                    current._classSetupFailed = True
                except TypeError:
                    pass
                name = strclass(current)
                self._createClassOrModuleLevelException(result, e, 'setUpClass', name)
            if failed and class_cleanups is not None:
                class_cleanups()
                for exc_info in current.tearDown_exceptions:
                    self._createClassOrModuleLevelException(
                        result, exc_info[1], 'setUpClass', name, info=exc_info)
        finally:
            _call_hook(result, '_restoreStdout')

    def _get_previous_module(self, result):
        previous = getattr(result, '_previousTestClass', None)
        return previous.__module__ if previous is not None else None

    def _handleModuleFixture(self, test, result):
        previous = self._get_previous_module(result)
        current = test.__class__.__module__
        if current == previous:
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(current)
        if module is None:
            return
        set_up = getattr(module, 'setUpModule', None)
        if set_up is None:
            return
        _call_hook(result, '_setupStdout')
        try:
            try:
                set_up()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                result._moduleSetUpFailed = True
                self._createClassOrModuleLevelException(result, e, 'setUpModule', current)
            if result._moduleSetUpFailed:
                try:
                    doModuleCleanups()
                except Exception as e:
                    self._createClassOrModuleLevelException(result, e, 'setUpModule', current)
        finally:
            _call_hook(result, '_restoreStdout')

    def _createClassOrModuleLevelException(self, result, exc, method_name, parent, info=None):
        self._addClassOrModuleLevelException(result, exc, f'{method_name} ({parent})', info)

    def _addClassOrModuleLevelException(self, result, exception, errorName, info=None):
        error = _ErrorHolder(errorName)
        add_skip = getattr(result, 'addSkip', None)
        if add_skip is not None and isinstance(exception, SkipTest):
            add_skip(error, str(exception))
        elif not info:
            result.addError(error, (type(exception), exception, exception.__traceback__))
        else:
            result.addError(error, info)

    def _handleModuleTearDown(self, result):
        previous = self._get_previous_module(result)
        if previous is None or result._moduleSetUpFailed:
            return
        module = sys.modules.get(previous)
        if module is None:
            return
        _call_hook(result, '_setupStdout')
        try:
            tear_down = getattr(module, 'tearDownModule', None)
            if tear_down is not None:
                try:
                    tear_down()
                except Exception as e:
                    if isinstance(result, _DebugResult):
                        raise
                    self._createClassOrModuleLevelException(result, e, 'tearDownModule', previous)
            try:
                doModuleCleanups()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                self._createClassOrModuleLevelException(result, e, 'tearDownModule', previous)
        finally:
            _call_hook(result, '_restoreStdout')

    def _tearDownPreviousClass(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        current = test.__class__
        if current == previous or previous is None:
            return
        if getattr(previous, '_classSetupFailed', False):
            return
        if getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(previous, "__unittest_skip__", False):
            return
        tear_down = getattr(previous, 'tearDownClass', None)
        class_cleanups = getattr(previous, 'doClassCleanups', None)
        if tear_down is None and class_cleanups is None:
            return
        _call_hook(result, '_setupStdout')
        try:
            if tear_down is not None:
                try:
                    tear_down()
                except Exception as e:
                    if isinstance(result, _DebugResult):
                        raise
                    self._createClassOrModuleLevelException(
                        result, e, 'tearDownClass', strclass(previous))
            if class_cleanups is not None:
                class_cleanups()
                for exc_info in previous.tearDown_exceptions:
                    if isinstance(result, _DebugResult):
                        raise exc_info[1]
                    self._createClassOrModuleLevelException(
                        result, exc_info[1], 'tearDownClass', strclass(previous), info=exc_info)
        finally:
            _call_hook(result, '_restoreStdout')


class _ErrorHolder(object):
    """Stands in the results for a fixture (setUpClass, setUpModule, ...) that failed:
    a "test" named by its description, with no cases and nothing to run."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def __repr__(self):
        return '<ErrorHolder description=%r>' % (self.description,)

    def __str__(self):
        return self.id()

    def id(self):
        return self.description

    def countTestCases(self):
        return 0

    def shortDescription(self):
        return None

    def __call__(self, result):
        return self.run(result)

    def run(self, result):
        pass


class _DebugResult(object):
    """The result used by TestSuite.debug(): fixture errors propagate."""
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False


# -- TestLoader

def _fnmatch(name, pattern):
    # fnmatchcase over *, ? and [...] (enough for -k patterns).
    import re
    out = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        i += 1
        if c == '*':
            out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = pattern.find(']', i + 1 if i < len(pattern) and pattern[i] == '!' else i)
            if j < 0:
                out.append('\\[')
            else:
                body = pattern[i:j]
                i = j + 1
                if body.startswith('!'):
                    body = '^' + body[1:]
                out.append('[' + body.replace('\\', '\\\\') + ']')
        else:
            out.append(re.escape(c))
    return re.fullmatch(''.join(out), name, re.DOTALL) is not None


class TestLoader(object):
    """Collects tests from classes, modules and names into suites.
    """
    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(three_way_cmp)
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        super(TestLoader, self).__init__()
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite of the class's test methods."""
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from "
                            "TestSuite. Maybe you meant to derive from "
                            "TestCase?")
        if testCaseClass in (TestCase, FunctionTestCase):
            names = []
        else:
            names = self.getTestCaseNames(testCaseClass)
            if not names and hasattr(testCaseClass, 'runTest'):
                names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *, pattern=None):
        """A suite of the tests of every TestCase class in the module (or what its
        load_tests returns)."""
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if (isinstance(obj, type) and issubclass(obj, TestCase)
                    and obj not in (TestCase, FunctionTestCase)):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        """The tests a dotted name (module, class, method or callable) stands for."""
        parts = name.split('.')
        if module is None:
            rest = parts[:]
            while True:
                try:
                    module = __import__('.'.join(rest))
                    break
                except ImportError:
                    rest.pop()
                    if not rest:
                        raise
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if (isinstance(obj, type) and issubclass(obj, TestCase)
                and obj not in (TestCase, FunctionTestCase)):
            return self.loadTestsFromTestCase(obj)
        if (isinstance(obj, types.FunctionType) and isinstance(parent, type)
                and issubclass(parent, TestCase)):
            method = parts[-1]
            inst = parent(method)
            if not isinstance(getattr(inst, method), types.FunctionType):
                return self.suiteClass([inst])
        elif isinstance(obj, TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, TestSuite):
                return test
            if isinstance(test, TestCase):
                return self.suiteClass([test])
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        """A suite of loadTestsFromName for each name."""
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of the class's test methods."""
        def wanted(name):
            if not name.startswith(self.testMethodPrefix):
                return False
            if not callable(getattr(testCaseClass, name)):
                return False
            full = '%s.%s.%s' % (testCaseClass.__module__, testCaseClass.__qualname__, name)
            return (self.testNamePatterns is None
                    or any(_fnmatch(full, p) for p in self.testNamePatterns))
        names = [n for n in dir(testCaseClass) if wanted(n)]
        if self.sortTestMethodsUsing:
            import functools
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names


defaultTestLoader = TestLoader()


# -- TestResult

def _failfast(method):
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    inner.__name__ = method.__name__
    inner.__qualname__ = method.__qualname__
    inner.__doc__ = method.__doc__
    return inner


def _with_newline(text):
    # Captured output ends with a newline when shown.
    return text if not text or text.endswith('\n') else text + '\n'


def _captured(streams_and_templates):
    # The non-empty captured texts, each in its "Stdout:" / "Stderr:" block.
    blocks = []
    for stream, template in streams_and_templates:
        text = _with_newline(stream.getvalue())
        if text:
            blocks.append(template % text)
    return blocks


class TestResult(object):
    """What a run found: counts and lists of failures, errors, skips, expected
    failures and unexpected successes (the errors as formatted tracebacks).
    """
    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        # Outcome lists hold (test, traceback text or reason) pairs, unexpectedSuccesses
        # the tests alone.
        self.failfast = False
        self.failures, self.errors = [], []
        self.testsRun = 0
        self.skipped, self.expectedFailures, self.unexpectedSuccesses = [], [], []
        self.collectedDurations = []
        self.shouldStop = False
        self.buffer = self.tb_locals = False
        # With buffer=True each test writes into these StringIOs instead of sys.stdout
        # and sys.stderr; what a failing test wrote is then passed on.
        self._stdout_buffer = self._stderr_buffer = None
        self._original_stdout, self._original_stderr = sys.stdout, sys.stderr
        self._mirrorOutput = False

    # The hooks a runner calls around the run and each test.
    def startTestRun(self):
        pass

    def stopTestRun(self):
        pass

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def printErrors(self):
        pass

    def _setupStdout(self):
        if not self.buffer:
            return
        if self._stderr_buffer is None:
            import io
            self._stderr_buffer, self._stdout_buffer = io.StringIO(), io.StringIO()
        sys.stdout, sys.stderr = self._stdout_buffer, self._stderr_buffer

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            out_block, err_block = (_captured([(sys.stdout, STDOUT_LINE)]),
                                    _captured([(sys.stderr, STDERR_LINE)]))
            for blocks, real in ((out_block, self._original_stdout),
                                 (err_block, self._original_stderr)):
                for block in blocks:
                    real.write(block)
        sys.stdout, sys.stderr = self._original_stdout, self._original_stderr
        for kept in (self._stdout_buffer, self._stderr_buffer):
            if kept is not None:
                kept.seek(0)
                kept.truncate()

    # Outcomes.
    def _keep_problem(self, where, entry, err, test):
        where.append((entry, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @_failfast
    def addError(self, test, err):
        self._keep_problem(self.errors, test, err, test)

    @_failfast
    def addFailure(self, test, err):
        self._keep_problem(self.failures, test, err, test)

    def addSubTest(self, test, subtest, err):
        # err is None for a subtest that passed: nothing is recorded then.
        if err is None:
            return
        if getattr(self, 'failfast', False):
            self.stop()
        failed = issubclass(err[0], test.failureException)
        self._keep_problem(self.failures if failed else self.errors, subtest, err, test)

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @_failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def addDuration(self, test, elapsed):
        if hasattr(self, "collectedDurations"):
            self.collectedDurations.append((str(test), elapsed))

    def wasSuccessful(self):
        """No failures, no errors and no unexpected successes."""
        unexpected = getattr(self, 'unexpectedSuccesses', ())
        return len(self.failures) == 0 and len(self.errors) == 0 and len(unexpected) == 0

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        # The traceback text, then what the test printed when output is buffered.
        import traceback
        exctype, value, tb = err
        lines = traceback.format_exception(exctype, value, tb)
        if self.buffer:
            lines += _captured([(sys.stdout, STDOUT_LINE), (sys.stderr, STDERR_LINE)])
        return ''.join(lines)

    def __repr__(self):
        return (f'<{strclass(self.__class__)} run={self.testsRun:d} '
                f'errors={len(self.errors)} failures={len(self.failures)}>')


# -- the text runner

class _WritelnDecorator(object):
    """A stream with a writeln method."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(TestResult):
    """Reports each test on a text stream as it ends (a line per test when verbose, a
    character per test otherwise), then the failures and errors in full."""
    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity, *, durations=None):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll, self.dots = verbosity > 1, verbosity == 1
        self.descriptions = descriptions
        self._newline = True  # nothing written on the current line yet
        self.durations = durations

    def getDescription(self, test):
        # The test's name, with the first line of its docstring below when wanted.
        summary = test.shortDescription()
        name = str(test)
        return name + '\n' + summary if self.descriptions and summary else name

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test) + ' ... ')
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        # A subtest, or a test whose line something else interrupted, gets its own
        # (indented) line first.
        sub = isinstance(test, _SubTest)
        if sub or self._newline:
            if not self._newline:
                self.stream.writeln()
            self.stream.write(('  ' if sub else '') + self.getDescription(test) + ' ... ')
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _report(self, test, word, mark, on_own_line=True):
        if self.showAll:
            if on_own_line:
                self._write_status(test, word)
                return
            self.stream.writeln(word)
        elif self.dots:
            self.stream.write(mark)
        else:
            return
        self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            failed = issubclass(err[0], subtest.failureException)
            self._report(subtest, 'FAIL' if failed else 'ERROR', 'F' if failed else 'E')
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._report(test, 'ok', '.')

    def addError(self, test, err):
        super().addError(test, err)
        self._report(test, 'ERROR', 'E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._report(test, 'FAIL', 'F')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._report(test, 'skipped %r' % (reason,), 's')

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._report(test, 'expected failure', 'x', on_own_line=False)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._report(test, 'unexpected success', 'u', on_own_line=False)

    def printErrors(self):
        # After the progress line(s): errors, then failures, then unexpected successes.
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        for flavour, entries in (('ERROR', self.errors), ('FAIL', self.failures)):
            self.printErrorList(flavour, entries)
        unexpected = getattr(self, 'unexpectedSuccesses', ())
        if unexpected:
            self.stream.writeln(self.separator1)
            for test in unexpected:
                self.stream.writeln('UNEXPECTED SUCCESS: ' + self.getDescription(test))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        # Each entry: a rule, "KIND: description", a thinner rule, the traceback text.
        for test, err in errors:
            block = (self.separator1, '%s: %s' % (flavour, self.getDescription(test)),
                     self.separator2, '%s' % (err,))
            for line in block:
                self.stream.writeln(line)
            self.stream.flush()


def registerResult(result):
    pass


def removeResult(result):
    return False


def installHandler():
    pass


def removeHandler(method=None):
    if method is not None:
        return method
    return None


class TextTestRunner(object):
    """Runs a test or suite into a TextTestResult writing to `stream` (sys.stderr by
    default), then prints the failures and a summary line."""

    def __init__(self, stream=None, descriptions=True, verbosity=1,
                 failfast=False, buffer=False, resultclass=None, warnings=None,
                 *, tb_locals=False, durations=None):
        self.stream = _WritelnDecorator(sys.stderr if stream is None else stream)
        self.descriptions, self.verbosity = descriptions, verbosity
        self.failfast, self.buffer, self.tb_locals = failfast, buffer, tb_locals
        self.durations, self.warnings = durations, warnings
        if resultclass is not None:
            self.resultclass = resultclass

    # The class of the result a run makes (a resultclass argument overrides it).
    resultclass = TextTestResult

    def _makeResult(self):
        make = self.resultclass
        try:
            return make(self.stream, self.descriptions, self.verbosity,
                        durations=self.durations)
        except TypeError:
            # A result class that takes no durations (written before 3.12).
            return make(self.stream, self.descriptions, self.verbosity)

    def _printDurations(self, result):
        if not result.collectedDurations:
            return
        slowest = sorted(result.collectedDurations, key=lambda entry: entry[1], reverse=True)
        if self.durations > 0:
            slowest = slowest[:self.durations]
        write = self.stream.writeln
        write("Slowest test durations")
        if hasattr(result, 'separator2'):
            write(result.separator2)
        # Below verbosity 2, durations under a millisecond are left out.
        shown = [(test, elapsed) for test, elapsed in slowest
                 if self.verbosity >= 2 or elapsed >= 0.001]
        for test, elapsed in shown:
            write("%-10s %s" % ("%.3fs" % elapsed, test))
        if len(shown) < len(slowest):
            write("\n(durations < 0.001s were hidden; use -v to show these durations)")
        else:
            write("")

    def run(self, test):
        """Run the tests into a new result and print the report; return the result."""
        result = self._makeResult()
        registerResult(result)
        result.failfast, result.buffer = self.failfast, self.buffer
        result.tb_locals = self.tb_locals
        with warnings.catch_warnings():
            if self.warnings:
                warnings.simplefilter(self.warnings)
            started = time.perf_counter()
            _call_hook(result, 'startTestRun')
            try:
                test(result)
            finally:
                _call_hook(result, 'stopTestRun')
            taken = time.perf_counter() - started
        result.printErrors()
        if self.durations is not None:
            self._printDurations(result)
        if hasattr(result, 'separator2'):
            self.stream.writeln(result.separator2)
        count = result.testsRun
        self.stream.writeln("Ran %d test%s in %.3fs" % (count, '' if count == 1 else 's', taken))
        self.stream.writeln()
        verdict, notes = _verdict(result, count)
        self.stream.write(verdict)
        if notes:
            self.stream.writeln(" (%s)" % (", ".join(notes),))
        else:
            self.stream.write("\n")
        self.stream.flush()
        return result


def _call_hook(result, name):
    # startTestRun/stopTestRun are optional on a result.
    hook = getattr(result, name, None)
    if hook is not None:
        hook()


def _verdict(result, count):
    # The summary word and its "name=count" notes.
    try:
        expected, unexpected, skipped = map(len, (result.expectedFailures,
                                                  result.unexpectedSuccesses,
                                                  result.skipped))
    except AttributeError:
        # An old-style result without these lists: none are reported.
        expected = unexpected = skipped = 0
    if result.wasSuccessful():
        verdict, counts = ('OK' if count else 'NO TESTS RAN'), []
    else:
        verdict = 'FAILED'
        counts = [('failures', len(result.failures)), ('errors', len(result.errors))]
    counts += [('skipped', skipped), ('expected failures', expected),
               ('unexpected successes', unexpected)]
    return verdict, ['%s=%d' % (name, number) for name, number in counts if number]


# -- main

_USAGE = """\
usage: %(prog)s [-h] [-v] [-q] [--locals] [--durations DURATIONS] [-f] [-c]
%(pad)s [-b] [-k TESTNAMEPATTERNS]
%(pad)s [tests ...]
"""


class TestProgram(object):
    """Loads tests (from a module, by default __main__), runs them with a runner
    and exits with the outcome; the arguments come from argv.
    """
    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False, durations=None):
        if isinstance(module, str):
            # A dotted name: the top package is imported, then walked down.
            found = __import__(module)
            for part in module.split('.')[1:]:
                found = getattr(found, part)
            module = found
        self.module = module
        argv = sys.argv if argv is None else argv
        self.exit, self.verbosity = exit, verbosity
        # None means "not given": parseArgs turns what the options leave unset to False.
        self.failfast, self.catchbreak, self.buffer = failfast, catchbreak, buffer
        self.tb_locals, self.durations = tb_locals, durations
        # pymem has no -W option: no warnoptions.
        if warnings is None and not getattr(sys, 'warnoptions', None):
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = argv[0].rsplit('/', 1)[-1] if argv else ''
        self.parseArgs(argv)
        self.runTests()

    def _usage_error(self, message):
        prog = self.progName
        sys.stderr.write(_USAGE % {'prog': prog, 'pad': ' ' * (len('usage: ') + len(prog) - 1)})
        sys.stderr.write('%s: error: %s\n' % (prog, message))
        sys.exit(2)

    def parseArgs(self, argv):
        tests = []
        args = list(argv[1:])
        while args:
            arg = args.pop(0)
            if arg in ('-v', '--verbose'):
                self.verbosity = 2
            elif arg in ('-q', '--quiet'):
                self.verbosity = 0
            elif arg in ('-f', '--failfast'):
                self.failfast = True
            elif arg in ('-b', '--buffer'):
                self.buffer = True
            elif arg in ('-c', '--catch'):
                self.catchbreak = True
            elif arg == '--locals':
                self.tb_locals = True
            elif arg == '-k' or arg.startswith('-k'):
                pattern = arg[2:] or (args.pop(0) if args else None)
                if pattern is None:
                    self._usage_error('argument -k: expected one argument')
                if '*' not in pattern:
                    pattern = '*%s*' % pattern
                if self.testNamePatterns is None:
                    self.testNamePatterns = []
                self.testNamePatterns.append(pattern)
            elif arg.startswith('-') and arg != '-':
                self._usage_error('unrecognized arguments: %s' % arg)
            else:
                tests.append(arg)
        for name in ('failfast', 'catchbreak', 'buffer'):
            if getattr(self, name) is None:
                setattr(self, name, False)
        if self.testNamePatterns is None:
            self.testNamePatterns = []
        self.testNames = _chosen_tests(tests, self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        loader = self.testLoader
        if self.testNamePatterns:
            loader.testNamePatterns = self.testNamePatterns
        if self.testNames is not None:
            self.test = loader.loadTestsFromNames(self.testNames, self.module)
        else:
            self.test = loader.loadTestsFromModule(self.module)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = TextTestRunner
        runner = self.testRunner
        # A runner class is made here; an instance is used as it is.
        if isinstance(runner, type):
            runner = _make_runner(runner, self)
        outcome = self.result = runner.run(self.test)
        if self.exit:
            if outcome.testsRun == 0:
                sys.exit(_NO_TESTS_EXITCODE)
            sys.exit(0 if outcome.wasSuccessful() else 1)


def _chosen_tests(named, default):
    # The test names from the command line, else the defaultTest (one name or several),
    # else None: the whole module.
    if named:
        return named
    if default is None:
        return None
    return (default,) if isinstance(default, str) else list(default)


def _make_runner(runner_class, program):
    # Newest keywords first: an older runner class may take fewer of them, or none.
    common = dict(verbosity=program.verbosity, failfast=program.failfast,
                  buffer=program.buffer, warnings=program.warnings)
    try:
        try:
            return runner_class(**common, tb_locals=program.tb_locals,
                                durations=program.durations)
        except TypeError:
            return runner_class(**common)
    except TypeError:
        return runner_class()


main = TestProgram


# CPython's classes live in the package's submodules; their reprs say so.
for _cls, _where in [
        (SkipTest, 'case'), (TestCase, 'case'), (FunctionTestCase, 'case'), (_SubTest, 'case'),
        (BaseTestSuite, 'suite'), (TestSuite, 'suite'), (_ErrorHolder, 'suite'),
        (TestLoader, 'loader'), (TestResult, 'result'), (TextTestResult, 'runner'),
        (TextTestRunner, 'runner'), (_WritelnDecorator, 'runner'), (TestProgram, 'main')]:
    _cls.__module__ = 'unittest.' + _where
del _cls, _where
