"""What an edit would do, found out on a copy: the network an undoable command would leave, for the locks.

The lesson's locks are judged on two networks (:func:`netbuilder.lessons.refusal`). For an edit from the
canvas or the inspector that is the document's network and the one the command would leave; the command
is run once on a copy to find out. Every command of :mod:`netbuilder.ui.commands` acts on its ``net``
attribute and remembers what it drew or looked up on its first redo (new ids, fresh weights, a layer's
state after a change), which is why running it on a copy first is safe: the real redo then repeats the
very same change on the document's network.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from ...lessons import Controls, refusal
from ...model.network import Network


def _commands(command: QUndoCommand) -> list[QUndoCommand]:
    found, todo = [], [command]
    while todo:
        c = todo.pop()
        found.append(c)
        todo.extend(getattr(c, "children", ()))
    return found


def network_after(net: Network, command: QUndoCommand) -> Network | None:
    """The network ``command`` would leave, computed on a copy; None when the command cannot run."""
    trial = net.copy()
    trial._next_id = dict(net._next_id)  # the ids the real edit will draw are the ones the trial draws
    swapped = [(c, c.net) for c in _commands(command) if getattr(c, "net", None) is net]
    for c, _ in swapped:
        c.net = trial
    try:
        command.redo()
    except Exception:  # noqa: BLE001 - the real push reports whatever is wrong with the edit itself
        return None
    finally:
        for c, original in swapped:
            c.net = original
    return trial


def command_refusal(controls: Controls, net: Network, command: QUndoCommand) -> str | None:
    """Why the lesson refuses ``command`` on ``net``, or None."""
    if not controls.anything:
        return None
    after = network_after(net, command)
    return None if after is None else refusal(controls, net, after)


def settings_refusal(controls: Controls, net: Network, changes: dict) -> str | None:
    """Why the lesson refuses these training-setting changes, or None (also when they are invalid: the
    training panel says what is wrong with them itself)."""
    if not controls.anything:
        return None
    trial = net.copy()
    try:
        trial.set_training(**changes)
    except (ValueError, TypeError, KeyError):
        return None
    return refusal(controls, net, trial)
