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
    cls = type(cm)
    try:
        enter = cls.__enter__
        exit = cls.__exit__
    except AttributeError:
        raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                        f"not support the context manager protocol") from None
    result = enter(cm)
    add_cleanup(exit, cm, None, None, None)
    return result


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
    errors = []
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as exc:
            errors.append(exc)
    if errors:
        raise errors[0]


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
    if result is not None and exc_info is not None:
        if issubclass(exc_info[0], test.failureException):
            result.addFailure(test, exc_info)
        else:
            result.addError(test, exc_info)


class _Outcome(object):
    def __init__(self, result=None):
        self.expecting_failure = False
        self.result = result
        self.result_supports_subtests = hasattr(result, "addSubTest")
        self.success = True
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
    if isinstance(expected, tuple):
        return all(_is_subtype(e, basetype) for e in expected)
    return isinstance(expected, type) and issubclass(expected, basetype)


class _BaseTestCaseContext:

    def __init__(self, test_case):
        self.test_case = test_case

    def _raiseFailure(self, standardMsg):
        msg = self.test_case._formatMessage(self.msg, standardMsg)
        raise self.test_case.failureException(msg)


class _AssertRaisesBaseContext(_BaseTestCaseContext):

    def __init__(self, expected, test_case, expected_regex=None):
        _BaseTestCaseContext.__init__(self, test_case)
        self.expected = expected
        self.test_case = test_case
        if expected_regex is not None:
            import re
            expected_regex = re.compile(expected_regex)
        self.expected_regex = expected_regex
        self.obj_name = None
        self.msg = None

    def handle(self, name, args, kwargs):
        """Run the check as a context manager (no callable given) or around a call."""
        if not _is_subtype(self.expected, self._base_type):
            raise TypeError('%s() arg 1 must be %s' % (name, self._base_type_str))
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for '
                                'this function' % (next(iter(kwargs)),))
            return self
        callable_obj, *args = args
        try:
            self.obj_name = callable_obj.__name__
        except AttributeError:
            self.obj_name = str(callable_obj)
        with self:
            callable_obj(*args, **kwargs)

    def _expected_name(self):
        try:
            return self.expected.__name__
        except AttributeError:
            return str(self.expected)


class _AssertRaisesContext(_AssertRaisesBaseContext):
    """The context manager of assertRaises and assertRaisesRegex."""

    _base_type = BaseException
    _base_type_str = 'an exception type or tuple of exception types'

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            name = self._expected_name()
            if self.obj_name:
                self._raiseFailure("{} not raised by {}".format(name, self.obj_name))
            else:
                self._raiseFailure("{} not raised".format(name))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value.with_traceback(None)
        if self.expected_regex is None:
            return True
        if not self.expected_regex.search(str(exc_value)):
            self._raiseFailure('"{}" does not match "{}"'.format(
                self.expected_regex.pattern, str(exc_value)))
        return True

    __class_getitem__ = classmethod(types.GenericAlias)


class _AssertWarnsContext(_AssertRaisesBaseContext):
    """The context manager of assertWarns and assertWarnsRegex."""

    _base_type = Warning
    _base_type_str = 'a warning type or tuple of warning types'

    def __enter__(self):
        # Warnings already shown once must be able to show again.
        for m in list(sys.modules.values()):
            if getattr(m, '__warningregistry__', None):
                m.__warningregistry__ = {}
        self.warnings_manager = warnings.catch_warnings(record=True)
        self.warnings = self.warnings_manager.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return
        name = self._expected_name()
        first_match = None
        for m in self.warnings:
            w = m.message
            if not isinstance(w, self.expected):
                continue
            if first_match is None:
                first_match = w
            if self.expected_regex is not None and not self.expected_regex.search(str(w)):
                continue
            self.warning = w
            self.filename = m.filename
            self.lineno = m.lineno
            return
        if first_match is not None:
            self._raiseFailure('"{}" does not match "{}"'.format(
                self.expected_regex.pattern, str(first_match)))
        if self.obj_name:
            self._raiseFailure("{} not triggered by {}".format(name, self.obj_name))
        else:
            self._raiseFailure("{} not triggered".format(name))


class _AssertLogsContext(_BaseTestCaseContext):
    """The context manager of assertLogs and assertNoLogs."""

    LOGGING_FORMAT = "%(levelname)s:%(name)s:%(message)s"

    def __init__(self, test_case, logger_name, level, no_logs):
        _BaseTestCaseContext.__init__(self, test_case)
        import logging
        self.logger_name = logger_name
        self.level = logging._nameToLevel.get(level, level) if level else logging.INFO
        self.msg = None
        self.no_logs = no_logs

    def __enter__(self):
        import logging
        if isinstance(self.logger_name, logging.Logger):
            logger = self.logger = self.logger_name
        else:
            logger = self.logger = logging.getLogger(self.logger_name)
        handler = _capturing_handler()
        handler.setLevel(self.level)
        handler.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        self.watcher = handler.watcher
        self.old_handlers = logger.handlers[:]
        self.old_level = logger.level
        self.old_propagate = logger.propagate
        logger.handlers = [handler]
        logger.setLevel(self.level)
        logger.propagate = False
        if self.no_logs:
            return
        return handler.watcher

    def __exit__(self, exc_type, exc_value, tb):
        self.logger.handlers = self.old_handlers
        self.logger.propagate = self.old_propagate
        self.logger.setLevel(self.old_level)
        if exc_type is not None:
            return False
        import logging
        if self.no_logs:
            if len(self.watcher.records) > 0:
                self._raiseFailure("Unexpected logs found: {!r}".format(self.watcher.output))
        elif len(self.watcher.records) == 0:
            self._raiseFailure("no logs of level {} or higher triggered on {}".format(
                logging.getLevelName(self.level), self.logger.name))


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

            def flush(self):
                pass

            def emit(self, record):
                self.watcher.records.append(record)
                self.watcher.output.append(self.format(record))
    return _CapturingHandler()


# -- TestCase

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
        cls._classSetupFailed = False
        cls._class_cleanups = []
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
        self._type_equality_funcs = {}
        self.addTypeEqualityFunc(dict, 'assertDictEqual')
        self.addTypeEqualityFunc(list, 'assertListEqual')
        self.addTypeEqualityFunc(tuple, 'assertTupleEqual')
        self.addTypeEqualityFunc(set, 'assertSetEqual')
        self.addTypeEqualityFunc(frozenset, 'assertSetEqual')
        self.addTypeEqualityFunc(str, 'assertMultiLineEqual')

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

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, strclass(self.__class__),
                               self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(self.__class__), self._testMethodName)

    def subTest(self, msg=_no_message, **params):
        """A context manager: a failure inside is reported as a subtest (with msg and
        params) and the test goes on after the block."""
        if self._outcome is None or not self._outcome.result_supports_subtests:
            return _NoContext()
        return _SubTestContext(self, msg, params)

    def _addExpectedFailure(self, result, exc_info):
        add = getattr(result, 'addExpectedFailure', None)
        if add is None:
            warnings.warn("TestResult has no addExpectedFailure method, reporting as passes",
                          RuntimeWarning)
            result.addSuccess(self)
        else:
            add(self, exc_info)

    def _addUnexpectedSuccess(self, result):
        add = getattr(result, 'addUnexpectedSuccess', None)
        if add is None:
            warnings.warn("TestResult has no addUnexpectedSuccess method, reporting as failure",
                          RuntimeWarning)
            try:
                raise _UnexpectedSuccess from None
            except _UnexpectedSuccess:
                result.addFailure(self, sys.exc_info())
        else:
            add(self)

    def _addDuration(self, result, elapsed):
        add = getattr(result, 'addDuration', None)
        if add is None:
            warnings.warn("TestResult has no addDuration method", RuntimeWarning)
        else:
            add(self, elapsed)

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        if method() is not None:
            warnings.warn(f'It is deprecated to return a value that is not None from a '
                          f'test case ({method})', DeprecationWarning, stacklevel=3)

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
            start_run = getattr(result, 'startTestRun', None)
            stop_run = getattr(result, 'stopTestRun', None)
            if start_run is not None:
                start_run()
        else:
            stop_run = None
        try:
            method = getattr(self, self._testMethodName)
            if (getattr(self.__class__, "__unittest_skip__", False)
                    or getattr(method, "__unittest_skip__", False)):
                why = (getattr(self.__class__, '__unittest_skip_why__', '')
                       or getattr(method, '__unittest_skip_why__', ''))
                _add_skip(result, self, why)
                return result
            result.startTest(self)
            expecting_failure = (getattr(self, "__unittest_expecting_failure__", False)
                                 or getattr(method, "__unittest_expecting_failure__", False))
            outcome = _Outcome(result)
            started = time.perf_counter()
            try:
                self._outcome = outcome
                with outcome.testPartExecutor(self):
                    self._callSetUp()
                if outcome.success:
                    outcome.expecting_failure = expecting_failure
                    with outcome.testPartExecutor(self):
                        self._callTestMethod(method)
                    outcome.expecting_failure = False
                    with outcome.testPartExecutor(self):
                        self._callTearDown()
                self.doCleanups()
                self._addDuration(result, time.perf_counter() - started)
                if outcome.success:
                    if expecting_failure:
                        if outcome.expectedFailure:
                            self._addExpectedFailure(result, outcome.expectedFailure)
                        else:
                            self._addUnexpectedSuccess(result)
                    else:
                        result.addSuccess(self)
                return result
            finally:
                outcome.expectedFailure = None
                self._outcome = None
        finally:
            result.stopTest(self)
            if stop_run is not None:
                stop_run()

    def doCleanups(self):
        """Call the cleanups, last added first; whether all succeeded."""
        outcome = self._outcome or _Outcome()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            with outcome.testPartExecutor(self):
                self._callCleanup(function, *args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        """Call the class cleanups, last added first, keeping their errors in
        tearDown_exceptions."""
        cls.tearDown_exceptions = []
        while cls._class_cleanups:
            function, args, kwargs = cls._class_cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception:
                cls.tearDown_exceptions.append(sys.exc_info())

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the test with no result object: errors propagate."""
        method = getattr(self, self._testMethodName)
        if (getattr(self.__class__, "__unittest_skip__", False)
                or getattr(method, "__unittest_skip__", False)):
            why = (getattr(self.__class__, '__unittest_skip_why__', '')
                   or getattr(method, '__unittest_skip_why__', ''))
            raise SkipTest(why)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
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
    functions.
    """

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super(FunctionTestCase, self).__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return (self._setUpFunc == other._setUpFunc
                and self._tearDownFunc == other._tearDownFunc
                and self._testFunc == other._testFunc
                and self._description == other._description)

    def __hash__(self):
        return hash((type(self), self._setUpFunc, self._tearDownFunc,
                     self._testFunc, self._description))

    def __str__(self):
        return "%s (%s)" % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return "<%s tec=%s>" % (strclass(self.__class__), self._testFunc)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split("\n")[0].strip() or None


class _SubTest(TestCase):

    def __init__(self, test_case, message, params):
        super().__init__()
        self._message = message
        self.test_case = test_case
        # The parameters of this subtest, then those of the enclosing ones.
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _param_items(self):
        seen = set()
        items = []
        for mapping in self.params:
            for k in mapping:
                if k not in seen:
                    seen.add(k)
                    items.append((k, mapping[k]))
        return items

    def _subDescription(self):
        parts = []
        if self._message is not _no_message:
            parts.append("[{}]".format(self._message))
        items = self._param_items()
        if items:
            parts.append("({})".format(', '.join("{}={!r}".format(k, v) for k, v in items)))
        return " ".join(parts) or '(<subtest>)'

    def id(self):
        return "{} {}".format(self.test_case.id(), self._subDescription())

    def shortDescription(self):
        """The description given, else the first line of the function's
        docstring, or None."""
        return self.test_case.shortDescription()

    def __str__(self):
        return "{} {}".format(self.test_case, self._subDescription())


# -- TestSuite

class BaseTestSuite(object):
    """A collection of tests run in order, without class or module fixtures.
    """
    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        cases = self._removed_tests
        for test in self:
            if test:
                cases += test.countTestCases()
        return cases

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._removeTestAtIndex(index)
        return result

    def _removeTestAtIndex(self, index):
        """Drop the suite's reference to a test that has run."""
        try:
            test = self._tests[index]
        except TypeError:
            pass
        else:
            if hasattr(test, 'countTestCases'):
                self._removed_tests += test.countTestCases()
            self._tests[index] = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the tests with no result object: errors propagate."""
        for test in self:
            test.debug()


def _is_single_test(test):
    try:
        iter(test)
    except TypeError:
        return True
    return False


def _call_if_exists(parent, attr):
    func = getattr(parent, attr, None)
    if func is not None:
        func()


class TestSuite(BaseTestSuite):
    """A collection of tests run in order, with setUpClass/tearDownClass and
    setUpModule/tearDownModule around the tests of each class and module.
    """

    def run(self, result, debug=False):
        top_level = False
        if getattr(result, '_testRunEntered', False) is False:
            result._testRunEntered = top_level = True
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if _is_single_test(test):
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if (getattr(test.__class__, '_classSetupFailed', False)
                        or getattr(result, '_moduleSetUpFailed', False)):
                    continue
            if not debug:
                test(result)
            else:
                test.debug()
            if self._cleanup:
                self._removeTestAtIndex(index)
        if top_level:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

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
        _call_if_exists(result, '_setupStdout')
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
            _call_if_exists(result, '_restoreStdout')

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
        _call_if_exists(result, '_setupStdout')
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
            _call_if_exists(result, '_restoreStdout')

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
        _call_if_exists(result, '_setupStdout')
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
            _call_if_exists(result, '_restoreStdout')

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
        _call_if_exists(result, '_setupStdout')
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
            _call_if_exists(result, '_restoreStdout')


class _ErrorHolder(object):
    """Stands for a failed fixture (setUpClass, ...) among the results.
    """
    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


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


class TestResult(object):
    """What a run found: counts and lists of failures, errors, skips, expected
    failures and unexpected successes (the errors as formatted tracebacks).
    """
    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.collectedDurations = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        """Print the failures and errors (the runner calls this after the run)."""

    def startTest(self, test):
        """Called before each test."""
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if self.buffer:
            if self._stderr_buffer is None:
                import io
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        """Called once before the first test."""

    def stopTest(self, test):
        """Called after each test."""
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if self.buffer:
            if self._mirrorOutput:
                output = sys.stdout.getvalue()
                error = sys.stderr.getvalue()
                if output:
                    if not output.endswith('\n'):
                        output += '\n'
                    self._original_stdout.write(STDOUT_LINE % output)
                if error:
                    if not error.endswith('\n'):
                        error += '\n'
                    self._original_stderr.write(STDERR_LINE % error)
            sys.stdout = self._original_stdout
            sys.stderr = self._original_stderr
            if self._stdout_buffer is not None:
                self._stdout_buffer.seek(0)
                self._stdout_buffer.truncate()
            if self._stderr_buffer is not None:
                self._stderr_buffer.seek(0)
                self._stderr_buffer.truncate()

    def stopTestRun(self):
        """Called once after the last test."""

    @_failfast
    def addError(self, test, err):
        """Record an error (an exception other than a failure): err is exc_info."""
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @_failfast
    def addFailure(self, test, err):
        """Record a failure: err is exc_info."""
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        """Record the end of a subtest; err is None when it passed."""
        if err is not None:
            if getattr(self, 'failfast', False):
                self.stop()
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))
            self._mirrorOutput = True

    def addSuccess(self, test):
        """Record a passed test."""
        pass

    def addSkip(self, test, reason):
        """Record a skipped test."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        """Record a test that failed as expected."""
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @_failfast
    def addUnexpectedSuccess(self, test):
        """Record a test that passed though expected to fail."""
        self.unexpectedSuccesses.append(test)

    def addDuration(self, test, elapsed):
        """Record how long a test took."""
        if hasattr(self, "collectedDurations"):
            self.collectedDurations.append((str(test), elapsed))

    def wasSuccessful(self):
        """Whether there were no failures, errors or unexpected successes."""
        return ((len(self.failures) == len(self.errors) == 0)
                and (not hasattr(self, 'unexpectedSuccesses')
                     or len(self.unexpectedSuccesses) == 0))

    def stop(self):
        """Ask the run to stop."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The traceback text of exc_info (with captured output when buffering)."""
        import traceback
        exctype, value, tb = err
        lines = traceback.format_exception(exctype, value, tb)
        if self.buffer:
            output = sys.stdout.getvalue()
            error = sys.stderr.getvalue()
            if output:
                if not output.endswith('\n'):
                    output += '\n'
                lines.append(STDOUT_LINE % output)
            if error:
                if not error.endswith('\n'):
                    error += '\n'
                lines.append(STDERR_LINE % error)
        return ''.join(lines)

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (strclass(self.__class__), self.testsRun, len(self.errors), len(self.failures)))


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
    """A result that reports progress and failures on a text stream.
    """
    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity, *, durations=None):
        """The result of a text runner, written to stream."""
        super(TextTestResult, self).__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True
        self.durations = durations

    def getDescription(self, test):
        first_doc_line = test.shortDescription()
        if self.descriptions and first_doc_line:
            return '\n'.join((str(test), first_doc_line))
        return str(test)

    def startTest(self, test):
        super(TextTestResult, self).startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        is_subtest = isinstance(test, _SubTest)
        if is_subtest or self._newline:
            if not self._newline:
                self.stream.writeln()
            if is_subtest:
                self.stream.write("  ")
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _mark(self, char):
        self.stream.write(char)
        self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            failed = issubclass(err[0], subtest.failureException)
            if self.showAll:
                self._write_status(subtest, "FAIL" if failed else "ERROR")
            elif self.dots:
                self._mark('F' if failed else 'E')
        super(TextTestResult, self).addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super(TextTestResult, self).addSuccess(test)
        if self.showAll:
            self._write_status(test, "ok")
        elif self.dots:
            self._mark('.')

    def addError(self, test, err):
        super(TextTestResult, self).addError(test, err)
        if self.showAll:
            self._write_status(test, "ERROR")
        elif self.dots:
            self._mark('E')

    def addFailure(self, test, err):
        super(TextTestResult, self).addFailure(test, err)
        if self.showAll:
            self._write_status(test, "FAIL")
        elif self.dots:
            self._mark('F')

    def addSkip(self, test, reason):
        super(TextTestResult, self).addSkip(test, reason)
        if self.showAll:
            self._write_status(test, "skipped {0!r}".format(reason))
        elif self.dots:
            self._mark('s')

    def addExpectedFailure(self, test, err):
        super(TextTestResult, self).addExpectedFailure(test, err)
        if self.showAll:
            self.stream.writeln("expected failure")
            self.stream.flush()
        elif self.dots:
            self._mark('x')

    def addUnexpectedSuccess(self, test):
        super(TextTestResult, self).addUnexpectedSuccess(test)
        if self.showAll:
            self.stream.writeln("unexpected success")
            self.stream.flush()
        elif self.dots:
            self._mark('u')

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        unexpected = getattr(self, 'unexpectedSuccesses', ())
        if unexpected:
            self.stream.writeln(self.separator1)
            for test in unexpected:
                self.stream.writeln(f"UNEXPECTED SUCCESS: {self.getDescription(test)}")
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln("%s: %s" % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln("%s" % err)
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
    """Runs tests and prints progress, failures and a summary to a stream
    (default sys.stderr).
    """
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1,
                 failfast=False, buffer=False, resultclass=None, warnings=None,
                 *, tb_locals=False, durations=None):
        """A runner writing to stream (sys.stderr when None)."""
        if stream is None:
            stream = sys.stderr
        self.stream = _WritelnDecorator(stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.durations = durations
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        try:
            return self.resultclass(self.stream, self.descriptions, self.verbosity,
                                    durations=self.durations)
        except TypeError:
            return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def _printDurations(self, result):
        if not result.collectedDurations:
            return
        slowest = sorted(result.collectedDurations, key=lambda x: x[1], reverse=True)
        if self.durations > 0:
            slowest = slowest[:self.durations]
        self.stream.writeln("Slowest test durations")
        if hasattr(result, 'separator2'):
            self.stream.writeln(result.separator2)
        hidden = False
        for test, elapsed in slowest:
            if self.verbosity < 2 and elapsed < 0.001:
                hidden = True
                continue
            self.stream.writeln("%-10s %s" % ("%.3fs" % elapsed, test))
        if hidden:
            self.stream.writeln("\n(durations < 0.001s were hidden; "
                                "use -v to show these durations)")
        else:
            self.stream.writeln("")

    def run(self, test):
        """Run the tests into a new result and print the report; return the result."""
        result = self._makeResult()
        registerResult(result)
        result.failfast = self.failfast
        result.buffer = self.buffer
        result.tb_locals = self.tb_locals
        with warnings.catch_warnings():
            if self.warnings:
                warnings.simplefilter(self.warnings)
            started = time.perf_counter()
            start_run = getattr(result, 'startTestRun', None)
            if start_run is not None:
                start_run()
            try:
                test(result)
            finally:
                stop_run = getattr(result, 'stopTestRun', None)
                if stop_run is not None:
                    stop_run()
            stopped = time.perf_counter()
        taken = stopped - started
        result.printErrors()
        if self.durations is not None:
            self._printDurations(result)
        if hasattr(result, 'separator2'):
            self.stream.writeln(result.separator2)
        run = result.testsRun
        self.stream.writeln("Ran %d test%s in %.3fs" % (run, run != 1 and "s" or "", taken))
        self.stream.writeln()
        expected_fails = unexpected = skipped = 0
        try:
            expected_fails = len(result.expectedFailures)
            unexpected = len(result.unexpectedSuccesses)
            skipped = len(result.skipped)
        except AttributeError:
            pass
        infos = []
        if not result.wasSuccessful():
            self.stream.write("FAILED")
            failed, errored = len(result.failures), len(result.errors)
            if failed:
                infos.append("failures=%d" % failed)
            if errored:
                infos.append("errors=%d" % errored)
        elif run == 0:
            self.stream.write("NO TESTS RAN")
        else:
            self.stream.write("OK")
        if skipped:
            infos.append("skipped=%d" % skipped)
        if expected_fails:
            infos.append("expected failures=%d" % expected_fails)
        if unexpected:
            infos.append("unexpected successes=%d" % unexpected)
        if infos:
            self.stream.writeln(" (%s)" % (", ".join(infos),))
        else:
            self.stream.write("\n")
        self.stream.flush()
        return result


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
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.durations = durations
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
        if tests:
            self.testNames = tests
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    runner = self.testRunner(verbosity=self.verbosity,
                                             failfast=self.failfast,
                                             buffer=self.buffer,
                                             warnings=self.warnings,
                                             tb_locals=self.tb_locals,
                                             durations=self.durations)
                except TypeError:
                    runner = self.testRunner(verbosity=self.verbosity,
                                             failfast=self.failfast,
                                             buffer=self.buffer,
                                             warnings=self.warnings)
            except TypeError:
                runner = self.testRunner()
        else:
            runner = self.testRunner
        self.result = runner.run(self.test)
        if self.exit:
            if self.result.testsRun == 0:
                sys.exit(_NO_TESTS_EXITCODE)
            elif self.result.wasSuccessful():
                sys.exit(0)
            else:
                sys.exit(1)


main = TestProgram


# CPython's classes live in the package's submodules; their reprs say so.
for _cls, _where in [
        (SkipTest, 'case'), (TestCase, 'case'), (FunctionTestCase, 'case'), (_SubTest, 'case'),
        (BaseTestSuite, 'suite'), (TestSuite, 'suite'), (_ErrorHolder, 'suite'),
        (TestLoader, 'loader'), (TestResult, 'result'), (TextTestResult, 'runner'),
        (TextTestRunner, 'runner'), (_WritelnDecorator, 'runner'), (TestProgram, 'main')]:
    _cls.__module__ = 'unittest.' + _where
del _cls, _where
