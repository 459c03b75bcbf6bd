//! Raising and printing exceptions: CPython 3.12's traceback format, including the source
//! line, `^`/`~` markers (binary operators and subscripts get anchors), chained exceptions
//! and "[Previous line repeated N more times]".

use heap::{Gc, ObjRef};

use super::objects::exception::TbEntry;
use super::objects::*;
use super::{PyResult, Vm};
use crate::bytecode::Instr;

impl Vm {
    /// `raise X`: an exception instance from an instance or a class.
    pub fn make_raisable(&self, e: &ObjRef) -> PyResult {
        if let Some(t) = e.downcast::<TypeObj>() {
            if self.is_subtype(&t, &self.types.base_exception) {
                return self.call(e, &[], None);
            }
        } else if let Some(i) = e.downcast::<Instance>() {
            if i.exc().is_some() {
                return Ok(e.clone());
            }
        }
        self.type_err("exceptions must derive from BaseException")
    }

    /// The `y` of `raise x from y` (not None): an exception, or a class to instantiate.
    pub fn make_cause(&self, c: &ObjRef) -> PyResult {
        let is_exc_class = c
            .downcast::<TypeObj>()
            .is_some_and(|t| self.is_subtype(&t, &self.types.base_exception));
        let is_exc = c.downcast::<Instance>().is_some_and(|i| i.exc().is_some());
        if is_exc_class || is_exc {
            return self.make_raisable(c);
        }
        self.type_err("exception causes must derive from BaseException")
    }

    /// `except T:` matching.
    pub fn exc_match(&self, e: &ObjRef, t: &ObjRef) -> PyResult<bool> {
        if let Some(tt) = t.downcast::<TupleObj>() {
            for x in tuple_items(&tt).iter() {
                if self.exc_match(e, x)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        match t.downcast::<TypeObj>() {
            Some(t) if self.is_subtype(&t, &self.types.base_exception) => {
                Ok(self.isinstance(e, &t))
            }
            _ => self
                .type_err("catching classes that do not inherit from BaseException is not allowed"),
        }
    }

    /// A function's display name for messages.
    /// A callable as CPython's call-site errors name it (`_PyObject_FunctionStr`): a
    /// function's `module.qualname` (just the qualname in `builtins`), a built-in's name.
    pub fn function_str(&self, f: &ObjRef) -> String {
        if let Some(func) = f.downcast::<FuncObj>() {
            let q = self.str(&func.qualname.borrow()).unwrap_or_default();
            return match self.dict_get_str(&func.globals, "__name__") {
                Some(m) => match self.str(&m) {
                    Ok(m) if m != "builtins" => format!("{m}.{q}"),
                    _ => q,
                },
                None => q,
            };
        }
        if let Some(m) = f.downcast::<BoundMethod>() {
            return self.function_str(&m.func);
        }
        // A class: `module.qualname` too (`__main__.V() got multiple values ...`).
        if let Some(t) = f.downcast::<TypeObj>() {
            return t.dotted_name();
        }
        self.func_name(f)
    }

    /// `Err(TypeError)` unless every keyword name is a str.
    pub fn check_keyword_names(&self, names: &[ObjRef]) -> PyResult<()> {
        if names.iter().any(|k| !k.is::<StrObj>()) {
            return self.type_err("keywords must be strings");
        }
        Ok(())
    }

    /// A callable's name for argument errors (`fn() missing ...`).
    pub fn func_name(&self, f: &ObjRef) -> String {
        if let Some(func) = f.downcast::<FuncObj>() {
            return self.str(&func.qualname.borrow()).unwrap_or_default();
        }
        if let Some(b) = f.downcast::<BuiltinFunc>() {
            return b.name.to_string();
        }
        if let Some(m) = f.downcast::<BoundMethod>() {
            return self.func_name(&m.func);
        }
        if let Some(t) = f.downcast::<TypeObj>() {
            return t.name.clone();
        }
        self.type_name(f)
    }
}

/// Print compile-time `SyntaxWarning`s as CPython's warnings module shows them:
/// `FILE:LINE: SyntaxWarning: MESSAGE` and the stripped source line when the file's source
/// is known (not for `<string>` code).
pub fn write_syntax_warnings(vm: &Vm, warnings: &[crate::SyntaxWarning]) {
    if warnings.is_empty() {
        return;
    }
    vm.flush_stdout();
    for w in warnings {
        let mut text = format!(
            "{}:{}: SyntaxWarning: {}\n",
            w.filename, w.lineno, w.message
        );
        if let Some(src) = source_line(vm, &w.filename, w.lineno) {
            let stripped = src.trim();
            if !stripped.is_empty() {
                text.push_str(&format!("  {stripped}\n"));
            }
        }
        vm.write_err(&text);
    }
}

fn source_line(vm: &Vm, filename: &str, line: u32) -> Option<String> {
    let sources = vm.sources.borrow();
    let src = sources.get(filename)?;
    src.lines()
        .nth(line.checked_sub(1)? as usize)
        .map(|s| s.to_string())
}

/// Find the operator of a binary expression in `seg` (top level, outside brackets/strings).
fn find_operator(seg: &[char], sym: &str, rightmost: bool) -> Option<usize> {
    let sym: Vec<char> = sym.chars().collect();
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    let mut found = None;
    let mut i = 0;
    while i < seg.len() {
        let c = seg[i];
        if let Some(q) = quote {
            if c == '\\' {
                i += 2;
                continue;
            }
            if c == q {
                quote = None;
            }
        } else if c == '\'' || c == '"' {
            quote = Some(c);
        } else if "([{".contains(c) {
            depth += 1;
        } else if ")]}".contains(c) {
            depth -= 1;
        } else if depth == 0 && i > 0 && seg[i..].starts_with(&sym) {
            // Skip `**` when looking for `*`, `//` for `/`, `<<`... and augmented forms.
            let next = seg.get(i + sym.len()).copied();
            let prev = seg[i - 1];
            let doubled = sym.len() == 1 && (next == Some(sym[0]) || prev == sym[0]);
            if !doubled && next != Some('=') {
                found = Some(i);
                if !rightmost {
                    return found;
                }
                i += sym.len();
                continue;
            }
        }
        i += 1;
    }
    found
}

fn caret_line(code: &crate::bytecode::CodeObject, idx: usize, line: &str) -> Option<String> {
    let loc = code.locations.get(idx)?;
    let chars: Vec<char> = line.chars().collect();
    let indent = chars.iter().take_while(|c| c.is_whitespace()).count();
    let start = loc.col as usize;
    let end = if loc.end_line != loc.line {
        chars.len()
    } else {
        (loc.end_col as usize).min(chars.len())
    };
    if start >= end || start < indent {
        return None;
    }
    let seg = &chars[start..end];
    // (CPython 3.12 anchors an operator or subscript only on a one-line segment.)
    let one_line = loc.end_line == loc.line;
    let anchors = match code.instructions.get(idx).filter(|_| one_line) {
        Some(Instr::BinaryOp(op)) => {
            let sym = super::ops::op_symbol(*op);
            let sym = if sym.starts_with("**") { "**" } else { sym };
            find_operator(seg, sym, sym != "**").map(|p| (p, p + sym.len()))
        }
        Some(Instr::BinarySubscr | Instr::StoreSubscr | Instr::DeleteSubscr) => {
            let mut depth = 0;
            let mut open = None;
            for (i, c) in seg.iter().enumerate() {
                if "([{".contains(*c) {
                    if *c == '[' && depth == 0 {
                        open = Some(i);
                    }
                    depth += 1;
                } else if ")]}".contains(*c) {
                    depth -= 1;
                }
            }
            open.map(|o| (o, seg.len()))
        }
        _ => None,
    };
    let trimmed_end = chars
        .iter()
        .rposition(|c| !c.is_whitespace())
        .map(|p| p + 1)
        .unwrap_or(0);
    if anchors.is_none() && start == indent && end >= trimmed_end {
        return None;
    }
    let mut out = " ".repeat(start - indent);
    for i in 0..seg.len() {
        let c = match anchors {
            Some((a, b)) => {
                if i >= a && i < b {
                    '^'
                } else {
                    '~'
                }
            }
            None => '^',
        };
        out.push(c);
    }
    Some(out)
}

/// Each level of a traceback chain rendered alone (its "File" line with the source and
/// caret lines), outermost first: `head` is `exc.__traceback__` (`traceback.extract_tb`).
/// A comprehension's level is None: CPython 3.12 inlines comprehensions (PEP 709), so the
/// level around it shows the comprehension's position instead.
pub fn format_tb_levels(vm: &Vm, head: &ObjRef) -> Vec<Option<String>> {
    use super::objects::traceback::TracebackObj;
    let mut levels = Vec::new();
    let mut cur = Some(head.clone());
    while let Some(t) = cur {
        let Some(level) = t.downcast_ref::<TracebackObj>() else {
            break;
        };
        levels.push(TbEntry {
            code: level.code.clone(),
            idx: level.idx,
            locals: Vec::new(),
        });
        cur = level.next.clone();
    }
    let mut out = Vec::new();
    for i in 0..levels.len() {
        if i > 0 && is_inlined(&levels[i]) {
            out.push(None);
            continue;
        }
        let mut j = i + 1;
        while j < levels.len() && is_inlined(&levels[j]) {
            j += 1;
        }
        // `format_entries` takes the entries innermost first.
        let mut run: Vec<TbEntry> = levels[i..j].to_vec();
        run.reverse();
        let mut text = String::new();
        format_entries(vm, &run, &mut text);
        out.push(Some(text));
    }
    out
}

/// A comprehension's frame, which CPython 3.12 inlines into the enclosing one.
fn is_inlined(e: &TbEntry) -> bool {
    matches!(
        e.code.name.as_str(),
        "<listcomp>" | "<dictcomp>" | "<setcomp>"
    )
}

fn format_entries(vm: &Vm, tb: &[TbEntry], out: &mut String) {
    let mut last: Option<(String, u32, String)> = None;
    let mut repeat = 0usize;
    let flush_repeat = |out: &mut String, repeat: usize| {
        if repeat > 3 {
            let n = repeat - 3;
            out.push_str(&format!(
                "  [Previous line repeated {} more time{}]\n",
                n,
                if n == 1 { "" } else { "s" }
            ));
        }
    };
    // CPython 3.12 inlines list/dict/set comprehensions (PEP 709): their frames do not
    // appear; the enclosing frame shows the comprehension's current position instead.
    let mut merged: Vec<(TbEntry, String)> = Vec::new();
    let mut i = tb.len();
    while i > 0 {
        i -= 1;
        let e = &tb[i];
        let inlined = is_inlined;
        if inlined(e) && !merged.is_empty() {
            continue;
        }
        let mut loc = e.clone();
        let mut j = i;
        while j > 0 && inlined(&tb[j - 1]) {
            j -= 1;
            loc = tb[j].clone();
        }
        merged.push((loc, e.code.name.clone()));
    }
    for (e, fname) in merged.iter() {
        let line = e.code.line_of(e.idx as usize);
        let key = (e.code.filename.to_string(), line, fname.clone());
        if last.as_ref() == Some(&key) {
            repeat += 1;
            if repeat > 3 {
                continue;
            }
        } else {
            flush_repeat(out, repeat);
            repeat = 1;
            last = Some(key);
        }
        out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            e.code.filename, line, fname
        ));
        if let Some(src) = source_line(vm, &e.code.filename, line) {
            let stripped = src.trim();
            if !stripped.is_empty() {
                out.push_str(&format!("    {stripped}\n"));
                if let Some(c) = caret_line(&e.code, e.idx as usize, &src) {
                    out.push_str(&format!("    {c}\n"));
                }
            }
        }
    }
    flush_repeat(out, repeat);
}

/// Where an exception's lines go in an exception group's box: `indent` spaces, then
/// `margin` (`"| "` inside a group) on every line; the traceback header gets
/// `header_margin` (`"+ "` for the outermost group).
#[derive(Clone, Copy)]
struct Frame<'m> {
    indent: usize,
    margin: &'m str,
    header_margin: &'m str,
}

const TOP: Frame<'static> = Frame {
    indent: 0,
    margin: "",
    header_margin: "",
};

/// Append `text` to `out`, each line prefixed with the indent and margin.
fn push_lines(out: &mut String, text: &str, at: Frame<'_>) {
    for line in text.split_inclusive('\n') {
        push_margin(out, at);
        out.push_str(line);
    }
}

fn push_margin(out: &mut String, at: Frame<'_>) {
    out.extend(std::iter::repeat_n(' ', at.indent));
    out.push_str(at.margin);
}

/// One exception without its chain: traceback entries, the `Type: message` line and the
/// PEP 678 notes (CPython's `print_exception`).
fn format_one(vm: &Vm, e: &ObjRef, out: &mut String, at: Frame<'_>) {
    let mut tb = Vec::new();
    let mut typename = vm.type_name(e);
    if let Some(inst) = e.downcast::<Instance>() {
        if let Some(d) = inst.exc() {
            tb = d.traceback.borrow().clone();
        }
        typename = match inst.class().current_module() {
            Some(m) if m != "builtins" && m != "__main__" => {
                format!("{m}.{}", inst.class().current_qualname())
            }
            _ => inst.class().current_qualname().into_owned(),
        };
    }
    if !tb.is_empty() {
        let header = if vm.is_exception_group(e) {
            "Exception Group Traceback (most recent call last):\n"
        } else {
            "Traceback (most recent call last):\n"
        };
        out.extend(std::iter::repeat_n(' ', at.indent));
        out.push_str(at.header_margin);
        out.push_str(header);
        let mut frames = String::new();
        format_entries(vm, &tb, &mut frames);
        push_lines(out, &frames, at);
    }
    // A SyntaxError from eval/exec: the compiler's rendering of the location and message.
    if let Some(d) = e.downcast::<Instance>().as_ref().and_then(|i| i.exc()) {
        if let Some(super::objects::exception::Hint::Rendered(text)) = &*d.hint.borrow() {
            push_lines(out, text, at);
            return;
        }
    }
    let mut msg = vm
        .str(e)
        .unwrap_or_else(|_| "<exception str() failed>".into());
    if let Some(hint) = super::suggestions::hint_text(vm, e) {
        msg.push_str(&hint);
    }
    push_margin(out, at);
    if msg.is_empty() {
        out.push_str(&format!("{typename}\n"));
    } else {
        out.push_str(&format!("{typename}: {msg}\n"));
    }
    format_notes(vm, e, out, at);
}

/// PEP 678 notes after the message: `str()` of each, every line in the margin; notes that
/// are not a sequence print as their repr.
fn format_notes(vm: &Vm, e: &ObjRef, out: &mut String, at: Frame<'_>) {
    let notes = vm
        .intern("__notes__")
        .and_then(|n| vm.getattr_opt(e, &n))
        .ok()
        .flatten();
    let Some(notes) = notes else { return };
    let items = if notes.is::<ListObj>() || notes.is::<TupleObj>() {
        vm.collect(&notes).ok()
    } else {
        None
    };
    let Some(items) = items else {
        push_margin(out, at);
        let r = vm
            .repr(&notes)
            .unwrap_or_else(|_| "<__notes__ repr() failed>".into());
        out.push_str(&r);
        out.push('\n');
        return;
    };
    for n in items {
        match vm.str(&n) {
            Ok(text) => {
                for line in split_lines_keep_ends(&text) {
                    push_margin(out, at);
                    out.push_str(line);
                }
            }
            Err(_) => out.push_str("<note str() failed>"),
        }
        out.push('\n');
    }
}

/// `str.splitlines(keepends=True)` for the line breaks notes use.
fn split_lines_keep_ends(s: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end = match c {
            '\r' if chars.peek().map(|p| p.1) == Some('\n') => {
                chars.next();
                i + 2
            }
            '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}'
            | '\u{2029}' => i + c.len_utf8(),
            _ => continue,
        };
        lines.push(&s[start..end]);
        start = end;
    }
    if start < s.len() {
        lines.push(&s[start..]);
    }
    lines
}

/// The traceback text of `e` alone (no chain), as `traceback.format_exception(e,
/// chain=False)`; with `with_frames` false, only its last part (`format_exception_only`).
pub fn format_single(vm: &Vm, e: &ObjRef, with_frames: bool) -> String {
    const HEADER: &str = "Traceback (most recent call last):\n";
    let mut out = String::new();
    format_one(vm, e, &mut out, TOP);
    if !with_frames && out.starts_with(HEADER) {
        // The frames are the indented lines after the header.
        let frames: usize = out[HEADER.len()..]
            .split_inclusive('\n')
            .take_while(|l| l.starts_with("  "))
            .map(str::len)
            .sum();
        out.replace_range(..HEADER.len() + frames, "");
    }
    out
}

/// CPython's limits on printing exception groups (`max_group_width`, `max_group_depth`).
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;
/// How deep cause/context chains and nested groups are followed.
const MAX_NESTING: usize = 100;

/// CPython's `exception_print_context`: the printer of an uncaught exception with its chain
/// and, for exception groups, the boxed sub-exceptions.
struct Printer<'v> {
    vm: &'v Vm,
    out: String,
    /// Exceptions already printed or being printed (by address): chains stop at them.
    seen: std::collections::HashSet<usize>,
    /// Exception group nesting: 0 outside any group.
    depth: usize,
    /// The closing line of the innermost box is still to be written.
    need_close: bool,
    nesting: usize,
}

impl Printer<'_> {
    fn at(&self) -> Frame<'static> {
        let margin = if self.depth > 0 { "| " } else { "" };
        Frame {
            indent: 2 * self.depth,
            margin,
            header_margin: margin,
        }
    }

    fn recursive(&mut self, e: &ObjRef) {
        if self.nesting > MAX_NESTING {
            return;
        }
        self.nesting += 1;
        self.cause_and_context(e);
        if self.vm.is_exception_group(e) {
            self.group(e);
        } else {
            let at = self.at();
            format_one(self.vm, e, &mut self.out, at);
        }
        self.nesting -= 1;
    }

    fn cause_and_context(&mut self, e: &ObjRef) {
        self.seen.insert(e.addr());
        let Some(d) = e.downcast::<Instance>().and_then(|i| i.exc()) else {
            return;
        };
        let cause = d.cause.borrow().clone();
        if let Some(c) = cause {
            if !self.seen.contains(&c.addr()) {
                self.chained(
                    &c,
                    "The above exception was the direct cause of the following exception:\n",
                );
            }
            return;
        }
        if d.suppress_context.get() {
            return;
        }
        let context = d.context.borrow().clone();
        if let Some(c) = context {
            if !self.seen.contains(&c.addr()) {
                self.chained(
                    &c,
                    "During handling of the above exception, another exception occurred:\n",
                );
            }
        }
    }

    fn chained(&mut self, e: &ObjRef, message: &str) {
        let need_close = self.need_close;
        self.recursive(e);
        self.need_close = need_close;
        let at = self.at();
        for text in ["\n", message, "\n"] {
            push_margin(&mut self.out, at);
            self.out.push_str(text);
        }
    }

    /// CPython's `print_exception_group`.
    fn group(&mut self, e: &ObjRef) {
        if self.depth > MAX_GROUP_DEPTH {
            let at = self.at();
            push_margin(&mut self.out, at);
            self.out
                .push_str(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"));
            return;
        }
        if self.depth == 0 {
            self.depth += 1;
        }
        let mut at = self.at();
        if self.depth == 1 {
            at.header_margin = "+ ";
        }
        format_one(self.vm, e, &mut self.out, at);
        let excs = super::exception_group::group_members(e);
        let n = excs.len().min(MAX_GROUP_WIDTH + 1);
        self.need_close = false;
        for (i, x) in excs.iter().take(n).enumerate() {
            let last = i + 1 == n;
            if last {
                self.need_close = true;
            }
            let indent = " ".repeat(2 * self.depth);
            let lead = if i == 0 { "+-" } else { "  " };
            let truncated = i >= MAX_GROUP_WIDTH;
            if truncated {
                self.out.push_str(&format!(
                    "{indent}{lead}+---------------- ... ----------------\n"
                ));
            } else {
                self.out.push_str(&format!(
                    "{indent}{lead}+---------------- {} ----------------\n",
                    i + 1
                ));
            }
            self.depth += 1;
            if truncated {
                let remaining = excs.len() - MAX_GROUP_WIDTH;
                let at = self.at();
                push_margin(&mut self.out, at);
                self.out.push_str(&format!(
                    "and {remaining} more exception{}\n",
                    if remaining > 1 { "s" } else { "" }
                ));
            } else {
                self.recursive(x);
            }
            if last && self.need_close {
                self.out.push_str(&format!(
                    "{}+------------------------------------\n",
                    " ".repeat(2 * self.depth)
                ));
                self.need_close = false;
            }
            self.depth -= 1;
        }
        if self.depth == 1 {
            self.depth -= 1;
        }
    }
}

/// The full text CPython prints for an uncaught exception (with its chain, and exception
/// groups in their boxes).
pub fn format_exception(vm: &Vm, e: &ObjRef) -> String {
    let mut p = Printer {
        vm,
        out: String::new(),
        seen: Default::default(),
        depth: 0,
        need_close: false,
        nesting: 0,
    };
    p.recursive(e);
    p.out
}

/// The exception's type object, if it is an exception instance.
pub fn exc_class(e: &ObjRef) -> Option<Gc<TypeObj>> {
    e.downcast::<Instance>()
        .filter(|i| i.exc().is_some())
        .map(|i| i.class().into_owned())
}
