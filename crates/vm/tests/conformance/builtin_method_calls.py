# Methods of builtin types called as o.m(...): the eval loop runs them without Vm::call's
# dispatch; argument errors keep their 'list.append()' wording, subclasses still work.
l = [3, 1, 2]
for call in (lambda: l.append(), lambda: l.append(1, 2), lambda: [].pop(), lambda: l.pop(None),
             lambda: {}.get(), lambda: 'x'.join(5), lambda: l.index(99), lambda: l.sort(1),
             lambda: list.append(l), lambda: 'a'.split(1), lambda: {}.pop(1), lambda: set().remove(2)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
class L(list): pass
m = L([1]); m.append(2); print(m, m.pop(), m)
print(l.copy(), 'a,b'.split(','), {'a': 1}.get('a'), (1, 2, 1).count(1))
