//! The dunder names CPython 3.12 defines on each built-in type (`type.__dict__` entries
//! named `__*__`, and the exceptions' data descriptors), for `dir()`. Our built-in types dispatch most dunders natively instead of
//! through their type dict, so `dir()` adds these to what the dicts hold. Generated from
//! python3.12 (`[k for k in T.__dict__ if k.startswith('__')]`).

/// The dunders of the built-in type named `name` (empty for unknown names).
pub fn builtin_dunders(name: &str) -> &'static str {
    match name {
        "object" => "__class__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __sizeof__ __str__ __subclasshook__",
        "type" => "__abstractmethods__ __annotations__ __base__ __bases__ __basicsize__ __call__ __delattr__ __dict__ __dictoffset__ __dir__ __doc__ __flags__ __getattribute__ __init__ __instancecheck__ __itemsize__ __module__ __mro__ __name__ __new__ __or__ __prepare__ __qualname__ __repr__ __ror__ __setattr__ __sizeof__ __subclasscheck__ __subclasses__ __text_signature__ __type_params__ __weakrefoffset__",
        "int" => "__abs__ __add__ __and__ __bool__ __ceil__ __divmod__ __doc__ __eq__ __float__ __floor__ __floordiv__ __format__ __ge__ __getattribute__ __getnewargs__ __gt__ __hash__ __index__ __int__ __invert__ __le__ __lshift__ __lt__ __mod__ __mul__ __ne__ __neg__ __new__ __or__ __pos__ __pow__ __radd__ __rand__ __rdivmod__ __repr__ __rfloordiv__ __rlshift__ __rmod__ __rmul__ __ror__ __round__ __rpow__ __rrshift__ __rshift__ __rsub__ __rtruediv__ __rxor__ __sizeof__ __sub__ __truediv__ __trunc__ __xor__",
        "bool" => "__and__ __doc__ __invert__ __new__ __or__ __rand__ __repr__ __ror__ __rxor__ __xor__",
        "float" => "__abs__ __add__ __bool__ __ceil__ __divmod__ __doc__ __eq__ __float__ __floor__ __floordiv__ __format__ __ge__ __getattribute__ __getformat__ __getnewargs__ __gt__ __hash__ __int__ __le__ __lt__ __mod__ __mul__ __ne__ __neg__ __new__ __pos__ __pow__ __radd__ __rdivmod__ __repr__ __rfloordiv__ __rmod__ __rmul__ __round__ __rpow__ __rsub__ __rtruediv__ __sub__ __truediv__ __trunc__",
        "str" => "__add__ __contains__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getitem__ __getnewargs__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __mod__ __mul__ __ne__ __new__ __repr__ __rmod__ __rmul__ __sizeof__ __str__",
        "bytes" => "__add__ __buffer__ __bytes__ __contains__ __doc__ __eq__ __ge__ __getattribute__ __getitem__ __getnewargs__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __mod__ __mul__ __ne__ __new__ __repr__ __rmod__ __rmul__ __str__",
        "bytearray" => "__add__ __alloc__ __buffer__ __contains__ __delitem__ __doc__ __eq__ __ge__ __getattribute__ __getitem__ __gt__ __hash__ __iadd__ __imul__ __init__ __iter__ __le__ __len__ __lt__ __mod__ __mul__ __ne__ __new__ __reduce__ __reduce_ex__ __release_buffer__ __repr__ __rmod__ __rmul__ __setitem__ __sizeof__ __str__",
        "tuple" => "__add__ __class_getitem__ __contains__ __doc__ __eq__ __ge__ __getattribute__ __getitem__ __getnewargs__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __mul__ __ne__ __new__ __repr__ __rmul__",
        "list" => "__add__ __class_getitem__ __contains__ __delitem__ __doc__ __eq__ __ge__ __getattribute__ __getitem__ __gt__ __hash__ __iadd__ __imul__ __init__ __iter__ __le__ __len__ __lt__ __mul__ __ne__ __new__ __repr__ __reversed__ __rmul__ __setitem__ __sizeof__",
        "dict" => "__class_getitem__ __contains__ __delitem__ __doc__ __eq__ __ge__ __getattribute__ __getitem__ __gt__ __hash__ __init__ __ior__ __iter__ __le__ __len__ __lt__ __ne__ __new__ __or__ __repr__ __reversed__ __ror__ __setitem__ __sizeof__",
        "set" => "__and__ __class_getitem__ __contains__ __doc__ __eq__ __ge__ __getattribute__ __gt__ __hash__ __iand__ __init__ __ior__ __isub__ __iter__ __ixor__ __le__ __len__ __lt__ __ne__ __new__ __or__ __rand__ __reduce__ __repr__ __ror__ __rsub__ __rxor__ __sizeof__ __sub__ __xor__",
        "frozenset" => "__and__ __class_getitem__ __contains__ __doc__ __eq__ __ge__ __getattribute__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __ne__ __new__ __or__ __rand__ __reduce__ __repr__ __ror__ __rsub__ __rxor__ __sizeof__ __sub__ __xor__",
        "range" => "__bool__ __contains__ __doc__ __eq__ __ge__ __getattribute__ __getitem__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __ne__ __new__ __reduce__ __repr__ __reversed__",
        // With its getset descriptors (the attributes).
        "memoryview" => "__buffer__ __delitem__ __doc__ __enter__ __eq__ __exit__ __ge__ __getattribute__ __getitem__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __ne__ __new__ __release_buffer__ __repr__ __setitem__ c_contiguous contiguous f_contiguous format itemsize nbytes ndim obj readonly shape strides suboffsets",
        "slice" => "__doc__ __eq__ __ge__ __getattribute__ __gt__ __hash__ __le__ __lt__ __ne__ __new__ __reduce__ __repr__",
        "function" => "__annotations__ __builtins__ __call__ __closure__ __code__ __defaults__ __dict__ __doc__ __get__ __globals__ __kwdefaults__ __module__ __name__ __new__ __qualname__ __repr__ __type_params__",
        "builtin_function_or_method" => "__call__ __doc__ __eq__ __ge__ __getattribute__ __gt__ __hash__ __le__ __lt__ __module__ __name__ __ne__ __qualname__ __reduce__ __repr__ __self__ __text_signature__",
        "method_descriptor" | "wrapper_descriptor" => "__call__ __doc__ __get__ __getattribute__ __name__ __objclass__ __qualname__ __reduce__ __repr__ __text_signature__",
        "method-wrapper" => "__call__ __doc__ __eq__ __ge__ __getattribute__ __gt__ __hash__ __le__ __lt__ __name__ __ne__ __objclass__ __qualname__ __reduce__ __repr__ __self__ __text_signature__",
        "classmethod_descriptor" => "__call__ __doc__ __get__ __getattribute__ __name__ __objclass__ __qualname__ __repr__ __text_signature__",
        "method" => "__call__ __delattr__ __doc__ __eq__ __func__ __ge__ __getattribute__ __gt__ __hash__ __le__ __lt__ __ne__ __new__ __reduce__ __repr__ __self__ __setattr__",
        "module" => "__annotations__ __delattr__ __dict__ __dir__ __doc__ __getattribute__ __init__ __new__ __repr__ __setattr__",
        "NoneType" => "__bool__ __doc__ __eq__ __ge__ __gt__ __hash__ __le__ __lt__ __ne__ __new__ __repr__",
        // With the data descriptors CPython keeps in these dicts beside the dunders.
        "BaseException" => "__cause__ __context__ __delattr__ __dict__ __doc__ __getattribute__ __init__ __new__ __reduce__ __repr__ __setattr__ __setstate__ __str__ __suppress_context__ __traceback__ args",
        "BaseExceptionGroup" => "__class_getitem__ __doc__ __str__ exceptions message",
        // Made like a class statement's (`PyErr_NewException`).
        "ExceptionGroup" => "__doc__ __module__ __weakref__",
        "property" => "__delete__ __doc__ __get__ __getattribute__ __init__ __isabstractmethod__ __new__ __set__ __set_name__ deleter fdel fget fset getter setter",
        "classmethod" => "__dict__ __doc__ __func__ __get__ __init__ __isabstractmethod__ __new__ __repr__ __wrapped__",
        "staticmethod" => "__call__ __dict__ __doc__ __func__ __get__ __init__ __isabstractmethod__ __new__ __repr__ __wrapped__",
        // These with their getset descriptors (the attributes).
        "generator" => "__del__ __doc__ __getattribute__ __iter__ __name__ __next__ __qualname__ __repr__ __sizeof__ gi_code gi_frame gi_running gi_suspended gi_yieldfrom",
        "coroutine" => "__del__ __doc__ __getattribute__ __name__ __qualname__ __repr__ __sizeof__ cr_await cr_code cr_frame cr_origin cr_running cr_suspended",
        "async_generator" => "__class_getitem__ __del__ __doc__ __getattribute__ __name__ __qualname__ __repr__ __sizeof__ ag_await ag_code ag_frame ag_running ag_suspended",
        "coroutine_wrapper" => "__doc__ __getattribute__",
        "async_generator_asend" | "async_generator_athrow" => "__doc__ __getattribute__",
        _ => "",
    }
}
