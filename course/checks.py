"""Instant checks: one call per question, honest feedback, hints, and a solution at the end.

A student writes ``check("l01-2", answer)`` and gets one of three statuses:

* ``pass``: the answer is right, with a short explanation of why;
* ``not yet``: the answer is wrong or malformed, with feedback that never reveals
  the expected answer;
* ``not attempted``: no answer yet (``None``, ``...`` or an empty string).

``hint("l01-2")`` gives the next hint each time it is called. ``solution("l01-2")``
shows the worked solution only after every hint has been taken, and only in
self-learner mode (:func:`configure` with ``solutions=False`` turns it off, as the
student edition for a graded class does).

Checks are pure: :func:`evaluate` takes a question and an answer and returns a
:class:`Result` without printing or remembering anything. Only :func:`hint` and
:func:`solution` keep state (how many hints a student has taken, in this kernel).

Questions live in ``course/questions/`` as Python modules; each defines
``QUESTIONS``, a list of the question objects below, with ids like ``l04-2`` (an
in-lesson check) or ``ex-04-2`` (a problem-set question).
"""

from __future__ import annotations

import functools
import importlib
import math
import pkgutil
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from course._display import Rich, esc

PASS, NOT_YET, NOT_ATTEMPTED = "pass", "not yet", "not attempted"
_SETTINGS = {"solutions": True}
_HINTS_TAKEN: dict[str, int] = {}


@dataclass(frozen=True)
class Result:
    """The outcome of one check."""

    question: str
    status: str
    message: str

    @property
    def passed(self) -> bool:
        return self.status == PASS

    def _repr_html_(self) -> str:
        icon = {PASS: "&#10004;", NOT_YET: "&#9998;", NOT_ATTEMPTED: "&#9675;"}[self.status]
        return (f'<div class="check check-{self.status.replace(" ", "-")}" role="status">'
                f"<strong>{icon} {esc(self.question)}: {esc(self.status)}</strong>. "
                f"{esc(self.message)}</div>")

    def __repr__(self) -> str:
        return f"{self.question}: {self.status}. {self.message}"


def _blank(answer: object) -> bool:
    return answer is None or answer is Ellipsis or (isinstance(answer, str) and not answer.strip())


def _norm(text: str) -> str:
    text = str(text).translate(str.maketrans({"\u2019": "'", "\u201c": '"', "\u201d": '"'}))
    return " ".join(re.sub(r"[^\w\s'().-]", " ", text.lower()).split())


@dataclass(frozen=True)
class Question:
    """Base class. ``hints`` go from gentle to specific; ``solution`` is the worked answer."""

    id: str
    prompt: str
    hints: tuple[str, ...] = ()
    solution: str = ""
    explanation: str = ""
    points: int = 1
    sources: tuple[str, ...] = ()

    def grade(self, answer: object) -> tuple[bool, str]:  # pragma: no cover - abstract
        raise NotImplementedError

    def evaluate(self, answer: object) -> Result:
        if _blank(answer):
            return Result(self.id, NOT_ATTEMPTED, "Write your answer, then run the check again.")
        try:
            ok, message = self.grade(answer)
        except Exception as exc:  # a check must never raise on a student's input
            return Result(self.id, NOT_YET, f"This answer could not be checked ({type(exc).__name__}). "
                          "Check its type and form against the question.")
        if ok:
            return Result(self.id, PASS, message or self.explanation or "Correct.")
        message = message or "Reread the question and try again."
        # The status already says "not yet"; don't say it twice.
        message = re.sub(r"^Not yet[.,:]?\s*", "", message)
        return Result(self.id, NOT_YET, message[:1].upper() + message[1:])


@dataclass(frozen=True)
class MultipleChoice(Question):
    """Pick one option by its letter (``"b"``) or its exact text."""

    options: tuple[str, ...] = ()
    answer: str = ""  # the correct option's letter
    feedback: dict[str, str] = field(default_factory=dict)  # letter -> why that choice is wrong

    def letter(self, answer: object) -> str | None:
        text = str(answer).strip()
        letters = "abcdefghij"[: len(self.options)]
        m = re.fullmatch(r"\(?([a-jA-J])\)?[.)]?", text)
        if m and m.group(1).lower() in letters:
            return m.group(1).lower()
        for i, option in enumerate(self.options):
            if _norm(option) == _norm(text):
                return letters[i]
        return None

    def grade(self, answer: object) -> tuple[bool, str]:
        choice = self.letter(answer)
        if choice is None:
            letters = ", ".join(f'"{c}"' for c in "abcdefghij"[: len(self.options)])
            return False, f"Answer with one letter: {letters}."
        if choice == self.answer:
            return True, self.explanation
        return False, self.feedback.get(choice, "Not yet. Reread the options and try again.")


@dataclass(frozen=True)
class Numeric(Question):
    """A number, accepted within ``tolerance`` (absolute)."""

    value: float = 0.0
    tolerance: float = 0.0
    unit: str = ""
    wrong: str = ""  # feedback for a wrong number (never the number itself)

    def grade(self, answer: object) -> tuple[bool, str]:
        if isinstance(answer, bool):
            return False, "Answer with a number, not True or False."
        if isinstance(answer, str):
            cleaned = answer.replace(",", "").replace("%", "").strip()
            try:
                answer = float(cleaned)
            except ValueError:
                return False, f"Answer with a number (for example 1250), not {answer!r}."
        try:
            number = float(answer)
        except (TypeError, ValueError):
            return False, f"Answer with a number, not a {type(answer).__name__}."
        if math.isnan(number):
            return False, "That is not a number (NaN). Check for missing values in your calculation."
        if abs(number - self.value) <= self.tolerance:
            return True, self.explanation
        return False, self.wrong or "Not yet. Check which rows and which column you used."


@dataclass(frozen=True)
class Text(Question):
    """Short text; right if it matches one of ``accept`` (regular expressions on normalised text)."""

    accept: tuple[str, ...] = ()
    reject: dict[str, str] = field(default_factory=dict)  # pattern -> feedback

    def grade(self, answer: object) -> tuple[bool, str]:
        if not isinstance(answer, str):
            return False, f"Answer with text in quotation marks, not a {type(answer).__name__}."
        text = _norm(answer)
        for pattern, message in self.reject.items():
            if re.search(pattern, text):
                return False, message
        if any(re.search(p, text) for p in self.accept):
            return True, self.explanation
        return False, "Not yet. Reread the passage the question points to."


@dataclass(frozen=True)
class Clause(Question):
    """Find the clause: quote words from the official text of the right section.

    The answer is a quotation (at least ``min_words`` words) that must appear in the
    official text of ``section`` and contain one of ``must_include``. ``section=0``
    means the heading and opening paragraph (the preamble), before Sec. 1.
    """

    section: int = 0
    must_include: tuple[str, ...] = ()
    min_words: int = 3

    def grade(self, answer: object) -> tuple[bool, str]:
        from course import order

        if not isinstance(answer, str):
            return False, "Paste the words from the order as text, in quotation marks."
        quote = order.normalize(answer).strip(" \"'")
        if len(quote.split()) < self.min_words:
            return False, f"Quote at least {self.min_words} words from the order."
        official = order.normalize(order.official_text())
        if quote not in official:
            return False, ("Those words are not in the official text exactly. Copy them from the "
                           "official text, not from the adaptation or a summary.")
        part = order.parts()[0] if self.section == 0 else order.section(self.section)
        if quote not in order.normalize(part.body):
            return False, "Those words are in the order, but not in the part the question asks about."
        if self.must_include and not any(k.lower() in quote.lower() for k in self.must_include):
            return False, "Right section; now find the exact clause that answers the question."
        return True, self.explanation


@dataclass(frozen=True)
class Custom(Question):
    """Any check written as a function ``answer -> (ok, message)``; for pandas tasks."""

    func: Callable[[object], tuple[bool, str]] | None = None

    def grade(self, answer: object) -> tuple[bool, str]:
        return self.func(answer)


@dataclass(frozen=True)
class FreeResponse(Question):
    """A written answer scored by a teacher with a scoring guide (AP-style free response).

    The check only confirms that an answer of a reasonable length was written; it
    never scores the reasoning. ``checklist`` is a student-facing self-check (what a
    complete answer addresses), not the scoring guide, which lives in the master
    notebook's ``rubric`` cell and only in the teacher edition.

    >>> q = FreeResponse("demo-1", "Explain.", min_words=3)
    >>> q.evaluate("Too short").status
    'not yet'
    >>> q.evaluate("The order cites a statute here.").status
    'pass'
    """

    min_words: int = 40
    checklist: tuple[str, ...] = ()
    kind: str = "argument essay"  # "concept application", "SCOTUS comparison", "argument essay"
    autograded = False

    def grade(self, answer: object) -> tuple[bool, str]:
        if not isinstance(answer, str):
            return False, "Write your answer as text."
        words = len(answer.split())
        if words < self.min_words:
            return False, (f"Your answer has {words} word{'s' if words != 1 else ''}; a complete "
                           f"answer needs at least {self.min_words}. Develop each part of the prompt.")
        checklist = " ".join(f"({i}) {c}" for i, c in enumerate(self.checklist, start=1))
        return True, (f"Recorded ({words} words). Your teacher scores this answer with a scoring "
                      "guide; the computer does not." + (f" Before you hand it in, check that it: "
                                                         f"{checklist}" if checklist else ""))


def autograded(q: Question) -> bool:
    """Whether the grader scores a question (everything but free response).

    >>> autograded(Numeric("demo-2", "How many?", value=1))
    True
    """
    return getattr(q, "autograded", True)


@functools.cache
def registry() -> dict[str, Question]:
    """Every question in ``course/questions/``, by id."""
    from course import questions

    out: dict[str, Question] = {}
    for info in sorted(pkgutil.iter_modules(questions.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"course.questions.{info.name}")
        for q in getattr(module, "QUESTIONS", ()):
            if q.id in out:
                raise ValueError(f"Question id {q.id!r} is defined twice.")
            out[q.id] = q
    return out


def question(question_id: str) -> Question:
    """Look up a question; the error lists the ids of the same lesson."""
    try:
        return registry()[question_id]
    except KeyError:
        prefix = question_id.rsplit("-", 1)[0]
        near = [q for q in registry() if q.startswith(prefix)]
        hint = f" Known ids here: {', '.join(near)}." if near else ""
        raise KeyError(f"No question {question_id!r}.{hint}") from None


def evaluate(question_id: str, answer: object) -> Result:
    """Check an answer (pure: no printing, no state).

    >>> evaluate("l00-1", None).status
    'not attempted'
    """
    return question(question_id).evaluate(answer)


def check(question_id: str, answer: object = None) -> Result:
    """The student-facing check: pass / not yet / not attempted, with feedback."""
    return evaluate(question_id, answer)


def configure(*, solutions: bool) -> None:
    """Turn worked solutions on (self-learner mode) or off (a graded class)."""
    _SETTINGS["solutions"] = bool(solutions)


def hint(question_id: str) -> Rich:
    """The next hint for a question; after the last one, say how to see the solution."""
    q = question(question_id)
    taken = _HINTS_TAKEN.get(question_id, 0)
    if not q.hints:
        text = "This question has no hints. Reread the section it points to."
    elif taken >= len(q.hints):
        text = f"That was the last hint ({len(q.hints)} of {len(q.hints)})."
        if _SETTINGS["solutions"]:
            text += f' Run solution("{question_id}") to see a worked solution.'
    else:
        _HINTS_TAKEN[question_id] = taken + 1
        text = f"Hint {taken + 1} of {len(q.hints)}: {q.hints[taken]}"
    return Rich(f'<div class="hint" role="note">{esc(text)}</div>', text)


def solution(question_id: str) -> Rich:
    """The worked solution, only after every hint was taken and only in self-learner mode."""
    q = question(question_id)
    if not _SETTINGS["solutions"]:
        text = "Worked solutions are turned off in this edition. Ask your teacher."
    elif _HINTS_TAKEN.get(question_id, 0) < len(q.hints):
        left = len(q.hints) - _HINTS_TAKEN.get(question_id, 0)
        text = (f"Take the remaining {left} hint{'s' if left != 1 else ''} first: "
                f'hint("{question_id}").')
    else:
        text = f"Worked solution: {q.solution or q.explanation}"
    return Rich(f'<div class="solution" role="note">{esc(text)}</div>', text)


def questions_for(prefix: str) -> list[Question]:
    """The questions whose ids start with ``prefix`` (``"ex-04-"``), in id order (numeric).

    >>> questions_for("no-such-prefix-")
    []
    """
    def key(qid: str) -> tuple:
        return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", qid))

    return [registry()[qid] for qid in sorted(registry(), key=key) if qid.startswith(prefix)]


def reset_hints() -> None:
    """Forget the hints taken (used by tests and by a fresh attempt)."""
    _HINTS_TAKEN.clear()


def show(question_id: str) -> Rich:
    """Print a question for a static page: the prompt and, for multiple choice, the options."""
    q = question(question_id)
    lines = [f"{q.id}: {q.prompt}"]
    html = [f'<div class="question" id="{esc(q.id)}"><p><strong>{esc(q.id)}</strong>: {esc(q.prompt)}</p>']
    if isinstance(q, MultipleChoice):
        html.append('<ol type="a">' + "".join(f"<li>{esc(o)}</li>" for o in q.options) + "</ol>")
        lines += [f"  ({'abcdefghij'[i]}) {o}" for i, o in enumerate(q.options)]
    if autograded(q):
        html.append(f'<p><small>Check your answer: <code>check("{esc(q.id)}", your_answer)</code>'
                    '</small></p></div>')
        lines.append(f'Check your answer: check("{q.id}", your_answer)')
    else:
        html.append("<p><small>Write your answer in the cell below; your teacher scores it."
                    "</small></p></div>")
        lines.append("Write your answer in the cell below; your teacher scores it.")
    return Rich("".join(html), "\n".join(lines))
