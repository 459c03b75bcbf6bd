# pymem's `inspect`: the type predicates, member listing, docstrings, source lookup, the
# active stack (over sys._getframe's frame records) and signatures of Python functions,
# with CPython 3.12's names, results and messages. Built-in functions carry no signature
# metadata here, so signature() of one is a ValueError, as CPython's is for a C function
# without a text signature.

import sys
import types

__all__ = ['isclass', 'isfunction', 'ismethod', 'ismodule', 'isbuiltin', 'isroutine',
           'isgenerator', 'isgeneratorfunction', 'iscoroutinefunction', 'iscoroutine',
           'isasyncgenfunction', 'isasyncgen', 'isawaitable',
           'isabstract', 'isframe', 'iscode', 'istraceback', 'ismethoddescriptor',
           'ismethodwrapper', 'isgetsetdescriptor', 'ismemberdescriptor',
           'isdatadescriptor', 'getmembers', 'getmro', 'getdoc', 'cleandoc', 'getfile',
           'getsourcefile', 'getmodule', 'getsourcelines', 'getsource', 'currentframe',
           'stack', 'FrameInfo', 'signature', 'Signature', 'Parameter', 'getfullargspec',
           'FullArgSpec', 'unwrap']

_CO_VARARGS = 0x4
_CO_VARKEYWORDS = 0x8
_CO_GENERATOR = 0x20
_CO_COROUTINE = 0x80
_CO_ASYNC_GENERATOR = 0x200


# ---- what kind of object ----

def isclass(obj):
    return isinstance(obj, type)


def isfunction(obj):
    return isinstance(obj, types.FunctionType)


def ismethod(obj):
    return isinstance(obj, types.MethodType)


def ismodule(obj):
    return isinstance(obj, types.ModuleType)


def isbuiltin(obj):
    return isinstance(obj, types.BuiltinFunctionType)


def ismethoddescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')


def isdatadescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def ismethodwrapper(obj):
    return isinstance(obj, types.MethodWrapperType)


def isgetsetdescriptor(obj):
    return isinstance(obj, types.GetSetDescriptorType)


def ismemberdescriptor(obj):
    return isinstance(obj, types.MemberDescriptorType)


def isroutine(obj):
    return (isbuiltin(obj) or isfunction(obj) or ismethod(obj) or ismethoddescriptor(obj)
            or ismethodwrapper(obj))


def isgenerator(obj):
    return isinstance(obj, types.GeneratorType)


def _function_of(obj):
    while ismethod(obj):
        obj = obj.__func__
    return obj


def isgeneratorfunction(obj):
    obj = _function_of(obj)
    return isfunction(obj) and bool(obj.__code__.co_flags & _CO_GENERATOR)


def iscoroutinefunction(obj):
    obj = _function_of(obj)
    return isfunction(obj) and bool(obj.__code__.co_flags & _CO_COROUTINE)


def iscoroutine(obj):
    return type(obj).__name__ == 'coroutine' and type(obj).__module__ == 'builtins'


def isasyncgenfunction(obj):
    obj = _function_of(obj)
    return isfunction(obj) and bool(obj.__code__.co_flags & _CO_ASYNC_GENERATOR)


def isasyncgen(obj):
    return type(obj).__name__ == 'async_generator' and type(obj).__module__ == 'builtins'


def isawaitable(obj):
    if iscoroutine(obj):
        return True
    return hasattr(type(obj), '__await__')


def isabstract(obj):
    return isinstance(obj, type) and bool(getattr(obj, '__abstractmethods__', None))


def isframe(obj):
    return type(obj).__name__ == 'frame'


def iscode(obj):
    return type(obj).__name__ == 'code'


def istraceback(obj):
    return type(obj).__name__ == 'traceback'


# ---- members, classes, docs ----

def getmembers(obj, predicate=None):
    """(name, value) pairs of the object's attributes, sorted by name."""
    names = dir(obj)
    if isclass(obj):
        # Names only a metaclass's instances get through the class's own bases.
        for base in obj.__mro__:
            names.extend(k for k in base.__dict__ if k not in names)
    results = []
    seen = set()
    for name in names:
        try:
            value = getattr(obj, name)
        except AttributeError:
            continue
        if name in seen:
            continue
        seen.add(name)
        if predicate is None or predicate(value):
            results.append((name, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmro(cls):
    return cls.__mro__


def cleandoc(doc):
    """A docstring with its indentation removed, as help() shows it."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(obj):
    """The cleaned docstring of `obj`, or of the first class along its MRO (or the class
    of a method) that has one; None without."""
    try:
        doc = obj.__doc__
    except AttributeError:
        return None
    if doc is None and isclass(obj):
        for base in obj.__mro__[1:]:
            if base is object:
                break
            doc = base.__doc__
            if doc is not None:
                break
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


# ---- where things are defined ----

def getfile(obj):
    if ismodule(obj):
        path = getattr(obj, '__file__', None)
        if path:
            return path
        raise TypeError('{!r} is a built-in module'.format(obj))
    if isclass(obj):
        module = sys.modules.get(obj.__module__)
        path = getattr(module, '__file__', None)
        if path:
            return path
        raise TypeError('{!r} is a built-in class'.format(obj))
    obj = _function_of(obj)
    if isfunction(obj):
        return obj.__code__.co_filename
    if istraceback(obj):
        return obj.tb_frame.f_code.co_filename
    if isframe(obj):
        return obj.f_code.co_filename
    if iscode(obj):
        return obj.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or code object '
                    'was expected, got {}'.format(type(obj).__name__))


def getsourcefile(obj):
    path = getfile(obj)
    return path if path.endswith('.py') else None


def getmodule(obj):
    if ismodule(obj):
        return obj
    name = getattr(obj, '__module__', None)
    if name is not None:
        return sys.modules.get(name)
    try:
        path = getfile(obj)
    except TypeError:
        return None
    for module in list(sys.modules.values()):
        if getattr(module, '__file__', None) == path:
            return module
    return None


def _source_text(obj):
    path = getsourcefile(obj) if not (isframe(obj) or iscode(obj)) else getfile(obj)
    import traceback
    lines = []
    number = 1
    while True:
        line = traceback._source_line(path, number)
        if not line:
            break
        lines.append(line)
        number += 1
    if not lines:
        raise OSError('could not get source code')
    return lines


def _block_from(lines, start):
    """The lines of the definition starting at index `start`: it, then every line more
    indented than it (blank lines inside kept)."""
    first = lines[start]
    indent = len(first) - len(first.lstrip())
    end = start + 1
    last = start
    while end < len(lines):
        text = lines[end]
        if text.strip():
            if len(text) - len(text.lstrip()) <= indent and not text.lstrip().startswith(')'):
                break
            last = end
        end += 1
    return lines[start:last + 1]


def getsourcelines(obj):
    """The source lines of a module, class, function or method, and the line number of
    the first one."""
    obj = _function_of(obj)
    lines = _source_text(obj)
    if ismodule(obj):
        return lines, 0
    if isclass(obj):
        name = obj.__name__
        for i, line in enumerate(lines):
            stripped = line.lstrip()
            if stripped.startswith('class ' + name) and stripped[6 + len(name):][:1] in '(:':
                return _block_from(lines, i), i + 1
        raise OSError('could not find class definition')
    if isfunction(obj):
        code = obj.__code__
    elif iscode(obj):
        code = obj
    else:
        raise TypeError('module, class, method, function, traceback, frame, or code object '
                        'was expected, got {}'.format(type(obj).__name__))
    start = code.co_firstlineno - 1
    if code.co_name == '<lambda>':
        return [lines[start]], start + 1
    # Decorators come first: the block starts at the `def`.
    at = start
    while at < len(lines) and not lines[at].lstrip().startswith(('def ', 'async def ')):
        at += 1
    block = _block_from(lines, at if at < len(lines) else start)
    return lines[start:at] + block, start + 1


def getsource(obj):
    lines, _ = getsourcelines(obj)
    return ''.join(lines)


# ---- the active stack ----

def currentframe():
    return sys._getframe(1)


class FrameInfo(tuple):
    """(frame, filename, lineno, function, code_context, index)."""

    __slots__ = ()
    _fields = ('frame', 'filename', 'lineno', 'function', 'code_context', 'index')

    def __new__(cls, frame, filename, lineno, function, code_context, index):
        return tuple.__new__(cls, (frame, filename, lineno, function, code_context, index))

    frame = property(lambda self: self[0])
    filename = property(lambda self: self[1])
    lineno = property(lambda self: self[2])
    function = property(lambda self: self[3])
    code_context = property(lambda self: self[4])
    index = property(lambda self: self[5])

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r})'.format(*self))


def _frame_info(frame, context):
    import traceback
    code = frame.f_code
    lines = None
    index = None
    if context > 0:
        line = traceback._source_line(code.co_filename, frame.f_lineno)
        if line:
            lines, index = [line], 0
    return FrameInfo(frame, code.co_filename, frame.f_lineno, code.co_name, lines, index)


def stack(context=1):
    """FrameInfo of the caller's frame and every frame below it, innermost first."""
    result = []
    frame = sys._getframe(1)
    while frame is not None:
        result.append(_frame_info(frame, context))
        frame = frame.f_back
    return result


# ---- signatures ----

class _Empty:
    """Marker for an absent default or annotation."""


class _ParameterKind(int):
    _names = ('POSITIONAL_ONLY', 'POSITIONAL_OR_KEYWORD', 'VAR_POSITIONAL', 'KEYWORD_ONLY',
              'VAR_KEYWORD')
    _descriptions = ('positional-only', 'positional or keyword', 'variadic positional',
                     'keyword-only', 'variadic keyword')

    @property
    def name(self):
        return self._names[self]

    @property
    def description(self):
        return self._descriptions[self]

    def __repr__(self):
        return '<_ParameterKind.{}: {}>'.format(self.name, int(self))

    def __str__(self):
        return self.name


def _annotation_text(annotation):
    if isinstance(annotation, type) and not isinstance(annotation, types.GenericAlias):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a signature: name, kind, default, annotation."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _ParameterKind(0)
    POSITIONAL_OR_KEYWORD = _ParameterKind(1)
    VAR_POSITIONAL = _ParameterKind(2)
    KEYWORD_ONLY = _ParameterKind(3)
    VAR_KEYWORD = _ParameterKind(4)
    empty = _Empty

    def __init__(self, name, kind, *, default=_Empty, annotation=_Empty):
        if kind not in range(5):
            raise ValueError('value {!r} is not a valid Parameter.kind'.format(kind))
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        if default is not _Empty and kind in (2, 4):
            raise ValueError('{} parameters cannot have default values'.format(
                _ParameterKind._descriptions[kind]))
        self._name = name
        self._kind = _ParameterKind(kind)
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=None, kind=None, default=_Empty, annotation=_Empty):
        return Parameter(self._name if name is None else name,
                         self._kind if kind is None else kind,
                         default=self._default if default is _Empty else default,
                         annotation=self._annotation if annotation is _Empty else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _Empty:
            text = '{}: {}'.format(text, _annotation_text(self._annotation))
        if self._default is not _Empty:
            sep = ' = ' if self._annotation is not _Empty else '='
            text = '{}{}{!r}'.format(text, sep, self._default)
        if self._kind == 2:
            text = '*' + text
        elif self._kind == 4:
            text = '**' + text
        return text

    def __repr__(self):
        return '<Parameter "{}">'.format(self)

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))


class BoundArguments:
    """The result of Signature.bind: arguments (name → value) and args/kwargs."""

    def __init__(self, signature, arguments):
        self.signature = signature
        self.arguments = arguments

    @property
    def args(self):
        # Values of the leading positional parameters, up to the first one not bound.
        out = []
        for param in self.signature.parameters.values():
            if param.kind > 2 or param.name not in self.arguments:
                break
            value = self.arguments[param.name]
            if param.kind == 2:
                out.extend(value)
            else:
                out.append(value)
        return tuple(out)

    @property
    def kwargs(self):
        # Everything after the leading positional run, by name.
        out = {}
        in_keywords = False
        for param in self.signature.parameters.values():
            if not in_keywords:
                if param.kind > 2 or param.name not in self.arguments:
                    in_keywords = True
                else:
                    continue
            if param.name not in self.arguments:
                continue
            value = self.arguments[param.name]
            if param.kind == 4:
                out.update(value)
            elif param.kind != 2:
                out[param.name] = value
        return out

    def apply_defaults(self):
        filled = {}
        for param in self.signature.parameters.values():
            if param.name in self.arguments:
                filled[param.name] = self.arguments[param.name]
            elif param.default is not _Empty:
                filled[param.name] = param.default
            elif param.kind == 2:
                filled[param.name] = ()
            elif param.kind == 4:
                filled[param.name] = {}
        self.arguments = filled

    def __repr__(self):
        items = ', '.join('{}={!r}'.format(k, v) for k, v in self.arguments.items())
        return '<BoundArguments ({})>'.format(items)


class Signature:
    """The parameters of a callable and its return annotation."""

    __slots__ = ('_parameters', '_return_annotation')
    empty = _Empty

    def __init__(self, parameters=None, *, return_annotation=_Empty):
        params = {}
        for param in parameters or ():
            if param.name in params:
                raise ValueError('duplicate parameter name: {!r}'.format(param.name))
            params[param.name] = param
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=None, return_annotation=_Empty):
        return Signature(self._parameters.values() if parameters is None else parameters,
                         return_annotation=self._return_annotation
                         if return_annotation is _Empty else return_annotation)

    def __str__(self):
        parts = []
        kinds = [p.kind for p in self._parameters.values()]
        star_written = False
        for i, param in enumerate(self._parameters.values()):
            if param.kind == 3 and not star_written and 2 not in kinds:
                parts.append('*')
                star_written = True
            parts.append(str(param))
            if param.kind == 0 and (i + 1 == len(kinds) or kinds[i + 1] != 0):
                parts.append('/')
        text = '({})'.format(', '.join(parts))
        if self._return_annotation is not _Empty:
            text += ' -> {}'.format(_annotation_text(self._return_annotation))
        return text

    def __repr__(self):
        return '<Signature {}>'.format(self)

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (list(self._parameters.values()) == list(other._parameters.values())
                and self._return_annotation == other._return_annotation)

    def _bind(self, args, kwargs, partial):
        arguments = {}
        params = list(self._parameters.values())
        args = list(args)
        kwargs = dict(kwargs)
        i = 0
        for param in params:
            if param.kind in (0, 1):
                if args:
                    arguments[param.name] = args.pop(0)
                    i += 1
                    continue
                if param.name in kwargs:
                    if param.kind == 0:
                        raise TypeError('{!r} parameter is positional only, but was passed '
                                        'as a keyword'.format(param.name))
                    arguments[param.name] = kwargs.pop(param.name)
                    continue
                if param.default is _Empty and not partial:
                    raise TypeError('missing a required argument: {!r}'.format(param.name))
            elif param.kind == 2:
                arguments[param.name] = tuple(args)
                args = []
            elif param.kind == 3:
                if param.name in kwargs:
                    arguments[param.name] = kwargs.pop(param.name)
                elif param.default is _Empty and not partial:
                    raise TypeError('missing a required argument: {!r}'.format(param.name))
            elif param.kind == 4:
                arguments[param.name] = kwargs
                kwargs = {}
        if args:
            raise TypeError('too many positional arguments')
        if kwargs:
            name = next(iter(kwargs))
            for param in params:
                if param.name == name and param.kind == 0:
                    raise TypeError('{!r} parameter is positional only, but was passed as a '
                                    'keyword'.format(name))
            raise TypeError('got an unexpected keyword argument {!r}'.format(name))
        return BoundArguments(self, arguments)

    def bind(self, *args, **kwargs):
        return self._bind(args, kwargs, False)

    def bind_partial(self, *args, **kwargs):
        return self._bind(args, kwargs, True)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return signature(obj, follow_wrapped=follow_wrapped)


def _function_signature(func, skip_first):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = func.__annotations__ or {}
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        name = names[i]
        kind = 0 if i < nposonly else 1
        default = defaults[i - first_default] if i >= first_default else _Empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _Empty)))
    at = npos
    kwonly = []
    for name in names[at:at + nkw]:
        kwonly.append(Parameter(name, 3, default=kwdefaults.get(name, _Empty),
                                annotation=annotations.get(name, _Empty)))
    at += nkw
    if code.co_flags & _CO_VARARGS:
        name = names[at]
        params.append(Parameter(name, 2, annotation=annotations.get(name, _Empty)))
        at += 1
    params.extend(kwonly)
    if code.co_flags & _CO_VARKEYWORDS:
        name = names[at]
        params.append(Parameter(name, 4, annotation=annotations.get(name, _Empty)))
    if skip_first:
        if not params or params[0].kind > 2:
            raise ValueError('invalid method signature')
        if params[0].kind != 2:
            params = params[1:]
    return Signature(params, return_annotation=annotations.get('return', _Empty))


def unwrap(func, *, stop=None):
    seen = {id(func)}
    while hasattr(func, '__wrapped__') and not (stop is not None and stop(func)):
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(func))
    return func


def signature(obj, *, follow_wrapped=True):
    """The Signature of a Python function, method, class (its __init__ or __new__) or
    callable instance."""
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if ismethod(obj):
        return _function_signature(unwrap(obj.__func__) if follow_wrapped else obj.__func__,
                                   True)
    if follow_wrapped:
        obj = unwrap(obj)
    sig = getattr(obj, '__signature__', None)
    if isinstance(sig, Signature):
        return sig
    if isfunction(obj):
        return _function_signature(obj, False)
    if isclass(obj):
        for base in obj.__mro__:
            if '__init__' in base.__dict__ and isfunction(base.__dict__['__init__']):
                return _function_signature(base.__dict__['__init__'], True)
            if '__new__' in base.__dict__ and isfunction(base.__dict__['__new__']):
                return _function_signature(base.__dict__['__new__'], True)
            if base is object or '__init__' in base.__dict__:
                break
        if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
            return Signature()
        raise ValueError('no signature found for builtin type {!r}'.format(obj))
    call = getattr(type(obj), '__call__', None)
    if isfunction(call):
        return _function_signature(call, True)
    raise ValueError('no signature found for builtin {!r}'.format(obj))


class FullArgSpec(tuple):
    """(args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations)."""

    __slots__ = ()
    _fields = ('args', 'varargs', 'varkw', 'defaults', 'kwonlyargs', 'kwonlydefaults',
               'annotations')

    def __new__(cls, *values):
        return tuple.__new__(cls, values)

    args = property(lambda self: self[0])
    varargs = property(lambda self: self[1])
    varkw = property(lambda self: self[2])
    defaults = property(lambda self: self[3])
    kwonlyargs = property(lambda self: self[4])
    kwonlydefaults = property(lambda self: self[5])
    annotations = property(lambda self: self[6])

    def __repr__(self):
        return ('FullArgSpec(args={!r}, varargs={!r}, varkw={!r}, defaults={!r}, '
                'kwonlyargs={!r}, kwonlydefaults={!r}, annotations={!r})'.format(*self))


def getfullargspec(func):
    try:
        sig = signature(func, follow_wrapped=False)
    except Exception as e:
        raise TypeError('unsupported callable') from e
    args, kwonly, defaults, kwdefaults = [], [], [], {}
    varargs = varkw = None
    annotations = {}
    if sig.return_annotation is not _Empty:
        annotations['return'] = sig.return_annotation
    if ismethod(func):
        args.append(next(iter(signature(func.__func__).parameters)))
    for param in sig.parameters.values():
        if param.annotation is not _Empty:
            annotations[param.name] = param.annotation
        if param.kind in (0, 1):
            args.append(param.name)
            if param.default is not _Empty:
                defaults.append(param.default)
        elif param.kind == 2:
            varargs = param.name
        elif param.kind == 3:
            kwonly.append(param.name)
            if param.default is not _Empty:
                kwdefaults[param.name] = param.default
        else:
            varkw = param.name
    return FullArgSpec(args, varargs, varkw, tuple(defaults) or None, kwonly,
                       kwdefaults or None, annotations)
